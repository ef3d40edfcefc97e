"""`Ctx`: everything one handler call needs, passed in (no globals)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from config import Settings
from crm_store.models import User
from crm_store.store import Store
from crm_store.system import System
from handlers.i18n import Catalogs, Translator
from handlers.messages import Button, IncomingMessage, Reply
from handlers.parsing.holiday_calendar import country_of


class CommandHelp(Protocol):
    """A command as /help shows it (`handlers.registry.Command` is one)."""

    @property
    def name(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def usage(self) -> str: ...
    @property
    def example(self) -> str: ...


class CommandMenu(Protocol):
    """What a handler may ask of the command table (`handlers.registry.Registry` is one).

    A protocol rather than the Registry itself: the registry's handlers take a `Ctx`, so naming
    it here would tie the two modules in a loop."""

    def command(self, name: str) -> CommandHelp | None: ...

    def visible(self, role: str) -> Sequence[CommandHelp]: ...


@dataclass
class Ctx:
    msg: IncomingMessage
    user: User
    store: Store
    settings: Settings
    system: System  # the transaction's cross-organisation views (joining, linking accounts)
    tr: Translator
    now: datetime  # UTC, fixed for the whole message
    catalogs: Catalogs
    registry: CommandMenu
    # Answers already given to questions about this message: {"customer:acme": 12, ...}
    picks: dict[str, Any] = field(default_factory=dict)
    # Domain events for listeners that run in the same transaction (e.g. complaint escalation).
    events: list[object] = field(default_factory=list)

    def use_language(self, language: str) -> None:
        self.tr = self.catalogs.translator(language)

    def _(self, msgid: str, /, **params: object) -> str:
        return self.tr(msgid, **params)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.user.timezone)

    @property
    def message_time(self) -> datetime:
        """When the user sent the message (platforms may deliver late), never in the future."""
        sent = self.msg.sent_at
        return min(sent, self.now) if sent is not None else self.now

    @property
    def local_now(self) -> datetime:
        return self.now.astimezone(self.tz)

    @property
    def today(self) -> date:
        return self.local_now.date()

    def days_ago(self, moment: datetime, *, now: datetime | None = None) -> int:
        """Calendar days from `moment` to today in the user's zone: a call yesterday evening was 1 day
        ago this morning, as the date shown beside it says (elapsed 24-hour periods would say 0)."""
        return ((now or self.now).astimezone(self.tz).date() - moment.astimezone(self.tz).date()).days

    def listed(self, items: Iterable[str]) -> str:
        """Items in a line, the user's language's way ("a, b" in English, "a、b" in Chinese)."""
        return self._(", ").join(items)

    def money(self, amount: Decimal | None, currency: str | None = None) -> str:
        return self.tr.money(amount, currency or self.settings.default_currency, country_of(self.tz))

    def when(self, moment: datetime) -> str:
        return self.tr.when(moment, self.tz)

    def day(self, value: date) -> str:
        return self.tr.day(value)

    def confirm(self, text: str, *extra: Button) -> Reply:
        """A reply confirming a write, with an Undo button for the change it made."""
        self.store.audit.describe(text)
        change_set = self.store.audit.change_set
        buttons = tuple(extra)
        if change_set is not None:
            buttons += (Button(self._("Undo"), f"undo:{change_set.id}"),)
        return Reply(text, buttons)
