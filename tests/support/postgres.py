"""A throwaway PostgreSQL server for the test session, started from the installed binaries.

No mocked database: the suite runs against a real server on a free port of 127.0.0.1,
in a temporary data directory that is removed afterwards. The directory is in memory (/dev/shm)
where the machine has one: every test copies the template database, and on disk those copies were
the suite's main I/O and left gigabytes to delete at the end. As root, the server runs as the
`postgres` (or `nobody`) account, since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg


def memory_folder(needed: int = 2 << 30) -> str | None:
    """/dev/shm when it is a writable memory file system with room to spare, else None (the default).
    The test databases live there, PostgreSQL's and SQLite's (tests/conftest.py)."""
    folder = "/dev/shm"
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None
    return folder if free >= needed and os.access(folder, os.W_OK) else None


def find_bindir() -> Path | None:
    configured = os.environ.get("SALESBOT_PG_BIN")
    candidates = [configured] if configured else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    candidates += [str(Path(p).parent) for p in [shutil.which("postgres")] if p]
    for folder in candidates:
        if folder and (Path(folder) / "postgres").exists() and (Path(folder) / "initdb").exists():
            return Path(folder)
    return None


def required_bindir() -> Path:
    """The binaries for a test that needs a server of its own. The suite promises PostgreSQL
    coverage, so a missing server fails loudly; a developer without one opts out explicitly with
    SALESBOT_SKIP_POSTGRES (the test is then skipped, saying why)."""
    import pytest

    bindir = find_bindir()
    if bindir is None:
        message = "PostgreSQL server binaries not found (install postgresql or set SALESBOT_PG_BIN)"
        if os.environ.get("SALESBOT_SKIP_POSTGRES"):
            pytest.skip(message)
        pytest.fail(message)
    return bindir


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _demote() -> tuple[Callable[[], None] | None, int | None, int | None]:
    if os.geteuid() != 0:
        return None, None, None
    try:
        account = pwd.getpwnam("postgres")
    except KeyError:
        account = pwd.getpwnam("nobody")
    uid, gid = account.pw_uid, account.pw_gid

    def drop() -> None:
        os.setgid(gid)
        os.setuid(uid)

    return drop, uid, gid


class PostgresServer:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="salesbot-pg-", dir=memory_folder()))
        self.data = self.root / "data"
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self._admin: psycopg.Connection[tuple[object, ...]] | None = None
        self._demote, uid, gid = _demote()
        if uid is not None:
            os.chown(self.root, uid, gid or -1)
            os.chmod(self.root, 0o755)

    def _run(self, *args: str) -> None:
        subprocess.run(args, check=True, capture_output=True, preexec_fn=self._demote, cwd=self.root)

    def start(self) -> PostgresServer:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")  # fmt: skip
        return self.resume()

    def halt(self) -> None:
        """Stop the server as an outage would (clients cut off at once); the data stays for `resume`."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # PostgreSQL's "fast" shutdown
            self.process.wait(timeout=30)

    def resume(self) -> PostgresServer:
        """Start the server (again) on the same port and data directory."""
        log = open(self.root / "server.log", "ab")  # noqa: SIM115 - lives as long as the server
        self.process = subprocess.Popen(
            [str(self.bindir / "postgres"), "-D", str(self.data), "-p", str(self.port),
             "-k", str(self.root), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off",
             "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
             "-c", "max_connections=200", "-c", "max_wal_size=96MB", "-c", "min_wal_size=32MB"],
            stdout=log, stderr=subprocess.STDOUT, preexec_fn=self._demote, cwd=self.root,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("postgres exited: " + (self.root / "server.log").read_text()[-2000:])
            try:
                with psycopg.connect(self.dsn("postgres"), connect_timeout=1):
                    return self
            except psycopg.OperationalError:
                time.sleep(0.1)
        raise RuntimeError("postgres did not start within 30 s")

    def dsn(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        """Run one statement on the `postgres` database, over a connection kept open: the suite
        creates and drops a database per test, and a new connection each time cost as much again.
        A connection the server dropped (halted and resumed since) is replaced; the statement
        never reached the server then, so running it again is safe."""
        for attempt in (1, 2):
            if self._admin is None or self._admin.closed:
                self._admin = psycopg.connect(self.dsn("postgres"), autocommit=True)
            try:
                self._admin.execute(sql)
                return
            except psycopg.OperationalError:
                if attempt == 2 or not self._admin.broken:
                    raise
                self._admin = None

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.root, ignore_errors=True)


@contextmanager
def own_server(bindir: Path, *databases: str, migrated: bool = False) -> Iterator[PostgresServer]:
    """A server of the caller's own with `databases` created (and brought to the newest schema when
    `migrated`), stopped and its data removed afterwards."""
    server = PostgresServer(bindir).start()
    try:
        for name in databases:
            server.execute(f"CREATE DATABASE {name}")
            if migrated:
                from crm_store.db import Database
                from crm_store.migrate import upgrade

                database = Database(server.url(name))
                upgrade(database)
                database.dispose()  # the template must have no connections left to be copied
        yield server
    finally:
        server.stop()
