"""Field messages piped into `python -m bot chat` as a subprocess, checked in `salesbot export --format json`.

This is how the product is checked from outside: a prepared customer list, messages on standard
input (one per line, questions left unanswered), then the exported records field by field.
"""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.corpus.runner import CUSTOMERS
from tests.test_cli import environment, salesbot_process

MESSAGES = """\
met Jane at Acme, demo went well, they want 20 seats ~$24k, follow up tmrw
called Globex - no answer
/deal Initech TPS automation 18k qualified
lost Initech to a competitor on price
拜访了华为的张经理，下周三再跟进，预计合同50万
Hooli signed! 32k
1
remind me to call Soylent
Wonka complained about late delivery 😡
"""


def local(moment: str, zone: str = "Europe/Berlin") -> str:
    return datetime.fromisoformat(moment).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")


@pytest.mark.slow
def test_piped_field_messages_are_stored_and_exported(sqlite_url, tmp_path) -> None:
    env = environment(sqlite_url, tmp_path)
    salesbot_process("import", str(CUSTOMERS), env=env)
    started = datetime.now(ZoneInfo("Europe/Berlin")).date()
    chat = salesbot_process("chat", env=env, stdin=MESSAGES)
    finished = datetime.now(ZoneInfo("Europe/Berlin")).date()
    assert "Traceback" not in chat.stdout + chat.stderr
    assert "When should I remind you" in chat.stdout  # asked, not guessed; nothing stored for it
    # a win with an amount at a customer with no deal is shown first; the "1" after it presses Save
    assert "🎉 Won: Hooli" in chat.stdout.split("[1] Save")[-1]
    data = json.loads(salesbot_process("export", "--format", "json", env=env).stdout)

    activities = [(a["kind"], a["customer"], a["contact"]) for a in data["activities"]]
    assert activities == [
        ("visit", "Acme Corporation", "Jane Doe"),
        ("call", "Globex Inc", None),
        ("visit", "华为技术有限公司", "张伟"),
        ("complaint", "Wonka Confectionery", None),
    ]
    assert data["activities"][0]["summary"].startswith("met Jane at Acme")
    # Logged on the day the chat ran (a run across midnight may log on either day).
    days = {started.isoformat(), finished.isoformat()}
    assert all(local(a["occurred_at"])[:10] in days for a in data["activities"])

    deals = {d["customer"]: d for d in data["deals"]}
    acme = deals["Acme Corporation"]
    assert (acme["title"], acme["amount"], acme["currency"], acme["stage"]) == (
        "20 seats",
        24000,
        "USD",
        "lead",
    )
    assert (deals["Initech LLC"]["status"], deals["Initech LLC"]["lost_reason"]) == (
        "lost",
        "a competitor on price",
    )
    assert (deals["华为技术有限公司"]["amount"], deals["华为技术有限公司"]["currency"]) == (500000, "CNY")
    assert (deals["Hooli"]["status"], deals["Hooli"]["amount"]) == ("won", 32000)
    lifecycle = {c["name"]: c["lifecycle"] for c in data["customers"]}
    assert lifecycle["Hooli"] == "customer"

    reminders = [(r["text"], r["customer"]) for r in data["reminders"]]
    assert reminders == [("follow up", "Acme Corporation"), ("跟进", "华为技术有限公司")]
    assert local(data["reminders"][0]["due_at"]).endswith("09:00")
    assert local(data["reminders"][1]["due_at"]).endswith("09:00")
