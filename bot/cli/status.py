"""`salesbot status`: the service's queue figures, read from the database (the same as /metrics)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from bot.cli.common import State, run_with_state
from bot.health import queue_report


def status(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object instead of text.")] = False,
) -> None:
    """Inbox and outbox: how many wait, how long the oldest has waited, updates parked."""

    def go(st: State) -> None:
        app = st.app
        figures = queue_report(app.db).as_dict(app.clock())
        typer.echo(json.dumps(figures, indent=2) if as_json else status_text(figures))

    run_with_state(ctx, go)


def status_text(figures: dict[str, Any]) -> str:
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
