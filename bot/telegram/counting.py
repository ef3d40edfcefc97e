"""python-telegram-bot's HTTP request, counting what operators watch: 429s and failed calls."""

from __future__ import annotations

from typing import Any

from telegram.request import HTTPXRequest

from bot.health import Metrics

PLATFORM = "telegram"


class CountingRequest(HTTPXRequest):
    def __init__(self, metrics: Metrics, **options: Any) -> None:
        super().__init__(**options)
        self.metrics = metrics

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        try:
            status, body = await super().do_request(*args, **kwargs)
        except Exception:
            self.metrics.platform_errors.labels(PLATFORM).inc()
            raise
        if status == 429:
            self.metrics.rate_limited.labels(PLATFORM).inc()
        elif status >= 500:
            self.metrics.platform_errors.labels(PLATFORM).inc()
        return status, body
