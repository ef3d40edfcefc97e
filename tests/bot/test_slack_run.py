"""`salesbot run` as a real process in Slack HTTP mode, fed signed requests, against the fake Slack.

This is the shape of the acceptance check: the service is started the way a user starts
it (environment variables only), and every reply must reach the right channel or thread.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.bot.slack_harness import BOT, SECRET, TEAM, start_fake
from tests.support.slack import JSON, SignedClient, event_body, mention_event, message_event

ROOT = Path(__file__).resolve().parents[2]
LISTENING = re.compile(r"slack: listening on http://127\.0\.0\.1:(\d+)/slack/events")


async def _wait_listening(process: asyncio.subprocess.Process, log: list[str]) -> int:
    assert process.stderr is not None
    while True:
        line = await asyncio.wait_for(process.stderr.readline(), timeout=120)
        if not line:
            raise AssertionError("salesbot run exited early:\n" + "".join(log))
        log.append(line.decode(errors="replace"))
        if match := LISTENING.search(log[-1]):
            return int(match.group(1))


async def _drain(stream: asyncio.StreamReader, log: list[str]) -> None:
    while line := await stream.readline():
        log.append(line.decode(errors="replace"))


@pytest.fixture
def fake_slack():
    fake = start_fake()
    yield fake
    fake.stop()


@pytest.mark.slow
async def test_salesbot_run_serves_a_signed_slack_conversation(sqlite_url, tmp_path, fake_slack):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SLACK_", "TELEGRAM_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        DATABASE_URL=sqlite_url,
        DEFAULT_TIMEZONE="Europe/Berlin",
        SLACK_BOT_TOKEN=fake_slack.bot_token,
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=fake_slack.url.rstrip("/"),  # as people write it: ".../api"
        SLACK_HTTP_HOST="127.0.0.1",
        SLACK_HTTP_PORT="0",
        SLACK_ALLOWED_TEAM_IDS=TEAM,
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    log: list[str] = []
    try:
        port = await _wait_listening(process, log)
        assert process.stderr is not None
        drain = asyncio.create_task(_drain(process.stderr, log))
        client = SignedClient(f"http://127.0.0.1:{port}/slack/events", SECRET)

        async def posts(count: int):
            return await asyncio.to_thread(fake_slack.wait_posts, count)

        # A slash command in a channel.
        assert (await client.command("help", team=TEAM, user="U1", channel="C100")).status == 200
        [help_reply] = await posts(1)
        assert help_reply["channel"] == "C100" and "/log" in help_reply["text"]

        # A DM conversation with a button choice.
        question_event = message_event(
            "/remind call back", user="U1", channel="DU1", ts="1700000001.000100", team=TEAM
        )
        question_body = event_body(question_event, team=TEAM, event_id="EvRun1")
        assert (await client.post(question_body, JSON)).status == 200
        question = (await posts(2))[1]
        assert question["channel"] == "DU1" and question["blocks"][-1]["type"] == "actions"
        choice = question["blocks"][-1]["elements"][0]["text"]["text"]
        assert (
            await client.press(question.posted, choice, team=TEAM, user="U1", channel="DU1")
        ).status == 200
        confirmation = (await posts(3))[2]
        assert confirmation["channel"] == "DU1" and confirmation["text"].startswith("Reminder set:")
        [update] = await asyncio.to_thread(fake_slack.wait_for, lambda api: api.accepted("chat.update"))
        assert update["ts"] == question.posted["ts"] and choice in update["text"]

        # A mention in a channel, answered in its thread.
        mention = mention_event(
            f"<@{BOT}> /reminders", user="U2", channel="C200", ts="1700000100.000200", team=TEAM
        )
        assert (await client.event(mention, team=TEAM)).status == 200
        threaded = (await posts(4))[3]
        assert threaded["channel"] == "C200" and threaded["thread_ts"] == "1700000100.000200"

        # Forged and replayed requests are turned away.
        assert (await client.post(question_body, JSON, signature="v0=" + "f" * 64)).status == 401
        assert (await client.post(question_body, JSON, timestamp=int(time.time()) - 301)).status == 401

        # Slack's retry of the DM is not processed again; the next message is.
        assert (await client.post(question_body, JSON, retry=1)).status == 200
        await client.event(
            message_event("/today", user="U1", channel="DU1", ts="1700000002.000100", team=TEAM), team=TEAM
        )
        today = (await posts(5))[4]
        assert today["channel"] == "DU1" and today["text"].startswith("Your day")
        assert len(fake_slack.calls("chat.postMessage")) == 5

        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), timeout=60) == 0
        await drain
        assert not [line for line in log if "Traceback" in line], "".join(log)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
