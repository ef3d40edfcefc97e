"""The database a benchmark runs on: a temporary SQLite file, a throwaway PostgreSQL server
(`--postgres`, from the installed binaries as in the tests) or an existing empty database."""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager


def add_database_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--postgres", action="store_true", help="run on a throwaway PostgreSQL server")
    parser.add_argument("--database-url", help="an existing, empty database")


@contextmanager
def benchmark_database(args: argparse.Namespace) -> Iterator[str]:
    """The URL of the database chosen by `add_database_arguments`' options; removed afterwards."""
    if args.database_url:
        yield args.database_url
        return
    if args.postgres:
        from tests.support.postgres import find_bindir, own_server

        bindir = find_bindir()
        if bindir is None:
            raise SystemExit("no PostgreSQL binaries found (set SALESBOT_PG_BIN)")
        with own_server(bindir, "bench") as server:
            yield server.url("bench")
        return
    with tempfile.TemporaryDirectory(prefix="salesbot-bench-") as folder:
        yield f"sqlite:///{folder}/bench.db"
