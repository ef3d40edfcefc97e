"""Which day "next wed" or "2/3" means, when it has two readings: the user is asked, with both days as
buttons.

"next <weekday>" said while that weekday is still ahead this week ("next wed" on a Monday) means the
coming one to some writers and next week's to others; "2/3" in Toronto or Hong Kong is 2 Mar to some and
3 Feb to others (`dates.day_choices`). Nothing is stored on a guess: the question offers both days, and
the message is read again with the day pressed.
"""

from __future__ import annotations

from handlers.context import Ctx
from handlers.resolve import ask_day, picked_days
from handlers.understanding.reading import Reading

__all__ = ["ask_which_day", "picked_days"]


def ask_which_day(ctx: Ctx, reading: Reading) -> None:
    """Ask which day the first words with two readings mean (words the user chose a day for already
    are read as that day, so they are not among `reading.day_choices`)."""
    if not reading.day_choices:
        return
    words, days = reading.day_choices[0]
    raise ask_day(ctx, words, days)
