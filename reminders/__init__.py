"""Scheduler, reminders, digests, warnings and the outbox of notifications.

Delivers only through the `Notifier` interface (see `reminders.notifier`).
"""
