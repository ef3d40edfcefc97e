"""Chinese names as people type them on a Latin keyboard: full pinyin (`huaweijishu`) and initials (`hwjs`).

pypinyin picks readings per word (重庆 -> chongqing, 银行 -> yinhang). Converting a whole
name costs ~50 µs; splitting it into words first (pypinyin's own segmenter) and caching
each word's reading brings an index build over 100k names down to a fraction of a second.
"""

from __future__ import annotations

import re
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def has_han(text: str) -> bool:
    return not text.isascii() and _HAN.search(text) is not None


@lru_cache(maxsize=200_000)
def _word(word: str) -> tuple[str, str]:
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(word, style=Style.NORMAL, errors="ignore")
    return "".join(syllables), "".join(s[:1] for s in syllables)


@lru_cache(maxsize=4096)
def _segmenter():  # type: ignore[no-untyped-def]
    from pypinyin.seg.mmseg import seg

    return seg


def to_pinyin(text: str) -> tuple[str, str]:
    """(full pinyin, initials) of `text` with spaces removed; other letters and digits are kept."""
    full: list[str] = []
    initials: list[str] = []
    position = 0
    for run in _HAN.finditer(text):
        _latin(text[position : run.start()], full, initials)
        for word in _segmenter().cut(run.group()):
            spelled, first = _word(word)
            full.append(spelled)
            initials.append(first)
        position = run.end()
    _latin(text[position:], full, initials)
    return "".join(full), "".join(initials)


@lru_cache(maxsize=65_536)
def _char(char: str) -> str:
    return _word(char)[0] if _HAN.match(char) else char


def person_pinyin(name: str) -> str:
    """Full pinyin of a person's name, character by character (names are not phrases): 张伟 -> zhangwei."""
    return "".join(_char(c) for c in name if not c.isspace())


def _latin(text: str, full: list[str], initials: list[str]) -> None:
    for word in text.split():
        full.append(word)
        initials.append(word)  # an acronym such as "tcl" stays whole among initials
