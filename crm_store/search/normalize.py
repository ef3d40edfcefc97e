"""Text normalisation for matching names typed with a thumb."""

from __future__ import annotations

import re
import unicodedata

# Legal-form words that say little about which company is meant.
LEGAL_SUFFIXES = (
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "llc",
    "llp",
    "lp",
    "plc",
    "gmbh",
    "ag",
    "kg",
    "ug",
    "se",
    "sa",
    "sas",
    "sarl",
    "srl",
    "spa",
    "bv",
    "nv",
    "oy",
    "ab",
    "as",
    "pty",
    "pte",
    "kk",
    "group",
    "holding",
    "holdings",
)
CJK_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司")
_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case, accents, full-width forms and punctuation folded away; spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.replace("&", " and ").replace("ß", "ss")
    text = _PUNCT.sub(" ", text.replace(".", ""))
    return _SPACE.sub(" ", text).strip()


def strip_legal(folded: str) -> str:
    """Drop legal-form words (`acme gmbh` -> `acme`), keeping the name if nothing else is left."""
    core = folded
    for suffix in CJK_SUFFIXES:
        if core.endswith(suffix) and len(core) > len(suffix):
            core = core[: -len(suffix)].strip()
            break
    words = [w for w in core.split() if w not in LEGAL_SUFFIXES]
    return " ".join(words) if words else folded


def normalize_name(text: str) -> str:
    return strip_legal(fold(text))


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)
