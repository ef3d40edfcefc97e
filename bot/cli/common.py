"""What every `salesbot` subcommand shares: the lazily built app, one-line failures, user lookup.

Every failure the user can fix is one line on stderr, exit code 2.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import typer

from bot.app import App, SetupError, build_app
from config import ConfigError, Settings, load_settings
from crm_store.db import DatabaseUnavailable
from crm_store.errors import InvalidValue
from crm_store.limits import ECHO_LIMIT, shorten, strip_controls
from crm_store.models import ROLES, User
from crm_store.store import Store
from crm_store.transfer.columns import MappingError
from crm_store.transfer.reading import UnreadableFile

T = TypeVar("T")
FRIENDLY_ERRORS = (ConfigError, DatabaseUnavailable, SetupError, UnreadableFile, MappingError)


class State:
    """What the top-level options decided; the app is built on first use (so --help needs no DB)."""

    def __init__(self, org: str, *, create_org: bool = False) -> None:
        self.org = org
        self.create_org = create_org  # an unknown --org is an error unless creating it was asked for
        self._settings: Settings | None = None
        self._app: App | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings()
        return self._settings

    @property
    def app(self) -> App:
        if self._app is None:
            self._app = build_app(self.settings, org_slug=self.org, create_org=self.create_org or None)
        return self._app


def fail(message: str) -> typer.Exit:
    """One line (or a short list) on stderr and exit 2; values quoted in it are cut to a readable length."""
    lines = [shorten(line, ECHO_LIMIT) for line in message.splitlines() or [""]]
    typer.echo("salesbot: " + "\n".join(lines), err=True)
    return typer.Exit(2)


SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")  # a new organisation's slug


def usable_slug(slug: str) -> str:
    """A new organisation's slug, or the one-line failure."""
    if not SLUG.fullmatch(slug):
        raise fail(f"not a usable organisation slug: {slug!r} (lowercase letters, digits, - and _)")
    return slug


def without_controls(option: str, value: str) -> str:
    """`value` as typed, or the one-line failure when it holds a control character: stored, the
    character would be dropped and the organisation named other than typed."""
    if strip_controls(value, keep_newlines=False) != value:
        raise fail(f"{option} must not contain control characters: {value!r}")
    return value


@contextmanager
def friendly() -> Iterator[None]:
    try:
        yield
    except FRIENDLY_ERRORS as error:
        raise fail(str(error)) from None
    except InvalidValue as error:
        raise fail(f"{error.plain()}; nothing was changed") from None
    except OSError as error:  # a file that cannot be read or written: export -o /proc/x, --png /
        where = f"{error.filename}: " if error.filename else ""
        raise fail(f"{where}{error.strerror or type(error).__name__}") from None


def state(ctx: typer.Context) -> State:
    return ctx.ensure_object(State) if ctx.obj is None else ctx.obj


def run_with_state(ctx: typer.Context, action: Callable[[State], T]) -> T:
    with friendly():
        return action(state(ctx))


def require_user(store: Store, name: str) -> User:
    """The user called `name` in this organisation, or the one-line failure."""
    user = store.users.by_name(name)
    if user is None:
        raise fail(f"no user called {name!r}")
    return user


def optional_user(store: Store, name: str | None) -> User | None:
    """`require_user` for an option that may be left out."""
    return require_user(store, name) if name else None


def valid_role(value: str) -> str:
    if value not in ROLES:
        raise fail(f"role must be one of {', '.join(ROLES)}, not {value!r}")
    return value
