"""Which number comes first in a date written "3/2": the day (3 Feb) or the month (Mar 2).

It depends on where the writer lives, so it is read from the user's time zone: the United States (and
the Philippines) write the month first, and so do Chinese, Taiwanese, Japanese and Korean writers (3/2 is
3月2日); Canada and Hong Kong write both ways, so a date that reads two ways is asked about there; the
rest of the world writes the day first (London, Berlin, Sydney, Auckland, Singapore, Mumbai). A zone
that tells no country (UTC) keeps the month first.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Literal

Order = Literal["month_first", "day_first", "either"]

_US = {
    "New_York", "Chicago", "Denver", "Los_Angeles", "Phoenix", "Anchorage", "Adak", "Boise", "Detroit",
    "Juneau", "Menominee", "Metlakatla", "Nome", "Sitka", "Yakutat", "Puerto_Rico",
}  # fmt: skip
_CANADA = {
    "Toronto", "Vancouver", "Montreal", "Edmonton", "Winnipeg", "Halifax", "St_Johns", "Regina", "Moncton",
    "Glace_Bay", "Goose_Bay", "Whitehorse", "Dawson", "Dawson_Creek", "Fort_Nelson", "Creston", "Iqaluit",
    "Rankin_Inlet", "Resolute", "Cambridge_Bay", "Inuvik", "Swift_Current", "Thunder_Bay", "Nipigon",
    "Rainy_River", "Atikokan", "Blanc-Sablon", "Yellowknife", "Pangnirtung",
}  # fmt: skip
_MONTH_FIRST = {
    "Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "Asia/Urumqi", "Asia/Taipei",
    "Asia/Tokyo", "Asia/Seoul", "Asia/Pyongyang", "Asia/Manila", "Pacific/Honolulu", "Pacific/Guam",
    "PRC", "ROC", "ROK", "Japan", "UTC", "Etc/UTC", "GMT", "Etc/GMT", "Universal", "Zulu",
    "EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT", "EST", "MST", "HST",
}  # fmt: skip
_EITHER = {"Asia/Hong_Kong", "Hongkong", "Asia/Macau", "Asia/Macao"}


def numeric_order(zone: tzinfo | None) -> Order:
    """How a user in `zone` writes "3/2"."""
    key = getattr(zone, "key", None) or ""
    area, _, place = key.partition("/")
    if key in _MONTH_FIRST or area == "US" or (area == "America" and (place in _US or "/" in place)):
        return "month_first"  # America/Indiana/…, America/Kentucky/…, America/North_Dakota/… are US zones
    if key in _EITHER or area == "Canada" or (area == "America" and place in _CANADA):
        return "either"
    return "day_first" if key else "month_first"
