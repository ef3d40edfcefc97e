"""`System`: one transaction as the code above crm_store sees it — never as a session.

Outside crm_store, code opens a transaction with `Database.system()` and works through:

- `system.store(actor)`: the `Store` of one organisation (customers, deals, ... — org-scoped,
  audited). Everything a user does goes through a store.
- `system.directory`: the rows that *find* the organisation (identities, access codes,
  workspace bindings, messages already seen), read before an organisation is known.
- `system.notifications`: the scheduler's and outbox sender's view across organisations (one
  scheduler serves every organisation; see `Notifications` for why it is not per organisation).
- `system.inbox`: platform updates, stored before anyone knows whose they are.

The cross-organisation views are named system repositories on purpose: a handler acting
for a user has a `Store` and cannot reach another organisation's rows through it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from crm_store.audit import Actor
from crm_store.repos.inbox import InboxQueue
from crm_store.repos.notifications import Notifications
from crm_store.repos.tenancy import Directory
from crm_store.search import CustomerSearch
from crm_store.store import Store
from crm_store.types import utcnow


class System:
    def __init__(self, session: Session) -> None:
        self._session = session
        self.directory = Directory(session)
        self.notifications = Notifications(session)
        self.inbox = InboxQueue(session)

    def store(
        self,
        actor: Actor,
        *,
        audit: bool = True,
        now: Callable[[], datetime] = utcnow,
        search: CustomerSearch | None = None,
    ) -> Store:
        """The repositories of `actor.org_id`, in this transaction."""
        return Store(self._session, actor, audit=audit, now=now, search=search)
