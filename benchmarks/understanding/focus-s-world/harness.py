#!/usr/bin/env python3
"""Independent evaluation harness for salesbot's free-text understanding (evaldata6's judge copied for evaldata9 (via evaldata8), then for focus-e: BASE_REMINDERS changed; + the reminder_changes rule of focus-e's README; then for evaldata11, evaldata12, evaldata13 (focus R, copied from set12/harness.py) and evaldata14 (focus S, copied from focus-r/harness.py): USERS, clock, BASE_DEALS, BASE_REMINDERS, setup default clock / base export user only).

Builds a base SQLite DB once (users, `salesbot import customers.csv`, the chat commands in
setup.txt), then for every message: copies the DB, pipes the message(s) into
`salesbot chat --as USER` under a pinned clock (libfaketime), exports JSON, diffs against the
base export and judges: right / asked / silently_wrong / missed.

    python harness.py --salesbot /path/to/worktree/.venv/bin/salesbot --file dev.json
    python harness.py --ids en001,zh010            # a subset (default file: messages.json)

Only the standard library is needed to run this file (any python3.11+).
"""
from __future__ import annotations

import argparse
import concurrent.futures as futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
DEFAULT_SALESBOT = HERE / ".venv" / "bin" / "salesbot"
USERS = {  # name -> (timezone, locale, role)
    "Kirrily": ("Australia/Sydney", "en", "rep"),
    "Tanmay": ("Asia/Kolkata", "en", "rep"),
    "Marlys": ("America/Chicago", "en", "rep"),
    "鄺穎詩": ("Asia/Hong_Kong", "zh", "rep"),
    "齐振东": ("Asia/Shanghai", "zh", "rep"),
    "邢丽君": ("Asia/Shanghai", "zh", "manager"),
}
REFERENCE_LOCAL = datetime(2030, 1, 22, 10, 5)  # Tuesday 10:05 in each user's own time zone
FAKETIME_LIBS = [
    "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
    "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
    "/usr/lib/faketime/libfaketime.so.1",
    "/usr/local/lib/faketime/libfaketime.so.1",
]
VERDICTS = ("right", "asked", "silently_wrong", "missed")
UNDO_LABELS = ("undo", "撤销", "撤消", "撤回")

# What setup.txt must have produced; if not, labels would be meaningless, so we stop.
BASE_DEALS = [
    ('Parramatta Steel Fabrication Pty Ltd', None, '86000', 'AUD', 'negotiation'),
    ('Parramatta Physio & Pilates', None, '14000', 'AUD', 'proposal'),
    ('Wollongong Coal Logistics Pty Ltd', None, '140000', 'AUD', 'proposal'),
    ('Newcastle Harbour Tugs Pty Ltd', None, '95000', 'AUD', 'negotiation'),
    ('Newcastle Hospitality Group', None, '22000', 'AUD', 'proposal'),
    ('Hunter Valley Estate Wines', None, '42000', 'AUD', 'proposal'),
    ('Bondi Swim Co', None, '9000', 'AUD', 'lost'),
    ('Geelong Wool Traders Pty Ltd', 'scouring line sensors', '58000', 'AUD', 'negotiation'),
    ('Geelong Wool Traders Pty Ltd', 'warehouse RFID', '16000', 'AUD', 'proposal'),
    ('Ballarat Grain Storage Co', None, '31000', 'AUD', 'won'),
    ('Townsville Reef Charters', None, '12000', 'AUD', 'lost'),
    ('Fremantle Marine Engineering Pty Ltd', None, '120000', 'AUD', 'negotiation'),
    ('Hobart Salmon Processing Pty Ltd', None, '76000', 'AUD', 'proposal'),
    ('Gold Coast Theme Park Services', None, '64000', 'AUD', 'proposal'),
    ('Auckland Harbour Freight Ltd', None, '88000', 'NZD', 'negotiation'),
    ('Wellington Craft Brewing Co', None, '26000', 'NZD', 'proposal'),
    ('Christchurch Dairy Processors Ltd', None, '150000', 'NZD', 'proposal'),
    ('Queenstown Alpine Tours', None, '18000', 'NZD', 'won'),
    ('Sharma Precision Castings Pvt Ltd', None, '4500000', 'INR', 'negotiation'),
    ('Sharma Agro Exports', None, '800000', 'INR', 'proposal'),
    ('Whitefield Cloud Labs Pvt Ltd', 'GPU cluster AMC', '12000000', 'INR', 'proposal'),
    ('Whitefield Cloud Labs Pvt Ltd', 'helpdesk seats', '600000', 'INR', 'proposal'),
    ('Electronic City Semicon Pvt Ltd', None, '85000', 'USD', 'negotiation'),
    ('Hosur Auto Components Ltd', None, '6000000', 'INR', 'negotiation'),
    ('Kochi Spice Traders', None, '40000', 'USD', 'proposal'),
    ('Hyderabad Pharma Packaging Pvt Ltd', None, '7500000', 'INR', 'negotiation'),
    ('Hyderabad Biryani House', None, '350000', 'INR', 'proposal'),
    ('Mumbai Textiles Exports Ltd', None, '55000', 'USD', 'proposal'),
    ('Pune Smart Meters Pvt Ltd', None, '3000000', 'INR', 'proposal'),
    ('Ahmedabad Diamond Tools', None, '900000', 'INR', 'lost'),
    ('Surat Synthetics Ltd', None, '2200000', 'INR', 'won'),
    ('Jaipur Blue Pottery Exports', None, '25000', 'USD', 'proposal'),
    ('Gurugram Fintech Solutions Pvt Ltd', None, '90000', 'USD', 'negotiation'),
    ('Noida Edutech Pvt Ltd', None, '1500000', 'INR', 'qualified'),
    ('Kolkata Jute Mills Co', None, '2000000', 'INR', 'lost'),
    ('Goa Beach Resorts Pvt Ltd', None, '1400000', 'INR', 'proposal'),
    ('Peoria Hydraulic Supply Co', None, '72000', 'USD', 'negotiation'),
    ('Des Moines Grain Elevators Inc', None, '130000', 'USD', 'proposal'),
    ('Cedar Rapids Packaging Corp', 'case packer retrofit', '88000', 'USD', 'negotiation'),
    ('Cedar Rapids Packaging Corp', 'spare parts contract', '15000', 'USD', 'proposal'),
    ('Madison Dairy Cooperative', None, '54000', 'USD', 'proposal'),
    ('Milwaukee Brass Fittings LLC', None, '47000', 'USD', 'negotiation'),
    ('Green Bay Paper Converters', None, '38000', 'USD', 'lost'),
    ('Fort Wayne Trailer Parts', None, '21000', 'USD', 'won'),
    ('Toledo Lakeshore Glass Inc', None, '61000', 'USD', 'proposal'),
    ('Grand Rapids Office Furniture Co', None, '95000', 'USD', 'negotiation'),
    ('Omaha Rail Services Inc', None, '110000', 'USD', 'proposal'),
    ('Sioux Falls Meatpacking Co', None, '58000', 'USD', 'lost'),
    ('St. Paul Medical Devices Inc', None, '150000', 'USD', 'negotiation'),
    ('Springfield Print & Mail', None, '9000', 'USD', 'proposal'),
    ('Winnipeg Grain Handling Ltd', None, '78000', 'CAD', 'proposal'),
    ('Thunder Bay Forest Products', None, '64000', 'CAD', 'negotiation'),
    ('Windsor Auto Stampings Inc', None, '45000', 'CAD', 'proposal'),
    ('Windsor Heights Insurance Agency', None, '8000', 'USD', 'proposal'),
    ('觀塘利豐五金有限公司', None, '380000', 'HKD', 'negotiation'),
    ('荃灣利豐製衣廠', None, '150000', 'HKD', 'proposal'),
    ('東莞利豐塑膠製品廠', None, '280000', 'CNY', 'negotiation'),
    ('旺角恒興電子有限公司', None, '45000', 'USD', 'negotiation'),
    ('恒興物流（澳門）有限公司', None, '220000', 'HKD', 'proposal'),
    ('中環翠華金融顧問有限公司', None, '90000', 'USD', 'proposal'),
    ('銅鑼灣雅悅酒店', '訂房系統', '480000', 'HKD', 'negotiation'),
    ('銅鑼灣雅悅酒店', '員工排班', '85000', 'HKD', 'proposal'),
    ('葵涌貨櫃碼頭服務有限公司', None, '1200000', 'HKD', 'proposal'),
    ('澳門新濠匯娛樂設備有限公司', None, '300000', 'HKD', 'negotiation'),
    ('澳門氹仔葡式餐飲', None, '40000', 'HKD', 'lost'),
    ('深圳前海恒通供應鏈有限公司', None, '500000', 'CNY', 'proposal'),
    ('中山小欖恒達五金廠', None, '120000', 'CNY', 'proposal'),
    ('九龍灣通達電子有限公司', None, '60000', 'USD', 'proposal'),
    ('尖沙咀名軒珠寶', None, '75000', 'HKD', 'won'),
    ('將軍澳日出康城物業管理', None, '180000', 'HKD', 'proposal'),
    ('元朗大榮華酒樓', None, '50000', 'HKD', 'lost'),
    ('大埔工業邨精密模具有限公司', None, '420000', 'HKD', 'negotiation'),
    ('北京中关村华创科技有限公司', None, '680000', 'CNY', 'negotiation'),
    ('北京亦庄华创精密制造有限公司', None, '420000', 'CNY', 'proposal'),
    ('天津港远洋冷链物流有限公司', None, '1500000', 'CNY', 'proposal'),
    ('天津恒兴电子有限公司', None, '260000', 'CNY', 'negotiation'),
    ('石家庄冀中制药有限公司', None, '900000', 'CNY', 'negotiation'),
    ('保定长城汽配有限公司', '传感器', '350000', 'CNY', 'negotiation'),
    ('保定长城汽配有限公司', 'MES系统', '800000', 'CNY', 'proposal'),
    ('太原晋阳煤机有限公司', None, '560000', 'CNY', 'proposal'),
    ('大同云冈文旅有限公司', None, '120000', 'CNY', 'lost'),
    ('包头稀土新材料有限公司', None, '95000', 'USD', 'proposal'),
    ('济南泉城智能装备有限公司', None, '450000', 'CNY', 'negotiation'),
    ('青岛海港机械有限公司', None, '120000', 'USD', 'negotiation'),
    ('烟台苹果出口有限公司', None, '60000', 'USD', 'proposal'),
    ('潍坊风筝文创有限公司', None, '80000', 'CNY', 'won'),
    ('沈阳重型机床有限公司', None, '1200000', 'CNY', 'proposal'),
    ('长春汽开区座椅配套有限公司', None, '380000', 'CNY', 'negotiation'),
    ('郑州中原粮仓科技有限公司', None, '300000', 'CNY', 'lost'),
    ('洛阳牡丹轴承有限公司', None, '280000', 'CNY', 'proposal'),
    ('西安高新云途软件有限公司', None, '200000', 'CNY', 'proposal'),
    ('银川塞上枸杞有限公司', None, '50000', 'CNY', 'won'),
    ('北京朝阳国贸会展服务有限公司', None, '160000', 'CNY', 'proposal'),
    ('上海陆家嘴汇远资本管理有限公司', None, '500000', 'CNY', 'negotiation'),
    ('Pacific Rim Reinsurance Partners', None, '200000', 'USD', 'proposal'),
    ('苏州金鸡湖会议中心', None, '80000', 'CNY', 'proposal'),
]
BASE_REMINDERS = [
    ('Parramatta Steel Fabrication Pty Ltd', '2030-01-22T15:00', 'Kirrily'),
    ('Newcastle Harbour Tugs Pty Ltd', '2030-01-24T10:00', 'Kirrily'),
    ('Hunter Valley Estate Wines', '2030-01-25T09:30', 'Kirrily'),
    ('Auckland Harbour Freight Ltd', '2030-01-29T11:00', 'Kirrily'),
    ('Sharma Precision Castings Pvt Ltd', '2030-01-22T17:00', 'Tanmay'),
    ('Hosur Auto Components Ltd', '2030-01-23T11:00', 'Tanmay'),
    ('Hyderabad Pharma Packaging Pvt Ltd', '2030-01-25T15:00', 'Tanmay'),
    ('Whitefield Cloud Labs Pvt Ltd', '2030-01-30T12:00', 'Tanmay'),
    ('Peoria Hydraulic Supply Co', '2030-01-22T14:00', 'Marlys'),
    ('Cedar Rapids Packaging Corp', '2030-01-23T09:00', 'Marlys'),
    ('Cedar Rapids Packaging Corp', '2030-01-28T13:00', 'Marlys'),
    ('Grand Rapids Office Furniture Co', '2030-02-19T10:00', 'Marlys'),
    ('觀塘利豐五金有限公司', '2030-01-22T16:00', '鄺穎詩'),
    ('銅鑼灣雅悅酒店', '2030-01-24T15:00', '鄺穎詩'),
    ('澳門新濠匯娛樂設備有限公司', '2030-01-25T11:00', '鄺穎詩'),
    ('大埔工業邨精密模具有限公司', '2030-02-07T10:00', '鄺穎詩'),
    ('北京中关村华创科技有限公司', '2030-01-22T16:30', '齐振东'),
    ('保定长城汽配有限公司', '2030-01-24T10:00', '齐振东'),
    ('保定长城汽配有限公司', '2030-02-11T10:00', '齐振东'),
    ('天津恒兴电子有限公司', '2030-01-25T14:00', '齐振东'),
    ('济南泉城智能装备有限公司', '2030-01-29T09:30', '齐振东'),
    ('上海陆家嘴汇远资本管理有限公司', '2030-01-23T10:00', '邢丽君'),
]


# ----------------------------------------------------------------- running salesbot
def find_faketime() -> str:
    for lib in FAKETIME_LIBS:
        if Path(lib).exists():
            return lib
    sys.exit(
        "harness: libfaketime is not installed. The harness pins the clock to Tuesday 2030-01-22 10:05 "
        "(each user's local time) with libfaketime, without any change to salesbot.\n"
        "Install it with:  sudo apt-get install -y faketime   (Debian/Ubuntu)\n"
        "then run the harness again."
    )


def utc_reference(user: str) -> datetime:
    zone = ZoneInfo(USERS[user][0])
    return REFERENCE_LOCAL.replace(tzinfo=zone).astimezone(timezone.utc)


class Runner:
    def __init__(self, salesbot: str, workdir: Path, faketime_lib: str):
        self.salesbot = salesbot
        self.workdir = workdir
        self.faketime_lib = faketime_lib

    def env(self, db: Path, clock_utc: datetime | None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("SALESBOT", "TELEGRAM_", "SLACK_")) and k not in ("DATABASE_URL", "DEFAULT_CURRENCY",
                                                                                    "DEFAULT_TIMEZONE", "DEFAULT_LOCALE",
                                                                                    "PIPELINE_STAGES", "STAGE_SYNONYMS")}
        env["DATABASE_URL"] = f"sqlite:///{db}"
        env["TZ"] = "UTC"
        env["PYTHONIOENCODING"] = "utf-8"
        env["LANG"] = env["LC_ALL"] = "C.UTF-8"
        if clock_utc is not None:
            env["LD_PRELOAD"] = self.faketime_lib
            env["FAKETIME"] = "@" + clock_utc.strftime("%Y-%m-%d %H:%M:%S")  # starts there and ticks
            env["FAKETIME_DONT_FAKE_MONOTONIC"] = "1"
        return env

    def run(self, args: list[str], db: Path, clock_utc: datetime | None, stdin: str | None = None,
            timeout: int = 180) -> subprocess.CompletedProcess:
        cwd = self.workdir / "cwd"  # an empty folder: no stray .env is read
        cwd.mkdir(exist_ok=True)
        return subprocess.run([self.salesbot, *args], input=stdin, capture_output=True, text=True,
                              env=self.env(db, clock_utc), cwd=cwd, timeout=timeout)

    def export(self, db: Path, clock_utc: datetime) -> dict:
        proc = self.run(["export", "--format", "json"], db, clock_utc)
        if proc.returncode != 0:
            raise RuntimeError(f"export failed: {proc.stderr.strip()[-500:]}")
        return json.loads(proc.stdout)


def build_base(runner: Runner, customers: Path, setup: Path) -> Path:
    db = runner.workdir / "base.db"
    if db.exists():
        db.unlink()
    first_clock = None
    for name, (zone, locale, role) in USERS.items():
        proc = runner.run(["users", "add", name, "--role", role, "--timezone", zone, "--locale", locale], db, None)
        if proc.returncode != 0:
            sys.exit(f"harness: users add {name} failed: {proc.stderr.strip()}")
    proc = runner.run(["import", str(customers), "--json"], db, None)
    if proc.returncode != 0:
        sys.exit(f"harness: import failed: {proc.stderr.strip()}")
    report = json.loads(proc.stdout)
    import csv as _csv
    with open(customers, encoding="utf-8", newline="") as fh:
        n_customers = len({row["name"] for row in _csv.DictReader(fh)})
    created = report.get("customers_created")
    if created is None:  # newer import report: {"created": {"customers": N, ...}, "merged": [same-name rows ...]}
        created = (report.get("created") or {}).get("customers", 0)
    merged = [x for x in (report.get("merged") or [])
              if not isinstance(x, dict) or x.get("name") != x.get("into")]  # rows of one customer are fine
    if created < n_customers or merged:
        sys.exit(f"harness: import did not create the customers as listed: {json.dumps(report, ensure_ascii=False)[:800]}")
    # setup.txt: [clock ...] and [as USER] sections of chat commands
    blocks: list[tuple[str, str, list[str]]] = []
    clock, user = "2030-01-14 22:00:00", "Kirrily"
    for raw in setup.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if mm := re.fullmatch(r"\[clock (.+)\]", line):
            clock = mm.group(1)
            continue
        if mm := re.fullmatch(r"\[as (.+)\]", line):
            user = mm.group(1)
            continue
        if blocks and blocks[-1][0] == clock and blocks[-1][1] == user:
            blocks[-1][2].append(line)
        else:
            blocks.append((clock, user, [line]))
    transcript = []
    for clock, user, lines in blocks:
        when = datetime.strptime(clock, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
        first_clock = first_clock or when
        proc = runner.run(["chat", "--as", user], db, when, stdin="\n".join(lines) + "\n")
        transcript.append(proc.stdout + proc.stderr)
        if proc.returncode != 0:
            sys.exit(f"harness: setup chat as {user} failed: {proc.stderr.strip()[-800:]}")
    (runner.workdir / "setup-transcript.txt").write_text("\n".join(transcript), encoding="utf-8")
    data = runner.export(db, utc_reference("Kirrily"))
    problems = check_base(data)
    if problems:
        sys.exit("harness: the base DB is not what setup.txt should produce (see "
                 f"{runner.workdir / 'setup-transcript.txt'}):\n  " + "\n  ".join(problems))
    return db


def check_base(data: dict) -> list[str]:
    problems = []
    deals = list(data["deals"])
    for customer, title, amount, currency, stage in BASE_DEALS:
        found = [d for d in deals if d["customer"] == customer and (title is None or title in (d["title"] or ""))
                 and dec(d["amount"]) == Decimal(amount) and d["currency"] == currency and d["stage"] == stage]
        if not found:
            problems.append(f"missing deal {customer} {title or ''} {amount} {currency} {stage}")
        else:
            deals.remove(found[0])
    for d in deals:
        problems.append(f"unexpected deal {d['customer']} {d['title']} {d['amount']} {d['stage']}")
    for customer, due, user in BASE_REMINDERS:
        if not any(r["customer"] == customer and local(r["due_at"], user).strftime("%Y-%m-%dT%H:%M") == due
                   for r in data.get("reminders", [])):
            problems.append(f"missing reminder {customer} due {due} ({user})")
    return problems


# ----------------------------------------------------------------- normalising
def dec(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def fold(text: str | None) -> str:
    text = (text or "").casefold().strip()
    for a, b in (("ü", "ue"), ("ö", "oe"), ("ä", "ae"), ("ß", "ss")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"^(dr|mr|mrs|ms)\.?\s+", "", text)
    return re.sub(r"\s+", " ", text)


ZH_HONORIFIC = re.compile(r"(经理|總|总|总监|總監|主任|厂长|部长|老板|主管|經理)$")


def same_person(expected: str, actual: str | None) -> bool:
    if actual is None:
        return False
    e, a = fold(expected), fold(actual)
    if e == a:
        return True
    et, at = e.split(), a.split()
    if et and at and (set(at) <= set(et) or set(et) <= set(at)):  # "Jane" ~ "Jane Doe", "Ross" ~ "Emily Ross"
        return True
    if ZH_HONORIFIC.search(a) and a[0] == e[0]:  # 张经理 ~ 张伟
        return True
    return False


def contact_ok(expected, actual: str | None) -> bool:
    options = expected if isinstance(expected, list) else [expected]
    for option in options:
        if option is None and actual is None:
            return True
        if option is not None and same_person(option, actual):
            return True
    return False


def parse_ts(value: str) -> datetime:
    ts = datetime.fromisoformat(value)
    return ts if ts.tzinfo else ts.replace(tzinfo=timezone.utc)


def local(value: str, user: str) -> datetime:
    return parse_ts(value).astimezone(ZoneInfo(USERS[user][0]))


def digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


def phone_ok(expected: str, actual: str | None) -> bool:
    e, a = digits(expected), digits(actual)
    return bool(a) and (e == a or e[-10:] == a[-10:] if len(e) >= 10 and len(a) >= 10 else e == a)


def text_ok(expected: str, actual: str | None) -> bool:
    e, a = fold(expected), fold(actual)
    return bool(a) and (e == a or e in a or a in e)


LEFT_MARKERS = ("left", "former", "ex-", "inactive", "离职", "已离职", "離職", "departed", "no longer")


# ----------------------------------------------------------------- diffing
def index(data: dict) -> dict:
    contacts = {}
    for c in data["customers"]:
        for p in c["contacts"]:
            contacts[p["id"]] = {**p, "customer": c["name"], "customer_id": c["id"]}
    return {
        "customers": {c["id"]: c for c in data["customers"]},
        "contacts": contacts,
        "deals": {d["id"]: d for d in data["deals"]},
        "activities": {a["id"]: a for a in data["activities"]},
        "reminders": {r["id"]: r for r in data["reminders"]},
    }


CUSTOMER_FIELDS = ("name", "aliases", "industry", "address", "phone", "website", "tier", "owner")
DEAL_FIELDS = ("customer_id", "title", "amount", "currency", "stage", "status", "expected_close", "lost_reason", "owner")
REMINDER_FIELDS = ("due_at", "text", "customer_id", "status", "deal_id", "urgent")
CONTACT_FIELDS = ("name", "title", "phone", "email", "customer_id", "left_at", "removed_at")  # left_at/removed_at: harness fix, the /left form
ACTIVITY_FIELDS = ("kind", "summary", "occurred_at", "customer_id", "contact", "deal_id", "next_step")


def changed(a: dict, b: dict, fields) -> bool:
    return any(a.get(f) != b.get(f) for f in fields)


def diff(base: dict, after: dict) -> dict:
    B, X = index(base), index(after)
    out = {}
    out["new_customers"] = [c for i, c in X["customers"].items() if i not in B["customers"]]
    out["changed_customers"] = [(B["customers"][i], c) for i, c in X["customers"].items()
                                if i in B["customers"] and changed(B["customers"][i], c, CUSTOMER_FIELDS)]
    out["customer_notes"] = [c for i, c in X["customers"].items()
                             if i in B["customers"] and B["customers"][i].get("notes") != c.get("notes")]
    out["removed_customers"] = [c for i, c in B["customers"].items() if i not in X["customers"]]
    out["new_contacts"] = [p for i, p in X["contacts"].items() if i not in B["contacts"]]
    out["changed_contacts"] = [(B["contacts"][i], p) for i, p in X["contacts"].items()
                               if i in B["contacts"] and changed(B["contacts"][i], p, CONTACT_FIELDS)]
    out["removed_contacts"] = [p for i, p in B["contacts"].items() if i not in X["contacts"]]
    out["new_deals"] = [d for i, d in X["deals"].items() if i not in B["deals"]]
    out["changed_deals"] = [(B["deals"][i], d) for i, d in X["deals"].items()
                            if i in B["deals"] and changed(B["deals"][i], d, DEAL_FIELDS)]
    out["removed_deals"] = [d for i, d in B["deals"].items() if i not in X["deals"]]
    out["new_activities"] = [a for i, a in X["activities"].items() if i not in B["activities"]]
    out["changed_activities"] = [(B["activities"][i], a) for i, a in X["activities"].items()
                                 if i in B["activities"] and changed(B["activities"][i], a, ACTIVITY_FIELDS)]
    out["removed_activities"] = [a for i, a in B["activities"].items() if i not in X["activities"]]
    live = ("pending", "sent", "snoozed")
    out["new_reminders"] = [r for i, r in X["reminders"].items() if i not in B["reminders"] and r["status"] in live]
    out["changed_reminders"] = [(B["reminders"][i], r) for i, r in X["reminders"].items()
                                if i in B["reminders"] and changed(B["reminders"][i], r, REMINDER_FIELDS)]
    out["removed_reminders"] = [r for i, r in B["reminders"].items() if i not in X["reminders"]]
    return out


def diff_empty(d: dict) -> bool:
    return not any(d.values())


def describe(d: dict, user: str) -> list[str]:
    lines = []
    for c in d["new_customers"]:
        lines.append(f"+customer {c['name']}")
    for a, b in d["changed_customers"]:
        lines.append(f"~customer {b['name']}: " + ", ".join(f"{f} {a.get(f)!r}->{b.get(f)!r}" for f in CUSTOMER_FIELDS if a.get(f) != b.get(f)))
    for c in d["customer_notes"]:
        lines.append(f"~customer notes {c['name']}")
    for c in d["removed_customers"]:
        lines.append(f"-customer {c['name']}")
    for p in d["new_contacts"]:
        lines.append(f"+contact {p['customer']}: {p['name']} title={p['title']} phone={p['phone']} email={p['email']}")
    for a, b in d["changed_contacts"]:
        lines.append(f"~contact {b['customer']}: " + ", ".join(f"{f} {a.get(f)!r}->{b.get(f)!r}" for f in CONTACT_FIELDS if a.get(f) != b.get(f)))
    for p in d["removed_contacts"]:
        lines.append(f"-contact {p['customer']}: {p['name']}")
    for x in d["new_deals"]:
        lines.append(f"+deal {x['customer']} '{x['title']}' {x['amount']} {x['currency']} {x['stage']}/{x['status']} close={x['expected_close']}")
    for a, b in d["changed_deals"]:
        lines.append(f"~deal {b['customer']} '{b['title']}': " + ", ".join(f"{f} {a.get(f)!r}->{b.get(f)!r}" for f in DEAL_FIELDS if a.get(f) != b.get(f)))
    for x in d["removed_deals"]:
        lines.append(f"-deal {x['customer']} '{x['title']}'")
    for a in d["new_activities"]:
        lines.append(f"+activity {a['kind']} {a['customer']} contact={a['contact']} on {local(a['occurred_at'], user):%Y-%m-%d %H:%M}")
    for a, b in d["changed_activities"]:
        lines.append(f"~activity {b['kind']} {b['customer']}")
    for a in d["removed_activities"]:
        lines.append(f"-activity {a['kind']} {a['customer']}")
    for r in d["new_reminders"]:
        lines.append(f"+reminder {r['customer']} due {local(r['due_at'], user):%Y-%m-%d %H:%M} '{r['text']}'")
    for a, b in d["changed_reminders"]:
        lines.append(f"~reminder {b['customer']} {a['status']}->{b['status']} due {local(b['due_at'], user):%Y-%m-%d %H:%M}")
    for r in d["removed_reminders"]:
        lines.append(f"-reminder {r['customer']}")
    return lines


# ----------------------------------------------------------------- judging one change set
def match_lists(expected: list, actual: list, ok) -> tuple[list, list]:
    """Best one-to-one matching (lists are tiny): returns (unmatched expected, unmatched actual)."""
    best = (list(expected), list(actual))

    def go(i: int, used: frozenset, unmatched_e: list):
        nonlocal best
        if i == len(expected):
            rest = [a for k, a in enumerate(actual) if k not in used]
            if len(unmatched_e) + len(rest) < len(best[0]) + len(best[1]):
                best = (list(unmatched_e), rest)
            return
        for k, a in enumerate(actual):
            if k not in used and ok(expected[i], a):
                go(i + 1, used | {k}, unmatched_e)
        go(i + 1, used, unmatched_e + [expected[i]])

    go(0, frozenset(), [])
    return best


def date_ok(expected, actual_local: datetime) -> bool:
    options = expected if isinstance(expected, list) else [expected]
    for option in options:
        if "T" in option:
            if actual_local.strftime("%Y-%m-%dT%H:%M") == option:
                return True
        elif actual_local.strftime("%Y-%m-%d") == option:
            return True
    return False


def judge_changes(changes: dict, d: dict, user: str, text: str, base_idx: dict) -> tuple[list[str], list[str]]:
    """Returns (problems = wrong writes, missing = expected things not stored)."""
    wrong, missing = [], []
    customers = set()
    for key in ("activities", "deals", "reminders", "contacts", "reminder_changes"):
        for item in changes.get(key, []):
            customers.add(item["customer"])
    today = REFERENCE_LOCAL.strftime("%Y-%m-%d")

    # customers: never created or edited here
    for c in d["new_customers"]:
        wrong.append(f"created customer {c['name']!r}")
    for a, b in d["changed_customers"]:
        wrong.append(f"edited customer {b['name']!r}")
    for c in d["removed_customers"]:
        wrong.append(f"removed customer {c['name']!r}")
    for c in d["customer_notes"]:
        if c["name"] not in customers:
            wrong.append(f"customer notes changed on {c['name']!r}")

    # activities
    acts = d["new_activities"]
    if "activities" in changes:
        def act_ok(e, a):
            kinds = e["kind"] if isinstance(e["kind"], list) else [e["kind"]]
            return (a["customer"] == e["customer"] and a["kind"] in kinds and contact_ok(e.get("contact"), a["contact"])
                    and date_ok(e.get("occurred", today), local(a["occurred_at"], user)))
        ue, ua = match_lists(changes["activities"], acts, act_ok)
        missing += [f"activity {e['kind']} at {e['customer']} (contact {e.get('contact')}, {e.get('occurred', today)})" for e in ue]
        wrong += [f"activity {a['kind']} at {a['customer']} contact={a['contact']} on {local(a['occurred_at'], user):%Y-%m-%d}" for a in ua]
    else:
        # only a note next to the expected change is tolerated (a call/visit/meeting "today" is a claim of fact)
        wrong += [f"unexpected activity {a['kind']} at {a['customer']}" for a in acts
                  if a["customer"] not in customers or a["kind"] != "note"]
    for a, b in d["changed_activities"]:
        wrong.append(f"changed an earlier activity at {b['customer']}")
    for a in d["removed_activities"]:
        wrong.append(f"removed an earlier activity at {a['customer']}")

    # deals
    base_deals = base_idx["deals"]
    actual_deals = [("new", None, x) for x in d["new_deals"]] + [("old", a, b) for a, b in d["changed_deals"]]

    def deal_ok(e, item):
        kind, before, x = item
        if x["customer"] != e["customer"]:
            return False
        if e.get("new"):
            if kind != "new":
                return False
        else:
            if kind != "old":
                return False
            if e.get("which") and e["which"] not in (before["title"] or ""):
                return False
        ref = before or {}
        # amount / currency
        if "amount" in e:
            if dec(x["amount"]) != Decimal(e["amount"]):
                return False
        elif kind == "old":
            if dec(x["amount"]) != dec(ref.get("amount")):
                return False
        elif dec(x["amount"]) not in (None, Decimal(0)):
            return False
        if "currency" in e:
            if (x["currency"] or "").upper() != e["currency"]:
                return False
        elif kind == "old" and x["currency"] != ref.get("currency") and dec(x["amount"]) == dec(ref.get("amount")):
            return False
        # stage / status
        if "stage" in e:
            if x["stage"] != e["stage"]:
                return False
        elif e.get("status") == "open" or kind == "new":
            if x["stage"] in ("won", "lost") or x["status"] in ("won", "lost"):
                return False
        elif x["stage"] != ref.get("stage"):
            return False
        if e.get("status") == "open" and (x["status"] in ("won", "lost") or x["stage"] in ("won", "lost")):
            return False
        # close date
        close = (x["expected_close"] or "")[:10] or None
        if "close_date" in e:
            options = e["close_date"] if isinstance(e["close_date"], list) else [e["close_date"]]
            if close not in options:
                return False
        elif kind == "old":
            if close != ((ref.get("expected_close") or "")[:10] or None):
                return False
        elif close is not None:
            return False
        if "lost_reason_contains" in e and fold(e["lost_reason_contains"]) not in fold(x.get("lost_reason")):
            return False
        return True

    if "deals" in changes:
        ue, ua = match_lists(changes["deals"], actual_deals, deal_ok)
        missing += [f"deal {'new ' if e.get('new') else ''}{e['customer']} {', '.join(f'{k}={v}' for k, v in e.items() if k not in ('customer', 'new'))}" for e in ue]
        wrong += [f"{'new' if k == 'new' else 'changed'} deal {x['customer']} '{x['title']}' {x['amount']} {x['currency']} {x['stage']} close={x['expected_close']}" for k, _, x in ua]
    else:
        wrong += [f"{'new' if k == 'new' else 'changed'} deal {x['customer']} '{x['title']}' {x['amount']} {x['currency']} {x['stage']} close={x['expected_close']}" for k, _, x in actual_deals]
    for x in d["removed_deals"]:
        wrong.append(f"removed deal {x['customer']}")

    # reminders
    rems = d["new_reminders"]

    # reminder_changes (focus-e extension, harness_rc.py only): an expected move / cancel / done of a base reminder
    LIVE = ("pending", "sent", "snoozed")
    rc_expected = changes.get("reminder_changes", [])
    changed_left = list(d["changed_reminders"])
    removed_left = list(d["removed_reminders"])
    for e in rc_expected:
        actions = e["action"] if isinstance(e["action"], list) else [e["action"]]
        base_r = [r for r in base_idx["reminders"].values() if r["customer"] == e["customer"]
                  and local(r["due_at"], user).strftime("%Y-%m-%dT%H:%M") == e["was"]]
        ok = False
        for r0 in base_r:
            pair = next((p for p in changed_left if p[0]["id"] == r0["id"]), None)
            gone = next((r for r in removed_left if r["id"] == r0["id"]), None)
            st = (pair[1]["status"] or "").lower() if pair else ""
            ended_cancel = gone is not None or (pair and any(w in st for w in ("cancel", "dismiss", "delet")))
            ended_done = pair is not None and st not in LIVE and not ended_cancel
            if "done" in actions and ended_done or "cancel" in actions and ended_cancel:
                ok = True
            if "move" in actions and not ok:
                if pair and st in LIVE and date_ok(e["due"], local(pair[1]["due_at"], user)):
                    ok = True
                elif gone is not None or (pair and st not in LIVE):
                    new = next((r for r in rems if r["customer"] == e["customer"] and date_ok(e["due"], local(r["due_at"], user))), None)
                    if new is not None:
                        rems = [r for r in rems if r is not new]
                        ok = True
            if ok:
                if pair:
                    changed_left.remove(pair)
                if gone is not None:
                    removed_left.remove(gone)
                break
        if not ok:
            missing.append(f"reminder change {e['customer']} {e['was']} -> {'/'.join(actions)} {e.get('due', '')}")
    if "reminders" in changes:
        def rem_ok(e, r):
            return r["customer"] == e["customer"] and date_ok(e["due"], local(r["due_at"], user))
        ue, ua = match_lists(changes["reminders"], rems, rem_ok)
        missing += [f"reminder {e['customer']} due {e['due']}" for e in ue]
        wrong += [f"reminder {r['customer']} due {local(r['due_at'], user):%Y-%m-%d %H:%M}" for r in ua]
    else:
        wrong += [f"unexpected reminder {r['customer']} due {local(r['due_at'], user):%Y-%m-%d %H:%M}" for r in rems]
    for a, b in changed_left:
        wrong.append(f"changed an earlier reminder ({b['customer']})")
    for r in removed_left:
        wrong.append(f"removed an earlier reminder ({r['customer']})")

    # contacts
    new_c = [("new", None, p) for p in d["new_contacts"]]
    chg_c = [("old", a, b) for a, b in d["changed_contacts"]]
    rem_c = [("removed", p, None) for p in d["removed_contacts"]]
    actual_contacts = new_c + chg_c + rem_c

    def contact_item_ok(e, item):
        kind, before, p = item
        who = p or before
        if who["customer"] != e["customer"]:
            return False
        if not (same_person(e["name"], who["name"]) or (before and same_person(e["name"], before["name"]))):
            return False
        if e.get("left"):
            if kind == "removed":
                return True
            if kind == "old" and p.get("left_at") and not (before or {}).get("left_at"):
                return True  # the /left form: the contact is marked as gone (left_at), kept in history
            blob = fold(f"{p['name']} {p.get('title') or ''}")
            return kind == "old" and any(mark in blob for mark in LEFT_MARKERS)
        if kind == "removed":
            return False
        if "title" in e and not text_ok(e["title"], p.get("title")):
            return False
        if "email" in e and fold(e["email"]) != fold(p.get("email")):
            return False
        if "phone" in e and not phone_ok(e["phone"], p.get("phone")):
            return False
        return True

    if "contacts" in changes:
        ue, ua = match_lists(changes["contacts"], actual_contacts, contact_item_ok)
        missing += [f"contact {e['customer']}: {e['name']} {', '.join(f'{k}={v}' for k, v in e.items() if k not in ('customer', 'name'))}" for e in ue]
        wrong += [f"contact {k} {(p or b)['customer']}: {(p or b)['name']} title={(p or b).get('title')} phone={(p or b).get('phone')} email={(p or b).get('email')}" for k, b, p in ua]
    else:
        folded = fold(text)
        for kind, before, p in actual_contacts:
            if kind == "new" and p["customer"] in customers and fold(p["name"]) and fold(p["name"]) in folded:
                continue  # a new contact named in the message, at the right customer: fine
            who = p or before
            wrong.append(f"contact {kind} {who['customer']}: {who['name']}")
    return wrong, missing


# ----------------------------------------------------------------- replies
BUTTON = re.compile(r"^\s*\[(\d+)\]\s*(.+?)\s*$")


def asked(output: str) -> bool:
    for line in output.splitlines():
        if mm := BUTTON.match(line):
            label = mm.group(2).casefold()
            if not any(u in label for u in UNDO_LABELS):
                return True
    text = "\n".join(line for line in output.splitlines() if not BUTTON.match(line))
    return "?" in text or "？" in text


def mentions_ok(output: str, mentions: list[str]) -> list[str]:
    blob = re.sub(r"[\s,，]", "", output).casefold()
    lacking = []
    for mention in mentions:
        options = [re.sub(r"[\s,，]", "", o).casefold() for o in mention.split("|")]
        if not any(o and o in blob for o in options):
            lacking.append(mention)
    return lacking


def verdict(msg: dict, d: dict, output: str, base_idx: dict) -> tuple[str, str]:
    expect = msg["expect"]
    outcome = expect["outcome"]
    also = expect.get("also_ok")
    also = also if isinstance(also, list) else ([also] if also else [])
    user = msg["user"]
    text = " ".join(msg.get("texts") or [msg.get("text", "")])
    was_asked = asked(output)
    empty = diff_empty(d)
    stored = "; ".join(describe(d, user))[:600]
    if outcome == "nothing":
        if not empty:
            return "silently_wrong", f"stored where nothing was expected: {stored}"
        lacking = mentions_ok(output, expect.get("answer_mentions", []))
        if not lacking:
            return "right", "nothing stored" + (" and the answer has what it should" if expect.get("answer_mentions") else "")
        if was_asked:
            return ("right" if "ask" in also else "asked"), f"asked instead of answering (answer lacks {lacking})"
        return "missed", f"nothing stored but the answer lacks {lacking}"
    if outcome == "ask":
        if not empty:
            return "silently_wrong", f"stored where it must ask: {stored}"
        if was_asked:
            return "right", "asked, nothing stored"
        if "nothing" in also:
            return "right", "nothing stored (acceptable here)"
        return "missed", "nothing stored but no question shown"
    # store
    if empty:
        if was_asked:
            return ("right" if "ask" in also else "asked"), "asked, nothing stored"
        return "missed", "nothing stored, no question"
    options = [expect["changes"], *expect.get("alt_changes", [])]
    results = [judge_changes(option, d, user, text, base_idx) for option in options]
    for wrong, missing in results:
        if not wrong and not missing:
            return "right", "stored as expected: " + stored
    wrong, missing = min(results, key=lambda r: (len(r[0]) > 0, len(r[0]) + len(r[1])))
    if wrong:
        return "silently_wrong", f"wrong: {'; '.join(wrong)}" + (f" | missing: {'; '.join(missing)}" if missing else "")
    return "missed", f"partial, missing: {'; '.join(missing)} (stored: {stored})"


# ----------------------------------------------------------------- main
def run_one(runner: Runner, base_db: Path, base: dict, base_idx: dict, msg: dict) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix=f"msg-{msg['id']}-", dir=runner.workdir))
    try:
        db = tmp / "m.db"
        shutil.copy(base_db, db)
        texts = msg.get("texts") or [msg["text"]]
        clock = utc_reference(msg["user"])
        proc = runner.run(["chat", "--as", msg["user"]], db, clock, stdin="\n".join(texts) + "\n")
        if proc.returncode != 0:  # a crash: try once more on a fresh copy (e.g. code changing under an editable install)
            shutil.copy(base_db, db)
            proc = runner.run(["chat", "--as", msg["user"]], db, clock, stdin="\n".join(texts) + "\n")
        output = proc.stdout
        if proc.returncode != 0:
            return {"id": msg["id"], "class": msg["class"], "lang": msg["lang"], "verdict": "missed",
                    "reason": f"crash: salesbot chat exited {proc.returncode}: {proc.stderr.strip()[-300:]}", "replies": output[-1500:]}
        after = runner.export(db, clock)
        d = diff(base, after)
        v, reason = verdict(msg, d, output, base_idx)
        return {"id": msg["id"], "class": msg["class"], "lang": msg["lang"], "verdict": v, "reason": reason,
                "texts": texts, "replies": output[-1500:], "stored": describe(d, msg["user"])}
    except subprocess.TimeoutExpired:
        return {"id": msg["id"], "class": msg["class"], "lang": msg["lang"], "verdict": "missed", "reason": "timeout"}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def table(results: list[dict], key: str) -> str:
    groups = defaultdict(Counter)
    for r in results:
        groups[r[key]][r["verdict"]] += 1
    lines = [f"{key:<15}{'n':>5}" + "".join(f"{v:>16}" for v in VERDICTS)]
    total = Counter()
    for g in sorted(groups):
        c = groups[g]
        n = sum(c.values())
        total.update(c)
        lines.append(f"{g:<15}{n:>5}" + "".join(f"{c[v]:>16}" for v in VERDICTS))
    n = sum(total.values())
    lines.append(f"{'TOTAL':<15}{n:>5}" + "".join(f"{total[v]:>10} {100 * total[v] / max(n, 1):4.0f}%" for v in VERDICTS))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--salesbot", default=str(DEFAULT_SALESBOT), help="path to the salesbot executable (a worktree's .venv/bin/salesbot)")
    ap.add_argument("--file", default=str(HERE / "messages.json"), help="labelled messages (messages.json, dev.json, ...)")
    ap.add_argument("--ids", help="comma-separated message ids to run")
    ap.add_argument("--customers", default=str(HERE / "customers.csv"))
    ap.add_argument("--setup", default=str(HERE / "setup.txt"))
    ap.add_argument("--jobs", type=int, default=2, help="messages run in parallel (default 2)")
    ap.add_argument("--report", help="JSON report path (default: report-<file>-<time>.json next to this script)")
    ap.add_argument("--workdir", help="scratch folder (default: a new temp folder, removed afterwards)")
    ap.add_argument("--verbose", action="store_true", help="print every verdict with its reason")
    args = ap.parse_args()

    salesbot = shutil.which(args.salesbot) or args.salesbot
    if not Path(salesbot).exists():
        sys.exit(f"harness: no salesbot at {args.salesbot}")
    lib = find_faketime()
    data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    messages = data["messages"] if isinstance(data, dict) else data
    if args.ids:
        wanted = [i.strip() for i in args.ids.split(",") if i.strip()]
        messages = [m for m in messages if m["id"] in wanted]
    if not messages:
        sys.exit("harness: no messages selected")
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="salesbot-eval-"))
    workdir.mkdir(parents=True, exist_ok=True)
    runner = Runner(salesbot, workdir, lib)
    print(f"salesbot: {salesbot}\nmessages: {len(messages)} from {args.file}\nworkdir: {workdir}", flush=True)
    base_db = build_base(runner, Path(args.customers), Path(args.setup))
    base = runner.export(base_db, utc_reference("Kirrily"))
    base_idx = index(base)
    print("base DB built and checked", flush=True)
    results = []
    with futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        jobs = [pool.submit(run_one, runner, base_db, base, base_idx, m) for m in messages]
        for done, job in enumerate(futures.as_completed(jobs), 1):
            r = job.result()
            results.append(r)
            if args.verbose:
                print(f"[{done}/{len(jobs)}] {r['id']} {r['verdict']}: {r['reason'][:200]}", flush=True)
            elif done % 25 == 0:
                print(f"  {done}/{len(jobs)}", flush=True)
    results.sort(key=lambda r: r["id"])
    print()
    print(table(results, "class"))
    print()
    print(table(results, "lang"))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    report = Path(args.report) if args.report else HERE / f"report-{Path(args.file).stem}-{stamp}.json"
    summary = {v: sum(1 for r in results if r["verdict"] == v) for v in VERDICTS}
    report.write_text(json.dumps({"salesbot": salesbot, "file": args.file, "count": len(results), "summary": summary,
                                  "results": results}, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nreport: {report}")
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
