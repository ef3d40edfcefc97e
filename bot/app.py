"""The wiring that builds one salesbot process from its settings (no globals)."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from bot.health import DatabaseHealth, Metrics
from config import Settings
from crm_store.audit import Actor
from crm_store.db import Database
from crm_store.migrate import upgrade
from crm_store.models import Organization, User
from crm_store.repos import tenancy
from crm_store.search import CustomerSearch
from crm_store.search.indexed import IndexedCustomerSearch
from crm_store.store import Store
from crm_store.system import System
from crm_store.types import utcnow
from handlers.assistant import Assistant
from handlers.i18n import Catalogs, language_of
from reminders.escalation import escalate_complaints
from reminders.notifier import PlatformSender

if TYPE_CHECKING:
    from bot.inbox import Inbox


class SetupError(Exception):
    """A one-line problem the user can fix (unknown user name, ...)."""


@dataclass
class App:
    settings: Settings
    db: Database
    search: CustomerSearch
    catalogs: Catalogs
    assistant: Assistant
    clock: Callable[[], datetime]
    org_slug: str = tenancy.DEFAULT_ORG
    senders: dict[str, PlatformSender] = field(default_factory=dict)
    metrics: Metrics = field(default_factory=Metrics)
    health: DatabaseHealth = field(default_factory=DatabaseHealth)
    _inbox: Inbox | None = field(default=None, repr=False)

    @property
    def inbox(self) -> Inbox:
        """The durable inbox every adapter stores its updates in (one per process)."""
        if self._inbox is None:
            from bot.inbox import Inbox

            self._inbox = Inbox(
                self.db, self.assistant, clock=self.clock, catalogs=self.catalogs,
                default_locale=self.settings.default_locale, metrics=self.metrics, health=self.health,
            )  # fmt: skip
        return self._inbox

    def org(self) -> Organization:
        with self.db.system() as system:
            return system.directory.ensure_org(self.org_slug, self.settings.organization_name)

    def store(self, system: System, user_id: int | None = None, *, audit: bool = False) -> Store:
        """The organisation of this process (`--org`), acting as `user_id` from the CLI."""
        org = system.directory.ensure_org(self.org_slug, self.settings.organization_name)
        return system.store(Actor(org.id, user_id, "cli"), audit=audit, now=self.clock, search=self.search)


def build_app(settings: Settings, *, org_slug: str = tenancy.DEFAULT_ORG,
              clock: Callable[[], datetime] = utcnow, create_org: bool | None = None) -> App:  # fmt: skip
    """Open the database (applying migrations) and assemble the handler stack.

    The default organisation is created on first use; another one only when `create_org` says so
    (a typo in `--org` must not quietly start an empty organisation)."""
    db = Database(settings.database_url)
    db.check()
    upgrade(db)
    if not (org_slug == tenancy.DEFAULT_ORG if create_org is None else create_org):
        with db.system() as system:
            directory = system.directory
            if directory.org_by_slug(org_slug) is None:
                known = ", ".join(org.slug for org in directory.organisations()) or "none yet"
                db.dispose()
                raise SetupError(
                    f"no organisation {org_slug!r} (organisations: {known}); "
                    f"create it with 'salesbot org add {org_slug}'"
                )
    search = IndexedCustomerSearch()
    catalogs = Catalogs()
    assistant = Assistant(db, settings, search=search, catalogs=catalogs, clock=clock,
                          listeners=[escalate_complaints])  # fmt: skip
    app = App(settings, db, search, catalogs, assistant, clock, org_slug)
    app.metrics.watch_queues(db, clock, app.health)
    app.org()
    return app


def console_user(app: App, name: str | None = None) -> User:
    """The user the terminal speaks as: `name`, or the local account's own user (created once)."""
    with app.db.system() as system:
        store = app.store(system)
        if name:
            user = store.users.by_name(name)
            if user is None:
                known = ", ".join(u.display_name for u in store.users.all()) or "none yet"
                raise SetupError(f"no user called {name!r} (users: {known}); add one with "
                                 f"'salesbot users add {name!r}'")  # fmt: skip
            return user
        login = getpass.getuser()
        linked = system.directory.user_of("console", login)
        if linked is not None:
            return linked
        settings = app.settings
        role = "admin" if not store.users.all() else "rep"
        user = store.users.add(
            login.replace(".", " ").title(), role=role, timezone=settings.default_timezone,
            locale=language_of(_env_language(), settings.default_locale),
            work_hours=settings.working_hours, digest_time=settings.digest_time,
        )  # fmt: skip
        system.directory.link_identity(user, "console", login)
        return user


def _env_language() -> str | None:
    import os

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(variable):
            return os.environ[variable]
    return None
