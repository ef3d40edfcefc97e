"""Work done after the platform got its ack: in the background, in order per conversation, once.

Slack and Feishu want an answer within 3 seconds and redeliver otherwise, so listeners ack
at once and queue the real work here. Jobs with the same key (a channel) run one after another in
arrival order, so a conversation's replies keep their order; different channels run side
by side.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from handlers.errors import log_failure

log = logging.getLogger(__name__)

Job = Callable[[], Awaitable[None]]


class KeyedTasks:
    def __init__(self, name: str) -> None:
        self.name = name  # the platform, for task names and log lines
        self._tails: dict[str, asyncio.Task[None]] = {}
        self._running: set[asyncio.Task[None]] = set()

    def submit(self, key: str, job: Job) -> asyncio.Task[None]:
        previous = self._tails.get(key)

        async def run() -> None:
            if previous is not None:
                await asyncio.wait([previous])  # its failure is its own: logged below, not ours
            try:
                await job()
            except asyncio.CancelledError:
                raise
            except Exception as error:
                ref = secrets.token_hex(3)
                log_failure(log, f"{self.name}: background work for {key} failed", ref, error)

        task = asyncio.create_task(run(), name=f"{self.name}:{key}")
        self._tails[key] = task
        self._running.add(task)
        task.add_done_callback(lambda done: self._finished(key, done))
        return task

    def _finished(self, key: str, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        if self._tails.get(key) is task:
            del self._tails[key]

    @property
    def pending(self) -> int:
        return len(self._running)

    async def join(self) -> None:
        """Wait until everything submitted so far (and anything it submits) is done."""
        while self._running:
            await asyncio.wait(list(self._running))

    async def close(self, grace: float) -> None:
        """Let running work finish for up to `grace` seconds, then cancel the rest."""
        if self._running:
            _, late = await asyncio.wait(list(self._running), timeout=grace)
            for task in late:
                task.cancel()
            if late:
                log.warning("%s: %d background jobs cancelled at shutdown", self.name, len(late))
                await asyncio.wait(late)


class RecentKeys:
    """Remembers the last `size` delivery keys (event ids, trigger ids) to drop redeliveries early.

    The database dedupe in the assistant is what guarantees once-only across processes;
    this only saves work for the common case of a retry reaching the same process.
    """

    def __init__(self, size: int = 10_000) -> None:
        self._size = size
        self._keys: OrderedDict[str, None] = OrderedDict()

    def first_time(self, *keys: str | None) -> bool:
        """False if any of `keys` was seen before; remembers all of them."""
        present = [key for key in keys if key]
        seen = any(key in self._keys for key in present)
        for key in present:
            self._keys[key] = None
            self._keys.move_to_end(key)
        while len(self._keys) > self._size:
            self._keys.popitem(last=False)
        return not seen
