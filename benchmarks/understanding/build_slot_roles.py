"""Build the per-slot opinion's training data (`handlers/understanding/data/slot_roles.jsonl`).

One line per date and per amount the reader finds in a labelled message, with the ROLE the label gives
it (what a careful human stores it as), where it is and what the reader made of it:

    {"slot": "date", "text": "…", "spans": [[12, 18]], "days": 3, "time": false, "form": "weekday",
     "roles": ["remind"], "source": "set4", "id": "en012"}
    {"slot": "amount", "text": "…", "spans": [[30, 34]], "value": "500", "currency": false,
     "order": 0, "count": 2, "roles": ["other"], "source": "set4", "id": "en051"}

The spans are the reader's own (`reader.read` under the set's clock and the sender's time zone: every
date of `Reading.dates` but a clock time or part of the day said alone, which is on a day said elsewhere,
and every amount of `Reading.amounts`), so training sees the spans the product sees.
Roles (`roles_of_date`, `roles_of_amount`; the same functions read what the reader STORED in the
benchmarks, `slot_opinion_eval.py`):

- a date is `remind` when a reminder the label expects is due that day, `close` when an open deal's
  close date is that day, `happened` when an activity the label expects happened that day (an activity
  without a day happened today) or a deal was won or lost that day, several of them when several match,
  else `none` (someone else's plan, a topic,
  a day only mentioned). The day is the reader's, or the same words read as past or as future (a reader
  that put "friday" in the wrong week still finds the label's day);
- an amount is `deal` when it is the amount of a deal the label expects (or the customer's deal already
  has: said again), with `new` too when that deal is a new one, else `other` (a quantity, a price per
  unit, another company's figure).

Only one-line messages labelled `outcome: store` count (a question stores no role; a must-ask label
says what must not happen, not what the date is). Sets: the corpus and the development halves, as for
`build_message_kinds.py` (never a sealed half).

    .venv/bin/python benchmarks/understanding/build_slot_roles.py [--check]

`--check` rebuilds in memory and fails if the shipped file differs (rebuild after a set or the reader's
date or amount finding changes).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from build_message_kinds import CORPUS, SETS, check_or_write, dumps  # noqa: E402

from config import Settings  # noqa: E402
from handlers.parsing.dates import When, find_when  # noqa: E402
from handlers.parsing.vocabulary import stage_synonyms  # noqa: E402
from handlers.understanding.decision_path import date_form  # noqa: E402
from handlers.understanding.reader import read  # noqa: E402
from handlers.understanding.reading import Reading, moved, time_of_day_only  # noqa: E402

OUT = ROOT / "handlers" / "understanding" / "data" / "slot_roles.jsonl"
# session 18's halves (focus A/B, set 7, set 8) are not in the slot opinion's data: with them, the
# reader's own tests card a plain "next week" meeting at every threshold the sets favour; the kind and
# activity opinions have them
SLOT_SETS = {
    source: tuple(p for p in paths if p.name in ("cal.json", "dev.json", "dev-b.json") and source != "set7")
    for source, paths in SETS.items()
    if source != "set8"
}
CORPUS_CLOCK = (datetime(2026, 11, 23, 10, 0), "Europe/Berlin")  # tests/corpus: Mon 10:00 in Berlin
_SETTINGS = Settings(database_url="sqlite://")


def _harness(folder: Path) -> Any:
    """A set's own harness module (its clock, users and base deals), loaded from its file."""
    path = folder / "harness.py"
    spec = importlib.util.spec_from_file_location(f"harness_{folder.name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reading_at(text: str, local: datetime, zone: str) -> Reading:
    """The reader's reading of `text` sent at `local` (wall time) in `zone`, with the default stages."""
    tz = ZoneInfo(zone)
    return read(
        text,
        now=local.replace(tzinfo=tz),
        tz=tz,
        stages=_SETTINGS.stage_names,
        synonyms=stage_synonyms(_SETTINGS.stage_synonyms),
    )


def _options(value: Any) -> list[str]:
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def _day_of(option: str) -> str:
    return option.replace(" ", "T")[:10]


def dates_in(changes: dict[str, Any], today: date) -> dict[str, set[str]]:
    """The days (YYYY-MM-DD) each role of a date takes in a set label's `changes` (or in a harness diff
    turned into that shape): due days, close days, days activities happened."""
    out: dict[str, set[str]] = {"remind": set(), "close": set(), "happened": set()}
    for reminder in changes.get("reminders", []):
        out["remind"].update(_day_of(o) for o in _options(reminder.get("due", [])))
    for deal in changes.get("deals", []):
        if deal.get("close_date"):  # a deal won or lost closed that day: it happened, it is no forecast
            role = "happened" if {deal.get("stage"), deal.get("status")} & {"won", "lost"} else "close"
            out[role].update(_day_of(o) for o in _options(deal["close_date"]))
    for activity in changes.get("activities", []):
        out["happened"].update(_day_of(o) for o in _options(activity.get("occurred", today.isoformat())))
    return out


def days_said(
    text: str, when: When, spans: tuple[tuple[int, int], ...], now: datetime, tz: ZoneInfo
) -> set[str]:
    """The days a date's words may name: the reader's, and the same words read as past and as future."""
    out = {when.at.date().isoformat()}
    words = text[spans[0][0] : spans[-1][1]]
    for past in (False, True):
        again = find_when(words, now=now, tz=tz, past=past)
        if again is not None:
            out.add(again.at.date().isoformat())
    return out


def roles_of_date(days: set[str], expected: dict[str, set[str]]) -> list[str]:
    return sorted(role for role, wanted in expected.items() if days & wanted) or ["none"]


def amounts_in(changes: dict[str, Any], base: dict[str, list[Decimal]]) -> tuple[set[Decimal], set[Decimal]]:
    """The deal amounts a label's `changes` expect (all, and those of new deals), with the amounts the
    customers' deals already have when a change keeps them (said again, not changed)."""
    every: set[Decimal] = set()
    new: set[Decimal] = set()
    for deal in changes.get("deals", []):
        if deal.get("amount") is not None:
            try:
                value = Decimal(str(deal["amount"]))
            except InvalidOperation:
                continue
            every.add(value)
            if deal.get("new"):
                new.add(value)
        elif not deal.get("new"):
            every.update(base.get(deal.get("customer", ""), []))
    return every, new


def roles_of_amount(value: Decimal, expected: tuple[set[Decimal], set[Decimal]]) -> list[str]:
    every, new = expected
    if value in every:
        return ["deal", "new"] if value in new else ["deal"]
    return ["other"]


def slot_rows(
    text: str, changes: dict[str, Any], local: datetime, zone: str, base: dict[str, list[Decimal]]
) -> Iterator[dict[str, Any]]:
    """The rows of one message: each date and amount the reader finds, with its role in `changes`."""
    tz = ZoneInfo(zone)
    now = local.replace(tzinfo=tz)
    reading = reading_at(text, local, zone)
    expected = dates_in(changes, now.date())
    for at, when in reading.dates:
        if at < 0 or not when.spans or time_of_day_only(reading.text, moved(when, at)):
            continue  # a clock time or part of the day alone is on a day said elsewhere: no role of its own
        spans = moved(when, at).spans
        days = days_said(reading.text, when, spans, now, tz)
        words = " ".join(reading.text[a:b] for a, b in spans)
        yield {
            "slot": "date",
            "text": reading.text,
            "spans": [list(s) for s in spans],
            "days": (when.at.date() - now.date()).days,
            "time": when.has_time,
            "form": date_form(words, when),
            "roles": roles_of_date(days, expected),
        }
    money = amounts_in(changes, base)
    for order, amount in enumerate(reading.amounts):
        yield {
            "slot": "amount",
            "text": reading.text,
            "spans": [[amount.start, amount.end]],
            "value": str(amount.value),
            "currency": bool(amount.currency),
            "order": order,
            "count": len(reading.amounts),
            "roles": roles_of_amount(amount.value, money),
        }


def corpus_changes(entry: dict[str, Any]) -> dict[str, Any]:
    """A corpus entry's records in a set label's shape."""
    out: dict[str, Any] = {}
    if entry.get("activity"):
        activity = entry["activity"]
        out["activities"] = [{"occurred": activity["occurred"]} if activity.get("occurred") else {}]
    if entry.get("deal"):
        deal = entry["deal"]
        out["deals"] = [
            {
                "customer": deal.get("customer", ""),
                **({"amount": deal["amount"]} if deal.get("amount") is not None else {}),
                **({"close_date": deal["expected_close"]} if deal.get("expected_close") else {}),
            }
        ]
    if entry.get("reminders"):
        out["reminders"] = [{"due": r["due"]} for r in entry["reminders"] if r.get("due")]
    return out


def _with(rows: Iterable[dict[str, Any]], source: str, ident: str) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield {**row, "source": source, "id": ident}


def build() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    local, zone = CORPUS_CLOCK
    for i, entry in enumerate(json.loads(CORPUS.read_text(encoding="utf-8"))["messages"]):
        changes = corpus_changes(entry)
        # (a message asked only for the day of the week it names, "ask": "day", keeps its roles)
        if changes and entry.get("ask") in (None, "day"):
            out.extend(_with(slot_rows(entry["text"], changes, local, zone, {}), "corpus", f"c{i:03d}"))
    for source, paths in SLOT_SETS.items():
        for path in paths:
            if not path.exists():
                continue
            harness = _harness(path.parent)
            base: dict[str, list[Decimal]] = {}
            for customer, _title, amount, _currency, _stage in harness.BASE_DEALS:
                if amount is not None:
                    base.setdefault(customer, []).append(Decimal(amount))
            for message in json.loads(path.read_text(encoding="utf-8"))["messages"]:
                expect = message["expect"]
                if expect["outcome"] != "store" or message.get("texts") or not message.get("text"):
                    continue
                zone = harness.USERS[message["user"]][0]
                rows = slot_rows(
                    message["text"], expect.get("changes", {}), harness.REFERENCE_LOCAL, zone, base
                )
                out.extend(_with(rows, source, message["id"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped file is out of date")
    args = parser.parse_args()
    rows = build()
    if not check_or_write(OUT, dumps(rows), args.check, Path(__file__).name):
        return
    print(f"{len(rows)} rows -> {OUT.relative_to(ROOT)}")
    for slot in ("date", "amount"):
        mine = [r for r in rows if r["slot"] == slot]
        print(f"{slot}: {len(mine)}; by source {dict(Counter(r['source'] for r in mine))}")
        print(f"  by roles {dict(Counter('+'.join(r['roles']) for r in mine))}")


if __name__ == "__main__":
    main()
