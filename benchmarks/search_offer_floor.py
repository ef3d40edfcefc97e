"""Where the right customer's search score lies, against the best wrong one: the measure behind
`handlers.resolve.OFFER_SCORE` (the score from which a typed name's matches are offered as choices).

    python -m benchmarks.search_offer_floor            # 1,000 customers, 1,500 queries, 600 unknown names
    python -m benchmarks.search_offer_floor --size 10000

The organisation and query mix are the search benchmark's (`search_dataset`), imported the way
`salesbot import` does. Companies generated but left out of the import give the queries for names the
organisation does not have. Printed per 5-point bin: how often the right customer is found at that score,
how often the best wrong match scores there, and the best score for an unknown company's name.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.search_benchmark import load_sqlite
from benchmarks.search_dataset import generate, queries


def _bin(score: float) -> int:
    return int(score // 5 * 5)


def main(argv: list[str] | None = None) -> None:
    from crm_store.db import Database
    from crm_store.search.indexed import IndexedCustomerSearch
    from handlers.resolve import OFFER_SCORE

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    args = parser.parse_args(argv)
    companies = generate(args.size + 300, seed=7)
    known, unknown = companies[: args.size], companies[args.size :]
    with tempfile.TemporaryDirectory() as folder:
        url, org_id, ids, _seconds, _summary = load_sqlite(known, Path(folder))
        search, database = IndexedCustomerSearch(), Database(url)
        right, wrong, strangers = Counter[int](), Counter[int](), Counter[int]()
        mix, others = queries(known, 1500), queries(unknown, 600, seed=5)
        with database.transaction() as session:
            for query in mix:
                found = search.search(session, org_id, query.text, limit=5)
                want = ids[query.target]
                right.update(_bin(m.score) for m in found[:1] if m.customer_id == want)
                right.update(_bin(m.score) for m in found[1:] if m.customer_id == want)
                worse = [m.score for m in found if m.customer_id != want]
                wrong.update([_bin(max(worse))] if worse else [])
            for query in others:
                found = search.search(session, org_id, query.text, limit=1)
                strangers.update([_bin(found[0].score)] if found else [])
        database.dispose()
    floor = _bin(OFFER_SCORE)
    print(f"{args.size} customers, {len(mix)} queries, {len(others)} names not in the organisation")
    print(f"{'score':>6} {'right':>6} {'best wrong':>11} {'unknown name':>13}")
    for score in sorted(set(right) | set(wrong) | set(strangers)):
        print(f"{score:>6} {right[score]:>6} {wrong[score]:>11} {strangers[score]:>13}")
    below = sum(n for s, n in right.items() if s < floor)
    print(f"below OFFER_SCORE {OFFER_SCORE:g}: right customer {below} of {sum(right.values())}; "
          f"unknown names whose best match is offered no more: "
          f"{sum(n for s, n in strangers.items() if 60 <= s < floor)} of {len(others)}")  # fmt: skip


if __name__ == "__main__":
    main()
