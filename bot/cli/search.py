"""`salesbot search`: the chat's customer search on the command line, one query or a stream of them.

The index is built once per process, at the first query; each query then runs in its own
short transaction (so a long batch never holds SQLite's write lock) and sees customers that
other processes add meanwhile.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, TextIO

import typer

from bot.app import App
from bot.cli.common import State, fail, run_with_state
from crm_store.limits import ECHO_LIMIT, shorten
from crm_store.search import CustomerMatch


def _search(app: App, query: str, limit: int) -> list[CustomerMatch]:
    with app.db.system() as system:
        return app.store(system).search.customers(query, limit=limit)


def _as_json(query: str, matches: list[CustomerMatch]) -> str:
    results = [{"id": m.customer_id, "name": m.name, "score": m.score} for m in matches]
    return json.dumps({"query": query, "results": results}, ensure_ascii=False)


def search_lines(app: App, lines: TextIO, out: TextIO, limit: int) -> None:
    """One JSON line per input line, in order (an empty line gets an empty result). Each answer is
    flushed at once, so a program may write a query and wait for its answer on the same pipe."""
    for line in lines:
        query = line.strip()
        matches = _search(app, query, limit) if query else []
        out.write(_as_json(query, matches) + "\n")
        out.flush()


def print_matches(app: App, query: str, limit: int, *, as_json: bool) -> bool:
    """Print the matches for one query; False when nothing matched."""
    matches = _search(app, query, limit)
    if as_json:
        typer.echo(_as_json(query, matches))
        return bool(matches)
    if not matches:
        typer.echo(f"no customer matches {shorten(query, ECHO_LIMIT)!r}", err=True)
        return False
    for m in matches:
        via = f"  ({m.field}: {m.matched})" if m.field != "name" else ""
        typer.echo(f"{m.score:5.1f}  {m.name}  [id {m.customer_id}]{via}")
    return True


def search_command(
    ctx: typer.Context,
    query: Annotated[
        str | None, typer.Argument(help="Name fragment, contact, pinyin or phone. Omit to read one per line.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=100, help="Results per query.")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Find customers as the chat does. Without QUERY: one query per line on stdin, one JSON line out each."""

    def go(st: State) -> None:
        if query is None and sys.stdin.isatty():
            raise fail("give a QUERY, or pipe queries one per line (salesbot search < names.txt)")
        app = st.app
        if query is None:
            search_lines(app, sys.stdin, sys.stdout, limit)
        elif not print_matches(app, query, limit, as_json=as_json):
            raise typer.Exit(1)

    run_with_state(ctx, go)
