"""Words of a customer's whole known name are the customer's, not a date, an amount or a kind of
interaction ("spoke to ruth at monday foods", "明日教育的邱校长"): the message is read again with them
blanked out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from crm_store.search.gazetteer import Evidence
from handlers.context import Ctx
from handlers.understanding import lexicon as lx
from handlers.understanding.customer_link import whole_known_name
from handlers.understanding.reading import CJK, Reading


def keep_known_names(ctx: Ctx, reading: Reading, reread: Callable[[str], Reading]) -> Reading:
    """The reading again with whole known names blanked out, when the first one took part of a name as
    a date, an amount or an interaction ("spoke to ruth at monday foods", "明日教育的邱校长"): the CRM
    knows the name, so its words are the customer's, not a date. Spans and texts stay the message's."""
    if reading.query:
        return reading
    _customers_are_no_people(ctx, reading)
    if not reading.masked:
        return reading
    persons = [(s, e) for _, s, e in reading.persons]
    spans = [
        (m.start, m.end)
        for m in ctx.store.search.mentions(reading.text, skip=lx.STOPWORDS)
        if (
            m.evidence in (Evidence.NAME, Evidence.ALIAS, Evidence.SHORT)
            # a known person's whole Chinese name holding a day's word: "佟国庆升了" is no National Day
            or (m.evidence == Evidence.CONTACT and bool(CJK.match(reading.text[m.start : m.end])))
        )
        and whole_known_name(reading, m)
        and reading.is_masked(m.start, m.end)
        and not any(a < m.end and m.start < b for a, b in persons)
    ]
    if not spans:
        return reading
    chars = list(reading.text)
    back: dict[str, str] = {}
    for start, end in spans:
        for i in range(start, end):
            if not chars[i].isspace():
                chars[i] = "某" if CJK.match(chars[i]) else "x"
        back["".join(chars[start:end])] = reading.text[start:end]
    again = reread("".join(chars))

    def restored(text: str) -> str:
        for blank, name in back.items():
            text = text.replace(blank, name)
        return text

    again.text, again.original = reading.text, reading.original
    again.explicit_name = reading.explicit_name
    again.find_name = reading.find_name
    again.title = again.title and restored(again.title)
    again.outcome_phrase = restored(again.outcome_phrase)
    again.doubts = [restored(d) for d in again.doubts]
    again.steps = [replace(step, text=restored(step.text)) for step in again.steps]
    again.persons = [(restored(name), a, b) for name, a, b in again.persons]
    again.persons += [p for p in reading.persons if p not in again.persons]
    again.candidates = [replace(c, text=reading.text[c.start : c.end]) for c in again.candidates]
    again.clauses = [replace(c, text=reading.text[c.start : c.end]) for c in again.clauses]
    return again


def _customers_are_no_people(ctx: Ctx, reading: Reading) -> None:
    """Two or more words read as a person that are the first words of a customer's name, and no one's the
    organisation knows, are that customer ("calls with Ennis Dairy and Wicklow Mountain Water": Ennis Dairy
    Co-operative, not a new contact called Ennis Dairy)."""
    if not reading.persons:
        return
    known = {name.lower() for name in reading.people.latin}
    named = {
        (m.start, m.end)
        for m in ctx.store.search.mentions(reading.text, skip=lx.STOPWORDS)
        if m.evidence in (Evidence.NAME, Evidence.ALIAS, Evidence.SHORT) and not m.edits
    }
    reading.persons = [
        (name, a, b)
        for name, a, b in reading.persons
        if not ((a, b) in named and len(name.split()) >= 2 and name.lower() not in known)
    ]
