"""`salesbot digest` and `salesbot reminders ...`: what the scheduler would send, printed now."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

from bot.cli.common import State, fail, optional_user, run_with_state
from reminders.daily import digest_preview

reminders_cli = typer.Typer(help="Follow-up reminders.", no_args_is_help=True)


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

    def go(st: State) -> None:
        if not preview:
            raise fail("digests are sent by the scheduler ('salesbot run' or 'salesbot chat'); "
                       "add --preview to print one now")  # fmt: skip
        app = st.app
        with app.db.system() as system:
            store = app.store(system)
            reader = optional_user(store, manager)
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

    def go(st: State) -> None:
        app = st.app
        tr = app.catalogs.translator(app.settings.default_locale)
        with app.db.system() as system:
            store = app.store(system)
            owner = optional_user(store, user)
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
