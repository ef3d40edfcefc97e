"""Understanding what reps type without a command, in English and Chinese."""

from handlers.understanding.actions import ANSWERED, FOLLOW_UP
from handlers.understanding.handler import understand

__all__ = ["ANSWERED", "FOLLOW_UP", "understand"]
