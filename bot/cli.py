"""The `salesbot` command line. Every failure the user can fix is one line on stderr, exit code 2."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from bot.app import App, SetupError, build_app, console_user
from bot.logs import configure_logging
from config import ConfigError, Settings, load_settings
from crm_store.db import DatabaseUnavailable
from crm_store.demo import load_demo
from crm_store.errors import InvalidValue
from crm_store.migrate import upgrade
from crm_store.models import ROLES
from crm_store.repos import tenancy
from crm_store.repos.tenancy import DEFAULT_ORG
from crm_store.transfer.exporter import export_data, write_csv_folder
from crm_store.transfer.importer import import_customers, load_export, restore
from crm_store.transfer.reading import UnreadableFile

T = TypeVar("T")
cli = typer.Typer(
    name="salesbot",
    help="A chat-driven sales assistant: a CRM that lives in Telegram, Slack and your terminal.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
users_cli = typer.Typer(help="Manage the people who use the bot.", no_args_is_help=True)
db_cli = typer.Typer(help="Database maintenance.", no_args_is_help=True)
reminders_cli = typer.Typer(help="Follow-up reminders.", no_args_is_help=True)
cli.add_typer(users_cli, name="users")
cli.add_typer(db_cli, name="db")
cli.add_typer(reminders_cli, name="reminders")

FRIENDLY_ERRORS = (ConfigError, DatabaseUnavailable, SetupError, UnreadableFile)


class State:
    """What the top-level options decided; the app is built on first use (so --help needs no DB)."""

    def __init__(self, org: str) -> None:
        self.org = org
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
            self._app = build_app(self.settings, org_slug=self.org)
        return self._app


def fail(message: str) -> typer.Exit:
    typer.echo(f"salesbot: {message}", err=True)
    return typer.Exit(2)


@contextmanager
def friendly() -> Iterator[None]:
    try:
        yield
    except FRIENDLY_ERRORS as error:
        raise fail(str(error)) from None
    except InvalidValue as error:
        raise fail(f"{error.field}: {error.code.replace('_', ' ')} {error.params or ''}".strip()) from None


def state(ctx: typer.Context) -> State:
    return ctx.ensure_object(State) if ctx.obj is None else ctx.obj  # type: ignore[no-any-return]


@cli.callback()
def main_options(
    ctx: typer.Context,
    org: Annotated[str, typer.Option(help="Organisation (tenant) slug.")] = DEFAULT_ORG,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log details to stderr.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    ctx.obj = State(org)


def run_with_state(ctx: typer.Context, action: Callable[[State], T]) -> T:
    with friendly():
        return action(state(ctx))


# chat / run ----------------------------------------------------------------
@cli.command()
def chat(
    ctx: typer.Context,
    as_user: Annotated[str | None, typer.Option("--as", help="Chat as this user (by name).")] = None,
    demo: Annotated[
        bool, typer.Option("--demo", help="Load demo data first if there are no customers.")
    ] = False,
    scheduler: Annotated[
        bool | None,
        typer.Option(
            "--scheduler/--no-scheduler",
            help="Deliver due reminders and digests to this terminal (default: on when interactive, "
            "off for piped input so scripts get only the replies).",
        ),
    ] = None,
) -> None:
    """Chat with the assistant in this terminal (reads one message per line from a pipe)."""
    from bot.console import ConsoleChat, run_terminal
    from bot.scheduling import chat_with_notifications

    def go(st: State) -> None:
        app = st.app
        user = console_user(app, as_user)
        if demo:
            _load_demo_if_empty(app, user.id)
        conversation = ConsoleChat(app.assistant, user.id)
        interactive = sys.stdin.isatty()
        if interactive:
            shown = app.db.url.render_as_string(hide_password=True)
            typer.echo(f"Chatting as {user.display_name} · data in {shown}")
        with contextlib.suppress(KeyboardInterrupt):
            if interactive if scheduler is None else scheduler:
                asyncio.run(
                    chat_with_notifications(app, conversation, interactive=interactive, output=sys.stdout)
                )
            else:
                asyncio.run(run_terminal(conversation, interactive=interactive))

    run_with_state(ctx, go)


@cli.command()
def run(ctx: typer.Context) -> None:
    """Run the long-lived service: every configured chat platform and the scheduler."""

    from bot.service import background_components, ops_components, platform_components, serve

    def go(st: State) -> None:
        settings = st.settings
        if not (settings.telegram_enabled or settings.slack_enabled):
            raise fail(
                "no chat platform is configured (set TELEGRAM_BOT_TOKEN, or SLACK_BOT_TOKEN with "
                "SLACK_APP_TOKEN or SLACK_SIGNING_SECRET); to chat in this terminal, run 'salesbot chat'"
            )
        configure_logging(settings.log_format)
        app = st.app
        platforms = platform_components(app)
        if not platforms:
            raise fail("the configured chat platform is not available in this build; run 'salesbot chat'")
        components = [*platforms, *background_components(app)]
        asyncio.run(serve([*ops_components(app, components), *components]))

    run_with_state(ctx, go)


@cli.command()
def status(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object instead of text.")] = False,
) -> None:
    """The service's figures from the database: inbox and outbox depth, oldest waiting, parked updates."""
    from bot.health import queue_report

    def go(st: State) -> None:
        app = st.app
        figures = queue_report(app.db).as_dict(app.clock())
        if as_json:
            typer.echo(json.dumps(figures, indent=2))
            return
        typer.echo(_status_text(figures))

    run_with_state(ctx, go)


def _status_text(figures: dict[str, Any]) -> str:
    def age(seconds: float | None) -> str:
        return "-" if seconds is None else f"{seconds:.0f} s"

    lines = ["inbox (updates received, not yet handled and answered):"]
    for platform, row in figures["inbox"].items():
        lines.append(
            f"  {platform:<10} waiting {row['waiting']:>6}   oldest {age(row['oldest_age_seconds']):>8}"
            f"   parked {row['parked']}"
        )
    if not figures["inbox"]:
        lines.append("  empty")
    outbox = figures["outbox"]
    lines.append(
        f"outbox (notifications not yet delivered): waiting {outbox['waiting']}, "
        f"oldest {age(outbox['oldest_age_seconds'])}"
    )
    return "\n".join(lines)


def _load_demo_if_empty(app: App, user_id: int) -> None:
    with app.db.transaction() as session:
        store = app.store(session, user_id)
        if store.customers.count():
            return
        me = store.users.require(user_id)
        counts = load_demo(session, store.org_id, me, now=app.clock())
    typer.echo("Demo data loaded: " + ", ".join(f"{n} {what}" for what, n in counts.items()))


@cli.command()
def demo(ctx: typer.Context) -> None:
    """Load realistic demo data (English and Chinese customers) into an empty organisation."""

    def go(st: State) -> None:
        app = st.app
        user = console_user(app)
        with app.db.transaction() as session:
            store = app.store(session, user.id)
            if store.customers.count():
                raise fail("the organisation already has customers; demo data goes into an empty one")
        _load_demo_if_empty(app, user.id)

    run_with_state(ctx, go)


# import / export -----------------------------------------------------------
@cli.command("import")
def import_command(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="customers.csv, an export .json, or an export folder.")],
    owner: Annotated[str | None, typer.Option(help="Owner for rows without one (user name).")] = None,
    force: Annotated[bool, typer.Option(help="Restore an export even if customers exist.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Import customers (CSV from Excel etc.) or restore a full export (JSON or CSV folder)."""

    def go(st: State) -> None:
        app = st.app
        if not path.exists():
            raise fail(f"{path}: no such file or folder")
        is_export = path.is_dir() or path.suffix.lower() == ".json"
        with app.db.transaction() as session:
            store = app.store(session)
            if is_export:
                report = restore(session, store.org_id, load_export(path),
                                 default_timezone=app.settings.default_timezone,
                                 default_locale=app.settings.default_locale, force=force)  # fmt: skip
            else:
                owner_id = None
                if owner:
                    owner_user = store.users.by_name(owner)
                    if owner_user is None:
                        raise fail(f"no user called {owner!r}")
                    owner_id = owner_user.id
                find_similar = app.search.import_duplicates(session, store.org_id)
                report = import_customers(session, store.org_id, path, default_owner_id=owner_id,
                                          find_similar=find_similar)  # fmt: skip
        if as_json:
            typer.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        else:
            for line in report.summary():
                typer.echo(line)

    run_with_state(ctx, go)


@cli.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help="json or csv.")] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (json) or folder (csv).")
    ] = None,
) -> None:
    """Export everything: customers, contacts, deals with stage history, activities, reminders."""

    def go(st: State) -> None:
        if fmt not in ("json", "csv"):
            raise fail(f"--format must be json or csv, not {fmt!r}")
        app = st.app
        with app.db.transaction() as session:
            data = export_data(session, app.store(session).org_id, now=app.clock())
        if fmt == "json":
            text = json.dumps(data, ensure_ascii=False, indent=2)
            if output is None:
                typer.echo(text)
            else:
                output.write_text(text + "\n", encoding="utf-8")
                typer.echo(f"wrote {output}", err=True)
            return
        folder = output or Path(f"salesbot-export-{date.today().isoformat()}")
        for written in write_csv_folder(data, folder):
            typer.echo(f"wrote {written}", err=True)

    run_with_state(ctx, go)


@cli.command("search")
def search_command(
    ctx: typer.Context,
    query: Annotated[
        str | None, typer.Argument(help="Name fragment, contact, pinyin or phone. Omit to read one per line.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=100, help="Results per query.")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Find customers as the chat does. Without QUERY: one query per line on stdin, one JSON line out each."""
    from bot.search_cli import print_matches, search_lines

    def go(st: State) -> None:
        if query is None and sys.stdin.isatty():
            raise fail("give a QUERY, or pipe queries one per line (salesbot search < names.txt)")
        app = st.app
        if query is None:
            search_lines(app, sys.stdin, sys.stdout, limit)
        elif not print_matches(app, query, limit, as_json=as_json):
            raise typer.Exit(1)

    run_with_state(ctx, go)


# users ---------------------------------------------------------------------
def _role(value: str) -> str:
    if value not in ROLES:
        raise fail(f"role must be one of {', '.join(ROLES)}, not {value!r}")
    return value


@users_cli.command("add")
def users_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Display name.")],
    role: Annotated[str, typer.Option(help="rep, manager or admin.")] = "rep",
    manager: Annotated[str | None, typer.Option(help="Their manager (user name).")] = None,
    timezone: Annotated[str | None, typer.Option(help="IANA time zone, e.g. Europe/Berlin.")] = None,
    locale: Annotated[str | None, typer.Option(help="en or zh.")] = None,
) -> None:
    """Add a user."""

    def go(st: State) -> None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        app, settings = st.app, st.settings
        zone = timezone or settings.default_timezone
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise fail(f"unknown time zone {zone!r}") from None
        if locale not in (None, "en", "zh"):
            raise fail("locale must be en or zh")
        with app.db.transaction() as session:
            store = app.store(session)
            if store.users.by_name(name):
                raise fail(f"there is already a user called {name!r}")
            boss = store.users.by_name(manager) if manager else None
            if manager and boss is None:
                raise fail(f"no user called {manager!r}")
            user = store.users.add(name, role=_role(role), timezone=zone,
                                   locale=locale or settings.default_locale,
                                   manager_id=boss.id if boss else None,
                                   work_hours=settings.working_hours,
                                   digest_time=settings.digest_time)  # fmt: skip
            typer.echo(f"added {user.display_name} ({user.role})")

    run_with_state(ctx, go)


@users_cli.command("list")
def users_list(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List users with their role, manager and linked chat accounts."""

    def go(st: State) -> None:
        app = st.app
        with app.db.transaction() as session:
            store = app.store(session)
            everyone = store.users.all()
            names = {u.id: u.display_name for u in everyone}
            rows: list[dict[str, Any]] = [
                {
                    "name": u.display_name, "role": u.role, "manager": names.get(u.manager_id or 0),
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
        with st.app.db.transaction() as session:
            store = st.app.store(session)
            user = store.users.by_name(name)
            if user is None:
                raise fail(f"no user called {name!r}")
            store.users.update(user, role=_role(role))
            typer.echo(f"{user.display_name} is now {role}")

    run_with_state(ctx, go)


@users_cli.command("set-manager")
def users_set_manager(ctx: typer.Context, name: str, manager: str) -> None:
    """Put a user in a manager's team (their digest and pipeline then include them)."""

    def go(st: State) -> None:
        with st.app.db.transaction() as session:
            store = st.app.store(session)
            user, boss = store.users.by_name(name), store.users.by_name(manager)
            if user is None or boss is None:
                raise fail(f"no user called {name if user is None else manager!r}")
            if boss.id in store.users.team_ids(user):
                raise fail(f"{manager} already reports to {name}")
            store.users.update(user, manager_id=boss.id)
            typer.echo(f"{user.display_name} now reports to {boss.display_name}")

    run_with_state(ctx, go)


# digest and reminders ------------------------------------------------------
@cli.command()
def digest(
    ctx: typer.Context,
    preview: Annotated[
        bool, typer.Option("--preview", help="Print the digest now (nothing is sent).")
    ] = False,
    manager: Annotated[
        str | None, typer.Option(help="Whose digest (user name); default: the whole organisation.")
    ] = None,
    png: Annotated[
        Path | None, typer.Option("--png", help="Also write the funnel chart to this PNG file.")
    ] = None,
) -> None:
    """Print a manager's daily digest now, as the scheduler would send it (and render its chart)."""
    from reminders.daily import digest_preview

    def go(st: State) -> None:
        if not preview:
            raise fail("digests are sent by the scheduler ('salesbot run' or 'salesbot chat'); "
                       "add --preview to print one now")  # fmt: skip
        app = st.app
        with app.db.transaction() as session:
            store = app.store(session)
            reader = store.users.by_name(manager) if manager else None
            if manager and reader is None:
                raise fail(f"no user called {manager!r}")
            org_id = store.org_id
        reply = digest_preview(app.db, app.assistant, app.settings, org_id, reader, app.clock())
        typer.echo(reply.text)
        if png is not None and reply.image is not None:
            png.write_bytes(reply.image.data)
            typer.echo(f"wrote {png}", err=True)

    run_with_state(ctx, go)


@reminders_cli.command("list")
def reminders_list(
    ctx: typer.Context,
    user: Annotated[str | None, typer.Option("--user", help="Only this user's reminders (name).")] = None,
    everything: Annotated[bool, typer.Option("--all", help="Include done and cancelled ones.")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List reminders, earliest first, in each owner's time zone."""
    from zoneinfo import ZoneInfo

    def go(st: State) -> None:
        app = st.app
        tr = app.catalogs.translator(app.settings.default_locale)
        with app.db.transaction() as session:
            store = app.store(session)
            owner = store.users.by_name(user) if user else None
            if user and owner is None:
                raise fail(f"no user called {user!r}")
            people = {u.id: u for u in store.users.all()}
            rows = sorted(store.reminders.all(), key=lambda r: (r.due_at, r.id))
            rows = [r for r in rows if (owner is None or r.owner_id == owner.id)
                    and (everything or r.status in ("pending", "sent"))]  # fmt: skip
            names = {
                c.id: c.name
                for c in store.customers.by_ids([r.customer_id for r in rows if r.customer_id]).values()
            }
            now = app.clock()
            listed = [
                {
                    "id": r.id, "due_at": r.due_at.isoformat(), "owner": people[r.owner_id].display_name,
                    "status": r.status, "text": r.text, "customer": names.get(r.customer_id or 0),
                    "urgent": r.urgent, "snoozed": r.snooze_count,
                    "due_local": tr.when(r.due_at, ZoneInfo(people[r.owner_id].timezone)),
                    "overdue": r.due_at < now and r.status in ("pending", "sent"),
                }
                for r in rows
            ]  # fmt: skip
        if as_json:
            typer.echo(json.dumps(listed, ensure_ascii=False, indent=2))
            return
        if not listed:
            typer.echo("no open reminders" + (f" for {owner.display_name}" if owner else ""))
        for item in listed:
            flags = [flag for flag, on in (("overdue", item["overdue"]), ("urgent", item["urgent"])) if on]
            flags += [f"snoozed {item['snoozed']}x"] if item["snoozed"] else []
            customer = f" ({item['customer']})" if item["customer"] else ""
            extra = f" [{', '.join(flags)}]" if flags else ""
            typer.echo(
                f"{item['due_local']} · {item['owner']} · {item['status']} · {item['text']}{customer}{extra}"
            )

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
        with app.db.transaction() as session:
            store = app.store(session)
            if name and store.users.by_name(name):
                raise fail(f"there is already a user called {name!r}; to connect another chat account "
                           f"of theirs, run 'salesbot users link-code {name!r}'")  # fmt: skip
            now = app.clock()
            code = tenancy.issue_code(session, store.org_id, "invite", now=now, role=_role(role),
                                      display_name=name)  # fmt: skip
        who = f"{name} ({role})" if name else f"a new {role}"
        _print_code(st.settings, code, f"Invitation for {who}", now + tenancy.CODE_TTL, "/start")

    run_with_state(ctx, go)


@users_cli.command("link-code")
def users_link_code(ctx: typer.Context, name: str) -> None:
    """Print a one-time code that links another chat account (Telegram, Slack) to an existing user."""

    def go(st: State) -> None:
        app = st.app
        with app.db.transaction() as session:
            store = app.store(session)
            user = store.users.by_name(name)
            if user is None:
                raise fail(f"no user called {name!r}")
            now = app.clock()
            code = tenancy.issue_code(session, store.org_id, "link", now=now, user_id=user.id)
        _print_code(st.settings, code, f"Link code for {user.display_name}", now + tenancy.CODE_TTL, "/link")

    run_with_state(ctx, go)


def _print_code(settings: Settings, code: str, title: str, expires: datetime, command: str) -> None:
    from bot.telegram.links import bot_username, start_link

    typer.echo(f"{title} — single use, valid until {expires:%Y-%m-%d %H:%M} UTC")
    typer.echo(f"  code: {code}")
    username = bot_username(settings)
    if username:
        typer.echo(f"  Telegram: {start_link(username, code)}")
    typer.echo(f"They open the link, or send '{command} {code}' to the bot in a private chat.")
    if settings.telegram_enabled and not username:
        typer.echo("(could not ask the Telegram Bot API for the bot's name, so no link; the code works)",
                   err=True)  # fmt: skip


# db ------------------------------------------------------------------------
@db_cli.command("upgrade")
def db_upgrade(ctx: typer.Context) -> None:
    """Apply database migrations (salesbot also does this at every start)."""

    def go(st: State) -> None:
        from crm_store.db import Database

        database = Database(st.settings.database_url)
        database.check()
        upgrade(database)
        typer.echo("database is up to date")

    run_with_state(ctx, go)


# slack ---------------------------------------------------------------------
from bot.slack.cli import slack_cli  # noqa: E402 - it uses the helpers defined above

cli.add_typer(slack_cli, name="slack")


def main() -> None:
    cli()


__all__ = ["cli", "main"]
