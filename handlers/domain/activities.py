"""Activities: correct what was logged (text, kind) or delete it."""

from __future__ import annotations

from crm_store.models import Activity
from handlers.domain.acting import Acting
from handlers.domain.customers import check_manages
from handlers.i18n import N_


def check_activity(acting: Acting, activity: Activity) -> None:
    """Its author (or their manager, or an admin) may change an activity."""
    check_manages(
        acting, activity.author_id, N_("That activity was logged by {name}; ask them or their manager.")
    )


def edit_activity(acting: Acting, activity: Activity, *, summary: str | None = None,
                  kind: str | None = None) -> Activity:  # fmt: skip
    check_activity(acting, activity)
    return acting.store.activities.update(activity, summary=summary, kind=kind)


def delete_activity(acting: Acting, activity: Activity) -> None:
    check_activity(acting, activity)
    acting.store.activities.delete(activity)
