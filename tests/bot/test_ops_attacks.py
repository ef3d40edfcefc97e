"""/healthz, /readyz and /metrics under hostile requests: a 4xx, never 500; GET still answers."""

from __future__ import annotations

from bot.app import App
from bot.health import OpsServer
from bot.http_edge import quiet_malformed_requests
from tests.support.http_attacks import attack, unexpected
from tests.support.raw_http import raw_request


async def test_every_hostile_request_to_the_ops_endpoint_is_refused_never_500(app: App, caplog) -> None:
    quiet_malformed_requests()  # what `salesbot run` sets up (bot.logs.configure_logging)
    server = OpsServer(app.db, app.metrics, app.health, host="127.0.0.1", port=0)
    await server.start()
    try:
        for path in ("/healthz", "/readyz", "/metrics", "/nothing"):
            statuses = await attack(f"http://127.0.0.1:{server.port}{path}")
            # GET of a real page answers 200 whatever body comes with it; everything else is refused.
            allowed = {200} if path != "/nothing" else set()
            gets = ("method GET", "HTTP/0.9 request")
            got = {name: s for name, s in statuses.items() if not (name in gets and s in allowed)}
            assert unexpected(got) == {}, (path, statuses)
        plain = b"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        assert await raw_request(f"http://127.0.0.1:{server.port}/healthz", plain) == 200
        # Malformed requests are one warning line each, without a traceback.
        noted = [r for r in caplog.records if r.name == "aiohttp.server"]
        assert noted and all(r.exc_info is None and r.levelname == "WARNING" for r in noted)
    finally:
        await server.stop()


async def test_a_connection_dripping_its_headers_is_closed(app: App, monkeypatch) -> None:
    """Slowloris: headers that never end hold a connection only `IDLE_SECONDS` (here half a second)."""
    monkeypatch.setattr("bot.http_edge.IDLE_SECONDS", 0.5)
    server = OpsServer(app.db, app.metrics, app.health, host="127.0.0.1", port=0)
    await server.start()
    try:
        dripping = b"GET /healthz HTTP/1.1\r\nHost: {host}\r\nX-Slow: 1"
        url = f"http://127.0.0.1:{server.port}/healthz"
        assert await raw_request(url, dripping, timeout=5) == 0  # closed at once, not left open for an hour
    finally:
        await server.stop()
