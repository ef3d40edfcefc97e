"""Customer search on real company names (see `real_names` for the names and the query rules).

    pip install -e '.[bench]'                      # pytickersymbols and g2pM
    python -m benchmarks.real_names_benchmark      # 5.6k A-share names, then 100k mixed

  small   the 5,640 A-share short names alone (the list a Chinese team's customers look like)
  mixed   those, the ~1,800 pytickersymbols companies and synthetic companies from
          `search_dataset` up to 100,000 customers; every customer has one or two contacts

Each size is imported through `sheet_importer` into a fresh SQLite database and searched with
`IndexedCustomerSearch.search()` (limit 5) as the chat does. Printed: recall@1 and recall@5 per
kind of query and per half (dev / sealed), the queries left out as ambiguous, and latency.
Figures to compare between runs, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.real_names import RealName, RealQuery, a_share_names, build_queries, ticker_names
from benchmarks.search_benchmark import load_sqlite, percentile
from benchmarks.search_dataset import Company, Person, generate
from crm_store.search.normalize import name_key


def _contacts(names: list[RealName], seed: int) -> dict[str, list[str]]:
    from faker import Faker

    people: dict[str, list[str]] = {}
    fakers = {"a-share": Faker("zh_CN"), "tickers": Faker("en_US")}
    for faker in fakers.values():
        faker.seed_instance(seed)
    rng = random.Random(seed)
    for real in names:
        people[real.name] = [fakers[real.source].name() for _ in range(rng.choice((1, 2)))]
    return people


def dataset(size: int, seed: int) -> tuple[list[Company], list[RealName], dict[str, list[str]]]:
    reals = a_share_names() if size < 10_000 else a_share_names() + ticker_names()
    keys: set[str] = set()
    unique = []
    for real in reals:  # one customer per name, as the importer would merge same names
        if name_key(real.name) not in keys:
            keys.add(name_key(real.name))
            unique.append(real)
    people = _contacts(unique, seed) if size >= 10_000 else {}
    companies = [
        Company(r.name, "zh_CN" if r.source == "a-share" else "en_US", None,
                [Person(p, None) for p in people.get(r.name, [])])
        for r in unique
    ]  # fmt: skip
    if size > len(companies):
        for company in generate(size - len(companies) + 2000, seed=seed):
            if len(companies) >= size:
                break
            if name_key(company.name) not in keys:
                keys.add(name_key(company.name))
                companies.append(company)
    return companies, unique, people


def run(size: int, seed: int, folder: Path) -> None:
    companies, reals, people = dataset(size, seed)
    mix, left_out = build_queries(reals, people, seed)
    url, org_id, ids, seconds, summary = load_sqlite(companies, folder)
    by_name = {c.name: customer_id for c, customer_id in zip(companies, ids, strict=True)}
    from crm_store.db import Database
    from crm_store.search.indexed import IndexedCustomerSearch

    database = Database(url)
    search = IndexedCustomerSearch()
    hits: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    latencies: list[float] = []
    cpu: list[float] = []
    misses: list[tuple[RealQuery, list[str]]] = []
    with database.transaction() as session:
        search.search(session, org_id, "warm up")
        for query in mix:
            started, thread = time.perf_counter(), time.thread_time()
            found = search.search(session, org_id, query.text, limit=5)
            cpu.append(time.thread_time() - thread)
            latencies.append(time.perf_counter() - started)
            ranked = [m.customer_id for m in found]
            want = by_name[query.target]
            for key in ((query.kind, query.half), ("all", query.half)):
                hits[key][0] += 1
                hits[key][1] += ranked[:1] == [want]
                hits[key][2] += want in ranked
            if want not in ranked[:1] and query.half == "dev":
                misses.append((query, [m.name for m in found]))
    database.dispose()
    print(f"\n== {len(companies):,} customers ({len(reals):,} real names), import {seconds:.1f} s ==")
    print(f"   {summary}")
    print(
        f"   per query: wall p50 {percentile(latencies, 0.5):.2f} ms,"
        f" p95 {percentile(latencies, 0.95):.2f} ms;"
        f" CPU p50 {percentile(cpu, 0.5):.2f} ms, p95 {percentile(cpu, 0.95):.2f} ms (the machine is shared)"
    )
    print(
        f"   {'kind':<10} {'dev n':>6} {'r@1':>6} {'r@5':>6}   {'sealed n':>8} {'r@1':>6} {'r@5':>6}"
        "   ambiguous"
    )
    for kind in ("exact", "compact", "pinyin", "initials", "typo1", "contact", "all"):
        dev, sealed = hits.get((kind, "dev")), hits.get((kind, "sealed"))
        if not dev and not sealed:
            continue
        cells = []
        for counts in (dev, sealed):
            n = counts[0] if counts else 0
            cells.append(
                f"{n:>6} {counts[1] / n:>6.3f} {counts[2] / n:>6.3f}" if n else f"{0:>6} {'-':>6} {'-':>6}"
            )
        print(f"   {kind:<10} {cells[0]}   {cells[1]:>22}   {left_out.get(kind, 0) if kind != 'all' else ''}")
    if misses:
        print("   some dev misses (query -> top hits):")
        for query, top in misses[:12]:
            print(f"     [{query.kind}] {query.text!r} for {query.target!r} -> {top[:3]}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]}; sizes {args.sizes}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="salesbot-real-names-") as folder:
            run(size, args.seed, Path(folder))


if __name__ == "__main__":
    main()
