"""The domain operations on their own: permissions, refusals and the events they record."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from bot.app import App
from config import Settings
from crm_store.models import User
from crm_store.store import Store
from crm_store.system import System
from handlers.domain.activities import NewActivity, log_activity
from handlers.domain.contacts import ContactFields, NewContact, add_contact, update_contact
from handlers.domain.customers import CustomerFields, add_customer, update_customer
from handlers.domain.deals import DealUpdate, NewDeal, change_deal, create_deal, reopen_deal
from handlers.domain.events import ActivityLogged, DealChanged
from handlers.domain.reminders import NewReminder, complete_reminder, own_reminder, set_reminder
from handlers.errors import Refused


@dataclass
class Acting:
    store: Store
    user: User
    settings: Settings
    events: list[object] = field(default_factory=list)


@pytest.fixture
def acting_as(app: App) -> Iterator[Callable[[User], Acting]]:
    """Act as a user, all in one transaction opened at the first call (add users before it)."""
    with contextlib.ExitStack() as stack:
        sessions: list[Session] = []

        def acting(user: User) -> Acting:
            if not sessions:
                sessions.append(stack.enter_context(app.db.transaction()))
            me = sessions[0].get(User, user.id)
            assert me is not None
            return Acting(app.store(System(sessions[0]), user.id), me, app.settings)

        yield acting


def test_a_deal_is_created_at_the_first_open_stage_and_recorded_once(
    acting_as: Callable[[User], Acting], add_user: Callable[..., User]
) -> None:
    rep = acting_as(add_user("Rita"))
    acme = add_customer(rep, "Acme", CustomerFields(industry="Tools"))
    deal = create_deal(rep, NewDeal(acme, title="Seats", currency="EUR", amount=Decimal(5000)))
    assert (deal.stage, deal.owner_id, acme.industry) == ("lead", rep.user.id, "Tools")
    assert rep.events == [DealChanged(deal.id, None, "lead")]

    change_deal(rep, deal, DealUpdate(amount=Decimal(6000)))  # no stage move: no event
    change_deal(rep, deal, DealUpdate(stage="proposal"))
    assert rep.events[1:] == [DealChanged(deal.id, "lead", "proposal")]
    assert deal.amount == Decimal(6000)


def test_a_lost_deal_needs_a_reason(
    acting_as: Callable[[User], Acting], add_user: Callable[..., User]
) -> None:
    rep = acting_as(add_user("Rita"))
    acme = add_customer(rep, "Acme")
    with pytest.raises(Refused) as refused:
        create_deal(rep, NewDeal(acme, title="Seats", currency="EUR", stage="lost"))
    assert refused.value.msgid == "A new deal cannot start as lost."
    deal = create_deal(rep, NewDeal(acme, title="Seats", currency="EUR"))
    with pytest.raises(Refused):
        change_deal(rep, deal, DealUpdate(stage="lost"))
    change_deal(rep, deal, DealUpdate(stage="lost", lost_reason="price"))
    assert (deal.status, deal.lost_reason) == ("lost", "price")


def test_only_the_owner_their_manager_or_an_admin_changes_a_deal(
    acting_as: Callable[[User], Acting], add_user: Callable[..., User]
) -> None:
    boss = add_user("Mia", role="manager")
    rita, sam = add_user("Rita", manager=boss), add_user("Sam")
    owner = acting_as(rita)
    deal = create_deal(owner, NewDeal(add_customer(owner, "Acme"), title="Seats", currency="EUR"))
    with pytest.raises(Refused) as refused:
        change_deal(acting_as(sam), deal, DealUpdate(stage="proposal"))
    assert refused.value.params == {"name": "Rita"}
    assert deal.stage == "lead"
    change_deal(acting_as(boss), deal, DealUpdate(stage="proposal"))
    assert deal.stage == "proposal"


def test_an_activity_joins_the_only_open_deal_and_is_announced(
    acting_as: Callable[[User], Acting], add_user: Callable[..., User], app: App
) -> None:
    rep = acting_as(add_user("Rita"))
    acme = add_customer(rep, "Acme")
    deal = create_deal(rep, NewDeal(acme, title="Seats", currency="EUR"))
    activity = log_activity(rep, NewActivity("complaint", "late delivery", acme, occurred_at=app.clock()))
    assert activity.deal_id == deal.id
    assert rep.events[-1] == ActivityLogged(activity.id, "complaint", acme.id)
    update_customer(rep, acme, CustomerFields(phone=None, tier="A"))
    assert (acme.tier, acme.phone) == ("A", None)


def test_only_the_owner_completes_a_reminder(
    acting_as: Callable[[User], Acting], add_user: Callable[..., User], app: App
) -> None:
    users = add_user("Rita"), add_user("Sam")
    rita, sam = acting_as(users[0]), acting_as(users[1])
    reminder = set_reminder(rita, NewReminder(app.clock() + timedelta(days=1), "call back"))
    with pytest.raises(Refused):
        own_reminder(sam, reminder.id)
    with pytest.raises(Refused):
        complete_reminder(sam, reminder)
    assert reminder.status == "pending"
    complete_reminder(rita, reminder)
    assert reminder.status == "done"


def test_one_contact_update_for_news_and_corrections(
    acting_as: Callable[[User], Acting], add_user: Callable[..., User]
) -> None:
    rep = acting_as(add_user("Rita"))
    jane = add_contact(
        rep, NewContact(add_customer(rep, "Acme"), "Jane Doe", title="CTO", phone="+1 555 0100")
    )
    update_contact(rep, jane, ContactFields(email="jane@acme.com"))  # news: only what was said
    assert (jane.name, jane.title, jane.phone, jane.email) == (
        "Jane Doe",
        "CTO",
        "+1 555 0100",
        "jane@acme.com",
    )
    update_contact(rep, jane, ContactFields(title="VP Sales", phone=None))  # /edit: None clears
    assert (jane.title, jane.phone, jane.email) == ("VP Sales", None, "jane@acme.com")


def test_a_deal_edit_goes_through_the_same_rules(
    acting_as: Callable[[User], Acting], add_user: Callable[..., User], app: App
) -> None:
    rep = acting_as(add_user("Rita"))
    deal = create_deal(
        rep, NewDeal(add_customer(rep, "Acme"), title="Seats", currency="EUR", close=app.clock().date())
    )
    change_deal(rep, deal, DealUpdate(clear_close=True))
    assert deal.expected_close is None
    change_deal(rep, deal, DealUpdate(stage="lost", lost_reason="price"))
    change_deal(rep, deal, DealUpdate(stage="lost"))  # already lost with a reason: nothing missing
    change_deal(rep, deal, DealUpdate(lost_reason="budget cut"))  # the reason of a lost deal
    assert (deal.stage, deal.lost_reason) == ("lost", "budget cut")
    assert rep.events[-1] == DealChanged(deal.id, "lead", "lost")


def test_a_reopened_deal_is_recorded_like_any_other_move(
    acting_as: Callable[[User], Acting], add_user: Callable[..., User]
) -> None:
    rep = acting_as(add_user("Rita"))
    deal = create_deal(rep, NewDeal(add_customer(rep, "Acme"), title="Seats", currency="EUR"))
    change_deal(rep, deal, DealUpdate(stage="proposal"))
    change_deal(rep, deal, DealUpdate(stage="lost", lost_reason="price"))
    reopen_deal(rep, deal, amount=Decimal(40000))
    assert (deal.stage, deal.status, deal.lost_reason) == ("proposal", "open", None)
    assert deal.amount == Decimal(40000)
    assert rep.events[-1] == DealChanged(deal.id, "lost", "proposal")
