"""The domain operations: the only code that changes customers, contacts, deals, activities and
reminders, whether the request came from a command, free text or a button.

One module per aggregate (`customers`, `contacts`, `deals`, `activities`, `reminders`). Each
operation takes typed input (a frozen dataclass), checks that the acting user may do it, writes
through the organisation's `Store`, and records the domain events (`events`) that listeners act
on in the same transaction. A refusal is a `Refused` (handlers.errors), worded by the caller.

Creating a deal, for instance, is `handlers.domain.deals.create_deal`.
"""
