"""Scheduler, reminders, digests, warnings and the outbox of notifications.

Delivers only through the `PlatformSender` interface (see `reminders.notifier`).

- `scheduler.Scheduler`: the one APScheduler `AsyncIOScheduler` of a process (fixed job ids).
- `engine.Notifications.tick(now)`: what one beat decides, synchronously, at the injected
  clock's time: `dispatch` (due reminders), `daily` (morning digests and "your day"),
  `routing` (where waiting messages go), expiry.
- `outbox.OutboxWorker`: delivery with leases, pacing, Retry-After and backoff.
- `escalation`: the complaint listener the `Assistant` runs in the message's transaction.
- `rules`: working hours and morning times in each user's time zone.

Who owns what: the queries live in `crm_store` (`repos/notifications.py` for claims, the
outbox and run records; `reports.py` for the digest's data), the words and the chart in
`handlers` (`digest.py`, `charts.py`, `notifications.py`), so `/digest` — a handler, which
must not import this package — shows exactly what the scheduler sends.
"""
