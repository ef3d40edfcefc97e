"""Real company names and the query sets built from them, by rules fixed before any tuning.

Names:
  * the 5,640 short names of Chinese listed companies (沪深京 A-shares, e.g. 平安银行, 万  科Ａ,
    *ST康美) shipped in `benchmarks/data/a_share_names.csv` (from the PyPI package adata 2.9.5);
  * the ~1,800 index constituents of PyPI package `pytickersymbols` (e.g. "Archrock, Inc.",
    "National Grid plc", "Central Garden & Pet Company (Class A)").

Query rules (written before the search was tuned; the pinyin comes from g2pM, a neural
grapheme-to-phoneme model with its own dictionary, not from pypinyin that the index uses):
  exact        the name exactly as listed
  compact      Chinese names as typed: NFKC (full-width letters to ASCII), spaces removed
  pinyin       full pinyin, toneless, no spaces, ü typed as v; Latin letters and digits kept lower-cased
  initials     first letter of each syllable; Latin letters and digits kept ("*ST康美" -> "stkm")
  typo1        one thumb typo (`search_dataset.typo`) in a name of two or more words
  contact      a contact person's name (synthetic people attached to the real companies)

A query is *unambiguous* when its rule yields that text for exactly one name; ambiguous ones
(two banks with the same initials) are counted but not scored. Each name belongs to the dev
half (even stock code / even position) or the sealed half (odd): tune on dev, report both.
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from benchmarks.search_dataset import typo

A_SHARES = Path(__file__).parent / "data" / "a_share_names.csv"
_HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class RealName:
    name: str
    source: str  # "a-share" | "tickers"
    half: str  # "dev" | "sealed"


@dataclass(frozen=True)
class RealQuery:
    text: str
    kind: str
    target: str  # the name the query means
    half: str


def a_share_names() -> list[RealName]:
    with A_SHARES.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    seen: set[str] = set()
    names = []
    for row in rows:
        name = row["short_name"].strip()
        if name and name not in seen:
            seen.add(name)
            names.append(RealName(name, "a-share", "dev" if int(row["stock_code"]) % 2 == 0 else "sealed"))
    return names


def ticker_names() -> list[RealName]:
    from pytickersymbols import PyTickerSymbols

    unique = sorted({stock["name"].strip() for stock in PyTickerSymbols().get_all_stocks() if stock["name"]})
    return [RealName(name, "tickers", "dev" if i % 2 == 0 else "sealed") for i, name in enumerate(unique)]


@lru_cache(maxsize=1)
def _g2pm():  # type: ignore[no-untyped-def]
    from g2pM import G2pM

    return G2pM()


@cache
def independent_pinyin(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of a name by g2pM; other letters and digits kept, lower-cased."""
    text = unicodedata.normalize("NFKC", name).replace(" ", "").replace("*", "")
    full: list[str] = []
    initials: list[str] = []
    run = ""
    for char in text + "\0":
        if _HAN.match(char):
            run += char
            continue
        if run:
            # keyboards type ü as v (lü -> lv); g2pM writes it u:
            syllables = [s.replace("u:", "v") for s in _g2pm()(run, tone=False, char_split=False) if s]
            full += syllables
            initials += [s[0] for s in syllables]
            run = ""
        if char.isalnum() and char != "\0":
            full.append(char.lower())
            initials.append(char.lower())
    return "".join(full), "".join(initials)


def compact(name: str) -> str:
    return unicodedata.normalize("NFKC", name).replace(" ", "")


def build_queries(names: list[RealName], contacts: dict[str, list[str]], seed: int = 5) -> tuple[
    list[RealQuery], Counter[str]
]:  # fmt: skip
    """The unambiguous queries of every rule, and how many each rule left out as ambiguous."""
    rng = random.Random(seed)
    candidates: list[RealQuery] = []
    for real in names:
        candidates.append(RealQuery(real.name, "exact", real.name, real.half))
        if real.source == "a-share":
            if compact(real.name) != real.name:
                candidates.append(RealQuery(compact(real.name), "compact", real.name, real.half))
            full, short = independent_pinyin(real.name)
            candidates.append(RealQuery(full, "pinyin", real.name, real.half))
            if len(short) >= 2:
                candidates.append(RealQuery(short, "initials", real.name, real.half))
        elif len(real.name.split()) >= 2:
            misspelt = typo(real.name, rng, 1)
            if misspelt != real.name:
                candidates.append(RealQuery(misspelt, "typo1", real.name, real.half))
        for person in contacts.get(real.name, [])[:1]:
            candidates.append(RealQuery(person, "contact", real.name, real.half))
    uses = Counter((q.kind, q.text.lower()) for q in candidates)
    people = Counter(p.lower() for persons in contacts.values() for p in persons)
    kept: list[RealQuery] = []
    left_out: Counter[str] = Counter()
    for query in candidates:
        shared = uses[(query.kind, query.text.lower())] > 1
        if query.kind == "contact":
            shared = people[query.text.lower()] > 1
        if shared:
            left_out[query.kind] += 1
        else:
            kept.append(query)
    return kept, left_out
