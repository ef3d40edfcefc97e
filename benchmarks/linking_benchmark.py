"""Per-message cost of finding customers in free text: gazetteer linking against search per candidate.

Builds an organisation of N synthetic customers (benchmarks/search_dataset.py: Latin and Chinese
names, contacts) in SQLite, then times, on the same messages and in the same run:

- linking (this): `Store.search.mentions(text)`, the organisation's gazetteer checked against its
  revision and every known name, alias, short name, pinyin, contact and open deal found in the text;
- search per candidate (before): what free text did before, one index search per candidate stretch of
  the message (`Reading.candidates`, strong and longer first, at most 24), on the same search index.

Messages: the labelled dev sets and the old corpus (wording as reps type it, names of other
organisations) plus messages naming the synthetic customers and their contacts. Also prints the
gazetteer's build time and the time to bring it up to date after one customer changed.

    python benchmarks/linking_benchmark.py [--customers 5000] [--synthetic 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.parse_benchmark import describe, percentile, time_each  # noqa: E402
from benchmarks.search_benchmark import load_sqlite  # noqa: E402
from benchmarks.search_dataset import Company, generate  # noqa: E402
from config.settings import DEFAULT_STAGES  # noqa: E402
from config.stages import parse_stages  # noqa: E402
from handlers.parsing.vocabulary import stage_synonyms  # noqa: E402
from handlers.understanding import lexicon as lx  # noqa: E402
from handlers.understanding.reader import read  # noqa: E402

TARGET_P95_MS = 20.0
MAX_SEARCHES = 24  # what the search-per-candidate reader searched at most per message
NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
ZONE = ZoneInfo("Asia/Shanghai")
TEMPLATES_LATIN = [
    "met {contact} at {name} today, they want a demo next week",
    "{name}: called {contact}, no answer",
    "quick call w {contact} ({name}) re pricing, follow up fri",
    "visited {name} and talked to {contact} about the renewal 40k",
]
TEMPLATES_HAN = [
    "今天去{name}拜访了{contact}，下周再跟进",
    "{short}的{contact}说月底签约 30万",
    "和{short}{contact}开完会了，方案下周发过去",
]


def labelled_messages() -> list[str]:
    texts: list[str] = []
    folder = ROOT / "benchmarks" / "understanding"
    for path in (folder / "dev.json", folder / "dev-b.json", folder / "set2" / "dev.json"):
        for message in json.loads(path.read_text())["messages"]:
            texts.extend(message.get("texts") or [message["text"]])
    corpus = json.loads((ROOT / "tests" / "corpus" / "field_messages.json").read_text())
    texts.extend(m["text"] for m in corpus["messages"])
    return texts


def synthetic_messages(companies: list[Company], count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        company = rng.choice(companies)
        contact = company.contacts[0].name if company.contacts else "Jane"
        han = company.locale == "zh_CN"
        template = rng.choice(TEMPLATES_HAN if han else TEMPLATES_LATIN)
        short = company.core or company.name
        out.append(template.format(name=company.name, short=short, contact=contact))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--synthetic", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from crm_store.audit import Actor
    from crm_store.db import Database
    from crm_store.models import Customer
    from crm_store.search.gazetteer import GazetteerCache, build_gazetteer
    from crm_store.search.indexed import IndexedCustomerSearch
    from crm_store.store import Store

    companies = generate(args.customers)
    messages = labelled_messages() + synthetic_messages(companies, args.synthetic)
    stages = tuple(s.name for s in parse_stages(DEFAULT_STAGES))
    synonyms = stage_synonyms({})
    readings = {text: read(text, now=NOW, tz=ZONE, stages=stages, synonyms=synonyms) for text in messages}
    with tempfile.TemporaryDirectory() as folder:
        url, org_id, _ids, _seconds, _summary = load_sqlite(companies, Path(folder))
        database = Database(url)
        engine = IndexedCustomerSearch()
        with database.transaction() as session:
            store = Store(session, Actor(org_id, None), audit=False, search=engine)
            started = time.perf_counter()
            gazetteer = build_gazetteer(session, org_id)
            build_ms = (time.perf_counter() - started) * 1000
            store.search.mentions("warm up")  # the app's cache, and the search index, built once
            store.search.customers("warm up")

            def linking(text: str) -> None:
                store.search.mentions(text, skip=lx.STOPWORDS)

            def per_candidate(text: str) -> None:
                candidates = sorted(
                    readings[text].candidates, key=lambda c: (not c.strong, -(c.end - c.start), c.start)
                )
                seen: set[str] = set()
                for candidate in candidates[:MAX_SEARCHES]:
                    query = candidate.text.strip().lower()
                    if query not in seen:
                        seen.add(query)
                        store.search.customers(query, limit=5)

            new = time_each(messages, linking, args.repeat)
            old = time_each(messages, per_candidate, args.repeat)
        with database.transaction() as session:  # one customer renamed: the cache catches up
            customer = session.query(Customer).filter_by(org_id=org_id).first()
            assert customer is not None
            customer.name = customer.name + " Renamed"
        cache = GazetteerCache()
        with database.transaction() as session:
            cache._gazetteers[org_id] = gazetteer  # as cached before the change
            started = time.perf_counter()
            cache.get(session, org_id)
            refresh_ms = (time.perf_counter() - started) * 1000
        database.dispose()
    forms = sum(len(f) for f in gazetteer.forms.values())
    print(f"organisation: {args.customers} customers, {forms} known forms; {len(messages)} messages")
    print(f"gazetteer build {build_ms:.0f} ms; catching up after one change {refresh_ms:.0f} ms")
    print(describe("linking (gazetteer, this)", new))
    print(describe("search per candidate (before)", old))
    ratio_p50 = statistics.median(old) / statistics.median(new)
    ratio_p95 = percentile(old, 0.95) / percentile(new, 0.95)
    print(f"ratio before/this: p50 {ratio_p50:.1f}x  p95 {ratio_p95:.1f}x")
    verdict = "OK" if percentile(new, 0.95) <= TARGET_P95_MS else "OVER"
    print(f"target: linking p95 <= {TARGET_P95_MS:.0f} ms per message: {verdict}")


if __name__ == "__main__":
    main()
