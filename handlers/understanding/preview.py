"""A plan that would leave out part of the message is shown before it is stored.

Every content word (a name, a number, a person) must be used by the plan. When the message logs
an activity its whole text is kept as the note, so nothing is lost; when it only changes a deal, a
contact or sets a reminder, a name or a number the plan does not use would silently disappear.
Then the assistant replies with one card, "I'll store: … [Save] [Change] [Cancel]", and stores
only after Save.
"""

from __future__ import annotations

import re

from handlers.context import Ctx
from handlers.errors import UserError
from handlers.parsing.amounts import COUNT_WORDS
from handlers.questions import NeedChoice, Option
from handlers.understanding import lexicon as lx
from handlers.understanding.customers import Found
from handlers.understanding.reading import Reading

PREVIEW = "preview"  # the key of the answer in Ctx.picks
SAVE, CHANGE = "save", "change"
_CONTENT = re.compile(
    r"(?<![\w#])(?:\d[\d.,:]*\d|\d)(?![\w])|\b[A-Z\u00c0-\u024f][a-z\u00c0-\u024f'’-]{1,}\b"
)
_LABELLED = re.compile(
    r"(?:#|\bno\.?|\binvoice|\border|\bpo|\bref|\bticket|\bcase|订单|发票|编号|单号)\s*[:#：]?\s*$", re.I
)


def unused_words(reading: Reading, founds: list[Found], lines: list[str]) -> list[str]:
    """Names and numbers of the message that no part of the plan uses (an activity uses them all).

    A word is used when the plan read it (an amount, a date, the customer, a person, a reminder's
    words) or when what will be stored shows it (a new contact's name)."""
    if reading.kind or reading.add_on:
        return []  # the note keeps the whole message; an add-on deal is titled with its words
    if reading.outcome == "lost" and reading.outcome_span:
        return []  # the words around "lost" are its reason
    used = [*reading.masked, *((f.start, f.end) for f in founds if f.start >= 0)]
    used += [(s.start, s.end) for s in reading.steps]  # a reminder keeps its words
    used += [(s, e) for _, s, e in reading.persons]
    text = reading.text
    stored = " ".join(lines).lower()
    unused = []
    for match in _CONTENT.finditer(text):
        start, end = match.span()
        if any(a < end and start < b for a, b in used) or match.group(0).lower() in lx.STOPWORDS:
            continue
        if start == 0 or _LABELLED.search(text[max(0, start - 12) : start]):
            continue  # a message's first word is capitalised anyway; "#4471" is an identifier
        if COUNT_WORDS.match(text[end:]) or match.group(0).lower() in stored:
            continue  # "10% off", "20 seats": details, not slots; a name the stored lines show
        unused.append(match.group(0))
    return unused


def confirm_first(ctx: Ctx, lines: list[str], unused: list[str], doubts: list[str] = ()) -> None:  # type: ignore[assignment]
    """Raise the preview card unless the user already pressed Save on it: when a name or number would
    be left out (`unused`), or when a part was read without certainty (`doubts`: a range, a hedged or
    a bare small amount, several amounts)."""
    answer = ctx.picks.get(PREVIEW)
    if answer == SAVE or not (unused or doubts) or not lines:
        return
    if answer == CHANGE:
        raise UserError(ctx._("OK, nothing was saved. Send it again the way it should be stored."))
    text = ctx._("I'll store:") + "\n" + "\n".join(f"  • {line}" for line in lines)
    if doubts:
        text += "\n" + ctx._("Not sure about: {words}. Is that right?", words=", ".join(doubts))
    if unused:
        text += "\n" + ctx._("Not used: {words}. Save anyway?", words=", ".join(unused))
    raise NeedChoice(PREVIEW, text, [Option(ctx._("Save"), SAVE), Option(ctx._("Change"), CHANGE)])
