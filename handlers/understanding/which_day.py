"""Which day "next wed" or "2/3" means, when it has two readings: the user is asked, with both days as
buttons.

"next <weekday>" said while that weekday is still ahead this week ("next wed" on a Monday) means the
coming one to some writers and next week's to others; "2/3" in Toronto or Hong Kong is 2 Mar to some and
3 Feb to others (`dates.day_choices`). Nothing is stored on a guess: the question offers both days, and
the message is read again with the day pressed.
"""

from __future__ import annotations

from datetime import date

from handlers.context import Ctx
from handlers.questions import NeedChoice, Option
from handlers.understanding.reading import Reading

_KEY = "day:"  # picks under "day:<words lowercased>" hold the ISO day chosen for those words


def picked_days(ctx: Ctx) -> dict[str, date]:
    """The days the user chose so far for this message, by the words they were chosen for."""
    return {
        key[len(_KEY) :]: date.fromisoformat(value)
        for key, value in ctx.picks.items()
        if key.startswith(_KEY) and isinstance(value, str)
    }


def ask_which_day(ctx: Ctx, reading: Reading) -> None:
    """Ask which day the first words with two readings mean (words the user chose a day for already
    are read as that day, so they are not among `reading.day_choices`)."""
    if not reading.day_choices:
        return
    words, days = reading.day_choices[0]
    question = ctx._("Which day do you mean by “{words}”?", words=words)
    options = [Option(_label(ctx, day), day.isoformat()) for day in days]
    raise NeedChoice(_KEY + words.lower(), question, options)


def _label(ctx: Ctx, day: date) -> str:
    """The day as the user's language writes it, with "tomorrow" when it is."""
    if (day - ctx.local_now.date()).days == 1:
        return ctx._("{day} (tomorrow)", day=ctx.day(day))
    return ctx.day(day)
