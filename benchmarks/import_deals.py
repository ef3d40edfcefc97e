"""Benchmark: importing deals through the repositories' own rules, against bare ORM inserts.

The importer writes each deal with `DealRepo.add` (status from the stage, closed_at, the first
stage-history row, the customer's lifecycle), as every other writer does. The baseline, in the
same run and database, is the bare cost of storing the same deals: one `Deal` and one
`DealChange` added per row and flushed once per deal (how the importer wrote them before it
shared the repository's rules), without reading the sheet or matching customers. Prints
seconds (wall and CPU) for each and the ratio.

    python benchmarks/import_deals.py                  # 2,000 customers, 6,000 deals, SQLite
    python benchmarks/import_deals.py --deals 20000
    python benchmarks/import_deals.py --postgres
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.databases import add_database_arguments, benchmark_database
from crm_store.db import Database
from crm_store.migrate import upgrade
from crm_store.models import Customer, Deal, DealChange
from crm_store.repos.deals import outcome_of
from crm_store.repos.tenancy import Directory
from crm_store.transfer.importer import import_file
from crm_store.transfer.records import ImportOptions

STAGES = {"Qualification": "qualified", "Proposal": "proposal", "Closed Won": "won", "Closed Lost": "lost"}
CLOSE = date(2026, 3, 1)
CREATED = datetime(2025, 10, 1, 10, 0, tzinfo=UTC)


def write_files(folder: Path, customers: int, deals: int) -> tuple[Path, Path, list[tuple[int, str, int]]]:
    rng = random.Random(12)
    people = folder / "customers.csv"
    with people.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Company", "Phone"])
        for i in range(customers):
            writer.writerow([f"Company {i} GmbH", f"+49 30 {100000 + i}"])
    rows = [(i, rng.choice(list(STAGES)), i % customers) for i in range(deals)]
    sheet = folder / "deals.csv"
    with sheet.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Deal Name", "Account Name", "Amount", "Stage", "Closing Date"])
        for i, stage, customer in rows:
            writer.writerow([f"Deal {i}", f"Company {customer} GmbH", 1000 + i, stage, CLOSE.isoformat()])
    return people, sheet, rows


def fresh(url: str, people: Path) -> tuple[Database, int]:
    db = Database(url)
    upgrade(db)
    with db.transaction() as session:
        org_id = Directory(session).ensure_org("bench", "Bench").id
    with db.transaction() as session:
        import_file(session, org_id, people, ImportOptions())
    return db, org_id


def clear(db: Database) -> None:
    with db.transaction() as session:
        session.query(DealChange).delete()
        session.query(Deal).delete()


def timed(run) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--deals", type=int, default=6000)
    add_database_arguments(parser)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, benchmark_database(args) as url:
        people, sheet, rows = write_files(Path(folder), args.customers, args.deals)
        db, org_id = fresh(url, people)
        with db.transaction() as session:
            ids = {name: cid for cid, name in session.query(Customer.id, Customer.name)}

        def bare() -> None:
            with db.transaction() as session:
                for i, stage_name, customer in rows:
                    stage = STAGES[stage_name]
                    status = outcome_of(stage)
                    closed = datetime(2026, 3, 1, 12, tzinfo=UTC) if status != "open" else None
                    deal = Deal(org_id=org_id, customer_id=ids[f"Company {customer} GmbH"], title=f"Deal {i}",
                                amount=Decimal(1000 + i), currency="USD", stage=stage, status=status,
                                expected_close=CLOSE, closed_at=closed, created_at=CREATED)  # fmt: skip
                    session.add(deal)
                    session.flush()
                    session.add(DealChange(org_id=org_id, deal_id=deal.id, changed_at=closed or CREATED,
                                           to_stage=stage, to_amount=deal.amount))  # fmt: skip

        def imported() -> None:
            with db.transaction() as session:
                report = import_file(session, org_id, sheet, ImportOptions(stage_overrides=dict(STAGES)))
                assert report.created.get("deals") == len(rows), report.summary()

        results = {}
        for name, run in (("bare ORM inserts (baseline)", bare), ("importer via DealRepo.add", imported)):
            clear(db)
            results[name] = timed(run)
        db.dispose()
    print(f"{args.deals} deals over {args.customers} customers ({url.split(':')[0]})")
    for name, (wall, cpu) in results.items():
        print(f"  {name:30} wall {wall:6.2f} s   cpu {cpu:6.2f} s   {args.deals / wall:8.0f} deals/s")
    (base_wall, base_cpu), (wall, cpu) = results.values()
    print(f"  importer / baseline: wall x{wall / base_wall:.2f}, cpu x{cpu / base_cpu:.2f}")


if __name__ == "__main__":
    main()
