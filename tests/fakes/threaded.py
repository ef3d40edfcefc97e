"""What the fake platform servers share: an aiohttp app on 127.0.0.1 (ephemeral port) in its own
thread, so the code under test reaches it over real HTTP from any event loop or process, and a
record of the calls it received that tests can wait on."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from aiohttp import web

T = TypeVar("T")
C = TypeVar("C")
RECHECK_SECONDS = 0.05  # a condition on the database is re-checked this often even when no call comes


class ThreadedFake(Generic[C]):
    name = "fake server"

    def __init__(self) -> None:
        self._calls: list[C] = []
        self._failures: dict[str, list[Any]] = {}
        self._cond = threading.Condition()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    def routes(self, app: web.Application) -> None:
        """Add the server's routes."""
        raise NotImplementedError

    def start(self) -> Any:
        ready = threading.Event()

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            loop.run_until_complete(self._start())
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._shutdown())
            loop.close()

        self._thread = threading.Thread(target=serve, name=self.name, daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError(f"{self.name} did not start")
        return self

    async def _start(self) -> None:
        app = web.Application(client_max_size=20 * 1024 * 1024)
        self.routes(app)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = int(self._runner.addresses[0][1])

    async def _shutdown(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> Any:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _record(self, call: C) -> None:
        with self._cond:
            self._calls.append(call)
            self._cond.notify_all()

    def _queue_failure(self, method: str, failure: Any) -> None:
        """`failure` (with `times`, and optionally `skip`) answers the next calls of `method`."""
        with self._cond:
            self._failures.setdefault(method, []).append(failure)

    def _failure_for(self, method: str) -> Any:
        """The failure this call of `method` gets, if any (after `skip` more calls, `times` calls)."""
        with self._cond:
            queue = self._failures.get(method)
            if not queue:
                return None
            failure = queue[0]
            if getattr(failure, "skip", 0) > 0:
                failure.skip -= 1
                return None
            failure.times -= 1
            if failure.times <= 0:
                queue.pop(0)
            return failure

    def wait_for(self, condition: Callable[[Any], T], timeout: float = 30.0) -> T:
        """Block until `condition(self)` is truthy (re-checked on every call, and at least every 50 ms
        for conditions on something else, such as the database, that can come true after the last call);
        return its value."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = condition(self)
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    made = [f"{getattr(c, 'method', c)}({getattr(c, 'status', '?')})" for c in self._calls]
                    raise AssertionError(f"timed out waiting; calls so far: {made}")
                self._cond.wait(min(remaining, RECHECK_SECONDS))
