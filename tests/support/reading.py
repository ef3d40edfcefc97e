"""A message read by the reader alone (no database), as the understanding tests read it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from config import Settings
from handlers.parsing.vocabulary import stage_synonyms
from handlers.understanding.reader import read
from handlers.understanding.reading import Reading

_SETTINGS = Settings(database_url="sqlite://")


def reading_at(text: str, now: datetime, tz: str) -> Reading:
    """`text` read at `now` in the zone `tz`, with the default stages and their synonyms."""
    return read(
        text,
        now=now,
        tz=ZoneInfo(tz),
        stages=_SETTINGS.stage_names,
        synonyms=stage_synonyms(_SETTINGS.stage_synonyms),
    )
