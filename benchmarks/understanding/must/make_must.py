# ruff: noqa: E501  (one labelled message per line)
"""Must-ask and two-customer phrasings written by i18-must (session 18) against this folder's confusable
customers (customers.csv, setup.txt), before any change to the reader. Labels: what a careful human does.

    python benchmarks/understanding/must/make_must.py   # writes must.json next to it
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/must/must.json --failures
"""

from __future__ import annotations

import json
from pathlib import Path

S, L = "Sam", "李雷"
ASK = {"outcome": "ask"}
MEET = ["meeting", "visit"]


def act(customer, kind, contact=None, occurred=None):
    a = {"customer": customer, "kind": kind, "contact": contact}
    if occurred:
        a["occurred"] = occurred
    return a


def deal(customer, **fields):
    return {"customer": customer, **fields}


def rem(customer, due):
    return {"customer": customer, "due": due}


def store(*items, alt=None):
    changes: dict = {}
    for item in items:
        key = "reminders" if "due" in item else "activities" if "kind" in item else "deals"
        changes.setdefault(key, []).append(item)
    out = {"outcome": "store", "changes": changes}
    if alt:
        out["alt_changes"] = alt
    return out


def changes(*items):
    return store(*items)["changes"]


HB, HD, AR, CR = "Harbor Dental Boston", "Harbor Dental Denver", "Alder Robotics", "Calder Robotics"
PF, BL, ML, CT, QH, BO = (
    "Pinecrest Foods",
    "Bayline Logistics",
    "Meridian Labs",
    "Crane Textiles",
    "Quarry Hill Winery",
    "Brandt Outdoor Gear",
)
HONG, HONG2, SXH, HXH, JD, JDT, LY = (
    "鸿达物流有限公司",
    "宏达物流有限公司",
    "上海新华文具有限公司",
    "杭州新华文具有限公司",
    "金鼎建材有限公司",
    "金顶建材有限公司",
    "绿源环保科技有限公司",
)

M = [
    # must ask: which customer, which person, which amount, which currency, which deal
    ("must_ask", "en", S, "harbor dental signed!", ASK),  # one brand, two cities
    ("must_ask", "en", S, "Harbor Dental wants the revised quote by friday", ASK),
    ("must_ask", "en", S, "talked to Laura, she's fine with the price", ASK),  # Laura Chen at two customers
    ("must_ask", "en", S, "Laura Chen called, wants to sign next week", ASK),
    ("must_ask", "en", S, "called Victor at Meridian, he says go ahead at 80k", ASK),  # Victor left
    ("must_ask", "en", S, "Victor Lang emailed, wants the contract", ASK),
    ("must_ask", "en", S, "Brandt wants a quote", ASK),  # Hugo Brandt (Crane) or Brandt Outdoor Gear
    ("must_ask", "en", S, "crane textiles signed 🎉", ASK),  # their deal is lost
    ("must_ask", "en", S, "bump the meridian deal", ASK),  # by how much?
    ("must_ask", "en", S, "delete the pinecrest deal", ASK),
    ("must_ask", "en", S, "Pinecrest is somewhere around 30 to 35k", ASK),
    ("must_ask", "en", S, "Bayline now 50k, not sure if that's USD or CAD", ASK),
    ("must_ask", "en", S, "Calder maybe 70k, could be less", ASK),
    ("must_ask", "en", S, "met Fernhill Bakery today, they want 200 units, 8k", ASK),  # not in the CRM
    ("must_ask", "en", S, "alder robotics or calder, can't remember which, wants a demo", ASK),
    ("must_ask", "en", S, "quarry hill 12 or 15k depending on the tasting room", ASK),
    ("must_ask", "zh", L, "hongda 下周二来公司", ASK),  # 鸿达 and 宏达 are both hongda
    ("must_ask", "zh", L, "新华文具签了", ASK),  # 上海 or 杭州
    ("must_ask", "zh", L, "姜总说下周签", ASK),  # 姜涛 (鸿达) or 姜伟 (金鼎)
    ("must_ask", "zh", L, "金顶签了！", ASK),  # their deal is lost
    ("must_ask", "zh", L, "把鸿达的单子往上调一调", ASK),  # by how much?
    ("must_ask", "zh", L, "把宏达物流的商机删掉", ASK),
    ("must_ask", "zh", L, "绿源 大概1000到1200万之间", ASK),
    ("must_ask", "zh", L, "宏达改成50万，美金还是人民币还没定", ASK),
    ("must_ask", "zh", L, "刘洋来电话说要报价", ASK),  # 刘洋 left 宏达
    ("must_ask", "zh", L, "今天见了蓝海餐饮的王总，他们想订一批文具，大概5万", ASK),  # not in the CRM
    ("must_ask", "zh", L, "鸿达 金额 80万 也可能 100万", ASK),
    ("must_ask", "zh", L, "金鼎还是金顶来着，要报价", ASK),
    ("must_ask", "mixed", L, "xinhua 文具 wants 报价", ASK),
    ("must_ask", "mixed", S, "Harbor Dental 那边 signed 了", ASK),
    # deal amounts and outcomes said plainly: stored, no question
    ("deal_update", "zh", L, "绿源环保 金额改成1億2千萬", store(deal(LY, amount="120000000"))),
    ("deal_update", "zh", L, "绿源环保的单子改成1亿2千万", store(deal(LY, amount="120000000"))),
    ("lose", "zh", L, "金鼎那单沒拿到，被對手搶走了", store(deal(JD, stage="lost"))),
    ("lose", "zh", L, "鸿达物流的仓储系统没拿到，被竞争对手抢了", store(deal(HONG, stage="lost"))),
    (
        "lose",
        "en",
        S,
        "Pinecrest lost, they went with Sysco",
        store(deal(PF, stage="lost", lost_reason_contains="Sysco")),
    ),
    # named clearly: a careful human would not ask
    (
        "log",
        "en",
        S,
        "called Nina at Harbor Dental, she's reviewing the quote",
        store(act(HB, "call", "Nina Park")),
    ),
    ("deal_update", "en", S, "Calder Robotics moved to negotiation", store(deal(CR, stage="negotiation"))),
    ("log", "en", S, "called Laura at Bayline about the pallet pilot", store(act(BL, "call", "Laura Chen"))),
    ("log", "zh", L, "鸿达物流 姜总 电话沟通了仓储系统的报价", store(act(HONG, "call", "姜涛"))),
    ("log", "zh", L, "今天去了杭州新华文具，见了吴店长", store(act(HXH, MEET, "吴刚"))),
    ("deal_update", "zh", L, "宏达物流 改成35万", store(deal(HONG2, amount="350000"))),
    (
        "log",
        "en",
        S,
        "Harbor Dental Denver: Omar called, wants the revised quote by friday",
        store(
            act(HD, "call", "Omar Haddad"),
            rem(HD, "2026-12-04"),
            alt=[changes(act(HD, "call", "Omar Haddad"))],
        ),
    ),
    # two customers: both when both are meant, one when the other is only mentioned
    (
        "two_customers",
        "en",
        S,
        "called Nina at Harbor Dental Boston and emailed Greg at Alder Robotics",
        store(act(HB, "call", "Nina Park"), act(AR, "email", "Greg Tull")),
    ),
    (
        "two_customers",
        "en",
        S,
        "Alder Robotics signed! Calder Robotics still deciding",
        store(deal(AR, stage="won"), alt=[changes(deal(AR, stage="won"), act(CR, "note"))]),
    ),
    (
        "two_customers",
        "en",
        S,
        "lunch with Dev from Quarry Hill, he recommended us to Brandt Outdoor Gear",
        store(act(QH, MEET, "Dev Sharma")),
    ),
    (
        "two_customers",
        "en",
        S,
        "Pinecrest 28k, Bayline 45k CAD",
        store(deal(PF, amount="28000"), deal(BL, amount="45000", currency="CAD")),
    ),
    (
        "two_customers",
        "en",
        S,
        "Calder Robotics lost to a competitor; Alder Robotics moved the close to Jan 15",
        store(deal(CR, stage="lost"), deal(AR, close_date="2027-01-15")),
    ),
    (
        "two_customers",
        "en",
        S,
        "visited Pinecrest Foods, Laura mentioned Bayline Logistics handles their shipping",
        store(act(PF, MEET, "Laura Chen")),
    ),
    (
        "two_customers",
        "zh",
        L,
        "今天拜访了鸿达物流和金鼎建材",
        store(act(HONG, MEET, [None, "姜涛"]), act(JD, MEET, [None, "姜伟"])),
    ),
    (
        "two_customers",
        "zh",
        L,
        "鸿达物流签了，宏达物流还在谈",
        store(deal(HONG, stage="won"), alt=[changes(deal(HONG, stage="won"), act(HONG2, "note"))]),
    ),
    (
        "two_customers",
        "zh",
        L,
        "给上海新华文具和杭州新华文具都发了邮件",
        store(act(SXH, "email", [None, "周敏"]), act(HXH, "email", [None, "吴刚"])),
    ),
    (
        "two_customers",
        "zh",
        L,
        "金鼎建材的姜总说绿源环保也在找供应商，回头联系一下何经理",
        store(
            act(JD, "note", "姜伟"),
            alt=[
                changes(act(JD, ["note", "call", "meeting"], "姜伟")),
                changes(act(JD, ["note", "call", "meeting"], "姜伟"), act(LY, "note", "何静")),
            ],
        ),
    ),
    (
        "two_customers",
        "mixed",
        L,
        "鸿达 涨到90万, 宏达 降到28万",
        store(deal(HONG, amount="900000"), deal(HONG2, amount="280000")),
    ),
    # written after the first changes: a customer named again later in the message takes its clause
    ("two_customers", "zh", L, "今天下午去了鸿达物流和金鼎建材，金鼎姜总要看样品，鸿达那边没见到人",
     store(act(HONG, MEET, None), act(JD, MEET, "姜伟"))),
    ("two_customers", "en", S, "called Pinecrest Foods and Alder Robotics; Greg at Alder wants the spec sheet, Pinecrest didn't pick up",
     store(act(PF, "call", None), act(AR, "call", "Greg Tull"))),
    # written after the second round of changes, as a check (not tuned on): news of one customer naming another
    ("two_customers", "en", S, "call with Greg at Alder Robotics went well. fyi alder is buying their sensors from Calder Robotics now",
     store(act(AR, "call", "Greg Tull"))),
    ("two_customers", "zh", L, "绿源环保何经理电话聊了一下，绿源最近在跟金鼎建材谈合作", store(act(LY, "call", "何静"))),
    ("two_customers", "en", S, "visited Quarry Hill and Crane Textiles, both want new price sheets",
     store(act(QH, MEET, [None, "Dev Sharma"]), act(CT, MEET, [None, "Hugo Brandt"]))),
]  # fmt: skip

if __name__ == "__main__":
    messages = [
        {"id": f"mu{i:03d}", "class": cls, "lang": lang, "user": user, "text": text, "expect": expect}
        for i, (cls, lang, user, text, expect) in enumerate(M, 1)
    ]
    out = Path(__file__).with_name("must.json")
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(messages)} messages -> {out}")
