"""Which day "next wed" or "2/3" means, when it has two readings: the user is asked, with both days as
buttons.

"next <weekday>" said while that weekday is still ahead this week ("next wed" on a Monday) means the
coming one to some writers and next week's to others; "2/3" in Toronto or Hong Kong is 2 Mar to some
and 3 Feb to others (`dates.day_choices`). Nothing is stored on a guess: the question offers both
days, and the message is read again with the day pressed. A week said with no day ("下周跟狮城国贸开会",
"expects to sign next week") offers its five working days, when a reminder or the close would be set
in it: every blind set's writers ask which day (the corpus's four such messages stored its Monday;
they now ask, and Monday pressed stores what they stored).
"""

from __future__ import annotations

from handlers.context import Ctx
from handlers.resolve import ask_day, picked_days
from handlers.understanding.reading import Reading

__all__ = ["ask_which_day", "picked_days"]


def ask_which_day(ctx: Ctx, reading: Reading, *, weeks: bool = True) -> None:
    """Ask which day the first words with two readings mean (words the user chose a day for already
    are read as that day, so they are not among `reading.day_choices`)."""
    if reading.day_choices:
        words, days = reading.day_choices[0]
        raise ask_day(ctx, words, days)
    for words, week in reading.week_choices if weeks else ():  # "下周跟狮城国贸开会": which day of the week?
        set_in_it = [s.due.date() for s in reading.steps if s.due is not None] + [reading.close]
        if week[0] in set_in_it:
            raise ask_day(ctx, words, week)
