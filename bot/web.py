"""An aiohttp application listening on one address: the HTTP endpoints of the adapters."""

from __future__ import annotations

from aiohttp import web

from bot.http_edge import runner


class HttpListener:
    def __init__(self, app: web.Application, host: str, port: int) -> None:
        self.app = app
        self.host = host
        self.port = port  # 0: any free port, known after `start`
        self._runner: web.AppRunner | None = None

    async def start(self) -> int:
        """Listen; returns the bound port. An address in use raises OSError (nothing left open)."""
        self._runner = runner(self.app)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self.host, self.port).start()
        except OSError:
            await self.stop()
            raise
        addresses = self._runner.addresses
        if addresses:
            self.port = int(addresses[0][1])
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
