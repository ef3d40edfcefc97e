"""A fix said right after a message that wrote two records or more of the kind the fix is about.

"remind me tomorrow 9am to call Gary at Peoria and thursday 9am to email Duane at Des Moines" then "make that
10am"; "called Tahnee at Bondi and Corey at Townsville" then "sorry, one of those was a visit not a call";
"Add: Sam Walsh, …; Pat Walsh, …" then "sorry, it's Welsh not Walsh"; "昨天去太原见了郭志刚，还给
大同闫丽娜打了电话" then "有一个不是昨天 是前天". The value put right (a time, a day, a kind of interaction,
a detail of a person) fits each of the records the message wrote: the fix names none of them (no customer,
no person) and what it calls wrong is in more than one, so it could be any one's. A careful assistant does
not guess: the records stay as they were stored, and the user is asked which one.

Named by one of them ("make the Duane one 10am", "Corey was a visit not a call", "去太原不是昨天 是前天",
"淄博是昨天去的", "the Amit one should be monday"), that record alone takes the day, the time or the kind; the
others keep theirs. Details of people (phone, e-mail, title, name) put right of one named person are
`detail_fix`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from crm_store.models import Activity, Contact, Customer, Reminder
from handlers.context import Ctx
from handlers.domain.activities import edit_activity
from handlers.domain.reminders import move_reminder
from handlers.messages import Reply
from handlers.parsing.dates import find_when
from handlers.parsing.hanzi import simplified
from handlers.parsing.vocabulary import detect_kind
from handlers.render import activity_line, reminder_line
from handlers.understanding.corrections import just_stored
from handlers.understanding.decision_path import record
from handlers.understanding.one_of_several import SLIP

# Said as a fix even with no slip word first: "make the Duane one 10am", "淄博是昨天去的" (after `SLIP`).
_PUTS_RIGHT = re.compile(
    r"\bshould\b|\bnot\b|\bmake\s+(?:that|it|the)\b|\bchange\s+(?:that|it|the)\b|\bactually\b|\bmeant\b"
    r"|应该|應該|不是|唔係|唔系|改成|改为|改為|改做|改到|其实|其實",
    re.IGNORECASE,
)
# The words said wrong: "… not a call", "不是昨天，是前天", "唔係琴日，係前日", "X instead of Y".
_WRONG_EN = re.compile(r"\b(?:not|instead\s+of|rather\s+than)\s+(?P<wrong>[^,;.!]+?)\s*(?=[,;.!]|$)", re.I)
_WRONG_ZH = re.compile(r"(?:不是|唔係|唔系|而不是)\s*(?P<wrong>[^，,；;。!！是係系]+)")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\.(?:com|net|org|cn|hk|in|au|nz|co|io)\b", re.I)
_DIGITS = re.compile(r"\d[\d -]{4,}\d|\b(?:ends?|ending)\s+(?:in|with)?\s*\d{2,}", re.I)
# Words of a customer's name that name no one in particular.
_GENERIC = frozenset(
    ("pty", "ltd", "pvt", "inc", "llc", "corp", "co-op", "company", "group", "services", "the", "and", "of")
) | frozenset(("有限公司", "有限", "公司", "集团", "集團", "科技", "服务", "服務"))
# A Chinese surname said with a title or a form of address: "區院長", "马总", "陈生", "蘇小姐".
_ADDRESSED = (
    "(?:生|小姐|太|先生|女士|总|總|工|经理|經理|厂长|廠長|院长|院長|部长|部長|处长|處長|主任|老板|老闆|sir)"
)


@dataclass(frozen=True)
class _Record:
    thing: Activity | Reminder | Contact
    customer: Customer | None
    people: tuple[str, ...]  # names the record's person may be called by


def _said_as_fix(text: str) -> str | None:
    """The words after the slip word, when `text` is said as a value put right; else None."""
    bare = simplified(text).strip()
    slip = SLIP.match(bare)
    rest = bare[slip.end() :] if slip else bare
    if not rest.strip() or len(rest) > 90 or (slip is None and not _PUTS_RIGHT.search(rest)):
        return None
    return rest


def _wrong_said(rest: str) -> tuple[str, str]:
    """`rest` without the words it calls wrong, and those words ("" when none are said)."""
    for pattern in (_WRONG_ZH, _WRONG_EN):
        found = pattern.search(rest)
        if found is not None:
            return rest[: found.start()] + " " + rest[found.end() :], found.group("wrong").strip()
    return rest, ""


def _kind_of(ctx: Ctx, right: str, wrong: str) -> str | None:
    """What the fix puts right: an e-mail, a phone, a day, a clock, a kind of interaction, or a person's words
    (a title or a name); None for what this reader does not read (an amount, a stage, a customer)."""
    both = f"{right} {wrong}"
    if _ADDRESS.search(both):
        return "email"
    if _DIGITS.search(both) and not find_when(both, now=ctx.now, tz=ctx.tz):
        return "phone"
    for words in (right, wrong):
        when = find_when(words, now=ctx.now, tz=ctx.tz) if words.strip() else None
        if when is not None and when.doubt is None:
            return "date" if when.day_said else "time"
    if detect_kind(right, "") or (wrong and detect_kind(wrong, "")):
        return "kind"
    if re.search(r"\d|[$€£¥]|万|萬|\bk\b", both):
        return None
    return "text"


def _records(ctx: Ctx, change_set_id: int, kind: str) -> list[_Record]:
    """The records of the last change set a value of `kind` fits."""
    store = ctx.store
    found: list[_Record] = []
    if kind in ("date", "kind"):
        for activity_id in store.changes.created(change_set_id, "activities"):
            activity = store.activities.get(activity_id)
            if activity is not None:
                customer = store.customers.get(activity.customer_id)
                contact = store.customers.get_contact(activity.contact_id)
                people = [contact.name] if contact is not None else []
                found.append(_Record(activity, customer, tuple(people)))
    if kind in ("date", "time"):
        for reminder_id in store.changes.created(change_set_id, "reminders"):
            reminder = store.reminders.get(reminder_id)
            if reminder is not None:
                customer = store.customers.get(reminder.customer_id)
                people = [c.name for c in store.customers.contacts(customer.id)] if customer else []
                people += re.findall(r"\b[A-Z][a-z]{2,}\b", reminder.text)
                found.append(_Record(reminder, customer, tuple(people)))
    if kind in ("email", "phone", "text"):
        for contact_id in store.changes.touched(change_set_id, "contacts"):
            contact = store.customers.get_contact(contact_id)
            if contact is not None:
                found.append(_Record(contact, store.customers.get(contact.customer_id), (contact.name,)))
    return found


def _person_named(words: str, record: _Record) -> bool:
    for name in record.people:
        bare = simplified(name).lower()
        latin = [w for w in re.findall(r"[a-z][a-z'’-]{2,}", bare) if w not in _GENERIC]
        if any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", words) for w in latin):
            return True
        cjk = re.sub(r"[^\u4e00-\u9fff]", "", bare)
        if len(cjk) >= 2 and (cjk in words or (len(cjk) == 3 and cjk[1:] in words)):
            return True
        if cjk and re.search(re.escape(cjk[0]) + _ADDRESSED, words):
            return True
    return False


def _customer_named(words: str, record: _Record) -> bool:
    if record.customer is None:
        return False
    bare = simplified(record.customer.name).lower()
    latin = [w for w in re.findall(r"[a-z][a-z'’-]{2,}", bare) if w not in _GENERIC]
    if any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", words) for w in latin):
        return True
    cjk = bare
    for generic in _GENERIC:
        cjk = cjk.replace(generic, " ")
    runs = re.findall(r"[\u4e00-\u9fff]{2,}", cjk)
    return any(run[i : i + 2] in words for run in runs for i in range(len(run) - 1))


def _named(rest: str, records: list[_Record]) -> list[_Record] | None:
    """The records `rest` names by a person (else by a customer); None when it names two or more."""
    words = simplified(rest).lower()
    for named_by in (_person_named, _customer_named):
        named = [r for r in records if named_by(words, r)]
        if len(named) == 1:
            return named
        if len(named) > 1:
            return None
    return []


def _holds(ctx: Ctx, record: _Record, kind: str, wrong: str) -> bool:
    """Whether the record holds the value `wrong` (said wrong) of `kind`."""
    thing = record.thing
    if kind == "kind" and isinstance(thing, Activity):
        return detect_kind(wrong, "") == thing.kind
    if kind in ("date", "time"):
        when = find_when(wrong, now=ctx.now, tz=ctx.tz)
        at = (
            thing.occurred_at
            if isinstance(thing, Activity)
            else thing.due_at
            if isinstance(thing, Reminder)
            else None
        )
        if when is None or at is None:
            return True  # (a day said wrong in words the reader does not know: it may be anyone's)
        local = at.astimezone(ctx.tz)
        if kind == "date":
            return local.date() == when.at.date()
        return (local.hour, local.minute) == (when.at.hour, when.at.minute)
    if isinstance(thing, Contact):
        folded = simplified(wrong).lower().strip()
        values = [thing.name, thing.title or "", thing.email or "", thing.phone or ""]
        if kind == "phone":
            digits = re.sub(r"\D", "", folded)
            return bool(digits) and any(digits in re.sub(r"\D", "", v) for v in values)
        return bool(folded) and any(folded in simplified(v).lower() for v in values)
    return True


def _line(ctx: Ctx, record: _Record) -> str:
    thing = record.thing
    where = record.customer.name if record.customer is not None else ""
    if isinstance(thing, Activity):
        who = f" ({record.people[0]})" if record.people else ""
        return f"{activity_line(ctx, thing)} · {where}{who}"
    if isinstance(thing, Reminder):
        return reminder_line(ctx, thing, record.customer)
    return f"{thing.name} · {where}"


@dataclass(frozen=True)
class Fix:
    """`ask`: the question which record the value is for; else `apply`: the one record it puts right."""

    value: str
    kind: str
    records: tuple[_Record, ...]
    ask: bool


def read(ctx: Ctx, text: str) -> Fix | None:
    """How `text` puts right one of the records the user's last message wrote, when that message wrote two or
    more the value fits; None when it is no such fix (or another reader's)."""
    stored = just_stored(ctx)
    rest = _said_as_fix(text) if stored is not None else None
    if stored is None or rest is None:
        return None
    right, wrong = _wrong_said(rest)
    kind = _kind_of(ctx, right, wrong)
    if kind is None:
        return None
    records = _records(ctx, stored[1].id, kind)
    logged = [r for r in records if isinstance(r.thing, Activity)]
    if kind == "date" and logged and len(logged) < len(records):
        # a day in the past is an interaction's, one to come a reminder's
        when = find_when(right, now=ctx.now, tz=ctx.tz) or find_when(wrong, now=ctx.now, tz=ctx.tz)
        past = when is not None and when.at.date() <= ctx.now.date()
        records = [r for r in records if isinstance(r.thing, Activity) == past]
    if len(records) < 2:
        return None
    named = _named(right, records)  # (the words said wrong may be everyone's: "Welsh not Walsh")
    if named is None:
        return None
    if named:
        if kind in ("date", "time", "kind") and not (wrong and not _holds(ctx, named[0], kind, wrong)):
            return Fix(right.strip(), kind, (named[0],), ask=False)
        return None  # a detail of one person: `detail_fix`
    if wrong:
        holding = [r for r in records if _holds(ctx, r, kind, wrong)]
        if len(holding) < 2:
            return None  # what it calls wrong is one record's (or none's): read by the others
    return Fix(_value_text(ctx, kind, right) or rest.strip(), kind, tuple(records), ask=True)


# What leads a value said alone: "it's", "that should be", "should end", "是", "應該係".
_LEAD = re.compile(
    r"^(?:\s|,|，|:|：|-|it['’]?s|it\s+is|that|this|one|should|be|end|is|was|make|it|那个|應該|应该|係|系|是)*",
    re.IGNORECASE,
)


def _value_text(ctx: Ctx, kind: str, right: str) -> str:
    """The value the fix says, for the question ("10am", "前日", "Welsh")."""
    if kind in ("date", "time"):
        when = find_when(right, now=ctx.now, tz=ctx.tz)
        if when is not None and when.spans:
            return right[when.spans[0][0] : when.spans[-1][1]]
    if kind in ("email", "phone"):
        found = (_ADDRESS if kind == "email" else _DIGITS).search(right)
        if found is not None:
            return found.group(0)
    return _LEAD.sub("", right).strip(" ,，.。!！")


def _new_day(ctx: Ctx, at: datetime, right: str) -> datetime | None:
    when = find_when(right, now=ctx.now, tz=ctx.tz)
    if when is None or not when.day_said:
        return None
    local = at.astimezone(ctx.tz)
    day = when.at.date()
    moved = local.replace(year=day.year, month=day.month, day=day.day)
    if when.has_time:
        moved = moved.replace(hour=when.at.hour, minute=when.at.minute)
    return moved


def _new_clock(ctx: Ctx, at: datetime, right: str) -> datetime | None:
    when = find_when(right, now=ctx.now, tz=ctx.tz)
    if when is None or not when.has_time:
        return None
    return at.astimezone(ctx.tz).replace(hour=when.at.hour, minute=when.at.minute, second=0, microsecond=0)


def several_records(ctx: Ctx, text: str) -> list[Reply] | None:
    """The reply when `text` puts right one of several records the last message wrote (see the module)."""
    fix = read(ctx, text)
    if fix is None:
        return None
    if fix.ask:
        record("correction")
        options = "\n".join(f"  • {_line(ctx, r)}" for r in fix.records)
        asked = ctx._(
            "Which one should be {value}? Nothing was changed; send it again naming which one.",
            value=fix.value,
        )
        return [Reply(f"{asked}\n{options}")]
    stored = just_stored(ctx)
    old = stored[0].data["text"] if stored is not None else ""
    target = fix.records[0]
    thing = target.thing
    if isinstance(thing, Activity) and fix.kind == "kind":
        kind = detect_kind(fix.value, "")
        if not kind or kind == thing.kind or thing.author_id != ctx.user.id:
            return None
        edit_activity(ctx, thing, kind=kind)
        line = activity_line(ctx, thing)
    elif isinstance(thing, Activity) and fix.kind == "date":
        day = _new_day(ctx, thing.occurred_at, fix.value)
        if day is None or day > ctx.now or thing.author_id != ctx.user.id:
            return None
        edit_activity(ctx, thing, occurred_at=day)
        line = activity_line(ctx, thing)
    elif isinstance(thing, Reminder):
        due = (_new_day if fix.kind == "date" else _new_clock)(ctx, thing.due_at, fix.value)
        if due is None or due <= ctx.now:
            return None
        move_reminder(ctx, thing, due, snooze=False)
        line = reminder_line(ctx, thing, target.customer)
    else:
        return None
    record("correction")
    note = ctx._("Corrected: “{old}” → “{new}”", old=old, new=text.strip())
    updated = ctx.confirm(ctx._("Updated: {line}", line=line))
    return [Reply(f"{note}\n{updated.text}", updated.buttons)]
