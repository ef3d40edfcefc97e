"""Punctuation said aloud by voice dictation, read as the marks it stands for.

A rep dictating in the car says the full stops: "just got out of the meeting with Rosalind at Monterey Bay
period they want sensors for 6 ponds period follow up Tuesday at 10 period". A message is dictated when it
ends with a spoken mark and says one more before it; each spoken mark then becomes its sign, so the clauses
read apart. A "period" that the words around it make a noun stays a word: after an article, a number or a
noun of a span of time ("the trial period", "a 30-day period", "grace period"), or before "of"
("period of 3 months").
"""

from __future__ import annotations

import re

_MARKS = {"period": ".", "full stop": ".", "comma": ",", "question mark": "?", "exclamation mark": "!",
          "exclamation point": "!", "new line": ".", "new paragraph": "."}  # fmt: skip
_SPOKEN = re.compile(
    r"[ \t]+(period|full stop|comma|question mark|exclamation (?:mark|point)|new (?:line|paragraph))"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
_ENDS_SPOKEN = re.compile(
    r"(?:period|full stop|question mark|exclamation (?:mark|point))[ \t]*$", re.IGNORECASE
)
# Words after which "period" is the noun: determiners and nouns of a span of time.
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|this|that|each|every|per|same|any|whole|entire|first|second|last|next|initial|trial|"
    r"grace|notice|payment|warranty|probation|probationary|review|contract|billing|holding|cooling[- ]off|"
    r"reporting|lock[- ]?in|lockup|pilot|test|testing|rental|lease|evaluation|transition|waiting|"
    r"subscription|renewal|budget|fiscal|financial|accounting|sales|quiet|busy|peak|holiday|time|"
    r"days?|weeks?|months?|years?|quarters?))$",
    re.IGNORECASE,
)


def spoken_punctuation(text: str) -> str:
    """`text` with dictated punctuation as marks ("… Aquafarms period they want …" → "… Aquafarms. they
    want …"); unchanged unless it ends with a spoken mark and says another before it."""
    if not _ENDS_SPOKEN.search(text):
        return text
    spoken = [m for m in _SPOKEN.finditer(text) if not _a_noun(text, m)]
    if len(spoken) < 2:
        return text
    out, at = [], 0
    for m in spoken:
        out += [text[at : m.start()], _MARKS[" ".join(m.group(1).lower().split())]]
        at = m.end()
    return "".join(out) + text[at:]


def _a_noun(text: str, spoken: re.Match[str]) -> bool:
    if spoken.group(1).lower() != "period":
        return False
    before = text[: spoken.start()].rstrip()
    return bool(_NOUN_BEFORE.search(before) or re.match(r"\s+of\b", text[spoken.end() :]))
