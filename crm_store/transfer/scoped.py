"""`Store.transfer`: moving this organisation's data in and out: CSV imports, restoring an
export, exporting. Bulk paths, so they write through crm_store/transfer (multi-row INSERTs with
the repositories' own field cleaning), not row by row through the chat's domain operations."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from crm_store.repos.base import Repo
from crm_store.transfer.exporter import export_data
from crm_store.transfer.importer import import_file, restore
from crm_store.transfer.records import ImportOptions
from crm_store.transfer.report import ImportReport


class TransferRepo(Repo):
    def import_file(
        self, path: Path, options: ImportOptions | None = None, *, dry_run: bool = False
    ) -> ImportReport:
        return import_file(self.session, self.org_id, path, options, dry_run=dry_run)

    def restore(
        self, data: dict[str, Any], *, default_timezone: str, default_locale: str, force: bool = False
    ) -> ImportReport:
        return restore(
            self.session, self.org_id, data,
            default_timezone=default_timezone, default_locale=default_locale, force=force,
        )  # fmt: skip

    def export(self, *, now: datetime) -> dict[str, Any]:
        return export_data(self.session, self.org_id, now=now)
