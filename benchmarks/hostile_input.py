"""The long hostile-input run a maintainer starts by hand (the tests run a bounded sample).

Sends N generated hostile messages (commands with hostile arguments, free text, forged button
payloads, strangers' messages) through the real handler entry point on a fresh database, the
same seeded sequence on every backend, and prints:
- crashes: exceptions that escaped `Assistant.handle` (must be 0);
- apologies: "Sorry, something went wrong" where a clear answer fits (must be 0);
- unexpected writes: CRM rows added or changed by input that must store nothing (read-only
  commands, forged buttons, strangers) (must be 0);
- oversized replies: a reply over Telegram's 4096 characters (must be 0);
- with --both: messages (and, with --sheets, import reports) that differed between SQLite and
  PostgreSQL (ids masked).

    python benchmarks/hostile_input.py --messages 10000            # SQLite
    python benchmarks/hostile_input.py --messages 10000 --postgres # a throwaway PostgreSQL
    python benchmarks/hostile_input.py --messages 2000 --both      # both, and compare the replies
    python benchmarks/hostile_input.py --messages 0 --sheets 2000  # hostile spreadsheets through the importer
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from benchmarks.databases import add_database_arguments, benchmark_database
from bot.app import build_app, console_user
from bot.textsplit import utf16_length
from config import Settings
from crm_store.models import Activity, Contact, Customer, Deal, DealChange, Reminder, User
from crm_store.transfer.columns import MappingError
from crm_store.transfer.importer import import_file
from crm_store.transfer.reading import UnreadableFile
from handlers.messages import IncomingMessage, Sender
from tests.support.hostile import READ_ONLY, random_message, random_payload, random_sheet
from tests.support.postgres import find_bindir, own_server

APOLOGY = "Sorry, something went wrong"
TELEGRAM_LIMIT = 4096
CODE = re.compile(r"\b[A-HJ-NP-Z2-9]{10}\b")
TABLES = (Customer, Contact, Deal, DealChange, Activity, Reminder, User)


@dataclass
class Tally:
    backend: str
    messages: int = 0
    crashes: int = 0
    apologies: int = 0
    unexpected_writes: int = 0
    oversized: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)
    seconds: float = 0.0
    sheets: int = 0
    sheets_refused: int = 0
    sheet_crashes: int = 0
    rows_unaccounted: int = 0


def comparable(text: str) -> str:
    """A reply with what is meant to differ between runs masked: numbers (ids, dates), error refs and
    fresh invitation/link codes (random by design: 10 letters/digits of `Directory`'s alphabet)."""
    return re.sub(r"\d+|\(ref \w+\)", "#", CODE.sub("<code>", text))


def _rows(app) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    with app.db.transaction() as session:
        return tuple(session.scalar(select(func.count()).select_from(model)) or 0 for model in TABLES)


def _note(tally: Tally, what: str, text: str) -> None:
    if len(tally.examples) < 12:
        tally.examples.append(f"{what}: {text[:120]!r}")


def import_sheets(app, tally: Tally, count: int, seed: int) -> None:  # type: ignore[no-untyped-def]
    """`count` hostile spreadsheets imported one after another into the same organisation."""
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="hostile-sheets-"))
    for n in range(count):
        _, data = random_sheet(rng)
        path = folder / f"sheet{n}.csv"
        path.write_bytes(data)
        tally.sheets += 1
        try:
            with app.db.transaction() as session:
                report = import_file(session, app.org().id, path)
        except (UnreadableFile, MappingError) as refused:
            tally.sheets_refused += 1
            tally.inputs.append(f"sheet {path.name}")
            tally.replies.append(comparable(str(refused)))
            continue
        except Exception as error:  # what the issue is about: nothing may escape
            tally.sheet_crashes += 1
            _note(tally, f"import crash {type(error).__name__}", str(path))
            tally.inputs.append(f"sheet {path.name}")
            tally.replies.append("<crash>")
            continue
        tally.inputs.append(f"sheet {path.name}")
        tally.replies.append(comparable("\n".join(report.summary())))  # compared across databases too
        if report.accounted != report.rows:
            tally.rows_unaccounted += 1
            _note(tally, "rows not accounted for", str(path))


def run(url: str, backend: str, count: int, seed: int, sheets: int = 0) -> Tally:
    settings = Settings(database_url=url, default_timezone="Europe/Berlin", _env_file=None)  # type: ignore[call-arg]
    app = build_app(settings)
    admin = console_user(app, None)
    console = Sender("console", str(admin.id))
    for line in (
        "/customer add Acme Corporation",
        "/deal Acme 10k proposal",
        "/remind Acme call tomorrow 3pm",
    ):
        app.assistant.handle(IncomingMessage(sender=console, chat_id="bench", text=line))
    rng = random.Random(seed)
    tally = Tally(backend)
    started = time.perf_counter()
    for n in range(count):
        roll = rng.random()
        if roll < 0.25:
            kind = "button"
            message = IncomingMessage(sender=console, chat_id="bench", payload=random_payload(rng))
        elif roll < 0.35:
            kind = "stranger"
            stranger = Sender("telegram", f"9{rng.randint(0, 50)}", display_name="Stranger")
            message = IncomingMessage(
                sender=stranger, chat_id="s", text=random_message(rng), message_id=f"m{n}"
            )
        else:
            text = random_message(rng)
            read_only = any(text.startswith(command) for command in READ_ONLY)
            kind = "read-only" if read_only else "message"
            message = IncomingMessage(sender=console, chat_id="bench", text=text)
        must_not_write = kind in ("button", "stranger", "read-only")
        before = _rows(app) if must_not_write else ()
        tally.messages += 1
        tally.kinds[kind] += 1
        tally.inputs.append(f"{kind} {message.payload or message.text!r}")
        try:
            replies = app.assistant.handle(message)
        except Exception as error:  # what the issue is about: nothing may escape
            tally.crashes += 1
            _note(tally, f"crash {type(error).__name__}", message.text or message.payload or "")
            tally.replies.append("<crash>")
            continue
        text = "\n".join(reply.text for reply in replies)
        tally.replies.append(comparable(text))
        if APOLOGY in text:
            tally.apologies += 1
            _note(tally, "apology", message.text or message.payload or "")
        if any(utf16_length(reply.plain()) > TELEGRAM_LIMIT for reply in replies):
            tally.oversized += 1
            _note(tally, "oversized reply", message.text or "")
        if must_not_write and _rows(app) != before:
            tally.unexpected_writes += 1
            _note(tally, f"write by {kind}", message.text or message.payload or "")
    import_sheets(app, tally, sheets, seed)
    tally.seconds = time.perf_counter() - started
    app.db.dispose()
    return tally


def failed(tally: Tally) -> bool:
    return bool(tally.crashes or tally.apologies or tally.unexpected_writes or tally.sheet_crashes
                or tally.rows_unaccounted)  # fmt: skip


def show(tally: Tally) -> None:
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(tally.kinds.items()))
    print(f"{tally.backend}: {tally.messages} messages ({kinds}) in {tally.seconds:.1f} s")
    print(f"  crashes: {tally.crashes}")
    print(f"  apologies ('{APOLOGY}'): {tally.apologies}")
    print(f"  unexpected writes: {tally.unexpected_writes}")
    print(f"  replies over {TELEGRAM_LIMIT} characters: {tally.oversized}")
    if tally.sheets:
        print(
            f"  spreadsheets: {tally.sheets} ({tally.sheets_refused} refused in one line); "
            f"import crashes: {tally.sheet_crashes}; reports not adding up: {tally.rows_unaccounted}"
        )
    for example in tally.examples:
        print(f"    {example}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--sheets", type=int, default=0, help="also import this many hostile spreadsheets")
    parser.add_argument("--both", action="store_true", help="SQLite and a throwaway PostgreSQL; compare")
    add_database_arguments(parser)
    args = parser.parse_args()
    if not args.both:
        with benchmark_database(args) as url:
            tally = run(url, "postgresql" if args.postgres or "postgres" in url else "sqlite", args.messages,
                        args.seed, args.sheets)  # fmt: skip
        show(tally)
        raise SystemExit(1 if failed(tally) else 0)
    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("no PostgreSQL binaries found (set SALESBOT_PG_BIN)")
    with benchmark_database(argparse.Namespace(database_url=None, postgres=False)) as sqlite_url:
        lite = run(sqlite_url, "sqlite", args.messages, args.seed, args.sheets)
    with own_server(bindir, "bench") as server:
        pg = run(server.url("bench"), "postgresql", args.messages, args.seed, args.sheets)
    show(lite)
    show(pg)
    differing = [n for n, (a, b) in enumerate(zip(lite.replies, pg.replies, strict=True)) if a != b]
    print(f"replies that differ between SQLite and PostgreSQL (numbers masked): {len(differing)}")
    for n in differing[:20]:
        a, b = lite.replies[n], pg.replies[n]
        at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        start = max(at - 80, 0)  # where the two first differ
        print(f"  #{n} {lite.inputs[n][:160]}")
        print(f"    sqlite:     {a[start : at + 160]!r}")
        print(f"    postgresql: {b[start : at + 160]!r}")
    raise SystemExit(1 if failed(lite) or failed(pg) else 0)


if __name__ == "__main__":
    main()
