"""Change sets of one organisation: finding them, undoing them and putting an undone one back (the audit
trail's read side)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from crm_store.audit import UndoError, from_json, model_for
from crm_store.models import AuditEntry, ChangeSet
from crm_store.repos.base import Repo


class ChangeSetRepo(Repo):
    def get(self, change_set_id: int) -> ChangeSet | None:
        return self._get(ChangeSet, change_set_id)

    def last_of(self, user_id: int) -> ChangeSet | None:
        """The newest change this user made that is not undone yet."""
        return self.session.scalars(
            self._scoped(ChangeSet)
            .where(ChangeSet.user_id == user_id, ChangeSet.undone_at.is_(None))
            .order_by(ChangeSet.id.desc())
            .limit(1)
        ).first()

    def before(self, change_set: ChangeSet) -> ChangeSet | None:
        """The same user's newest change made before this one and not undone."""
        return self.session.scalars(
            self._scoped(ChangeSet)
            .where(
                ChangeSet.user_id == change_set.user_id,
                ChangeSet.undone_at.is_(None),
                ChangeSet.id < change_set.id,
            )
            .order_by(ChangeSet.id.desc())
            .limit(1)
        ).first()

    def only_updates(self, change_set_id: int, entity: str) -> bool:
        """Whether every change of the set updates a row of table `entity` (a reminder ticked off, nothing
        more)."""
        rows = self.session.execute(
            select(AuditEntry.entity, AuditEntry.action).where(AuditEntry.change_set_id == change_set_id)
        )
        return {(row.entity, row.action) for row in rows} == {(entity, "update")}

    def created(self, change_set_id: int, entity: str) -> list[int]:
        """The ids of the rows of table `entity` this change set created, in the order it made them."""
        return list(
            self.session.scalars(
                select(AuditEntry.entity_id)
                .where(
                    AuditEntry.change_set_id == change_set_id,
                    AuditEntry.entity == entity,
                    AuditEntry.action == "create",
                )
                .order_by(AuditEntry.seq)
            )
        )

    def touched(self, change_set_id: int, entity: str) -> list[int]:
        """The ids of the rows of table `entity` this change set created or updated, in the order of its
        first touch of each."""
        ids = self.session.scalars(
            select(AuditEntry.entity_id)
            .where(
                AuditEntry.change_set_id == change_set_id,
                AuditEntry.entity == entity,
                AuditEntry.action.in_(("create", "update")),
            )
            .order_by(AuditEntry.seq)
        )
        return list(dict.fromkeys(ids))

    def undo(self, change_set_id: int) -> ChangeSet:
        """Revert one change set inside the current transaction (UndoError if it cannot be)."""
        change_set = self._found(change_set_id)
        if change_set.undone_at is not None:
            raise UndoError("already undone")
        self._each_entry(change_set, self._revert, newest_first=True)
        change_set.undone_at = self.store.now()
        return change_set

    def redo(self, change_set_id: int) -> ChangeSet:
        """Put an undone change set back as it was written, inside the current transaction (UndoError if it
        is not undone, or what it wrote cannot be written again)."""
        change_set = self._found(change_set_id)
        if change_set.undone_at is None:
            raise UndoError("not undone")
        self._each_entry(change_set, self._replay, newest_first=False)
        change_set.undone_at = None
        return change_set

    def _found(self, change_set_id: int) -> ChangeSet:
        change_set = self.get(change_set_id)
        if change_set is None:
            raise UndoError("not found")
        return change_set

    def _each_entry(
        self, change_set: ChangeSet, step: Callable[[AuditEntry], None], *, newest_first: bool
    ) -> None:
        """`step` for each entry of the change set, the newest first (undo) or in write order (redo)."""
        order = AuditEntry.seq.desc() if newest_first else AuditEntry.seq.asc()
        entries = self.session.scalars(
            select(AuditEntry).where(AuditEntry.change_set_id == change_set.id).order_by(order)
        ).all()
        try:
            for entry in entries:
                step(entry)
            self.session.flush()
        except IntegrityError as error:
            raise UndoError("later changes depend on it") from error

    def _replay(self, entry: AuditEntry) -> None:
        model = model_for(entry.entity)
        columns = model.__table__.columns
        if entry.action == "create":
            values = {key: from_json(columns[key], value) for key, value in (entry.after or {}).items()}
            self.session.add(model(**values))
            self.session.flush()  # in write order: a parent is back before the rows that point to it
            return
        row = self.session.get(model, entry.entity_id)
        if row is None:
            raise UndoError("the record no longer exists")
        if entry.action == "update":
            for key, value in (entry.after or {}).items():
                setattr(row, key, from_json(columns[key], value))
            return
        self.session.delete(row)
        self.session.flush()

    def _revert(self, entry: AuditEntry) -> None:
        model = model_for(entry.entity)
        columns = model.__table__.columns
        if entry.action == "create":
            row = self.session.get(model, entry.entity_id)
            if row is not None:
                self.session.delete(row)
                self.session.flush()
            return
        if entry.action == "update":
            row = self.session.get(model, entry.entity_id)
            if row is None:
                raise UndoError("the record no longer exists")
            for key, value in (entry.before or {}).items():
                setattr(row, key, from_json(columns[key], value))
            return
        values = {key: from_json(columns[key], value) for key, value in (entry.before or {}).items()}
        self.session.add(model(**values))
        self.session.flush()  # in replay order: a parent is back before the rows that point to it
