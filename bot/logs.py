"""Log set-up for `salesbot run`: plain lines or one JSON object per line (`LOG_FORMAT=json`).

While an inbox row is being worked on, every log line carries its platform, the
platform's update id and the inbox row id (`update_context`), also from worker threads
(asyncio.to_thread copies the context).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from bot.http_edge import quiet_malformed_requests

_UPDATE: ContextVar[dict[str, Any] | None] = ContextVar("salesbot_update", default=None)
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


@contextmanager
def update_context(**fields: Any) -> Iterator[None]:
    """Tag every log line written inside with these fields (platform, update_id, inbox_id)."""
    token = _UPDATE.set({**(_UPDATE.get() or {}), **fields})
    try:
        yield
    finally:
        _UPDATE.reset(token)


class UpdateFields(logging.Filter):
    """Copies the current update's fields onto each record (`record.update`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        fields = _UPDATE.get()
        record.update = fields or {}
        record.update_text = " [" + " ".join(f"{k}={v}" for k, v in fields.items()) + "]" if fields else ""
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **getattr(record, "update", {}),
        }
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def configure_logging(log_format: str, level: str | int | None = None) -> None:
    """Point the root logger's handlers at the chosen format, with update fields on every line."""
    root = logging.getLogger()
    quiet_malformed_requests()
    if not root.handlers:
        logging.basicConfig()
    if level is not None:
        root.setLevel(level)
    formatter: logging.Formatter = (
        JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT + "%(update_text)s")
    )
    for handler in root.handlers:
        handler.setFormatter(formatter)
        if not any(isinstance(f, UpdateFields) for f in handler.filters):
            handler.addFilter(UpdateFields())
