"""English words a Japanese name spells in romaji: Yokohama Kemikaru is "Yokohama Chemical", Hokuriku Sofuto
Kobo "Hokuriku Soft Kobo", Kansai Erebeta "Kansai Elevator".

A katakana-origin word of a name (ケミカル, written "kemikaru") and the English word it comes from meet in
katakana: the name's romaji word is read as kana (`jaconv`), the English word is given its katakana reading
by `e2k` (a small model of how English is written in katakana, numpy only), and the two are compared
without long-vowel marks (エレベーター is "erebeta" as often as "erebeeta"). Only words that read as romaji
whole have a key, so English names ("supply", "works") never match this way.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import jaconv

from crm_store.search.everyday import zipf

# Loanword syllables Hepburn writes ti/di/tu/du (ティ, ディ, トゥ, ドゥ): jaconv reads them as ち/ぢ/つ/づ
_LOAN_SYLLABLES = (("ti", "thi"), ("di", "dhi"), ("tu", "twu"), ("du", "dwu"))
_KANA = re.compile(r"[\u3040-\u309f]+")
_WORD = re.compile(r"[a-z]{2,}")
_DOUBLED = re.compile(r"([bcdfghjkmpqrstvwxyz])\1|tch")


def _folded(hiragana: str) -> str:
    return hiragana.replace("ー", "")


@lru_cache(maxsize=65_536)
def romaji_key(word: str) -> str | None:
    """The kana a romaji word reads as ("kemikaru" → けみかる), or None when the word is no romaji
    ("supply": letters no kana takes, or a doubled consonant that starts or ends it)."""
    if not _WORD.fullmatch(word):
        return None
    spelled = word
    for native, loan in _LOAN_SYLLABLES:
        spelled = spelled.replace(native, loan)
    kana = jaconv.alphabet2kana(spelled).replace("-", "ー")
    doubled = len(_DOUBLED.findall(word))  # っ stands for a doubled consonant only (kk, tt, cch, tch)
    if not _KANA.fullmatch(kana) or kana.count("っ") != doubled:
        return None  # a letter no kana takes ("forge": r before g) was read as っ
    return _folded(kana)


_LONG_VOWELS = re.compile(r"(?<=o)[ouh](?=[^aeiouy]|$)|(?<=u)u")  # "satou", "oogawa", "ohno", "yuuki"


@lru_cache(maxsize=65_536)
def romaji_name_key(word: str) -> str | None:
    """The kana a Japanese name reads as, however it is romanised: Hepburn or Kunrei ("Takahasi",
    "Yamaguti"), long vowels written or not ("Satou", "Oogawa", "Ohno" for Sato, Ogawa, Ono); None when the
    word is no romaji."""
    word = _LONG_VOWELS.sub("", word.lower())
    if not _WORD.fullmatch(word):
        return None
    kana = jaconv.alphabet2kana(word)
    doubled = len(_DOUBLED.findall(word))
    if not _KANA.fullmatch(kana) or kana.count("っ") != doubled:
        return None
    return kana


# The first letter a katakana word's romaji may start with, by the English word's first letter (l and r are
# one sound, v is written b, c is k or s …): a cheap test before the model is asked
_STARTS = {
    "b": "b", "c": "kcs", "d": "dj", "f": "fh", "g": "gj", "h": "hf", "j": "j", "k": "k", "l": "r",
    "m": "m", "n": "n", "p": "pf", "q": "k", "r": "r", "s": "sz", "t": "tcsz", "v": "b", "w": "uwo",
    "x": "eks", "y": "yi", "z": "zj",
}  # fmt: skip
_COMMON = 3.0  # loanwords come from everyday English words (chemical 4.3, elevator 3.8): rarer ones are names


def may_sound_alike(english: str, romaji: str) -> bool:
    """Whether the English word may be the loanword the romaji word spells: both open alike (a vowel may
    become another vowel) and the romaji word is not much shorter, nor more than twice as long."""
    starts = _STARTS.get(english[:1], "aeiou")
    if not (romaji[:1] in starts and len(english) - 2 <= len(romaji) <= 2 * len(english) + 2):
        return False
    return zipf(english) >= _COMMON


def same_loan(key: str, reading: str) -> bool:
    """Whether a name's kana and an English word's katakana reading are one loanword: the same, or told
    apart only by the vowel added after the English word's last consonant, which katakana writes as u or o
    ("lab": ラブ or ラボ, "Rabo"; "card": カード, "kado"/"kadu")."""
    if key == reading:
        return True
    a, b = jaconv.kana2alphabet(key), jaconv.kana2alphabet(reading)
    return len(a) == len(b) > 2 and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"u", "o"}


@lru_cache(maxsize=4096)
def katakana_key(word: str) -> str | None:
    """The kana an English word is written with in Japanese ("chemical" → けみかる), long marks left out."""
    if not _WORD.fullmatch(word) or len(word) < 3:
        return None
    reading = _model()(word)
    return _folded(jaconv.kata2hira(reading)) or None


@cache
def _model():
    from e2k import C2K  # loaded on first use: the model's weights are read from the package

    return C2K(model="turbo")  # the small model: ~2 ms a word, the same readings on everyday words
