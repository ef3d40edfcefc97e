"""A message read for one user: their clock, timezone and stage names, with the customer names they know
kept whole."""

from __future__ import annotations

from collections.abc import Iterable

from handlers.context import Ctx
from handlers.parsing.dates import When
from handlers.parsing.vocabulary import stage_synonyms
from handlers.understanding.known_names import keep_known_names
from handlers.understanding.known_people import people_known_to
from handlers.understanding.reader import read
from handlers.understanding.reading import Reading
from handlers.understanding.which_day import picked_days


def read_message(ctx: Ctx, text: str, said_before: Iterable[When] = ()) -> Reading:
    people = people_known_to(ctx)

    def reread(words: str) -> Reading:
        return read(
            words,
            now=ctx.now,
            tz=ctx.tz,
            stages=ctx.settings.stage_names,
            synonyms=stage_synonyms(ctx.settings.stage_synonyms),
            said_before=said_before,
            picked_days=picked_days(ctx),
            people=people,
        )

    return keep_known_names(ctx, reread(text), reread)
