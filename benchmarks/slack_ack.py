"""Slack HTTP mode under load: how fast Slack gets its ack, and how fast the replies follow.

Starts the fake Slack Web API and the real Slack component (HTTP mode, SQLite), fires N
signed `/crm` commands from many users in C channels at once, and prints
- ack latency (HTTP response time) percentiles: Slack's limit is 3 s;
- time until every reply was posted, against the physical minimum set by the pacing of
  one message per second per channel: (N / C - 1) seconds;
- replies lost or duplicated (both must be 0).

    python benchmarks/slack_ack.py                 # 200 commands over 20 channels
    python benchmarks/slack_ack.py -n 600 -c 30 --concurrency 100
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.databases import add_database_arguments, benchmark_database
from bot.app import build_app
from bot.slack.component import SlackComponent
from config import Settings
from tests.bot.slack_harness import SECRET, TEAM, slack_settings
from tests.fakes.slack_api import FakeSlackApi
from tests.support.slack import SignedClient


async def run(url: str, commands: int, channels: int, concurrency: int, interval: float) -> None:
    fake = FakeSlackApi(team_id=TEAM).start()
    users = max(channels, 50)
    for n in range(users):
        fake.add_user(f"U{n}", f"Rep Number {n}")
    settings = Settings(
        database_url=url,
        default_timezone="UTC",
        _env_file=None,  # type: ignore[call-arg]
        **slack_settings(fake),
    )
    app = build_app(settings)
    component = SlackComponent(app, post_interval=interval)
    await component.start()
    assert component.http is not None
    client = SignedClient(f"http://127.0.0.1:{component.http.port}/slack/events", SECRET)
    gate = asyncio.Semaphore(concurrency)
    latencies: list[float] = []

    async def one(n: int) -> None:
        async with gate:
            started = time.perf_counter()
            sent = await client.command("help", team=TEAM, user=f"U{n % users}", channel=f"C{n % channels}")
            latencies.append(time.perf_counter() - started)
            assert sent.status == 200, sent

    began = time.perf_counter()
    await asyncio.gather(*(one(n) for n in range(commands)))
    acked = time.perf_counter() - began
    await asyncio.to_thread(fake.wait_posts, commands, 600)
    await app.inbox.idle(600)
    delivered = time.perf_counter() - began
    posts = fake.accepted("chat.postMessage")
    per_channel = Counter(p["channel"] for p in posts)
    await component.stop()
    app.db.dispose()
    fake.stop()

    latencies.sort()
    minimum = (max(per_channel.values()) - 1) * interval
    print(
        f"commands: {commands} over {channels} channels, {concurrency} in flight, pacing {interval}s/channel"
    )
    p50, p95 = statistics.median(latencies), latencies[int(len(latencies) * 0.95) - 1]
    print(f"ack latency: p50 {p50:.3f}s  p95 {p95:.3f}s  max {latencies[-1]:.3f}s  (Slack's limit: 3 s)")
    print(f"all acked after {acked:.2f}s; all replies posted after {delivered:.2f}s")
    print(
        f"physical minimum for the replies (pacing): {minimum:.2f}s  -> overhead {delivered - minimum:.2f}s"
    )
    print(f"replies lost: {commands - len(posts)}  duplicated: {max(0, len(posts) - commands)}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", "--commands", type=int, default=200)
    parser.add_argument("-c", "--channels", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--interval", type=float, default=1.0, help="pacing per channel in seconds")
    add_database_arguments(parser)
    args = parser.parse_args()
    with benchmark_database(args) as url:
        asyncio.run(run(url, args.commands, args.channels, args.concurrency, args.interval))


if __name__ == "__main__":
    main()
