"""The small world several understanding chat tests start from: two customers with a contact each, at the
evaluation sets' clock (Thu 2029-04-26 10:20 in the user's own zone).

Hundreds of tests build the same world before the one message they are about, and building it through
the chat (about 0.2 s) took a third of CI. `replay` still sends every command through the real chat once
per worker and state, then keeps the SQLite file it produced: a later test starting from the same
database, clock, user and commands gets a copy of that file instead of sending them again. PostgreSQL
tests always send the commands.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

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
        for command in commands:
            chat.send(command)
        return
    key = _digest(_state_key(path), clock.now.isoformat(), str(chat.user_id), chat.chat_id)
    keys = []
    for command in commands:
        key = _digest(key, command)
        keys.append(key)
    done = next((i for i in range(len(keys), 0, -1) if keys[i - 1] in _SNAPSHOTS), 0)
    if done:
        _restore(chat, path, _SNAPSHOTS[keys[done - 1]])
    for command, key in zip(commands[done:], keys[done:], strict=True):
        chat.send(command)
        _SNAPSHOTS[key] = _Snapshot(_copy_of(chat, path), chat.buttons)


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
