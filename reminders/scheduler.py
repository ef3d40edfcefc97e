"""The one scheduler of a salesbot process: an APScheduler `AsyncIOScheduler` with fixed job ids.

Jobs hold no state of their own (reminders and schedules are rows in our tables), so
every `salesbot run` and `salesbot chat` process runs the same jobs against the shared
database, and the claims in `crm_store.repos.notifications` keep them from doubling up:

- `salesbot.tick` (every `SCHEDULER_INTERVAL_SECONDS`): queue due reminders, morning
  digests and "your day" messages into the outbox;
- `salesbot.outbox`: one long-running delivery loop, woken by the tick and polling at
  least every second;
- `salesbot.cleanup` (hourly): forget delivered messages after a month.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from reminders.engine import Notifications, TickReport
from reminders.outbox import DeliveryStats, OutboxWorker

log = logging.getLogger(__name__)

TICK_JOB = "salesbot.tick"
OUTBOX_JOB = "salesbot.outbox"
CLEANUP_JOB = "salesbot.cleanup"
STOP_TIMEOUT = 15.0  # seconds a stopping process waits for the batch it is sending


class Scheduler:
    """A `bot.service.Component`: start it on the running event loop, stop it on shutdown."""

    name = "scheduler"

    def __init__(
        self,
        notifications: Notifications,
        worker: OutboxWorker,
        *,
        clock: Callable[[], datetime],
        interval: float,
    ) -> None:
        self.health = notifications.health  # one record of database outages for every job
        self.notifications = notifications
        self.worker = worker
        self.clock = clock
        self.interval = interval
        self.poll = min(1.0, interval)
        self._scheduler: AsyncIOScheduler | None = None
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._running: set[asyncio.Task[object]] = set()

    @property
    def running(self) -> bool:
        return self._scheduler is not None and self._scheduler.running

    def job_ids(self) -> list[str]:
        return sorted(job.id for job in self._scheduler.get_jobs()) if self._scheduler else []

    async def start(self) -> None:
        self._stopping.clear()
        scheduler = AsyncIOScheduler(timezone=UTC, job_defaults={"coalesce": True, "max_instances": 1,
                                                                  "misfire_grace_time": None})  # fmt: skip
        now = datetime.now(UTC)
        scheduler.add_job(self._tick_job, "interval", seconds=self.interval, id=TICK_JOB, next_run_time=now)
        scheduler.add_job(self._deliver_forever, "date", run_date=now, id=OUTBOX_JOB)
        scheduler.add_job(
            self._cleanup_job, "interval", hours=1, id=CLEANUP_JOB, next_run_time=now + timedelta(minutes=1)
        )
        scheduler.start()
        self._scheduler = scheduler

    async def stop(self) -> None:
        """Let the running jobs finish their batch (never cut a send in half), then shut down."""
        self._stopping.set()
        self._wake.set()
        if self._scheduler is None:
            return
        self._scheduler.pause()
        if self._running:
            await asyncio.wait(set(self._running), timeout=STOP_TIMEOUT)
        self._scheduler.shutdown(wait=False)
        self._scheduler = None

    def _track(self) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    # Jobs -----------------------------------------------------------------
    async def _tick_job(self) -> None:
        self._track()
        if not self._stopping.is_set():
            await self.tick()

    async def _cleanup_job(self) -> None:
        self._track()
        await self.cleanup()

    async def tick(self) -> TickReport:
        loop = asyncio.get_running_loop()

        def wake() -> None:  # called from the tick's thread
            loop.call_soon_threadsafe(self._wake.set)

        try:
            report = await asyncio.to_thread(self.notifications.tick, self.clock(), queued_some=wake)
        except Exception as error:
            if not self.health.absorbed(error):
                log.exception("scheduler tick failed; trying again in %.0f s", self.interval)
            return TickReport()
        if report.queued:
            self._wake.set()
        return report

    async def deliver(self) -> DeliveryStats:
        try:
            return await self.worker.drain(self._stopping)
        except Exception as error:
            if not self.health.absorbed(error):
                log.exception("delivering the outbox failed; trying again shortly")
            return DeliveryStats()

    async def run_once(self) -> tuple[TickReport, DeliveryStats]:
        """One beat now: queue what is due and deliver it (used at start-up and by scripts)."""
        return await self.tick(), await self.deliver()

    async def cleanup(self) -> None:
        try:
            removed = await asyncio.to_thread(self.notifications.cleanup, self.clock())
        except Exception as error:
            if not self.health.absorbed(error):
                log.exception("outbox cleanup failed")
            return
        if removed:
            log.info("removed %s delivered outbox messages older than a month", removed)

    async def _deliver_forever(self) -> None:
        self._track()
        while not self._stopping.is_set():
            self._wake.clear()
            await self.deliver()
            with contextlib.suppress(TimeoutError):  # not wait_for: see Inbox._run
                async with asyncio.timeout(self.poll):
                    await self._wake.wait()
