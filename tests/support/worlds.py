"""The small world several understanding chat tests start from: two customers with a contact each, at the
evaluation sets' clock (Thu 2029-04-26 10:20 in the user's own zone).

Hundreds of tests build the same world before the one message they are about, and building it through
the chat (about 0.2 s) took a third of CI. `replay` still sends every command through the real chat once
per worker and state, then keeps the SQLite file it produced: a later test starting from the same
database, clock, user and commands gets a copy of that file instead of sending them again. On PostgreSQL
the copy is a database of the test server, made with CREATE DATABASE ... TEMPLATE from the test's own
after its commands, and the test's database is made again from it (same name, so the app's URL holds);
the last `PG_KEPT` of them are kept per worker, the server's memory in mind.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import sqlite3
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg
from sqlalchemy.engine import URL

from bot.app import App
from bot.console import ConsoleChat
from crm_store.models import User
from handlers.messages import Button
from tests.support.chatting import chat_of
from tests.support.clock import FakeClock

HY, LF = "昆山宏远精密有限公司", "Lakeview Freight"


def two_customers(chat: ConsoleChat, clock: FakeClock, zone: str, *more: str) -> None:
    """The clock and the user's zone set, 昆山宏远 (陈国栋) and Lakeview Freight (Dana Price) added, then
    `more` commands sent in order."""
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo(zone)))
    replay(
        chat,
        clock,
        f"/tz {zone}",
        *(f"/customer add {name}" for name in (HY, LF)),
        f"/contact add {HY}: 陈国栋, title=总经理",
        f"/contact add {LF}: Dana Price, title=Buyer",
        *more,
    )


@dataclass(frozen=True)
class _Snapshot:
    """The database right after a command, and the choices the chat was left showing."""

    data: bytes
    buttons: tuple[Button, ...]


_SNAPSHOTS: dict[str, _Snapshot] = {}  # per worker process: key of (state before, commands so far)
# Wall-clock defaults (a user's created_at from the real clock) differ from test to test and say nothing
# about the world: they are left out of the key, not out of the copy.
_WALL_CLOCK = re.compile(rf"'{datetime.now().year}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?'")


# Focus S12's world (and S12b's): Wednesday 16:45 in each rep's own zone, Q3 ending on the Friday.
S12_WEDNESDAY = datetime(2033, 9, 28, 16, 45)


def on_s12_wednesday(
    app: App, add_user: Callable[..., User], clock: FakeClock, name: str, zone: str | ZoneInfo, *setup: str
) -> ConsoleChat:
    """A new rep `name` in `zone` chatting on S12's Wednesday afternoon, with `setup` replayed."""
    return user_at(app, add_user, clock, name, str(zone), S12_WEDNESDAY, *setup)


def user_at(
    app: App,
    add_user: Callable[..., User],
    clock: FakeClock,
    name: str,
    zone: str,
    local: datetime,
    *setup: str,
) -> ConsoleChat:
    """A new rep `name` in `zone` chatting at the wall-clock moment `local` there, with `setup` replayed."""
    clock.set(local.replace(tzinfo=ZoneInfo(zone)))
    chat = chat_of(app, add_user(name, timezone=zone))
    replay(chat, clock, *setup)
    return chat


def replay(chat: ConsoleChat, clock: FakeClock, *commands: str) -> None:
    """Send `commands` as the chat's user; their replies are not looked at (the world is the point)."""
    path = _sqlite_file(chat)
    if path is None:
        _replay_postgres(chat, clock, commands)
        return
    keys = _keys(_state_key(path), chat, clock, commands)
    done = next((i for i in range(len(keys), 0, -1) if keys[i - 1] in _SNAPSHOTS), 0)
    if done:
        _restore(chat, path, _SNAPSHOTS[keys[done - 1]])
    for command, key in zip(commands[done:], keys[done:], strict=True):
        chat.send(command)
        _SNAPSHOTS[key] = _Snapshot(_copy_of(chat, path), chat.buttons)


def _keys(state: str, chat: ConsoleChat, clock: FakeClock, commands: tuple[str, ...]) -> list[str]:
    """The key of the world after each command: the state before, the clock, the chat, the commands so far."""
    key = _digest(state, clock.now.isoformat(), str(chat.user_id), chat.chat_id)
    keys = []
    for command in commands:
        key = _digest(key, command)
        keys.append(key)
    return keys


PG_KEPT = 40  # PostgreSQL snapshots kept per worker (about 8 MB each in the server's memory folder)


@dataclass(frozen=True)
class _PgSnapshot:
    database: str  # a database of the test server, a copy of the test's as it was after the command
    buttons: tuple[Button, ...]


_PG_SNAPSHOTS: OrderedDict[str, _PgSnapshot] = OrderedDict()  # per worker, least recently used first
_PG_NAMES = itertools.count()


def _replay_postgres(chat: ConsoleChat, clock: FakeClock, commands: tuple[str, ...]) -> None:
    """`replay` on a PostgreSQL database: only the final state of the commands is kept (a copy is a whole
    database), and a copy is restored only when all the commands are known."""
    url = chat.assistant.db.url
    if url.get_backend_name() != "postgresql" or not commands:
        for command in commands:
            chat.send(command)
        return
    key = _keys(_pg_state_key(chat), chat, clock, commands)[-1]
    snapshot = _PG_SNAPSHOTS.get(key)
    if snapshot is not None and _pg_restore(chat, url, snapshot):
        _PG_SNAPSHOTS.move_to_end(key)
        return
    for command in commands:
        chat.send(command)
    if key in _PG_SNAPSHOTS:  # kept already; this test's database could not be replaced
        return
    chat.assistant.db.dispose()  # no connection of the app's left: the database can be copied
    name = f"w_{os.getpid()}_{next(_PG_NAMES)}"
    with _admin(url) as admin:
        try:
            admin.execute(f"CREATE DATABASE {name} TEMPLATE {url.database}")
        except psycopg.errors.ObjectInUse:  # the test holds a connection of its own: nothing is kept
            return
        _PG_SNAPSHOTS[key] = _PgSnapshot(name, chat.buttons)
        while len(_PG_SNAPSHOTS) > PG_KEPT:
            _, old = _PG_SNAPSHOTS.popitem(last=False)
            admin.execute(f"DROP DATABASE IF EXISTS {old.database}")


def _pg_restore(chat: ConsoleChat, url: URL, snapshot: _PgSnapshot) -> bool:
    """The test's database made again from the snapshot, unless something else is connected to it."""
    chat.assistant.db.dispose()
    with _admin(url) as admin:
        try:
            admin.execute(f"DROP DATABASE {url.database}")
        except psycopg.errors.ObjectInUse:  # left as it was: the commands are sent instead
            return False
        admin.execute(f"CREATE DATABASE {url.database} TEMPLATE {snapshot.database}")
    chat.buttons = snapshot.buttons
    return True


def _admin(url: URL) -> psycopg.Connection[tuple[object, ...]]:
    """A connection of its own to the server's `postgres` database, for one step (none is left open to
    hold the server up when the session stops it)."""
    return psycopg.connect(f"postgresql://{url.username}@{url.host}:{url.port}/postgres", autocommit=True)


def _pg_state_key(chat: ConsoleChat) -> str:
    """Every table's rows and every sequence's position, wall-clock times left out (as `_WALL_CLOCK`)."""
    year = datetime.now().year
    parts = []
    with chat.assistant.db.engine.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        ).scalars()
        for table in list(tables):
            rows = connection.exec_driver_sql(f'SELECT * FROM "{table}"').all()
            shown = sorted(repr(tuple("" if isinstance(v, datetime) and v.year == year else v for v in row))
                           for row in rows)  # fmt: skip
            parts.append(f"{table}\n" + "\n".join(shown))
        sequences = connection.exec_driver_sql(
            "SELECT sequencename, last_value FROM pg_sequences ORDER BY sequencename"
        ).all()
        parts.append(repr(sequences))
    return _digest(*parts)


def _sqlite_file(chat: ConsoleChat) -> Path | None:
    url = chat.assistant.db.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def _state_key(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        dump = "\n".join(connection.iterdump())
    connection.close()
    return _digest(_WALL_CLOCK.sub("''", dump))


def _copy_of(chat: ConsoleChat, path: Path) -> bytes:
    """The database as it is now (the WAL included), through SQLite's own backup."""
    with sqlite3.connect(path) as source, sqlite3.connect(":memory:") as copy:
        source.backup(copy)
        data = bytearray(copy.serialize())
    source.close()
    copy.close()
    data[18:20] = b"\x01\x01"  # a rollback-journal header: an in-memory database cannot open a WAL one
    return bytes(data)


def _restore(chat: ConsoleChat, path: Path, snapshot: _Snapshot) -> None:
    """The file's content replaced by the snapshot's, by SQLite's own backup into the live file (the
    app's pooled connections are closed first, so none holds an old read)."""
    chat.assistant.db.dispose()
    with sqlite3.connect(":memory:") as copy, sqlite3.connect(path) as target:
        copy.deserialize(snapshot.data)
        copy.backup(target)
    copy.close()
    target.close()
    chat.buttons = snapshot.buttons
