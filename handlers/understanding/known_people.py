"""The people the organisation already knows (its contacts' names), read for the reader of person names.

A Chinese family name outside the common list (鲍, 蔺, 缪 …) is also an ordinary character, so the reader
takes it for a name only where it has reason to: the CRM knows someone of that family name or that whole
name, or the message introduces a name outright (叫…, a signature line). The names come from the
organisation's contacts through `Store.search.people()` (cached with the search gazetteer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from crm_store.search.everyday import everyday_chinese
from handlers.context import Ctx
from handlers.domain.contacts import CN_TITLES, family_name
from handlers.parsing.hanzi import simplified
from handlers.understanding import lexicon as lx

_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


@dataclass(frozen=True)
class KnownPeople:
    chinese: frozenset[str] = frozenset()  # whole Chinese names, simplified: 鲍文, 欧阳倩
    family: frozenset[str] = frozenset()  # their family names: 鲍, 欧阳
    latin: frozenset[str] = frozenset()  # whole Latin names as stored: "Marcia Oyelaran"


NOBODY = KnownPeople()


_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f'’. -]+")


@lru_cache(maxsize=16)
def known_people(names: frozenset[str]) -> KnownPeople:
    """What the reader uses of these contact names (the organisation's, as stored)."""
    chinese, latin = set(), set()
    for name in names:
        plain = simplified(name.strip())
        if _CHINESE_NAME.fullmatch(plain):
            chinese.add(plain)
        elif " " in plain and _LATIN_NAME.fullmatch(plain):  # accents too: "Per Nyströmer", "Seán Fahy"
            latin.add(" ".join(plain.split()))
    return KnownPeople(frozenset(chinese), frozenset(family_name(n) for n in chinese), frozenset(latin))


def people_known_to(ctx: Ctx) -> KnownPeople:
    """The people the user's organisation knows: its contacts' names (cached with the search gazetteer)."""
    return known_people(ctx.store.search.people())


def is_family_name(char: str, known: KnownPeople) -> bool:
    """One of the common family names, or the family name of someone the organisation knows."""
    return char in lx.CN_SURNAMES or char in known.family


def honorific(known: KnownPeople, *, after_name: bool = True) -> re.Pattern[str]:
    """张总, 王经理: a family name (common, or one the organisation's contacts have) and a title, in group
    "name". `after_name=False`: not right after a name's first characters ("祝海波林工" is read whole)."""
    return _honorific(known.family, after_name)


@lru_cache(maxsize=32)
def _honorific(family: frozenset[str], after_name: bool) -> re.Pattern[str]:
    names = "".join(sorted(set(lx.CN_SURNAMES) | {f for f in family if len(f) == 1}))
    compound = "".join(f"{f}|" for f in sorted(f for f in family if len(f) == 2))  # 范姜经理, not 姜经理
    lookbehind = "" if after_name else rf"(?<![\u4e00-\u9fff][{lx.CN_SURNAMES}])"
    return re.compile(rf"{lookbehind}(?P<name>(?:{compound}[{names}])(?:{_TITLES}))(?!司)")


# The titles said after a family name, and the Cantonese 生 (區生: Mr Au), not 生产/生意
_TITLES = CN_TITLES


def everyday_pair(name: str) -> bool:
    """A family name and a one-character title that make an everyday word: 施工 (construction), 古董
    (antiques) name no Mr Shi the engineer."""
    return len(name) == 2 and everyday_chinese(name)


@cache
def wide_family_names() -> frozenset[str]:
    """A general list of Chinese family names (Faker's mainland and Taiwan lists, ~470 with the compound
    ones), simplified. Many are everyday characters (和, 成, 海), so it is used only where the message
    introduces a name outright."""
    from faker.providers.person.zh_CN import Provider as Mainland  # loaded on first use (~0.2 s)
    from faker.providers.person.zh_TW import Provider as Taiwan

    return frozenset(simplified(n) for n in (*Mainland.last_names, *Taiwan.last_names))


@cache
def _given_names() -> frozenset[str]:
    """First names of every locale Faker knows (~31k, lowercased; ~0.1 s on first use)."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    names: set[str] = set()
    for locale in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{locale.name}").Provider
        for field in ("first_names", "first_names_male", "first_names_female", "first_romanized_names"):
            listed = vars(provider).get(field) or getattr(provider, field, None)
            if isinstance(listed, tuple | list | dict | set | frozenset):
                names.update(str(n).lower() for n in listed)
    return frozenset(names)


def has_given_name(words: str) -> bool:
    """Whether some word of `words` is a first name in some language ("Marta Nowak", "Ito Shota"); a title in
    another language has none ("Kierownik Zakupów", "Einkaufsleiterin", "Gerente de Compras")."""
    return any(w.lower() in _given_names() for w in re.findall(r"[^\W\d_]+", words) if w[:1].isupper())


_TITLED = re.compile(rf"(?P<family>[\u4e00-\u9fff]{{1,2}}?)(?:{lx.CN_TITLE_WORDS})")


def chinese_people_named(text: str, known: KnownPeople) -> list[tuple[int, int]]:
    """Where `text` (simplified) names a known contact in Chinese: a whole name ("施雅琴") or a known family
    name with a title ("楼总", "卢经理")."""
    spans = [m.span() for name in known.chinese if name in text for m in re.finditer(re.escape(name), text)]
    spans += [m.span() for m in _TITLED.finditer(text) if m.group("family") in known.family]
    return spans
