"""Shared fixtures: real SQLite and a real PostgreSQL server, an injected clock, a console chat.

Every test that takes `app` (or `chat`) runs twice: once on SQLite and once on PostgreSQL.
Each test gets a fresh database copied from a migrated template, which keeps it fast.
"""

from __future__ import annotations

import gc
import itertools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.app import App, build_app, console_user
from bot.console import ConsoleChat
from config import Settings
from crm_store.db import Database
from crm_store.migrate import upgrade
from crm_store.models import User
from crm_store.system import System
from tests.support.clock import FakeClock
from tests.support.postgres import PostgresServer, memory_folder, own_server, required_bindir

BACKENDS = ("sqlite", "postgresql")
_counter = itertools.count()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The `slow` tests (real processes, the whole corpus) first: with `-n auto` one of them started
    last kept a single worker busy for minutes after the others had finished. A stable sort: the
    rest keep their order, and every worker sorts its collection alike (xdist requires it)."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.hookimpl(tryfirst=True)  # before the fixture's own params are applied
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A `reading` module tests how a message is understood, which does not depend on the database: its
    tests run on SQLite only. The same reading runs on PostgreSQL in the corpus gate
    (tests/handlers/test_corpus.py, 308 messages) and in the storage, search, hostile-input, bot and
    reminder tests, which keep both backends. (Running every reading case twice took a fifth of CI.)
    A new module of reading cases (a session's `test_everyday_sNN.py`) says so with its `pytestmark`."""
    if metafunc.definition.get_closest_marker("reading") is None or "backend" not in metafunc.fixturenames:
        return
    said = any("backend" in str(m.args[0]) for m in metafunc.definition.iter_markers("parametrize"))
    if not said:
        metafunc.parametrize("backend", ["sqlite"])


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    with own_server(required_bindir(), "salesbot_template", migrated=True) as server:
        yield server


@pytest.fixture(scope="session")
def sqlite_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Where this worker's SQLite databases are: in memory (/dev/shm) where the machine has one, as the
    PostgreSQL server's data is. On disk, each test's copy of the template waited for the disk at every
    commit, checkpoint and close: half of a chat test's time while other jobs used the disk. They are
    still real SQLite files (WAL and all); each is removed after its test, the folder after the session."""
    memory = memory_folder()
    if memory is None:
        yield tmp_path_factory.mktemp("sqlite")
        return
    folder = Path(tempfile.mkdtemp(prefix="salesbot-sqlite-", dir=memory))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def sqlite_template(sqlite_folder: Path) -> Path:
    path = sqlite_folder / "template.db"
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    database.dispose()  # the last connection to close folds the WAL back into the file
    return path


def fresh_postgres_url(server: PostgresServer) -> str:
    name = f"t_{os.getpid()}_{next(_counter)}"
    server.execute(f"CREATE DATABASE {name} TEMPLATE salesbot_template")
    return server.url(name)


def fresh_sqlite_url(template: Path, folder: Path) -> str:
    target = folder / f"salesbot-{next(_counter)}.db"
    shutil.copy(template, target)
    return f"sqlite:///{target}"


def remove_sqlite(url: str) -> None:
    """A test's database file gone, with its WAL and shared-memory files."""
    path = Path(url.removeprefix("sqlite:///"))
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        path.with_name(name).unlink(missing_ok=True)


@pytest.fixture(scope="session", autouse=True)
def _warm_then_freeze(sqlite_template: Path, sqlite_folder: Path) -> None:
    """Each worker first reads a few messages (loading the segmenter and training the opinions), then
    freezes what is alive, so the collector no longer walks those half a million long-lived objects, and
    collects the young generation less often (a test makes millions of short-lived objects). Garbage
    collection took a quarter of a chat test's time; it takes a tenth now."""
    url = fresh_sqlite_url(sqlite_template, sqlite_folder)
    application = build_app(make_settings(url), clock=FakeClock())
    chat = ConsoleChat(application.assistant, console_user(application).id)
    for line in ("/customer add Lakeview Freight", "met dana at lakeview, 20 seats ~$24k, follow up next tue",
                 "拜访了华为的张经理，下周三再跟进", "what's open with lakeview?"):  # fmt: skip
        chat.send(line)
    application.db.dispose()
    remove_sqlite(url)
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest) -> Iterator[str]:
    if backend != "postgresql":
        yield from _sqlite_for_one_test(request.getfixturevalue("sqlite_template"),
                                        request.getfixturevalue("sqlite_folder"))  # fmt: skip
        return
    server = request.getfixturevalue("pg_server")
    url = fresh_postgres_url(server)
    yield url
    # each test's copy of the template is dropped, so the server's data stays one template in size
    server.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


def _sqlite_for_one_test(template: Path, folder: Path) -> Iterator[str]:
    url = fresh_sqlite_url(template, folder)
    yield url
    remove_sqlite(url)  # as each test's PostgreSQL database is dropped: memory stays one template in size


@pytest.fixture
def sqlite_url(sqlite_template: Path, sqlite_folder: Path) -> Iterator[str]:
    yield from _sqlite_for_one_test(sqlite_template, sqlite_folder)


def make_settings(database_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": database_url,
        "default_timezone": "Europe/Berlin",
        "default_locale": "en",
        "default_currency": "USD",
        "organization_name": "Test Co",
        "_env_file": None,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(settings: Settings, clock: FakeClock) -> Iterator[App]:
    application = build_app(settings, clock=clock)
    yield application
    application.db.dispose()


@pytest.fixture
def admin(app: App) -> User:
    return console_user(app)


@pytest.fixture
def chat(app: App, admin: User) -> ConsoleChat:
    return ConsoleChat(app.assistant, admin.id)


@pytest.fixture
def add_user(app: App) -> Callable[..., User]:
    """Create a user: add_user("Sam", role="rep", manager=boss, timezone=..., locale=...)."""

    def create(name: str, *, role: str = "rep", manager: User | None = None,
               timezone: str = "Europe/Berlin", locale: str = "en") -> User:  # fmt: skip
        with app.db.transaction() as session:
            return app.store(System(session)).users.add(
                name, role=role, timezone=timezone, locale=locale,
                manager_id=manager.id if manager else None,
            )  # fmt: skip

    return create


def texts(replies: list) -> str:  # type: ignore[type-arg]
    """All reply texts joined, for assertions."""
    return "\n".join(reply.text for reply in replies)
