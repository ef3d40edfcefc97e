"""Watching a `salesbot run` subprocess: wait for the line that says it listens, keep its log."""

from __future__ import annotations

import asyncio
import re


async def wait_for_port(
    process: asyncio.subprocess.Process, listening: re.Pattern[str], log: list[str]
) -> int:
    """Read stderr (into `log`) until a line matches `listening`; returns its first group as a port."""
    assert process.stderr is not None
    while True:
        line = await asyncio.wait_for(process.stderr.readline(), timeout=120)
        if not line:
            raise AssertionError("salesbot run exited early:\n" + "".join(log))
        log.append(line.decode(errors="replace"))
        if match := listening.search(log[-1]):
            return int(match.group(1))


async def drain(stream: asyncio.StreamReader, log: list[str]) -> None:
    """Keep reading `stream` into `log` until it ends."""
    while line := await stream.readline():
        log.append(line.decode(errors="replace"))
