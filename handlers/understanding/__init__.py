"""Understanding what reps type without a command, in English and Chinese."""

from handlers.understanding.actions import answer
from handlers.understanding.handler import understand

__all__ = ["answer", "understand"]
