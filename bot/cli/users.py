"""`salesbot users ...`: the people who use the bot, their roles, managers and chat accounts."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any

import typer

from bot.cli.common import State, fail, optional_user, require_user, run_with_state, valid_role
from bot.telegram.links import bot_username, start_link
from config import Settings
from crm_store.limits import time_zone
from crm_store.repos import tenancy
from crm_store.repos.base import clean_text

users_cli = typer.Typer(help="Manage the people who use the bot.", no_args_is_help=True)


@users_cli.command("add")
def users_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Display name.")],
    role: Annotated[str, typer.Option(help="rep, manager or admin.")] = "rep",
    manager: Annotated[str | None, typer.Option(help="Their manager (user name).")] = None,
    timezone: Annotated[str | None, typer.Option(help="IANA time zone, e.g. Europe/Berlin.")] = None,
    locale: Annotated[str | None, typer.Option(help="en or zh.")] = None,
    email: Annotated[str | None, typer.Option(help="Their e-mail (imports match owners by it).")] = None,
) -> None:
    """Add a user."""

    def go(st: State) -> None:
        app, settings = st.app, st.settings
        zone = timezone or settings.default_timezone
        if time_zone(zone) is None:
            raise fail(f"unknown time zone {zone!r}")
        if locale not in (None, "en", "zh"):
            raise fail("locale must be en or zh")
        with app.db.system() as system:
            store = app.store(system)
            if store.users.by_name(name):
                raise fail(f"there is already a user called {name!r}")
            boss = optional_user(store, manager)
            user = store.users.add(name, role=valid_role(role), timezone=zone,
                                   locale=locale or settings.default_locale,
                                   manager_id=boss.id if boss else None,
                                   work_hours=settings.working_hours,
                                   digest_time=settings.digest_time)  # fmt: skip
            user.email = clean_text("email", email, limit=254)
            typer.echo(f"added {user.display_name} ({user.role})")

    run_with_state(ctx, go)


@users_cli.command("list")
def users_list(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List users with their role, manager and linked chat accounts."""

    def go(st: State) -> None:
        app = st.app
        with app.db.system() as system:
            store = app.store(system)
            everyone = store.users.all()
            names = {u.id: u.display_name for u in everyone}
            rows: list[dict[str, Any]] = [
                {
                    "name": u.display_name, "email": u.email, "role": u.role,
                    "manager": names.get(u.manager_id or 0),
                    "timezone": u.timezone, "locale": u.locale, "active": u.active,
                    "platforms": sorted({i.platform for i in store.users.identities(u.id)}),
                }
                for u in everyone
            ]  # fmt: skip
        if as_json:
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        for row in rows:
            extra = f", manager {row['manager']}" if row["manager"] else ""
            linked = f" [{', '.join(row['platforms'])}]" if row["platforms"] else ""
            typer.echo(f"{row['name']} — {row['role']}{extra}, {row['timezone']}, {row['locale']}{linked}")

    run_with_state(ctx, go)


@users_cli.command("set-role")
def users_set_role(ctx: typer.Context, name: str, role: str) -> None:
    """Change a user's role (rep, manager, admin)."""

    def go(st: State) -> None:
        with st.app.db.system() as system:
            store = st.app.store(system)
            user = require_user(store, name)
            store.users.update(user, role=valid_role(role))
            typer.echo(f"{user.display_name} is now {role}")

    run_with_state(ctx, go)


@users_cli.command("set-manager")
def users_set_manager(ctx: typer.Context, name: str, manager: str) -> None:
    """Put a user in a manager's team (their digest and pipeline then include them)."""

    def go(st: State) -> None:
        with st.app.db.system() as system:
            store = st.app.store(system)
            user, boss = require_user(store, name), require_user(store, manager)
            if boss.id in store.users.team_ids(user):
                raise fail(f"{manager} already reports to {name}")
            store.users.update(user, manager_id=boss.id)
            typer.echo(f"{user.display_name} now reports to {boss.display_name}")

    run_with_state(ctx, go)


@users_cli.command("invite")
def users_invite(
    ctx: typer.Context,
    role: Annotated[str, typer.Option(help="rep, manager or admin.")] = "rep",
    name: Annotated[
        str | None, typer.Option(help="Their display name (otherwise their chat profile's name).")
    ] = None,
) -> None:
    """Print a one-time invitation code for a new user, and the Telegram link that redeems it."""

    def go(st: State) -> None:
        app = st.app
        with app.db.system() as system:
            store = app.store(system)
            if name and store.users.by_name(name):
                raise fail(f"there is already a user called {name!r}; to connect another chat account "
                           f"of theirs, run 'salesbot users link-code {name!r}'")  # fmt: skip
            now = app.clock()
            code = system.directory.issue_code(store.org_id, "invite", now=now, role=valid_role(role),
                                      display_name=name)  # fmt: skip
        who = f"{name} ({role})" if name else f"a new {role}"
        _print_code(st.settings, code, f"Invitation for {who}", now + tenancy.CODE_TTL, "/start")

    run_with_state(ctx, go)


@users_cli.command("link-code")
def users_link_code(ctx: typer.Context, name: str) -> None:
    """Print a one-time code that links another chat account (Telegram, Slack) to an existing user."""

    def go(st: State) -> None:
        app = st.app
        with app.db.system() as system:
            store = app.store(system)
            user = require_user(store, name)
            now = app.clock()
            code = system.directory.issue_code(store.org_id, "link", now=now, user_id=user.id)
        _print_code(st.settings, code, f"Link code for {user.display_name}", now + tenancy.CODE_TTL, "/link")

    run_with_state(ctx, go)


def _print_code(settings: Settings, code: str, title: str, expires: datetime, command: str) -> None:
    typer.echo(f"{title} — single use, valid until {expires:%Y-%m-%d %H:%M} UTC")
    typer.echo(f"  code: {code}")
    username = bot_username(settings)
    if username:
        typer.echo(f"  Telegram: {start_link(username, code)}")
    typer.echo(f"They open the link, or send '{command} {code}' to the bot in a private chat.")
    if settings.telegram_enabled and not username:
        typer.echo("(could not ask the Telegram Bot API for the bot's name, so no link; the code works)",
                   err=True)  # fmt: skip
