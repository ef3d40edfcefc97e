"""Complaint escalation: a complaint notifies the customer's owner and the owner's manager at once.

An `Assistant` listener: it runs in the transaction of the message that logged the
complaint, so the alert is queued exactly when the complaint is saved (and not at all if
the message is rolled back). Quiet hours do not apply: the outbox sends it right away.
"""

from __future__ import annotations

from dataclasses import replace

from crm_store.models import User
from crm_store.repos import notifications as outbox
from handlers.context import Ctx
from handlers.domain.events import ActivityLogged
from handlers.notifications import complaint_notice


def recipients(ctx: Ctx, owner: User | None) -> list[User]:
    """The owner and their manager; without a manager, the organisation's admins. Never the author."""
    users = ctx.store.users
    people: list[User] = [owner] if owner is not None else []
    boss = users.get((owner or ctx.user).manager_id)
    if boss is not None:
        people.append(boss)
    else:
        people.extend(u for u in users.all() if u.role == "admin")
    unique: dict[int, User] = {}
    for person in people:
        if person.active and person.id != ctx.user.id:
            unique.setdefault(person.id, person)
    return list(unique.values())


def escalate_complaints(ctx: Ctx, event: object) -> None:
    """Listener for `ActivityLogged`: queue an alert per recipient when the activity is a complaint."""
    if not isinstance(event, ActivityLogged) or event.kind != "complaint":
        return
    activity = ctx.store.activities.get(event.activity_id)
    if activity is None:
        return
    customer = ctx.store.customers.get(event.customer_id)
    owner = ctx.store.users.get(customer.owner_id) if customer is not None else None
    people = recipients(ctx, owner)
    routes = ctx.store.notifications.routes_for(people)
    notices = []
    for person in people:
        their = replace(ctx, user=person, tr=ctx.catalogs.translator(person.locale))
        reply = complaint_notice(their, activity, customer=customer, author=ctx.user, owner=owner)
        route = routes.get(person.id)
        notices.append(
            outbox.Notice(
                org_id=ctx.store.org_id,
                user_id=person.id,
                kind="complaint",
                text=reply.text,
                platform=route[0] if route else None,
                chat_id=route[1] if route else None,
            )
        )
    ctx.store.notifications.enqueue(notices, now=ctx.now)
