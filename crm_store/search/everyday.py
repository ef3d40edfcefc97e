"""How common an English (or Chinese) word is in everyday writing, from wordfreq's small lists.

Used to judge words the CRM does not know: a customer called "Fresh Start" or "Blue Sky" is named
with everyday words, so "fresh start tomorrow" may just be words of a sentence; "hwjs" or
"whitcmb" is no English word at all, so a rep who typed it most likely meant a name.

The list (29k words with their frequencies, ~3 MB in memory) is loaded on first use, which takes
~0.3 s once per process; most messages never need it. The Chinese list is loaded the same way, the
first time a message holds a family name and a title (施工 is a word, not Mr Shi the engineer).
"""

from __future__ import annotations

import math
from functools import cache

# Zipf scale: 4.5 is about once in 30,000 words ("fresh" 4.8, "sky" 4.7; "summit" 4.3, "wayne" 4.4 are
# rarer: names more than words)
EVERYDAY = 4.5
# Words that say what kind of business a name is: a phrase with one is a company's name, however common
# its words ("signature homes", "global solutions", "first choice motors").
_BUSINESS = """solutions services systems group media homes home enterprises dental health healthcare medical
    motors auto foods food farms supplies supply industries manufacturing engineering partners consulting
    labs studio studios design construction builders properties estates hotel hotels bakery clinic care
    insurance bank capital finance financial trading imports textiles furniture electronics software tech
    technologies networks telecom energy power transport freight shipping travel education academy school
    fitness salon spa garage dairy coffee packaging plastics metals steel chemicals printing print press
    publishing agency marketing apparel fashion retail store stores market wholesale distribution rentals
    equipment tools machinery precision instruments logistics cleaning catering kitchens realty pharmacy
    office legal law roofing plumbing heating landscaping electric electrical advisors associates ventures"""
BUSINESS_WORDS = frozenset(_BUSINESS.split())


@cache
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict  # loaded on first use, see the module docstring

    return get_frequency_dict("en", wordlist="small")


def zipf(word: str) -> float:
    """Zipf frequency of an English word: 0 for a word not in the list, ~7 for "the"."""
    frequency = _frequencies().get(word.lower())
    return math.log10(frequency) + 9 if frequency else 0.0


def is_english_word(word: str) -> bool:
    return zipf(word) > 0


def everyday_words(words: list[str]) -> bool:
    """Every word is an everyday English word and none a kind of business ("fresh start", "blue sky",
    "good day"; not "signature homes")."""
    return bool(words) and all(zipf(w) >= EVERYDAY and w.lower() not in BUSINESS_WORDS for w in words)


@cache
def _chinese_frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict  # wordfreq's small Chinese list: 38k words, ~0.3 s on first use

    return get_frequency_dict("zh", wordlist="small")


def chinese_zipf(word: str) -> float:
    """Zipf frequency of a Chinese word (simplified characters): 0 for a word not in the list."""
    frequency = _chinese_frequencies().get(word)
    return math.log10(frequency) + 9 if frequency else 0.0


# A family name and a title that together make an everyday word: 施工 (construction), 古董 (antiques) are
# no Mr Shi the engineer; 林工, 王总 are not in the list at all.
EVERYDAY_CHINESE = 3.0


def everyday_chinese(word: str) -> bool:
    return chinese_zipf(word) >= EVERYDAY_CHINESE
