"""The calendar of the country a user lives in: which days are off, and what its holidays are called.

The country comes from the user's time zone (the tz database's `zone.tab`: Asia/Tokyo is Japan,
America/Chicago the United States); the holidays from the well-kept `holidays` package, with their names
in every language it knows for that country (English, and 劳动节 / 勞動節 / 憲法記念日 …). A break is the run
of days off (holidays and weekends, less the weekend days worked instead) around a holiday.

Where a country moves working days every year (mainland China's 调休), a year whose arrangement the package
does not know yet gives the statutory days only; the caller then keeps the customary length of the break.
"""

from __future__ import annotations

import re
import zoneinfo
from datetime import date, timedelta, tzinfo
from functools import lru_cache
from importlib import resources
from pathlib import Path

import holidays

from handlers.parsing.hanzi import simplified

_OBSERVED = re.compile(r"\s*[(（][^)）]*[)）]|\s*\bobserved\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """Time zone name → ISO country code, from the tz database's `zone.tab`."""
    texts: list[str] = []
    for folder in zoneinfo.TZPATH:
        path = Path(folder) / "zone.tab"
        if path.is_file():
            texts.append(path.read_text(encoding="utf-8"))
            break
    else:
        try:
            texts.append(resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8"))
        except (ModuleNotFoundError, FileNotFoundError):
            return {}
    out: dict[str, str] = {}
    for line in texts[0].splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            out[parts[2]] = parts[0]
    return out


_LINKS = {"PRC": "CN", "ROC": "TW", "Hongkong": "HK", "Japan": "JP", "Eire": "IE", "GB": "GB", "ROK": "KR"}


# Zones of a country whose public holidays differ by state, with the state's code: Australia's (the Monday a
# weekend Australia Day moves to is a holiday of each state, not of the federal calendar) and Canada's.
_STATES = {
    "Australia/Sydney": "NSW",
    "Australia/Melbourne": "VIC",
    "Australia/Brisbane": "QLD",
    "Australia/Adelaide": "SA",
    "Australia/Perth": "WA",
    "Australia/Hobart": "TAS",
    "Australia/Darwin": "NT",
    "Australia/Canberra": "ACT",
    # Canada's provinces keep Thanksgiving (October), Family Day and Civic Holiday, not its federal calendar
    # (which would leave "after thanksgiving" to the United States' November one); Quebec shares Toronto's
    # zone, so its own days (Fête nationale) are not known from the clock
    "America/Toronto": "ON",
    "America/Vancouver": "BC",
    "America/Edmonton": "AB",
    "America/Winnipeg": "MB",
    "America/Regina": "SK",
    "America/Halifax": "NS",
    "America/Moncton": "NB",
    "America/St_Johns": "NL",
}


def country_of(zone: tzinfo | None) -> str | None:
    """The ISO code of the country whose clock `zone` is ("AU-NSW" with its state where holidays are a
    state's), or None (UTC, an unknown zone)."""
    key = getattr(zone, "key", None) or ""
    country = _zone_countries().get(key) or _LINKS.get(key)
    state = _STATES.get(key)
    return f"{country}-{state}" if country and state else country


def _holidays_of(country: str, year: int, language: str | None = None) -> holidays.HolidayBase:
    """The package's calendar for `country` ("AU-NSW": a state's)."""
    code, _, state = country.partition("-")
    return holidays.country_holidays(code, subdiv=state or None, years=year, language=language)


@lru_cache(maxsize=64)
def _calendar(country: str, year: int) -> holidays.HolidayBase | None:
    try:
        return _holidays_of(country, year)
    except NotImplementedError:  # a country the package does not know
        return None


def calendar_of(country: str, year: int, language: str | None = None) -> holidays.HolidayBase | None:
    """`country`'s holidays in `year`, named in `language` (one the package has for it; None: its default)."""
    if language is None:
        return _calendar(country, year)
    return _named_calendar(country, year, language)


@lru_cache(maxsize=64)
def _named_calendar(country: str, year: int, language: str) -> holidays.HolidayBase | None:
    try:
        return _holidays_of(country, year, language)
    except (NotImplementedError, ValueError):
        return None


@lru_cache(maxsize=64)
def _names(country: str, year: int) -> tuple[tuple[str, date], ...]:
    """Every holiday of `country` in `year` by every name it has (lowercase, simplified, '(observed)' cut)."""
    calendar = _calendar(country, year)
    if calendar is None:
        return ()
    out: list[tuple[str, date]] = []
    for language in (None, *calendar.supported_languages):
        try:
            named = _holidays_of(country, year, language)
        except (NotImplementedError, ValueError):
            continue
        for day, names in named.items():
            for name in names.split("; "):
                plain = simplified(_OBSERVED.sub("", name)).lower().strip()
                if plain and (plain, day) not in out:
                    out.append((plain, day))
    return tuple(out)


def english_names(country: str | None, year: int) -> tuple[str, ...]:
    """The words the user's country's holidays are said by in English text, longest first: each whole name,
    and the last words several of them share ("bank holiday" of May / June / August Bank Holiday: the next
    of them)."""
    if country is None:
        return ()
    names = {n.removeprefix("the ") for n, _ in _names(country, year) + _names(country, year + 1)}
    names = {n for n in names if re.fullmatch(r"[a-z0-9 .'’-]+", n)}
    tails: dict[str, set[str]] = {}
    for name in names:
        parts = name.split()
        for start in range(1, len(parts) - 1):
            tails.setdefault(" ".join(parts[start:]), set()).add(name)
    shared = {tail for tail, of in tails.items() if len(of) > 1 and tail.split()[0] not in ("day", "of")}
    return tuple(sorted(names | shared, key=len, reverse=True))


def holiday_days(country: str | None, said: str, year: int) -> list[date]:
    """The days of `year` that `country` calls `said` ("memorial day", "劳动节", "bank holiday"): its exact
    names first, else names that start with the words ("christmas" for Christmas Day) or end with them ("bank
    holiday" for May Bank Holiday)."""
    if country is None:
        return []
    said = simplified(said).lower().strip()
    names = _names(country, year)
    for fits in (
        lambda n: n == said,
        lambda n: (
            n.startswith(said) and (not said.isascii() or n[len(said) : len(said) + 1] in ("", " ", "'"))
        ),
        lambda n: n.endswith(said) and (not said.isascii() or n[-len(said) - 1 : -len(said)] == " "),
    ):
        days = sorted({day for name, day in names if fits(name)})
        if days:
            return days
    return []


def is_off(country: str | None, day: date) -> bool:
    """Whether `day` is no working day where the user lives (a weekend day, unless worked instead)."""
    calendar = _calendar(country, day.year) if country else None
    if calendar is None:
        return day.weekday() >= 5
    return not calendar.is_working_day(day)


def arrangement_known(country: str | None, year: int) -> bool:
    """False for a country that moves working days around its breaks (调休) in a year whose moves the
    package does not know yet: its breaks are then longer than its statutory days."""
    if country is None or year >= _NO_MOVES_SINCE.get(country, year + 1):
        return True
    calendar = _calendar(country, year)
    if calendar is None or any(d.year == year for d in calendar.weekend_workdays):
        return True
    return not any(_moves_days(country, y) for y in range(year - 6, year))


# Countries that stopped moving working days: Taiwan's Directorate-General of Personnel Administration moves
# no working day from 2026 on (no 補班; the package's 2026 calendar has none), so a later year's breaks are
# its statutory days (and the weekends next to them), not a guess.
_NO_MOVES_SINCE = {"TW": 2026}


def _moves_days(country: str, year: int) -> bool:
    calendar = _calendar(country, year)
    return calendar is not None and any(d.year == year for d in calendar.weekend_workdays)


def break_around(country: str | None, first: date, last: date | None = None) -> tuple[date, date]:
    """The run of days off around the days `first`…`last` (weekends and holidays next to them included)."""
    start, end = first, last or first
    while is_off(country, start - timedelta(days=1)):
        start -= timedelta(days=1)
    while is_off(country, end + timedelta(days=1)):
        end += timedelta(days=1)
    return start, end


def working_day_after(country: str | None, day: date) -> date:
    day += timedelta(days=1)
    while is_off(country, day):
        day += timedelta(days=1)
    return day


def working_day_before(country: str | None, day: date) -> date:
    day -= timedelta(days=1)
    while is_off(country, day):
        day -= timedelta(days=1)
    return day


__all__ = [
    "arrangement_known",
    "break_around",
    "calendar_of",
    "country_of",
    "english_names",
    "holiday_days",
    "is_off",
    "working_day_after",
    "working_day_before",
]
