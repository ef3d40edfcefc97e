"""`salesbot run`: one asyncio process runs every configured component until it is stopped.

A component is anything with `name`, `async start()` and `async stop()`: the Telegram
adapter, the Slack adapter, the scheduler. `start()` returns once the component is
running in the background; `stop()` shuts it down cleanly.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Sequence
from typing import Protocol

from bot.app import App

log = logging.getLogger(__name__)


class Component(Protocol):
    name: str

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


def platform_components(app: App) -> list[Component]:
    """The chat platforms configured in the settings (each adapter adds itself here)."""
    components: list[Component] = []
    if app.settings.slack_enabled:
        from bot.slack.component import SlackComponent

        components.append(SlackComponent(app))
    if app.settings.feishu_enabled:
        from bot.feishu.component import FeishuComponent

        components.append(FeishuComponent(app))
    if app.settings.telegram_enabled:
        from bot.telegram import TelegramAdapter

        components.append(TelegramAdapter(app))
    return components


def background_components(app: App) -> list[Component]:
    """What runs in every process next to the chat platforms (the scheduler)."""
    from bot.scheduling import scheduler_for

    components: list[Component] = [scheduler_for(app)]
    return components


def ops_components(app: App, watched: Sequence[Component]) -> list[Component]:
    """The operators' HTTP endpoint (OPS_PORT), asking `watched` whether they are ready."""
    if app.settings.ops_port is None:
        return []
    from bot.health import OpsServer

    server = OpsServer(app.db, app.metrics, app.health, host=app.settings.ops_host,
                       port=app.settings.ops_port, components=watched)  # fmt: skip
    return [server]


async def serve(components: Sequence[Component], stop: asyncio.Event | None = None) -> None:
    """Start everything, wait for SIGINT/SIGTERM (or `stop`), then stop in reverse order."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    started: list[Component] = []
    try:
        for component in components:
            await component.start()
            started.append(component)
            log.warning("%s started", component.name)
        await stop.wait()
    finally:
        for component in reversed(started):
            try:
                await component.stop()
            except Exception:
                log.exception("%s did not stop cleanly", component.name)
