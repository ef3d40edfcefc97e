"""Text normalisation for matching names typed with a thumb.

`fold` removes what people do not type (case, accents, full-width forms, punctuation) and writes
Chinese in simplified characters (`hanzi.simplified`: 台灣 and 台湾 are one name);
`strip_legal` removes what says little about which company is meant (legal forms such as
GmbH or 有限公司, and connectors such as "&"). Both run for every name when an index is
built, so the common ASCII case takes a fast path.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from crm_store.search.hanzi import simplified

# Legal-form words that say little about which company is meant.
LEGAL_SUFFIXES = frozenset(
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "cie", "ltd", "limited",
        "llc", "llp", "lp", "plc", "pllc", "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "gbr", "ug",
        "ev", "eg", "se", "sa", "sas", "sasu", "sarl", "eurl", "snc", "sca", "sci", "srl", "spa",
        "sl", "bv", "nv", "oy", "ab", "as", "asa", "aps", "pty", "pte", "pvt", "kk", "ltda",
        "group", "holding", "holdings", "cooperative", "coop",
    }
)  # fmt: skip
_CO_OP = re.compile(r"\bco (operative|op)\b")
# Mexican legal forms, folded: "S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V." (one legal form, "sa";
# their "de" is no word of the name: "Logística Bajío Express S.A. de C.V." is "logistica bajio express")
_MEXICAN_LEGAL = re.compile(r"\b(?:sapi|sab|sa|s)?\s*(?:de\s+rl\s+)?de\s+cv$")
# Spellings of one legal form, so that "Acme Corp" and "ACME Corporation" have the same one.
_LEGAL_SAME = {"corporation": "corp", "incorporated": "inc", "limited": "ltd", "company": "co",
               "holdings": "holding", "sasu": "sas"}  # fmt: skip
# Words that join a legal form to a name ("GmbH & Co. KG", "Smith and Sons").
CONNECTORS = frozenset({"and", "und", "et", "y"})
# Longest first: "股份有限公司" must win over "有限公司".
CJK_SUFFIXES: tuple[str, ...] = (
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "集团股份有限公司",
    "有限公司",
    "集团公司",
    "分公司",
    "总公司",
    "公司",
    "集团",
    "控股",
    "股份",
)
CJK_SUFFIXES = tuple(sorted(CJK_SUFFIXES, key=len, reverse=True))
_PUNCT = re.compile(r"[^\w\s]+|_", re.UNICODE)
_DROPPED = re.compile(r"['’`´.]")
_SPACE = re.compile(r"\s+")
_LINE_SPACE = re.compile(r"[^\S\n]+")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_MARKED = re.compile(r"[\u0300-\u052f]")  # combining marks, Greek and Cyrillic letters with accents
_NON_DIGIT = re.compile(r"\D")
_NON_DIGIT_KEEP_BAR = re.compile(r"[^\d|]")
# Letters NFKD does not decompose but people type without their stroke or ligature.
_SPECIAL = {"ø": "o", "đ": "d", "ł": "l", "ħ": "h", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ı": "i"}


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for start, end in ((0xC0, 0x250), (0x1E00, 0x1F00)):
        for code in range(start, end):
            char = chr(code)
            plain = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
            if plain != char:
                table[code] = plain.casefold()
    table.update({ord(k): v for k, v in _SPECIAL.items()})
    return table


_FOLD_TABLE = _build_fold_table()
# Stroked letters that stay one letter without their stroke, both cases ("Jabłoński" typed "Jablonski").
_ONE_LETTER = {k: v for k, v in _SPECIAL.items() if len(v) == 1}
_STROKES = str.maketrans(
    {**_ONE_LETTER, **{k.upper(): v.upper() for k, v in _ONE_LETTER.items() if k.upper() != k}}
)


def unaccented(text: str) -> str:
    """Accents and strokes dropped, one character for one so that positions hold: "Marc-André" reads as
    "Marc-Andre", "Jabłoński" as "Jablonski"."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text).translate(_STROKES)


def fold(text: str) -> str:
    """Case, accents, full-width forms and punctuation folded away, Chinese simplified; spaces collapsed."""
    return _SPACE.sub(" ", _fold_text(text)).strip()


def fold_many(texts: list[str]) -> list[str]:
    """`fold` of many texts: one pass per distinct character over their concatenation (fast for big lists)."""
    joined = "\n".join(text.replace("\n", " ") for text in texts)
    if joined.isascii():
        joined = joined.lower()
    else:
        if not unicodedata.is_normalized("NFKC", joined):
            joined = unicodedata.normalize("NFKC", joined)
        joined = simplified(joined.casefold())
    for char in set(joined):
        replacement = _fold_char(char)
        if replacement != char:
            joined = joined.replace(char, replacement)
    return [" ".join(line.split()) for line in joined.split("\n")] if texts else []


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """What `fold` turns one (NFKC-normalised, case-folded) character into."""
    if char == "\n":
        return char
    return _fold_text(char) if char != " " else char


def _fold_text(text: str) -> str:
    if text.isascii():
        text = text.lower()
    else:
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        text = simplified(text.casefold()).translate(_FOLD_TABLE)
        if not text.isascii() and _MARKED.search(text):
            text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    if "&" in text:
        text = text.replace("&", " and ")
    return _PUNCT.sub(" ", _DROPPED.sub("", text))


_SUFFIX_ENDS = frozenset(suffix[-1] for suffix in CJK_SUFFIXES)


def _strip_cjk_suffixes(core: str) -> str:
    stripped = core[-1:] in _SUFFIX_ENDS
    while stripped:
        stripped = False
        for suffix in CJK_SUFFIXES:
            if core.endswith(suffix) and len(core) - len(suffix) >= 2:
                core = core[: -len(suffix)].rstrip()
                stripped = True
                break
    return core


def strip_legal(folded: str) -> str:
    """Drop legal forms and connectors (`acme gmbh & co kg` -> `acme`), unless nothing else is left."""
    core = folded if folded.isascii() else _strip_cjk_suffixes(folded)
    core = _CO_OP.sub(r"co\1", core)  # "co operative" (Co-operative): one legal form, not "co" and a word
    if core.endswith(" cv"):
        core = _MEXICAN_LEGAL.sub(" sa", core).strip()
    words = core.split()
    kept = [w for w in words if w not in LEGAL_SUFFIXES and w not in CONNECTORS]
    if not kept:
        return core
    return core if len(kept) == len(words) else " ".join(kept)


def legal_words(folded: str) -> frozenset[str]:
    """The legal-form words in a folded name, one spelling each (`acme corporation` -> {"corp"})."""
    return frozenset(_LEGAL_SAME.get(w, w) for w in folded.split() if w in LEGAL_SUFFIXES)


def normalize_name(text: str) -> str:
    return strip_legal(fold(text))


def name_key(text: str) -> str:
    """The whole name, legal form included, in one spelling: "ACME Corporation" and "Acme Corp."
    share one key, "Williams LLC" and "Williams Inc" do not (they are different companies)."""
    return " ".join(_LEGAL_SAME.get(word, word) for word in fold(text).split())


def digits(text: str) -> str:
    return _NON_DIGIT.sub("", text)


def digits_many(texts: list[str]) -> list[str]:
    """`digits` of many texts at once."""
    return (
        _NON_DIGIT_KEEP_BAR.sub("", "|".join(t.replace("|", "") for t in texts)).split("|") if texts else []
    )


# Places named in their own language in a company's name, and what an English speaker calls them
# ("Sternwarte München" is "sternwarte munich", "Rheinblick Köln" "rheinblick cologne"); keys folded.
_EXONYMS = {
    "munchen": ("munich",), "koln": ("cologne",), "nurnberg": ("nuremberg",), "hannover": ("hanover",),
    "wien": ("vienna",), "bayern": ("bavaria",), "osterreich": ("austria",), "deutschland": ("germany",),
    "schweiz": ("switzerland", "swiss"), "suisse": ("switzerland", "swiss"),
    "svizzera": ("switzerland", "swiss"), "geneve": ("geneva",), "luzern": ("lucerne",),
    "milano": ("milan",), "torino": ("turin",), "roma": ("rome",),
    "napoli": ("naples",), "firenze": ("florence",), "venezia": ("venice",), "genova": ("genoa",),
    "italia": ("italy",), "praha": ("prague",), "warszawa": ("warsaw",), "lisboa": ("lisbon",),
    "sevilla": ("seville",), "espana": ("spain",), "bruxelles": ("brussels",), "brussel": ("brussels",),
    "antwerpen": ("antwerp",), "den haag": ("the hague",), "kobenhavn": ("copenhagen",),
    "goteborg": ("gothenburg",), "sverige": ("sweden",), "norge": ("norway",), "danmark": ("denmark",),
    "moskva": ("moscow",), "athina": ("athens",), "beograd": ("belgrade",), "bucuresti": ("bucharest",),
}  # fmt: skip
_ENDONYM = re.compile(r"\b(?:" + "|".join(sorted(_EXONYMS, key=len, reverse=True)) + r")\b")


def in_english(folded: str) -> list[str]:
    """The folded name with a place in it written the English way, one per English name
    (`sternwarte munchen` -> [`sternwarte munich`]); [] when it names no such place."""
    found = _ENDONYM.search(folded)
    if found is None:
        return []
    return [folded[: found.start()] + english + folded[found.end() :] for english in _EXONYMS[found.group(0)]]
