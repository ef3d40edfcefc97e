"""Pipeline stages: one agreed set for the whole organisation.

Written in settings as ``name:probability[:stall_days]`` separated by commas, e.g.
``lead:10,qualified:25,proposal:50:21,negotiation:75,won:100,lost:0``.
The stages named ``won`` and ``lost`` close a deal; every other stage is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

Outcome = Literal["open", "won", "lost"]


@dataclass(frozen=True)
class Stage:
    name: str
    probability: Decimal  # 0..1
    stall_days: int | None = None  # None: use the organisation's default

    @property
    def outcome(self) -> Outcome:
        if self.name == "won":
            return "won"
        if self.name == "lost":
            return "lost"
        return "open"


def parse_stages(text: str) -> tuple[Stage, ...]:
    stages: list[Stage] = []
    for chunk in (part.strip() for part in text.split(",")):
        if not chunk:
            continue
        name, _, rest = chunk.partition(":")
        name = name.strip().lower()
        if not name.replace("_", "").isalnum():
            raise ValueError(f"stage name {name!r} must be letters, digits or _")
        percent_text, _, stall_text = rest.partition(":")
        try:
            percent = Decimal(percent_text.strip() or "0")
        except InvalidOperation:
            raise ValueError(f"stage {name!r}: probability {percent_text!r} is not a number") from None
        if not 0 <= percent <= 100:
            raise ValueError(f"stage {name!r}: probability must be between 0 and 100")
        stall: int | None = None
        if stall_text.strip():
            if not stall_text.strip().isdigit() or int(stall_text) < 1:
                raise ValueError(f"stage {name!r}: stall days must be a positive whole number")
            stall = int(stall_text)
        stages.append(Stage(name, percent / 100, stall))
    names = [stage.name for stage in stages]
    if len(set(names)) != len(names):
        raise ValueError("stage names must be unique")
    if "won" not in names or "lost" not in names:
        raise ValueError("stages must include 'won' and 'lost'")
    if not any(stage.outcome == "open" for stage in stages):
        raise ValueError("at least one open stage is needed besides won and lost")
    return tuple(stages)


def parse_stage_synonyms(value: str | dict[str, object]) -> dict[str, tuple[str, ...]]:
    """``proposal=angebot|offerte; negotiation=verhandlung`` (or a JSON-like dict) -> {stage: words}."""
    if isinstance(value, dict):
        items = list(value.items())
    else:
        items = []
        for chunk in (part.strip() for part in str(value).split(";")):
            if not chunk:
                continue
            name, sep, spelled = chunk.partition("=")
            if not sep:
                raise ValueError(f"stage synonyms: expected stage=word|word, got {chunk!r}")
            items.append((name, spelled.split("|")))
    synonyms: dict[str, tuple[str, ...]] = {}
    for name, words in items:
        listed = [words] if isinstance(words, str) else list(words)  # type: ignore[call-overload]
        cleaned = tuple(w.strip().lower() for w in listed if str(w).strip())
        if cleaned:
            synonyms[str(name).strip().lower()] = cleaned
    return synonyms
