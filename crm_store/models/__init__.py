"""All tables. Import models from here; each aggregate lives in its own module."""

from crm_store.models import guard
from crm_store.models.activities import ACTIVITY_KINDS, Activity
from crm_store.models.audit import AuditEntry, ChangeSet
from crm_store.models.base import Base
from crm_store.models.chat import PendingChoice, ProcessedMessage
from crm_store.models.customers import LIFECYCLES, TIERS, Contact, Customer
from crm_store.models.deals import DEAL_STATUSES, Deal, DealChange
from crm_store.models.imports import IMPORT_KINDS, ImportKey
from crm_store.models.inbox import INBOX_STATUSES, InboxUpdate
from crm_store.models.notifications import OUTBOX_KINDS, OUTBOX_STATUSES, OutboxMessage, ScheduleRun
from crm_store.models.reminders import REMINDER_STATUSES, Reminder
from crm_store.models.search import SearchChange, SearchRevision
from crm_store.models.tenancy import (
    ROLES,
    AccessCode,
    Identity,
    Organization,
    User,
    WorkspaceBinding,
)

guard.install()

__all__ = [
    "ACTIVITY_KINDS",
    "DEAL_STATUSES",
    "IMPORT_KINDS",
    "INBOX_STATUSES",
    "LIFECYCLES",
    "OUTBOX_KINDS",
    "OUTBOX_STATUSES",
    "REMINDER_STATUSES",
    "ROLES",
    "TIERS",
    "AccessCode",
    "Activity",
    "AuditEntry",
    "Base",
    "ChangeSet",
    "Contact",
    "Customer",
    "Deal",
    "DealChange",
    "Identity",
    "ImportKey",
    "InboxUpdate",
    "Organization",
    "OutboxMessage",
    "PendingChoice",
    "ProcessedMessage",
    "Reminder",
    "ScheduleRun",
    "SearchChange",
    "SearchRevision",
    "User",
    "WorkspaceBinding",
]
