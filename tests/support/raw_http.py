"""Raw HTTP/1.1 requests over a socket, for what a polite client library refuses to send:
non-UTF-8 header bytes, absurd header values, bodies of any size and encoding."""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import urlsplit


async def raw_post(url: str, headers: list[tuple[str, bytes]], body: bytes) -> int:
    """POST `body` with exactly these header bytes; returns the HTTP status (0: connection closed)."""
    target = urlsplit(url)
    reader, writer = await asyncio.open_connection(target.hostname, target.port)
    try:
        lines = [f"POST {target.path or '/'} HTTP/1.1".encode(), f"Host: {target.netloc}".encode()]
        lines += [name.encode() + b": " + value for name, value in headers]
        lines += [f"Content-Length: {len(body)}".encode(), b"Connection: close"]
        writer.write(b"\r\n".join(lines) + b"\r\n\r\n")
        try:
            writer.write(body)
            await writer.drain()
        except ConnectionError:
            pass  # the server may answer 413 and close before reading a huge body
        status_line = await asyncio.wait_for(reader.readline(), timeout=10)
        # Read on until the server closes (the request said `Connection: close`): it does so only
        # once it has read the rest of a body it refused early. Returning sooner left the server
        # reading it while the test's teardown stopped it, and a server being stopped drops what
        # still arrives, so it waited out aiohttp's 10 s lingering time in every such teardown.
        with contextlib.suppress(ConnectionError, TimeoutError):
            await asyncio.wait_for(reader.read(), timeout=10)
        parts = status_line.split()
        return int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else 0
    finally:
        writer.close()


async def raw_request(
    url: str,
    request: bytes,
    *,
    send_then_close: bool = False,
    timeout: float = 10,
) -> int:
    """Send `request` (request line, headers and body exactly as given; `{host}` and `{path}` are
    filled in) and return the HTTP status; 0 when the server closed without answering, -1 when it
    neither answered nor closed within `timeout` (`send_then_close`: the client stops sending, as a
    broken client would)."""
    target = urlsplit(url)
    reader, writer = await asyncio.open_connection(target.hostname, target.port)
    try:
        data = request.replace(b"{host}", target.netloc.encode()).replace(
            b"{path}", (target.path or "/").encode()
        )
        try:
            writer.write(data)
            await writer.drain()
            if send_then_close and writer.can_write_eof():
                writer.write_eof()
        except ConnectionError:
            pass
        try:
            status_line = await asyncio.wait_for(reader.readline(), timeout=timeout)
        except TimeoutError:
            return -1
        except ConnectionError:
            return 0
        parts = status_line.split()
        return int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else 0
    finally:
        writer.close()
