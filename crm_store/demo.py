"""Realistic demo data (English and Chinese customers) so a new user can try things at once.

Everything is relative to `now`, so the pipeline always has deals closing this week,
overdue follow-ups and customers going quiet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal

from crm_store.audit import Actor
from crm_store.models import User
from crm_store.system import System


@dataclass(frozen=True)
class DemoCustomer:
    name: str
    aliases: tuple[str, ...]
    industry: str
    phone: str
    owner: str  # "me" or a rep's name
    contacts: tuple[tuple[str, str, str, str], ...]  # name, title, phone, email
    deal: tuple[str, str, int, str, int] | None  # title, amount, currency, stage, close in days
    activities: tuple[tuple[int, str, str], ...]  # days ago, kind, summary
    tier: str | None = None


REPS = (("Sam Taylor", "en", "America/New_York"), ("李伟", "zh", "Asia/Shanghai"),
        ("Anna Schmidt", "en", "Europe/Berlin"))  # fmt: skip

CUSTOMERS = (
    DemoCustomer("Acme Corporation", ("Acme", "ACME Corp"), "Manufacturing", "+1 415 555 0100", "me",
                 (("Jane Doe", "CTO", "+1 415 555 0101", "jane.doe@acme.example"),
                  ("Bob Miller", "Head of Purchasing", "+1 415 555 0102", "bob@acme.example")),
                 ("Acme 20 seats", "", 24000, "proposal", 12),
                 ((40, "meeting", "Intro meeting with Jane, interested in 20 seats"),
                  (9, "visit", "Visited Jane, demo went well")), "A"),
    DemoCustomer("Globex Inc", ("Globex",), "Energy", "+1 212 555 0140", "Sam Taylor",
                 (("Hank Scorpio", "CEO", "+1 212 555 0141", "hank@globex.example"),),
                 ("Globex platform rollout", "", 120000, "negotiation", 5),
                 ((20, "call", "Call with Hank about rollout timeline"),
                  (3, "email", "Sent revised pricing")), "A"),
    DemoCustomer("Initech LLC", ("Initech",), "Software", "+1 512 555 0170", "Sam Taylor",
                 (("Bill Lumbergh", "VP Operations", "+1 512 555 0171", "bill@initech.example"),),
                 ("Initech TPS automation", "", 18000, "qualified", 30),
                 ((25, "call", "Called Bill - no answer"),), None),
    DemoCustomer("Umbrella Health GmbH", ("Umbrella",), "Healthcare", "+49 30 5550 1200", "Anna Schmidt",
                 (("Dr. Klara Weiss", "Procurement", "+49 30 5550 1201", "k.weiss@umbrella.example"),),
                 ("Umbrella clinics pilot", "", 45000, "proposal", -3),
                 ((35, "visit", "On-site visit in Berlin, pilot for 3 clinics"),), "B"),
    DemoCustomer("Müller Maschinenbau GmbH", ("Mueller", "Müller MB"), "Machinery", "+49 89 5550 3300",
                 "Anna Schmidt",
                 (("Jürgen Müller", "Geschäftsführer", "+49 89 5550 3301", "jm@mueller-mb.example"),),
                 ("Service contract 2027", "EUR", 36000, "negotiation", 20),
                 ((6, "meeting", "Negotiation round 1 with Jürgen"),), "B"),
    DemoCustomer("Société Générale d'Optique S.A.", ("SGO",), "Optics", "+33 1 5550 4400", "me",
                 (("Élodie Martin", "Directrice achats", "+33 1 5550 4401", "e.martin@sgo.example"),),
                 ("SGO lens line", "EUR", 60000, "lead", 60),
                 ((50, "email", "Replied to inbound enquiry"),), None),
    DemoCustomer("Stark Industries", ("Stark",), "Aerospace", "+1 310 555 0190", "me",
                 (("Pepper Potts", "COO", "+1 310 555 0191", "pepper@stark.example"),),
                 ("Stark fleet licences", "", 250000, "won", -20),
                 ((60, "meeting", "Kick-off with Pepper"), (22, "meeting", "Contract signed")), "A"),
    DemoCustomer("Wayne Enterprises", ("Wayne",), "Conglomerate", "+1 609 555 0110", "Sam Taylor",
                 (("Lucius Fox", "CTO", "+1 609 555 0111", "lucius@wayne.example"),),
                 None, ((75, "visit", "Annual review with Lucius"),), "B"),
    DemoCustomer("Hooli", (), "Internet", "+1 650 555 0120", "Sam Taylor",
                 (("Gavin Belson", "CEO", "+1 650 555 0121", "gavin@hooli.example"),),
                 ("Hooli XYZ", "", 30000, "lost", -10),
                 ((15, "call", "Gavin chose a competitor on price"),), None),
    DemoCustomer("华为技术有限公司", ("华为", "Huawei"), "通信设备", "+86 755 2878 0808", "李伟",
                 (("张伟", "采购经理", "+86 138 0000 1111", "zhang.wei@huawei.example"),
                  ("王芳", "技术总监", "+86 139 0000 2222", "wang.fang@huawei.example")),
                 ("华为 年度框架合同", "CNY", 500000, "proposal", 9),
                 ((30, "visit", "拜访了张经理，介绍了产品方案"), (4, "call", "电话跟进报价")), "A"),
    DemoCustomer("北京星河科技有限公司", ("星河科技",), "软件", "+86 10 5555 6666", "李伟",
                 (("刘强", "总经理", "+86 135 0000 3333", "liu.qiang@xinghe.example"),),
                 ("星河 CRM 升级", "CNY", 120000, "qualified", 25),
                 ((12, "meeting", "和刘总开会，确认需求"),), "B"),
    DemoCustomer("上海东方贸易有限公司", ("东方贸易",), "贸易", "+86 21 5555 7777", "李伟",
                 (("陈静", "采购主管", "+86 136 0000 4444", "chen.jing@dongfang.example"),),
                 None, ((45, "visit", "上门拜访陈主管"),), None),
    DemoCustomer("深圳腾达电子有限公司", ("腾达电子",), "电子制造", "+86 755 5555 8888", "me",
                 (("赵磊", "工程部经理", "+86 137 0000 5555", "zhao.lei@tengda.example"),),
                 ("腾达 产线系统", "CNY", 300000, "negotiation", 3),
                 ((18, "meeting", "技术交流会"), (2, "call", "赵经理来电询问交付周期")), "A"),
    DemoCustomer("杭州云帆网络科技有限公司", ("云帆",), "互联网", "+86 571 5555 9999", "李伟",
                 (("孙丽", "运营总监", "+86 158 0000 6666", "sun.li@yunfan.example"),),
                 ("云帆 数据平台", "CNY", 80000, "lead", 45),
                 ((33, "complaint", "投诉上次交付延迟，需要尽快回复"),), None),
)  # fmt: skip


def _stopped_at(moment: datetime) -> Callable[[], datetime]:
    """A clock that always says `moment` (the demo's records are dated in the past)."""
    return lambda: moment


def load_demo(system: System, org_id: int, me: User, *, now: datetime) -> dict[str, int]:
    """Add a small team, customers with contacts, deals at every stage, activities, reminders."""
    admin_store = system.store(Actor(org_id, me.id), audit=False, now=lambda: now)
    people: dict[str, User] = {"me": me}
    for name, locale, zone in REPS:
        user = admin_store.users.by_name(name) or admin_store.users.add(
            name, role="rep", timezone=zone, locale=locale, manager_id=me.id
        )
        people[name] = user
    if me.role == "rep":
        admin_store.users.update(me, role="manager")
    counts = {"customers": 0, "contacts": 0, "deals": 0, "activities": 0, "reminders": 0}
    for spec in CUSTOMERS:
        owner = people[spec.owner]
        start = now - timedelta(days=max((a[0] for a in spec.activities), default=30) + 5)
        store = system.store(Actor(org_id, owner.id, "demo"), audit=False, now=_stopped_at(start))
        customer = store.customers.add(spec.name, aliases=list(spec.aliases), industry=spec.industry,
                                       phone=spec.phone, tier=spec.tier)  # fmt: skip
        customer.created_at = start
        counts["customers"] += 1
        contacts = []
        for person, title, phone, email in spec.contacts:
            contacts.append(store.customers.add_contact(customer, person, title=title, phone=phone,
                                                        email=email))  # fmt: skip
            counts["contacts"] += 1
        deal = None
        if spec.deal:
            title, currency, amount, stage, close_in = spec.deal
            deal = store.deals.add(customer, title=title, stage="lead", currency=currency or "USD",
                                   amount=Decimal(amount),
                                   expected_close=(now + timedelta(days=close_in)).date())  # fmt: skip
            counts["deals"] += 1
            if stage != "lead":
                moved = system.store(Actor(org_id, owner.id, "demo"), audit=False,
                              now=lambda: now - timedelta(days=8))  # fmt: skip
                extra = {"lost_reason": "Chose a competitor on price"} if stage == "lost" else {}
                moved.deals.change(deal, stage=stage, **extra)
        for days_ago, kind, summary in spec.activities:
            store.activities.add(kind, summary, customer_id=customer.id,
                                 contact_id=contacts[0].id if contacts else None,
                                 deal_id=deal.id if deal else None,
                                 occurred_at=now - timedelta(days=days_ago))  # fmt: skip
            counts["activities"] += 1
        if deal is not None and deal.status == "open":
            due = now + timedelta(days=-1 if spec.tier == "A" else 2)
            due = due.replace(hour=14, minute=0, second=0, microsecond=0)
            store.reminders.add(owner.id, due, f"Follow up with {contacts[0].name}" if contacts
                                else "Follow up", customer_id=customer.id, deal_id=deal.id)  # fmt: skip
            counts["reminders"] += 1
    today_nine = datetime.combine(now.date(), time(9), tzinfo=now.tzinfo) + timedelta(days=1)
    admin_store.reminders.add(me.id, today_nine, "Prepare weekly pipeline review")
    counts["reminders"] += 1
    return counts
