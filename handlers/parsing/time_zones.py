"""A time of day said in another time zone: "10am NZ time", "4pm perth time", "11am Pacific", "9am EST",
"东京时间下午3点", "日本時間早上10點". The time is converted to the user's own zone.

A zone the words do not tell ("2pm her time", "local time", "美国时间": which of its zones?) is no guess:
the caller asks about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

_PLACES = {
    "nz": "Pacific/Auckland", "new zealand": "Pacific/Auckland", "auckland": "Pacific/Auckland",
    "wellington": "Pacific/Auckland", "kiwi": "Pacific/Auckland",
    "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne", "canberra": "Australia/Sydney",
    "brisbane": "Australia/Brisbane", "qld": "Australia/Brisbane", "adelaide": "Australia/Adelaide",
    "perth": "Australia/Perth", "darwin": "Australia/Darwin", "hobart": "Australia/Hobart",
    "pacific": "America/Los_Angeles", "west coast": "America/Los_Angeles", "la": "America/Los_Angeles",
    "california": "America/Los_Angeles", "seattle": "America/Los_Angeles", "vancouver": "America/Vancouver",
    "san francisco": "America/Los_Angeles", "sf": "America/Los_Angeles",
    "eastern": "America/New_York", "east coast": "America/New_York", "new york": "America/New_York",
    "ny": "America/New_York", "nyc": "America/New_York", "toronto": "America/Toronto",
    "montreal": "America/Toronto", "ottawa": "America/Toronto", "boston": "America/New_York",
    "central": "America/Chicago", "chicago": "America/Chicago", "texas": "America/Chicago",
    "dallas": "America/Chicago", "winnipeg": "America/Winnipeg",
    "mountain": "America/Denver", "denver": "America/Denver", "calgary": "America/Edmonton",
    "edmonton": "America/Edmonton", "phoenix": "America/Phoenix", "arizona": "America/Phoenix",
    "uk": "Europe/London", "london": "Europe/London", "british": "Europe/London", "dublin": "Europe/Dublin",
    "berlin": "Europe/Berlin", "german": "Europe/Berlin", "germany": "Europe/Berlin", "paris": "Europe/Paris",
    "frankfurt": "Europe/Berlin", "amsterdam": "Europe/Amsterdam", "zurich": "Europe/Zurich",
    "singapore": "Asia/Singapore", "sg": "Asia/Singapore", "hong kong": "Asia/Hong_Kong",
    "hk": "Asia/Hong_Kong",
    "beijing": "Asia/Shanghai", "shanghai": "Asia/Shanghai", "china": "Asia/Shanghai",
    "tokyo": "Asia/Tokyo", "japan": "Asia/Tokyo", "seoul": "Asia/Seoul", "korea": "Asia/Seoul",
    "taipei": "Asia/Taipei", "taiwan": "Asia/Taipei", "india": "Asia/Kolkata", "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata", "bangalore": "Asia/Kolkata", "dubai": "Asia/Dubai", "manila": "Asia/Manila",
    "jakarta": "Asia/Jakarta", "bangkok": "Asia/Bangkok", "kl": "Asia/Kuala_Lumpur",
    "kuala lumpur": "Asia/Kuala_Lumpur",
}  # fmt: skip
# Abbreviations read only right after a time ("10am PT"); CST (US or China) and IST (India, Israel,
# Ireland) tell no zone.
_ABBREVIATIONS = {
    "nzt": "Pacific/Auckland", "nzdt": "Pacific/Auckland", "nzst": "Pacific/Auckland",
    "aedt": "Australia/Sydney", "aest": "Australia/Sydney", "acdt": "Australia/Adelaide",
    "acst": "Australia/Adelaide", "awst": "Australia/Perth",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "cdt": "America/Chicago", "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver",
    "gmt": "Europe/London", "bst": "Europe/London", "utc": "UTC", "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "sgt": "Asia/Singapore", "hkt": "Asia/Hong_Kong", "jst": "Asia/Tokyo", "kst": "Asia/Seoul",
}  # fmt: skip
_CN_PLACES = {
    "北京": "Asia/Shanghai", "中国": "Asia/Shanghai", "国内": "Asia/Shanghai", "东京": "Asia/Tokyo",
    "日本": "Asia/Tokyo", "台北": "Asia/Taipei", "台湾": "Asia/Taipei", "香港": "Asia/Hong_Kong",
    "新加坡": "Asia/Singapore", "首尔": "Asia/Seoul", "韩国": "Asia/Seoul", "美东": "America/New_York",
    "美国东部": "America/New_York", "纽约": "America/New_York", "美西": "America/Los_Angeles",
    "美国西部": "America/Los_Angeles", "太平洋": "America/Los_Angeles", "洛杉矶": "America/Los_Angeles",
    "伦敦": "Europe/London", "英国": "Europe/London", "德国": "Europe/Berlin", "欧洲中部": "Europe/Berlin",
    "柏林": "Europe/Berlin", "巴黎": "Europe/Paris", "悉尼": "Australia/Sydney",
    "澳洲东部": "Australia/Sydney",
    "墨尔本": "Australia/Melbourne", "新西兰": "Pacific/Auckland", "纽西兰": "Pacific/Auckland",
    "印度": "Asia/Kolkata", "迪拜": "Asia/Dubai", "泰国": "Asia/Bangkok", "越南": "Asia/Ho_Chi_Minh",
}  # fmt: skip
# Words that say "in someone else's zone" without saying which.
_SOMEONES = r"(?:her|his|their|your|the client'?s|the customer'?s|client|customer|local|[a-z]+'s)"
_CN_SOMEONES = r"当地|对方|他那边|她那边|他们那边|那边|客户那边|美国|澳洲|欧洲|加拿大"

_PLACE_WORDS = "|".join(sorted(map(re.escape, _PLACES), key=len, reverse=True))
_AFTER_TIME = re.compile(
    rf"\s*[(（,]?\s*(?:(?P<place>{_PLACE_WORDS})(?:\s+(?:time|hours?))"
    rf"|(?P<bare>pacific|eastern|central|mountain)|(?P<abbr>{'|'.join(_ABBREVIATIONS)})(?![a-z])|(?P<someone>{_SOMEONES})\s+time)[)）]?(?![a-z])",
    re.IGNORECASE,
)
_CN_PLACE_WORDS = "|".join(sorted(_CN_PLACES, key=len, reverse=True))
_BEFORE_TIME = re.compile(rf"(?:(?P<place>{_CN_PLACE_WORDS})|(?P<someone>{_CN_SOMEONES}))的?\s*时间\s*$")
_CN_AFTER_TIME = re.compile(
    rf"\s*[(（]?(?:(?P<place>{_CN_PLACE_WORDS})|(?P<someone>{_CN_SOMEONES}))的?时间[)）]?"
)


@dataclass(frozen=True)
class SaidZone:
    zone: ZoneInfo | None  # None: another zone, but which one the words do not tell
    span: tuple[int, int]


def zone_of_time(text: str, start: int, end: int, lead: int | None = None) -> SaidZone | None:
    """The time zone said right around the time of day at `text[start:end]` (text simplified and lowered or
    not), or None when the time is the user's own. `lead`: where the day said right before the time starts
    ("纽约时间周一早上9点": the zone said before the day and time together)."""
    after = _AFTER_TIME.match(text, end)
    if after is not None:
        if after.group("someone"):
            return SaidZone(None, after.span())
        word = (after.group("place") or after.group("bare") or after.group("abbr")).lower()
        name = _PLACES.get(word) or _ABBREVIATIONS[word]
        return SaidZone(ZoneInfo(name), after.span())
    cn_after = _CN_AFTER_TIME.match(text, end)
    if cn_after is not None:
        return SaidZone(ZoneInfo(_CN_PLACES[cn_after.group("place")]) if cn_after.group("place") else None,
                        cn_after.span())  # fmt: skip
    before = _BEFORE_TIME.search(text, 0, start)
    if before is None and lead is not None and lead < start:
        before = _BEFORE_TIME.search(text, 0, lead)
    if before is not None:
        return SaidZone(ZoneInfo(_CN_PLACES[before.group("place")]) if before.group("place") else None,
                        before.span())  # fmt: skip
    return None
