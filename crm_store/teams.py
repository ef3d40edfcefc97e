"""Who is in whose team: the reporting lines (who a manager manages) and what a manager sees."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from crm_store.models import User


def team_members(users: Iterable[User]) -> dict[int, frozenset[int]]:
    """Every user's team: themselves and everyone reporting to them, directly or not."""
    users = list(users)
    reports: dict[int, list[int]] = defaultdict(list)
    for user in users:
        if user.manager_id is not None:
            reports[user.manager_id].append(user.id)
    teams: dict[int, frozenset[int]] = {}
    for user in users:
        seen = {user.id}
        frontier = [user.id]
        while frontier:
            nxt = [child for boss in frontier for child in reports.get(boss, ()) if child not in seen]
            seen.update(nxt)
            frontier = nxt
        teams[user.id] = frozenset(seen)
    return teams


def viewed_teams(users: Iterable[User]) -> dict[int, frozenset[int]]:
    """Whose records each user's lists, questions and digest show: their team; for a manager nobody
    reports to yet, also the organisation's reps that have no manager (a small team sets roles, not
    reporting lines, and its manager asks "who is stalled?" about the reps' deals). Seeing is not
    managing: writes on those reps' records stay theirs (`team_members`)."""
    users = list(users)
    teams = team_members(users)
    unassigned = frozenset(u.id for u in users if u.manager_id is None and u.role == "rep")
    for user in users:
        if user.is_manager and teams[user.id] == {user.id}:
            teams[user.id] |= unassigned
    return teams
