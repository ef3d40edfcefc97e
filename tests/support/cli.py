"""The `salesbot` command run inside the test process: the same entry point (`bot.cli.main`), its
arguments, environment, standard input and output, exit code, but no new Python interpreter.

A fresh interpreter costs about two seconds of CPU for its imports alone, and the command tests ran
some hundred of them. What only a real process shows (the `python -m bot` entry, signals, a second
process, bytes on a real pipe) is still tested with real processes: see `tests/test_cli.py`'s
`salesbot_process`, `tests/support/service.py` and the `*_run_process` / `*_two_processes` tests.
Slow tests like those carry `@pytest.mark.slow`: they are started first (tests/conftest.py).
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _stream(data: bytes = b"") -> io.TextIOWrapper:
    """A text stream over bytes, as a pipe is (so the command may reconfigure it)."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=None, write_through=True)


@contextmanager
def _process_state(argv: list[str], env: dict[str, str], cwd: Path, stdin: io.TextIOWrapper,
                   stdout: io.TextIOWrapper, stderr: io.TextIOWrapper) -> Iterator[None]:  # fmt: skip
    """What a new process would have been given, put in place for one command and restored after."""
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    saved_streams, saved_argv = (sys.stdin, sys.stdout, sys.stderr), sys.argv
    root = logging.getLogger()
    saved_logging = root.handlers[:], root.level
    root.handlers = []  # so the command's logging.basicConfig writes to its stderr, as in a new process
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    sys.stdin, sys.stdout, sys.stderr, sys.argv = stdin, stdout, stderr, argv
    try:
        yield
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        sys.argv = saved_argv
        root.handlers, root.level = saved_logging
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def _exit_code(code: Any, stderr: io.TextIOWrapper) -> int:
    """What the interpreter makes of `SystemExit(code)`."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    stderr.write(f"{code}\n")
    return 1


def run_salesbot(*args: str, env: dict[str, str], stdin: str = "", cwd: Path = ROOT,
                 check: bool = True) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """`salesbot ARGS` with `env` as its whole environment and `stdin` piped in; its output and exit
    code, as `subprocess.run(..., capture_output=True, text=True)` gives them."""
    import bot.cli.common as common
    from bot.cli import main

    apps: list[Any] = []
    build = common.build_app

    def build_and_keep(*a: Any, **k: Any) -> Any:
        app = build(*a, **k)
        apps.append(app)
        return app

    out, err = _stream(), _stream()
    common.build_app = build_and_keep  # type: ignore[assignment] - only to close its database after
    try:
        with _process_state(["salesbot", *args], env, cwd, _stream(stdin.encode()), out, err):
            try:
                main()
                code = 0
            except SystemExit as stop:
                code = _exit_code(stop.code, err)
    finally:
        common.build_app = build
        for app in apps:
            app.db.dispose()  # a process's connections end with it
    result = subprocess.CompletedProcess(["salesbot", *args], code, _text(out), _text(err))
    if check and code != 0:
        raise AssertionError(f"salesbot {args} failed ({code}): {result.stderr}")
    return result


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    raw = stream.buffer
    assert isinstance(raw, io.BytesIO)
    return raw.getvalue().decode("utf-8", errors="replace")
