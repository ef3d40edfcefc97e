"""Engine and transactions. One `Database` per process, passed to whoever needs it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from crm_store.search.changes import watch as watch_search_changes
from crm_store.system import System


class DatabaseUnavailable(Exception):
    """The database cannot be opened; the message is one line for the user."""


def is_transient(error: BaseException) -> bool:
    """A database error that passes: the server is down or restarting, the connection broke,
    SQLite is locked by another process. Retry later; never blame the message."""
    from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    if isinstance(error, OperationalError | InterfaceError | DisconnectionError | PoolTimeout):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


def normalize_url(url: str) -> URL:
    """Accept the URLs people paste (postgres://, postgresql://) and pick our drivers."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend in ("postgres", "postgresql") and parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


SQLITE_BUSY_TIMEOUT = 30.0  # seconds a writer waits for another's lock; `?timeout=` in the URL


def _sqlite_pragmas(busy_seconds: float, dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy (not pysqlite) decide when transactions begin; see _sqlite_begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_seconds * 1000)}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # IMMEDIATE takes the write lock at the start, so two writers queue on busy_timeout
    # instead of failing with "database is locked" when a reader upgrades to a writer.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = normalize_url(url)
        self.engine: Engine = self._create_engine(echo)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        watch_search_changes(self._sessions)  # keeps every process's search index fresh

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _create_engine(self, echo: bool) -> Engine:
        if self.url.get_backend_name() == "sqlite":
            database = self.url.database
            if database and database != ":memory:" and not database.startswith("file:"):
                Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            try:
                busy = float(str(self.url.query.get("timeout", SQLITE_BUSY_TIMEOUT)))
            except ValueError:
                busy = SQLITE_BUSY_TIMEOUT
            engine = create_engine(
                self.url,
                echo=echo,
                hide_parameters=True,  # errors and logs never carry the user's values
                connect_args={"check_same_thread": False, "timeout": busy},
            )
            event.listen(engine, "connect", partial(_sqlite_pragmas, busy))
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        return create_engine(
            self.url, echo=echo, hide_parameters=True, pool_pre_ping=True, pool_size=5, max_overflow=10
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def system(self) -> Iterator[System]:
        """A transaction as code outside crm_store uses it: organisations' stores and the
        cross-organisation views, never the session itself (committed on success)."""
        with self.transaction() as session:
            yield System(session)

    def session(self) -> Session:
        return self._sessions()

    def check(self) -> None:
        """Open one connection, turning driver errors into a one-line message."""
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except (SQLAlchemyError, OSError) as error:
            reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
            shown = self.url.render_as_string(hide_password=True)
            raise DatabaseUnavailable(f"cannot open database {shown}: {reason}") from None

    def dispose(self) -> None:
        self.engine.dispose()
