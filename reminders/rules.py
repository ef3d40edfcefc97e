"""When a user may be pushed to: working hours and the morning message, in their own time zone.

All times are computed from aware UTC instants with zoneinfo, so they hold across daylight
saving changes: 08:00 in Berlin is 07:00 UTC in winter and 06:00 UTC in summer.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm_store.models import User


def zone_of(user: User) -> ZoneInfo:
    try:
        return ZoneInfo(user.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_time(user: User, now: datetime) -> datetime:
    return now.astimezone(zone_of(user))


def in_working_hours(user: User, now: datetime) -> bool:
    """Quiet hours are everything outside `work_start`..`work_end` (local time, every day)."""
    clock = local_time(user, now).time()
    return user.work_start <= clock < user.work_end


def morning_at(user: User) -> time:
    """When the morning message goes out: the digest time, but never before working hours start."""
    return max(user.digest_time, user.work_start)


def morning_due(user: User, now: datetime) -> date | None:
    """The local day whose morning message is due now (weekdays, from `morning_at` to the end of
    working hours, so a process that was down at 08:30 still sends it at 10:00), else None."""
    local = local_time(user, now)
    if local.weekday() >= 5:
        return None
    if morning_at(user) <= local.time() < user.work_end:
        return local.date()
    return None


def end_of_work(user: User, day: date) -> datetime:
    """The instant working hours end on `day` (when a morning message is no longer worth sending)."""
    return datetime.combine(day, user.work_end, tzinfo=zone_of(user))
