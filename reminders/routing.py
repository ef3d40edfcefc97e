"""Keep queued notifications pointed at where each user is reachable now.

A notification is routed when it is queued (`crm_store.repos.notifications.route_for`).
The scheduler routes the ones queued for users who were reachable nowhere yet, and moves
messages nobody picked up for a while to the user's current platform (they may have left
the terminal and be on Telegram now).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from crm_store.db import Database

UNCLAIMED_FOR = timedelta(minutes=1)


def route_waiting(db: Database, now: datetime) -> int:
    """Route unrouted messages and re-route stale ones; returns how many messages moved."""
    moved = 0
    with db.system() as system:
        unrouted = system.notifications.unrouted()
        stale = system.notifications.waiting_routes(created_before=now - UNCLAIMED_FOR)
        user_ids = {user for _, user in unrouted} | {user for user, _, _ in stale}
        if not user_ids:
            return 0
        routes = system.notifications.routes_for(system.notifications.users_by_ids(user_ids).values())
        by_user: dict[int, list[int]] = {}
        for message_id, user_id in unrouted:
            by_user.setdefault(user_id, []).append(message_id)
        for user_id, ids in by_user.items():
            route = routes.get(user_id)
            if route is not None:
                moved += system.notifications.set_route(
                    user_id=user_id, platform=route[0], chat_id=route[1], message_ids=ids
                )
        for user_id, platform, chat_id in stale:
            route = routes.get(user_id)
            if route is not None and route != (platform, chat_id):
                moved += system.notifications.set_route(
                    user_id=user_id, platform=route[0], chat_id=route[1], from_route=(platform, chat_id)
                )
    return moved
