"""The words of the calendar as reps type them: month and weekday names (English and Chinese), counts said
in words, and the regular-expression pieces the date readers share."""

from __future__ import annotations

import re

from handlers.parsing.numerals import cn_integer

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
CN_WEEKDAYS = {
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
    "1": 0,
    "2": 1,
    "3": 2,
    "4": 3,
    "5": 4,
    "6": 5,
    "7": 6,
}
WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "couple": 2,
}

# Whole month words only: "maybe" is not May, "marching" not March.
MONTH_WORD = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
# Polish months in the genitive, as a date says them inside English ("15 lipca", "koniec lipca": the end of
# July), with and without their diacritics. Only with a day or a part of the month: "maja" alone is a name.
POLISH_MONTHS = {
    name: number
    for number, names in enumerate(
        ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
         "września wrzesnia", "października pazdziernika", "listopada", "grudnia"),
        start=1,
    )
    for name in names.split()
}  # fmt: skip
POLISH_MONTH_WORD = "(" + "|".join(POLISH_MONTHS) + r")(?!\w)"
# Polish weekdays said inside English ("w poniedziałek o 15", "do piątku", "w przyszły piątek"). Piątek, Środa
# and Sobota are surnames too ("Joanna Piątek"), so a weekday's word counts only after a Polish word that
# says a day (w/we/na/do/od, przyszły/przyszłą, ten/tę) or in the genitive of a weekday ("piątku",
# "środy"); "Środa Śląska" is a town.
_POLISH_WEEKDAY_FORMS = {
    0: "poniedziałek poniedzialek", 1: "wtorek", 2: "środa środę środy sroda srode srody", 3: "czwartek",
    4: "piątek piatek", 5: "sobota sobotę soboty sobote", 6: "niedziela niedzielę niedzieli niedziele",
}  # fmt: skip
_POLISH_GENITIVES = {"poniedziałku": 0, "poniedzialku": 0, "wtorku": 1, "środy": 2, "srody": 2, "czwartku": 3,
                     "piątku": 4, "piatku": 4}  # fmt: skip
_POLISH_WEEKDAY_WORDS = {w: day for day, forms in _POLISH_WEEKDAY_FORMS.items() for w in forms.split()}
# The Polish words before a weekday that count from today, with the English one each says ("w przyszły
# piątek" is "next friday", "w ten piątek" "this friday", "do piątku" "by friday", "w poniedziałek" "on
# monday"); "od poniedziałku" (from Monday) is the weekday alone.
_POLISH_DAY_PREFIXES = {
    **dict.fromkeys(("w przyszły", "w przyszłą", "w przyszly", "w przyszla"), "next"),
    **dict.fromkeys(("przyszły", "przyszłą", "przyszly", "przyszla"), "next"),
    **dict.fromkeys(("w ten", "w tę", "ten", "tę"), "this"),
    **dict.fromkeys(("we", "w", "na"), "on"),
    "do": "by",
}
_POLISH_WEEKDAY = (
    "(?:"
    + "|".join(rf"(?<=\b{word} )" for word in sorted({p.split()[-1] for p in _POLISH_DAY_PREFIXES} | {"od"}))
    + ")(?:"
    + "|".join(sorted(_POLISH_WEEKDAY_WORDS, key=len, reverse=True))
    + r")(?!\w)(?!\s+[śs]l[aą]sk)"
    + "|(?:"
    + "|".join(_POLISH_GENITIVES)
    + r")(?!\w)(?!\s+[śs]l[aą]sk)"
)
_POLISH_WEEKDAY_WORDS |= _POLISH_GENITIVES
# (Only before a Polish weekday: "do friday" is English.)
# Spanish and German words before their own weekdays, with the English one each says ("el viernes" is "on
# friday", "este viernes" "this friday", "el próximo viernes" "next friday", "am Freitag" "on friday")
_ROMANCE_GERMAN_PREFIXES = {
    "el próximo": "next", "el proximo": "next", "próximo": "next", "proximo": "next", "este": "this",
    "el": "on", "am": "on", "diesen": "this",
}  # fmt: skip
WEEKDAY_PREFIX = (
    r"next|n[äa]e?chste[nr]?|this|coming|on|by|b4|before|until|till|(?:"
    + "|".join(p.replace(" ", r"\s+") for p in _ROMANCE_GERMAN_PREFIXES)
    + r")(?=\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag)\b)|(?:"
    + "|".join(p.replace(" ", r"\s+") for p in _POLISH_DAY_PREFIXES)
    + r")(?=\s+(?:"
    + "|".join(_POLISH_WEEKDAY_WORDS)
    + r")(?!\w))"
)


def weekday_prefix(said: str | None) -> str | None:
    """The English word (next, this, on, by, …) of a prefix `WEEKDAY_PREFIX` matched before a weekday."""
    if said is not None and re.fullmatch(r"n[äa]e?chste[nr]?", said, re.IGNORECASE):
        return "next"  # German "nächsten Freitag"
    if said is None:
        return None
    said = " ".join(said.split())
    return _POLISH_DAY_PREFIXES.get(said) or _ROMANCE_GERMAN_PREFIXES.get(said.lower(), said)


# A few letters wrong before "day" still name the day ("wednsday", "thurday").
# German weekdays too ("Donnerstag", "Fr 30.6."): a two-letter one only right before a day-first date or an
# hour said with "Uhr" ("Fr 10 Uhr Termin bei …"; "Fr. Müller" is a title).
# Portuguese and Spanish ones that name nothing else in an English message ("before sexta", "viernes"; not
# "segunda", "quinta", "domingo" alone: second, an estate, a name; "segunda" is Monday after "on", "to",
# "next", "till", "na", "até", or first: "move it to segunda same time", "segunda 10h call Rosa"; "segunda"
# and "quinta" are Monday and Thursday right before a time: "me lembra segunda 15h30 de ligar …").
WEEKDAY_WORD = (
    r"(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira"
    r"|(?:^|(?<=\bon )|(?<=\bto )|(?<=\bnext )|(?<=\btill )|(?<=\buntil )|(?<=\bna )|(?<=\baté ))segunda"
    r"(?![a-z-]|\s+(?:via|safra|vez|parte|fase|etapa|rodada|round|harvest|phase|copy|invoice))"
    r"|(?:segunda|quinta)(?=\s+(?:[àa]s\s+|at\s+)?\d{1,2}(?:h(?:\d\d)?\b|:\d\d|\s*(?:am|pm)\b))|sexta|ter[çc]a|s[áa]bado|lunes|martes|mi[ée]rcoles|jueves|viernes|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun|"
    r"(?:mo|di|mi|do|fr|sa|so)(?=\.?,?\s*\d{1,2}\.\d{1,2}\.|\.?,?\s*(?:um\s+)?\d{1,2}(?::\d\d)?\s*uhr\b)|"
    + _POLISH_WEEKDAY
    + r")"
    r"(?:day|nesday|urday|sday|rsday|[a-z]{1,3}day)?\.?"
)
_GERMAN_WEEKDAYS = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}
_ROMANCE_WEEKDAYS = {
    "segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4, "sábado": 5, "sabado": 5,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
}  # fmt: skip
CN_NUM = r"[0-9零一二两三四五六七八九十]+"
# Days said in Swahili or Portuguese inside English ("f/u kesho", "ontem visited X"), with their English word:
# the date reader, the periods of questions and the learned opinions read them alike.
DAYS_SAID_ABROAD = {
    "kesho": "tomorrow", "amanhã": "tomorrow", "amanha": "tomorrow", "ontem": "yesterday", "hoje": "today",
    "jutro": "tomorrow", "dzisiaj": "today", "dziś": "today", "wczoraj": "yesterday",  # Polish
    "gestern": "yesterday",  # German ("heute" and "morgen" are read with their own guards)
}  # fmt: skip


def said_abroad(english: str) -> str:
    """The words of `DAYS_SAID_ABROAD` for `english` ("tomorrow"), as one alternation of a pattern."""
    return "|".join(word for word, meant in DAYS_SAID_ABROAD.items() if meant == english)


def cn_number(text: str) -> int:
    """0-99 written in digits or Chinese numerals (十五, 二十, 两); 0 when it is neither."""
    return cn_integer(text) or 0


def weekday_number(name: str) -> int:
    """Monday 0 … Sunday 6 for a weekday word matched by `WEEKDAY_WORD` ("tues", "thurs", "Freitag", "Do")."""
    said_abroad = {**_ROMANCE_WEEKDAYS, **_POLISH_WEEKDAY_WORDS}.get(name.split("-")[0].rstrip("."))
    if said_abroad is not None:
        return said_abroad
    if name[:4] in WEEKDAYS:
        return WEEKDAYS[name[:4]]
    return WEEKDAYS[name[:3]] if name[:3] in WEEKDAYS else _GERMAN_WEEKDAYS[name[:2]]


# The days of a month said as ordinal words: "fifteenth", "twenty-first", "thirtieth".
_ORDINAL_ONES = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
ORDINAL_WORD = (
    r"((?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|twentieth|thirtieth|" + "|".join(sorted(_ORDINAL_ONES, key=len, reverse=True)) + r")(?![a-z])"
)


def ordinal_number(word: str) -> int:
    """The number an ordinal word says ("fifteenth" 15, "twenty-first" 21)."""
    word = word.lower()
    if word == "twentieth":
        return 20
    if word == "thirtieth":
        return 30
    tens = 20 if word.startswith("twenty") else 30 if word.startswith("thirty") else 0
    return tens + _ORDINAL_ONES[re.sub(r"^(?:twenty|thirty)[\s-]?", "", word)]
