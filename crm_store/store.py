"""`Store`: the repositories of one organisation, bound to one session and one actor."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime

from sqlalchemy.orm import Session

from crm_store.audit import Actor, Audit
from crm_store.reports import ReportRepo
from crm_store.repos.activities import ActivityRepo
from crm_store.repos.changes import ChangeSetRepo
from crm_store.repos.chat import PendingChoiceRepo
from crm_store.repos.customers import CustomerRepo
from crm_store.repos.deals import DealRepo
from crm_store.repos.finder import CustomerFinder
from crm_store.repos.history import HistoryRepo
from crm_store.repos.notifications import OrgNotifications
from crm_store.repos.reminders import ReminderRepo
from crm_store.repos.users import UserRepo
from crm_store.search import BasicCustomerSearch, CustomerSearch
from crm_store.transfer.scoped import TransferRepo
from crm_store.types import utcnow


class Store:
    """Every read and write of one organisation goes through here, so every query is scoped to
    `actor.org_id`. Built from a transaction by `crm_store.system.System.store`; code outside
    crm_store uses its repositories and never its session."""

    def __init__(
        self,
        session: Session,
        actor: Actor,
        *,
        audit: bool = True,
        now: Callable[[], datetime] = utcnow,
        search: CustomerSearch | None = None,
    ) -> None:
        self.session = session
        self.actor = actor
        self.org_id = actor.org_id
        self.now = now
        self.audit = Audit(session, actor, enabled=audit, now=now)
        self.customers = CustomerRepo(self)
        self.deals = DealRepo(self)
        self.activities = ActivityRepo(self)
        self.reminders = ReminderRepo(self)
        self.users = UserRepo(self)
        self.pending = PendingChoiceRepo(self)
        self.history = HistoryRepo(self)
        self.changes = ChangeSetRepo(self)
        self.search = CustomerFinder(self, search or BasicCustomerSearch())
        self.notifications = OrgNotifications(self)
        self.reports = ReportRepo(self)
        self.transfer = TransferRepo(self)

    def savepoint(self) -> AbstractContextManager[object]:
        """A nested transaction: everything written inside it is rolled back if the block raises."""
        return self.session.begin_nested()
