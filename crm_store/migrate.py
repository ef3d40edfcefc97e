"""Apply Alembic migrations; run at every start and by `salesbot db upgrade`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from crm_store.db import Database

MIGRATIONS = Path(__file__).with_name("migrations")
# Any constant works; it only has to be the same in every salesbot process.
_PG_LOCK_KEY = 0x5A1E5B07


def alembic_config(database: Database | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if database is not None:
        url = database.url.render_as_string(hide_password=False).replace("%", "%%")
        config.set_main_option("sqlalchemy.url", url)
    return config


def _current_heads(connection: Connection) -> set[str]:
    return set(MigrationContext.configure(connection).get_current_heads())


@lru_cache(maxsize=1)
def _script_heads() -> frozenset[str]:
    """The newest revisions of the migration scripts, read once per process: reading every script
    file again at each start check is what made an already current database slow to open."""
    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def is_current(database: Database) -> bool:
    with database.engine.connect() as connection:
        return _current_heads(connection) == _script_heads()


def upgrade(database: Database) -> None:
    """Bring the schema to the newest revision; safe when several processes start at once."""
    if is_current(database):
        return
    config = alembic_config(database)
    with database.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
