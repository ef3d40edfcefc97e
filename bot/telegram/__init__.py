"""The Telegram adapter (python-telegram-bot v22): polling or webhook, inline keyboards, flood control."""

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.delivery import TelegramSender

__all__ = ["TelegramAdapter", "TelegramSender"]
