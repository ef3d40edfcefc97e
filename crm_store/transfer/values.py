"""Reading the values other CRMs write: amounts with currencies, dates in any order, stages,
activity kinds, and the keys that say two rows are the same organisation (phone, web domain).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from crm_store.search.normalize import digits, fold

# Usual stage names of Salesforce, HubSpot, Pipedrive, Zoho, Odoo, the CRM+Sales dataset and
# Chinese teams -> our default stages. Compared after `value_key`. `--stage "Theirs=ours"` adds more.
DEFAULT_STAGE_MAP = {
    "lead": ("lead", "leadin", "new", "prospecting", "prospect", "appointmentscheduled", "contactmade",
             "线索", "初步接洽", "初步沟通", "潜在", "潜在客户", "新建"),
    "qualified": ("qualified", "qualification", "qualifiedtobuy", "engaging", "needsanalysis",
                  "needsdefined", "valueproposition", "iddecisionmakers", "perceptionanalysis",
                  "discovery", "demoscheduled", "需求确认", "需求分析", "意向", "有意向", "确认需求"),
    "proposal": ("proposal", "proposalpricequote", "proposalmade", "presentationscheduled", "proposition",
                 "quote", "quoted", "方案", "方案报价", "报价", "提交方案", "方案制定"),
    "negotiation": ("negotiation", "negotiationreview", "negotiationsstarted", "decisionmakerboughtin",
                    "contractsent", "commit", "谈判", "商务谈判", "合同", "签约中", "合同审批"),
    "won": ("won", "closedwon", "closewon", "win", "赢单", "成交", "已成交", "签约", "已签约", "赢"),
    "lost": ("lost", "closedlost", "closelost", "closedlosttocompetition", "lose", "输单", "丢单", "失败",
             "已流失", "输"),
}  # fmt: skip
ACTIVITY_KIND_MAP = {
    "call": ("call", "phonecall", "calls", "电话", "打电话", "电话沟通", "来电", "去电"),
    "meeting": ("meeting", "meetings", "event", "会议", "开会", "面谈"),
    "visit": ("visit", "onsite", "sitevisit", "拜访", "上门", "上门拜访", "面访"),
    "email": ("email", "emails", "mail", "邮件", "电子邮件"),
    "message": ("message", "sms", "text", "chat", "wechat", "whatsapp", "linkedinmessage", "微信", "短信",
                "消息", "qq"),
    "note": ("note", "notes", "task", "todo", "备注", "笔记", "记录", "任务"),
    "complaint": ("complaint", "投诉"),
}  # fmt: skip
_VALUE_DROP = re.compile(r"[\s_\-./()%#:：（）,&+]+")
# Currency symbols and words people write next to amounts.
_CURRENCY_MARKS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "￥": "CNY", "元": "CNY",
                   "rmb": "CNY", "人民币": "CNY", "美元": "USD", "欧元": "EUR", "hk$": "HKD", "港币": "HKD",
                   "₹": "INR", "₩": "KRW", "chf": "CHF", "a$": "AUD", "c$": "CAD", "s$": "SGD"}  # fmt: skip
_ISO = re.compile(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])")
_MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1000)}
_NUMBER = re.compile(r"-?\d[\d,.\s']*")
# Mail providers anyone can use: a shared domain there says nothing about the company.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "live.com",
    "msn.com", "aol.com", "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "gmx.de",
    "gmx.net", "web.de", "mail.ru", "yandex.ru", "qq.com", "163.com", "126.com", "sina.com", "sohu.com",
    "foxmail.com", "aliyun.com", "139.com", "yeah.net", "example.com", "example.org", "example.net",
})  # fmt: skip


def value_key(text: str) -> str:
    return _VALUE_DROP.sub("", fold(text))


class BadValue(ValueError):
    """A cell that cannot be read as what its column holds; the message names the value."""


def stage_lookup(stage_names: Iterable[str], overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """{value key of their stage: our stage}, limited to the stages this organisation has."""
    ours = set(stage_names)
    table = {value_key(name): name for name in ours}
    for stage, spellings in DEFAULT_STAGE_MAP.items():
        if stage in ours:
            for spelling in spellings:
                table.setdefault(value_key(spelling), stage)
    for theirs, stage in (overrides or {}).items():
        table[value_key(theirs)] = stage
    return table


def activity_kind(text: str) -> str | None:
    key = value_key(text)
    for kind, spellings in ACTIVITY_KIND_MAP.items():
        if key in spellings or any(key.startswith(s) for s in spellings if len(s) > 3):
            return kind
    return None


def parse_amount(text: str, default_currency: str) -> tuple[Decimal | None, str]:
    """'$1,234.50' -> (1234.50, USD); '12万' -> 120000; '1.234,5 EUR' -> 1234.5; '' -> None."""
    text = text.strip()
    if not text:
        return None, default_currency
    currency = default_currency
    lowered = text.lower()
    iso = _ISO.search(text)
    if iso and iso.group(1) not in ("RMB",):
        currency = iso.group(1)
    else:
        for mark, code in sorted(_CURRENCY_MARKS.items(), key=lambda item: -len(item[0])):
            if mark in lowered:
                currency = code
                break
    number = _NUMBER.search(text)
    if number is None:
        raise BadValue(f"amount {text!r} is not a number")
    value = _decimal(number.group().strip().replace(" ", "").replace("'", ""))
    if value is None:
        raise BadValue(f"amount {text!r} is not a number")
    for mark, factor in _MULTIPLIERS.items():
        if mark in text[number.end() :]:
            value *= factor
    return value, currency


def _decimal(raw: str) -> Decimal | None:
    if "," in raw and "." in raw:  # the later one is the decimal mark
        raw = (
            raw.replace(",", "")
            if raw.rfind(".") > raw.rfind(",")
            else raw.replace(".", "").replace(",", ".")
        )
    elif "," in raw:
        raw = raw.replace(",", "") if re.fullmatch(r"-?\d{1,3}(,\d{3})+", raw) else raw.replace(",", ".")
    elif raw.count(".") > 1:
        raw = raw.replace(".", "")
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


_DATE_PARTS = re.compile(
    r"^(\d{1,4})[-/.年](\d{1,2})[-/.月](\d{1,4})日?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)


class DateReader:
    """Dates of one column, with the order of day and month decided from the whole column.

    `3/4/2024` is 3 April in Europe and March 4 in the US: if any value of the column has a
    first part above 12 the column is day-first, if any has a second part above 12 it is
    month-first; when no value tells, month-first is used and the report says so.
    """

    def __init__(self, samples: Iterable[str]) -> None:
        self.day_first = False
        self.undecided = False
        firsts = seconds = False
        seen = False
        for sample in samples:
            match = _DATE_PARTS.match(sample.strip())
            if match is None or len(match.group(1)) == 4:
                continue
            seen = True
            firsts |= int(match.group(1)) > 12
            seconds |= int(match.group(2)) > 12
        self.day_first = firsts and not seconds
        self.undecided = seen and not firsts and not seconds

    def moment(self, text: str, zone: ZoneInfo) -> datetime | None:
        """The time a cell names, in UTC (a date alone is noon local time, so it stays that day)."""
        text = text.strip()
        if not text:
            return None
        try:
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            value = self._parts(text)
        if value.tzinfo is None:
            if value.time() == time(0) and len(text) <= 10:
                value = value.replace(hour=12)
            value = value.replace(tzinfo=zone)
        return value.astimezone(UTC)

    def day(self, text: str) -> date | None:
        text = text.strip()
        if not text:
            return None
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            return self._parts(text).date()

    def _parts(self, text: str) -> datetime:
        match = _DATE_PARTS.match(text)
        if match is None:
            raise BadValue(f"date {text!r} is not a date")
        a, b, c = (int(match.group(i)) for i in (1, 2, 3))
        if len(match.group(1)) == 4:
            year, month, day_ = a, b, c
        else:
            year = c + 2000 if c < 100 else c
            month, day_ = (b, a) if self.day_first else (a, b)
        hour, minute, second = (int(match.group(i) or 0) for i in (4, 5, 6))
        try:
            return datetime(year, month, day_, hour, minute, second)
        except ValueError:
            raise BadValue(f"date {text!r} is not a date") from None


def truthy(text: str) -> bool | None:
    key = value_key(text)
    if key in ("true", "yes", "y", "1", "是"):
        return True
    if key in ("false", "no", "n", "0", "否"):
        return False
    return None


def phone_key(text: str | None) -> str | None:
    """The phone number's digits when there are enough of them to name one line."""
    found = digits(text or "")
    return found if len(found) >= 7 and len(set(found)) > 2 else None


def web_domain(text: str | None) -> str | None:
    """`https://www.Acme.com/about` or `jane@acme.com` -> `acme.com`; free-mail domains -> None."""
    text = (text or "").strip().lower()
    if not text:
        return None
    if "@" in text and "/" not in text.split("@", 1)[0]:
        text = text.rsplit("@", 1)[1]
    text = re.sub(r"^[a-z]+://", "", text).split("/", 1)[0].split(":", 1)[0].strip(".")
    text = text.removeprefix("www.")
    if "." not in text or " " in text or text in FREE_MAIL:
        return None
    return text
