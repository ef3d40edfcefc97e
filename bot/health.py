"""What operators watch: Prometheus metrics and the HTTP endpoint that serves them.

`Metrics` holds the process's counters in its own registry (no globals); the queue
figures (inbox and outbox depth, age of the oldest row) are read from the database when
scraped, so every process reports the shared truth. `OpsServer` answers `/healthz`
(the process is alive), `/readyz` (database reachable and every adapter connected) and
`/metrics` (Prometheus text format) on `OPS_PORT`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aiohttp import web
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from bot.http_edge import runner
from crm_store.db import Database
from crm_store.health import DatabaseHealth
from crm_store.repos import inbox as inbox_repo

log = logging.getLogger(__name__)

LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300)
LATENESS_BUCKETS = (1, 5, 15, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600)


@dataclass(frozen=True)
class QueueReport:
    """The queue figures `salesbot status` prints and `/metrics` exports."""

    inbox: dict[str, inbox_repo.QueueFigures]
    parked: dict[str, int]
    outbox_depth: int
    outbox_oldest: datetime | None

    def as_dict(self, now: datetime) -> dict[str, Any]:
        def age(moment: datetime | None) -> float | None:
            return round((now - moment).total_seconds(), 1) if moment else None

        empty = inbox_repo.QueueFigures(0, None)
        return {
            "inbox": {
                p: {"waiting": f.depth, "oldest_age_seconds": age(f.oldest), "parked": self.parked.get(p, 0)}
                for p, f in sorted({**dict.fromkeys(self.parked, empty), **self.inbox}.items())
            },
            "outbox": {"waiting": self.outbox_depth, "oldest_age_seconds": age(self.outbox_oldest)},
        }


def queue_report(db: Database) -> QueueReport:
    with db.system() as system:
        depth, oldest = system.notifications.outbox_waiting()
        return QueueReport(system.inbox.waiting(), system.inbox.parked_count(), depth, oldest)


class _QueueCollector(Collector):
    """Reads the queue figures from the database at each scrape (nothing when it is down)."""

    def __init__(self, db: Database, clock: Callable[[], datetime], health: DatabaseHealth) -> None:
        self.db, self.clock, self.health = db, clock, health

    def collect(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily]:
        outages = CounterMetricFamily("salesbot_database_outages", "Database outages this process saw")
        outages.add_metric([], self.health.outages)
        yield outages
        up = GaugeMetricFamily("salesbot_database_up", "1 when the database answered this scrape")
        try:
            report = queue_report(self.db)
        except Exception as error:
            self.health.failed(error)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        now = self.clock()
        depth = GaugeMetricFamily("salesbot_inbox_depth", "Updates not yet handled", labels=["platform"])
        age = GaugeMetricFamily(
            "salesbot_inbox_oldest_age_seconds", "Age of the oldest unhandled update", labels=["platform"]
        )
        parked = GaugeMetricFamily("salesbot_inbox_parked", "Updates given up on (kept)", labels=["platform"])
        for platform, figures in report.inbox.items():
            depth.add_metric([platform], figures.depth)
            age.add_metric([platform], (now - figures.oldest).total_seconds() if figures.oldest else 0)
        for platform, count in report.parked.items():
            parked.add_metric([platform], count)
        yield depth
        yield age
        yield parked
        yield GaugeMetricFamily(
            "salesbot_outbox_depth", "Notifications not yet delivered", value=report.outbox_depth
        )
        yield GaugeMetricFamily(
            "salesbot_outbox_oldest_age_seconds",
            "Age of the oldest undelivered notification",
            value=(now - report.outbox_oldest).total_seconds() if report.outbox_oldest else 0,
        )


@dataclass
class Metrics:
    """The process's counters and histograms, in a registry of its own."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.received = Counter(
            "salesbot_updates_received", "Updates stored in the inbox", ["platform"], registry=r
        )
        self.handled = Counter(
            "salesbot_updates_handled", "Updates handled and answered", ["platform"], registry=r
        )
        self.failed = Counter("salesbot_updates_failed", "Failed attempts to handle an update", ["platform"],
                              registry=r)  # fmt: skip
        self.parked = Counter("salesbot_updates_parked", "Updates given up on after repeated failures",
                              ["platform"], registry=r)  # fmt: skip
        self.handling = Histogram(
            "salesbot_handling_seconds", "From receipt of an update to its replies sent", ["platform"],
            buckets=LATENCY_BUCKETS, registry=r,
        )  # fmt: skip
        self.reminder_lateness = Histogram(
            "salesbot_reminder_lateness_seconds", "How long after its due time a reminder was queued",
            buckets=LATENESS_BUCKETS, registry=r,
        )  # fmt: skip
        self.platform_errors = Counter(
            "salesbot_platform_errors", "Failed platform API calls (5xx, network)", ["platform"], registry=r
        )
        self.rate_limited = Counter(
            "salesbot_platform_rate_limited", "Platform API calls answered 429", ["platform"], registry=r
        )

    def trouble(self, platform: str, kind: str) -> None:
        """A platform API call answered "too many requests" (`kind` "rate_limited") or failed."""
        (self.rate_limited if kind == "rate_limited" else self.platform_errors).labels(platform).inc()

    def watch_queues(self, db: Database, clock: Callable[[], datetime], health: DatabaseHealth) -> None:
        self.registry.register(_QueueCollector(db, clock, health))

    def render(self) -> bytes:
        return generate_latest(self.registry)


class OpsServer:
    """A `bot.service.Component` serving /healthz, /readyz and /metrics."""

    name = "ops"

    def __init__(self, db: Database, metrics: Metrics, health: DatabaseHealth, *, host: str, port: int,
                 components: Sequence[object] = ()) -> None:  # fmt: skip
        self.db = db
        self.metrics = metrics
        self.health = health
        self.host = host
        self.port = port
        self.components = list(components)
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/readyz", self.readyz)
        app.router.add_get("/metrics", self.metrics_page)
        self._runner = runner(app)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self.host, self.port).start()
        except OSError as error:
            await self.stop()
            log.error("ops: cannot listen on %s:%s (OPS_PORT): %s; no /metrics in this process",
                      self.host, self.port, error.strerror or error)  # fmt: skip
            return
        if self._runner.addresses:
            self.port = int(self._runner.addresses[0][1])
        log.warning("ops: /healthz, /readyz and /metrics on http://%s:%d", self.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def healthz(self, request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    def _database_answers(self) -> bool:
        try:
            with self.db.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except Exception as error:
            self.health.failed(error)
            return False
        return True

    async def readyz(self, request: web.Request) -> web.Response:
        try:
            database = await asyncio.wait_for(asyncio.to_thread(self._database_answers), 3)
        except TimeoutError:
            database = False
        checks = {"database": database}
        for component in self.components:
            ready = getattr(component, "ready", None)
            if ready is not None:
                checks[str(getattr(component, "name", "component"))] = bool(ready)
        status = 200 if all(checks.values()) else 503
        return web.json_response({"ready": status == 200, "checks": checks}, status=status)

    async def metrics_page(self, request: web.Request) -> web.Response:
        body = await asyncio.to_thread(self.metrics.render)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
