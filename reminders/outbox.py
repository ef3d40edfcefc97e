"""Delivering the outbox through the platform senders, without losing or doubling messages.

A worker leases a small batch of due messages (a conditional UPDATE: one worker per
message), sends them, and records the outcome:

- accepted by the platform: marked sent (only now, never before);
- `RetryLater(after)` (a 429): the message waits `after` seconds and the whole platform
  pauses as long, since the limit is the bot's, not the chat's;
- `RetryLater()` without a time, or any unexpected error (5xx, network): retried with
  exponential backoff, for as long as it takes;
- `DeliveryFailed` (chat gone, bot blocked): marked failed and not retried.

Sends are paced per platform (`RateLimiter`), a chat's messages go out in order, and a
few chats are served concurrently. If the process dies mid-batch the lease runs out and
another worker sends what was not marked: at most the last batch goes out twice, nothing
is lost. Message times (due, retry, lease) follow the injected clock; pacing uses the
event loop's real clock because it shapes real network traffic.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta

from crm_store.db import Database
from crm_store.models import OutboxMessage
from crm_store.system import System
from handlers.messages import Button, Image, Reply
from reminders.notifier import DeliveryFailed, PlatformSender, RetryLater

log = logging.getLogger(__name__)
Refresh = Callable[[System, Sequence[OutboxMessage], datetime], None]

# Messages per second per process when a sender does not say (`max_per_second`). Telegram asks
# for at most 30/s overall; Slack's chat.postMessage allows about one per second per channel with
# short bursts, and every reminder goes to a different DM channel.
DEFAULT_RATES: dict[str, float] = {"telegram": 29.0, "slack": 10.0}
LEASE = timedelta(minutes=2)
BACKOFF_BASE = 2.0  # seconds before the first retry; doubles per attempt
BACKOFF_MAX = 900.0  # never wait longer than 15 minutes between attempts
MIN_RETRY_AFTER = 0.5


def backoff(attempt: int) -> float:
    """Seconds to wait after the `attempt`-th failed attempt (1, 2, ...)."""
    return float(min(BACKOFF_MAX, BACKOFF_BASE * 2 ** max(attempt - 1, 0)))


class RateLimiter:
    """Spaces sends at least 1/`rate` seconds apart, measured when each one really starts.

    Spacing the actual starts (not reserved slots) matters: if the event loop stalls for a
    moment, reserved slots would all come due together and go out as a burst the platform
    answers with a 429 (Telegram then asks for a whole second's pause).
    """

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self._last = float("-inf")
        self._turn = asyncio.Lock()

    async def wait(self) -> None:
        async with self._turn:
            loop = asyncio.get_running_loop()
            delay = self._last + self.interval - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            self._last = loop.time()


@dataclass
class DeliveryStats:
    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    dropped: int = 0
    deferred: int = 0

    def __iadd__(self, other: DeliveryStats) -> DeliveryStats:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))
        return self

    @property
    def progress(self) -> int:
        """Messages settled for good (sent, failed or dropped)."""
        return self.sent + self.failed + self.dropped


@dataclass
class _Outcome:
    sent: list[int] = field(default_factory=list)
    retry: list[tuple[int, datetime, str]] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    deferred: list[tuple[int, datetime]] = field(default_factory=list)

    def settled(self) -> set[int]:
        return {
            *self.sent,
            *(i for i, _, _ in self.retry),
            *(i for i, _ in self.failed),
            *(i for i, _ in self.deferred),
        }


def reply_of(message: OutboxMessage) -> Reply:
    image = Image(message.image, filename=message.image_name or "chart.png") if message.image else None
    buttons = tuple(Button(label, payload) for label, payload in message.buttons or [])
    return Reply(message.text, buttons, image=image, in_thread=False)


class OutboxWorker:
    """Delivers due outbox messages for the platforms in `senders` (a live mapping: adapters
    register their sender when they start). `chats` limits a platform to some chats (the
    terminal delivers only to the user sitting at it). `refresh` rewrites claimed messages
    just before they are sent (reminders: their content as of now, not as of queueing)."""

    def __init__(
        self,
        db: Database,
        senders: Mapping[str, PlatformSender],
        *,
        clock: Callable[[], datetime],
        chats: Mapping[str, Collection[str]] | None = None,
        rates: Mapping[str, float | None] | None = None,
        worker_id: str | None = None,
        concurrency: int = 8,
        batch_seconds: float = 3.0,
        lease: timedelta = LEASE,
        refresh: Refresh | None = None,
    ) -> None:
        self.db = db
        self.refresh = refresh
        self.senders = senders
        self.clock = clock
        self.chats = dict(chats or {})
        self.rates = dict(rates or {})
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        self.concurrency = concurrency
        self.batch_seconds = batch_seconds
        self.lease = lease
        self.paused_until: dict[str, datetime] = {}
        self._limiters: dict[str, RateLimiter | None] = {}

    # Pacing ---------------------------------------------------------------
    def rate_of(self, platform: str, sender: PlatformSender) -> float | None:
        if platform in self.rates:
            return self.rates[platform]
        declared = getattr(sender, "max_per_second", DEFAULT_RATES.get(platform))
        return float(declared) if declared else None

    def _limiter(self, platform: str, sender: PlatformSender) -> RateLimiter | None:
        if platform not in self._limiters:
            rate = self.rate_of(platform, sender)
            self._limiters[platform] = RateLimiter(rate) if rate else None
        return self._limiters[platform]

    def _batch_size(self, platform: str, sender: PlatformSender) -> int:
        rate = self.rate_of(platform, sender)
        return max(10, min(500, int(rate * self.batch_seconds))) if rate else 100

    def paused(self, platform: str) -> bool:
        until = self.paused_until.get(platform)
        return until is not None and until > self.clock()

    def _pause(self, platform: str, seconds: float) -> datetime:
        until = self.clock() + timedelta(seconds=seconds)
        current = self.paused_until.get(platform)
        if current is None or until > current:
            self.paused_until[platform] = until
            log.info("%s asked to slow down: pausing deliveries for %.1f s", platform, seconds)
        return self.paused_until[platform]

    # One round ------------------------------------------------------------
    async def run_once(self) -> DeliveryStats:
        """Claim one batch per ready platform, send it, record what happened."""
        senders = {p: s for p, s in dict(self.senders).items() if not self.paused(p)}
        if not senders:
            return DeliveryStats()
        sizes = {p: self._batch_size(p, s) for p, s in senders.items()}
        batches, dropped = await asyncio.to_thread(self._claim, sizes)
        stats = DeliveryStats(claimed=sum(map(len, batches.values())) + dropped, dropped=dropped)
        if not batches:
            return stats
        outcome = _Outcome()
        claimed = [m.id for rows in batches.values() for m in rows]
        try:
            await asyncio.gather(*(self._send(p, senders[p], rows, outcome) for p, rows in batches.items()))
        except asyncio.CancelledError:
            self._record(outcome, claimed)  # shutting down: keep what was sent, give back the rest
            raise
        await asyncio.to_thread(self._record, outcome, claimed)
        stats.sent, stats.retried, stats.failed = len(outcome.sent), len(outcome.retry), len(outcome.failed)
        stats.deferred = len(outcome.deferred)
        return stats

    async def drain(self, stop: asyncio.Event | None = None) -> DeliveryStats:
        """Deliver until nothing due is left (or only messages that must wait)."""
        total = DeliveryStats()
        while stop is None or not stop.is_set():
            stats = await self.run_once()
            total += stats
            if not stats.claimed or not stats.progress:
                break
        return total

    def _claim(self, sizes: Mapping[str, int]) -> tuple[dict[str, list[OutboxMessage]], int]:
        now = self.clock()
        batches: dict[str, list[OutboxMessage]] = {}
        dropped = 0
        with self.db.system() as system:
            for platform, size in sizes.items():
                rows = system.notifications.claim_outbox(
                    routes={platform: self.chats.get(platform)},
                    now=now,
                    worker=self.worker_id,
                    lease_until=now + self.lease,
                    limit=size,
                )
                reminder_ids = [m.reminder_id for m in rows if m.reminder_id is not None]
                still_open = system.notifications.open_reminder_ids(reminder_ids)
                keep = []
                for message in rows:
                    if message.reminder_id is not None and message.reminder_id not in still_open:
                        # Done, snoozed or cancelled before we got to it: no point nagging.
                        gone = "reminder no longer open"
                        system.notifications.finish(
                            message.id, worker=self.worker_id, status="dropped", error=gone
                        )
                        dropped += 1
                    else:
                        keep.append(message)
                if keep and self.refresh is not None:
                    self.refresh(system, keep, now)
                if keep:
                    batches[platform] = keep
        return batches, dropped

    async def _send(
        self, platform: str, sender: PlatformSender, rows: list[OutboxMessage], outcome: _Outcome
    ) -> None:
        limiter = self._limiter(platform, sender)
        slots = asyncio.Semaphore(self.concurrency)
        by_chat: dict[str, list[OutboxMessage]] = {}
        for message in rows:
            by_chat.setdefault(message.chat_id or "", []).append(message)

        async def serve(queue: list[OutboxMessage]) -> None:
            async with slots:
                for index, message in enumerate(queue):
                    if self.paused(platform) or (
                        limiter is not None and await _paced(limiter, self, platform)
                    ):
                        outcome.deferred += [(m.id, self.paused_until[platform]) for m in queue[index:]]
                        return
                    retry_at = await self._deliver(platform, sender, message, outcome)
                    if retry_at is not None:  # keep this chat's messages in order
                        outcome.deferred += [(m.id, retry_at) for m in queue[index + 1 :]]
                        return

        await asyncio.gather(*(serve(queue) for queue in by_chat.values()))

    async def _deliver(
        self, platform: str, sender: PlatformSender, message: OutboxMessage, outcome: _Outcome
    ) -> datetime | None:
        """Send one message; returns when to try again if it has to wait."""
        try:
            await sender.send(message.chat_id or "", reply_of(message))
        except RetryLater as error:
            if error.after is not None:
                at = self._pause(platform, max(error.after, MIN_RETRY_AFTER))
            else:
                at = self.clock() + timedelta(seconds=backoff(message.attempts + 1))
            outcome.retry.append((message.id, at, f"retry later: {error}"))
            return at
        except DeliveryFailed as error:
            log.warning("%s refused outbox message %s for good: %s", platform, message.id, error)
            outcome.failed.append((message.id, str(error) or type(error).__name__))
            return None
        except Exception as error:  # a bug or an unmapped network error: retry, never lose it
            log.warning("sending outbox message %s on %s failed", message.id, platform, exc_info=True)
            at = self.clock() + timedelta(seconds=backoff(message.attempts + 1))
            outcome.retry.append((message.id, at, f"{type(error).__name__}: {error}"))
            return at
        outcome.sent.append(message.id)
        return None

    def _record(self, outcome: _Outcome, claimed: Collection[int]) -> None:
        now = self.clock()
        unsent = [i for i in claimed if i not in outcome.settled()]
        with self.db.system() as system:
            system.notifications.mark_sent(outcome.sent, worker=self.worker_id, now=now)
            for message_id, at, error in outcome.retry:
                system.notifications.release(
                    [message_id], worker=self.worker_id, at=at, error=error, attempted=True
                )
            waiting: dict[datetime, list[int]] = {}
            for message_id, at in [*outcome.deferred, *((i, now) for i in unsent)]:
                waiting.setdefault(at, []).append(message_id)
            for at, ids in waiting.items():
                system.notifications.release(ids, worker=self.worker_id, at=at, error=None, attempted=False)
            for message_id, error in outcome.failed:
                system.notifications.finish(message_id, worker=self.worker_id, status="failed", error=error)


async def _paced(limiter: RateLimiter, worker: OutboxWorker, platform: str) -> bool:
    """Wait for the next send slot; True if the platform got paused meanwhile."""
    await limiter.wait()
    return worker.paused(platform)
