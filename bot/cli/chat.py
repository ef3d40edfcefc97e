"""`salesbot chat`, `salesbot run` and `salesbot demo`: the ways to start talking to the assistant."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from typing import Annotated

import typer

from bot.app import App, console_user
from bot.cli.common import State, fail, run_with_state
from bot.console import ConsoleChat, run_terminal
from bot.logs import configure_logging
from bot.scheduling import chat_with_notifications
from bot.service import background_components, ops_components, platform_components, serve
from crm_store.demo import load_demo


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

    def go(st: State) -> None:
        app = st.app
        user = console_user(app, as_user)
        if demo:
            load_demo_if_empty(app, user.id)
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


def run(ctx: typer.Context) -> None:
    """Run the long-lived service: every configured chat platform and the scheduler."""

    def go(st: State) -> None:
        settings = st.settings
        if not (settings.telegram_enabled or settings.slack_enabled or settings.feishu_enabled):
            raise fail(
                "no chat platform is configured (set TELEGRAM_BOT_TOKEN, or SLACK_BOT_TOKEN with "
                "SLACK_APP_TOKEN or SLACK_SIGNING_SECRET, or FEISHU_APP_ID with FEISHU_APP_SECRET); "
                "to chat in this terminal, run 'salesbot chat'"
            )
        configure_logging(settings.log_format)
        app = st.app
        platforms = platform_components(app)
        if not platforms:
            raise fail("the configured chat platform is not available in this build; run 'salesbot chat'")
        components = [*platforms, *background_components(app)]
        asyncio.run(serve([*ops_components(app, components), *components]))

    run_with_state(ctx, go)


def load_demo_if_empty(app: App, user_id: int) -> None:
    with app.db.system() as system:
        store = app.store(system, user_id)
        if store.customers.count():
            return
        me = store.users.require(user_id)
        counts = load_demo(system, store.org_id, me, now=app.clock())
    typer.echo("Demo data loaded: " + ", ".join(f"{n} {what}" for what, n in counts.items()))


def demo(ctx: typer.Context) -> None:
    """Load realistic demo data (English and Chinese customers) into an empty organisation."""

    def go(st: State) -> None:
        app = st.app
        user = console_user(app)
        with app.db.system() as system:
            store = app.store(system, user.id)
            if store.customers.count():
                raise fail("the organisation already has customers; demo data goes into an empty one")
        load_demo_if_empty(app, user.id)

    run_with_state(ctx, go)
