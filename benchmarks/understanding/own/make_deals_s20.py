# ruff: noqa: E501  (one labelled message per line)
"""Deal changes read from free text, written by i20-deals (session 20) before any change, one family per
cause seen on a fresh clone and on sealed halves in session 19, in both languages and in words of our own:
a close date moved ("pushing the rollout to feb", "延到三月底"; a vague one is asked or left, never guessed),
an amount in another currency than the deal's (asked; the deal's own currency is fine), their budget plans
("no budget till april": no reminder, no close), a loss or win said of one of two customers in one clause
list (it belongs to the one it is said of), and a colleague's deal (a rep is told whose deal it is, as the
commands do; nothing changes). The world is the base one (../customers.csv, ../setup.txt: Sam and 李雷 are
reps, Alex a manager with no team); the clock is Monday 2026-11-30 10:00 in each user's time zone.

    python benchmarks/understanding/own/make_deals_s20.py   # writes deals_s20.json next to it
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/deals_s20.json \
        --customers benchmarks/understanding/customers.csv --setup benchmarks/understanding/setup.txt
"""

from __future__ import annotations

import json
from pathlib import Path

from make_logs import act, store  # the same labels as the log set (run as a script from this folder)

S, L = "Sam", "李雷"
HW, XM, MJ, BH, DG = (
    "深圳市华为技术有限公司",
    "北京小米科技有限责任公司",
    "福建闽江茶业有限公司",
    "天津渤海钢铁有限公司",
    "东方国际贸易有限公司",
)
ASK = {"outcome": "ask"}
NOTE = ["note", "call", "message", "email", "meeting"]
FEB = ["2027-02-01", "2027-02-28"]
MAR = ["2027-03-01", "2027-03-31"]
Q2 = ["2027-04-01", "2027-06-30"]


def deal(customer, **fields):
    return {"customer": customer, **fields}


def told(customer, name):
    """Whose deal it is, said in the reply; nothing stored."""
    return {"outcome": "nothing", "answer_mentions": [name]}


# (lang, user, cause, text, expect)
M = [
    # --- a close date moved, said in free text ---
    ("en", S, "close_moved", "globex called, they r pushing the rollout to feb", store(deal("Globex Corporation", close_date=FEB), act("Globex Corporation", "call", ["Hank Scorpio", None]), also_ok="ask")),
    ("en", S, "close_moved", "zenith slipped to Q2, legal is swamped over there", store(deal("Zenith Telecom", close_date=Q2), act("Zenith Telecom", NOTE, None), alt=[{"deals": [deal("Zenith Telecom", close_date=Q2)]}], also_ok="ask")),
    ("en", S, "close_moved", "kessler medical - the decision got pushed to mid january", store(deal("Kessler Medical", close_date="2027-01-15"), act("Kessler Medical", NOTE, None), alt=[{"deals": [deal("Kessler Medical", close_date="2027-01-15")]}], also_ok="ask")),
    ("en", S, "close_moved", "acme: jane rang, rollout moved to february so no signature this year", store(deal("Acme Corp", close_date=FEB), act("Acme Corp", "call", "Jane Doe"), also_ok="ask")),
    ("en", S, "close_moved", "sterling pharma - hannah says they're now looking at signing in march", store(deal("Sterling Pharma", close_date=MAR), act("Sterling Pharma", NOTE, ["Hannah Cole", None]), also_ok="ask")),
    ("en", S, "close_moved", "brightwater energy won't sign before april, priya told me on the phone", store(deal("Brightwater Energy", close_date="2027-04-01"), act("Brightwater Energy", "call", "Priya Nair"), also_ok="ask")),
    ("en", S, "close_moved", "spoke w/ lucius, wayne expects to sign end of jan now", store(deal("Wayne Enterprises", close_date="2027-01-31"), act("Wayne Enterprises", "call", "Lucius Fox"), also_ok="ask")),
    ("en", S, "close_moved", "globex: they won't be signing until sometime next year", store(act("Globex Corporation", NOTE, None), also_ok="ask")),
    ("en", S, "close_moved", "northwind pushed it back, no idea when", ASK),
    ("zh", L, "close_moved", "小米的单子延到三月底", store(deal(XM, close_date="2027-03-31"), also_ok="ask")),
    ("zh", L, "close_moved", "渤海钢铁袁亮来电话，签约推到明年二月了", store(deal(BH, close_date=FEB), act(BH, "call", "袁亮"), also_ok="ask")),
    ("zh", L, "close_moved", "华为张伟说合同要到明年三月才能签", store(deal(HW, close_date=MAR), act(HW, NOTE, ["张伟", None]), also_ok="ask")),
    ("zh", L, "close_moved", "东方国际贸易预计一季度末签约", store(deal(DG, close_date="2027-03-31"), also_ok="ask")),
    ("zh", L, "close_moved", "闽江茶业推迟了，明年再说", store(act(MJ, NOTE, None), also_ok="ask")),
    ("tw", L, "close_moved", "小米那單延後到二月中簽約", store(deal(XM, close_date="2027-02-15"), also_ok="ask")),
    # --- an amount in another currency than the deal's ---
    ("en", S, "currency", "umbrella health signed the pilot!! 22k eur", ASK),
    ("en", S, "currency", "northwind: 9k GBP, they signed", ASK),
    ("en", S, "currency", "globex now 85k euros", ASK),
    ("en", S, "currency", "wayne moved to proposal, €70k", ASK),
    ("en", S, "currency", "zenith signed at 200k usd", store(deal("Zenith Telecom", stage="won", amount="200000"))),
    ("en", S, "currency", "acme corp signed! $24k", store(deal("Acme Corp", stage="won", amount="24000"))),
    ("zh", L, "currency", "渤海钢铁签了，300万美元", ASK),
    ("zh", L, "currency", "小米改成15万美金", ASK),
    ("zh", L, "currency", "闽江茶业谈下来了 8万港币", ASK),
    ("zh", L, "currency", "华为框架合同签了 50万人民币", store(deal(HW, stage="won", amount="500000"))),
    # --- their budget plans: no reminder, no close ---
    ("en", S, "their_budget", "acme: no budget till april", store(act("Acme Corp", NOTE, None), also_ok="ask")),
    ("en", S, "their_budget", "called globex, hank says they have no budget until Q2", store(act("Globex Corporation", "call", "Hank Scorpio"))),
    ("en", S, "their_budget", "northwind's budget gets approved in january, nancy told me", store(act("Northwind Traders", NOTE, ["Nancy Davolio", None]), also_ok="ask")),
    ("en", S, "their_budget", "wayne has a budget freeze till march per lucius", store(act("Wayne Enterprises", NOTE, ["Lucius Fox", None]), also_ok="ask")),
    ("en", S, "their_budget", "zenith: victor says funds free up after feb", store(act("Zenith Telecom", NOTE, ["Victor Chen", None]), also_ok="ask")),
    ("zh", L, "their_budget", "渤海钢铁袁亮说明年三月才有预算", store(act(BH, NOTE, ["袁亮", None]), also_ok="ask")),
    ("zh", L, "their_budget", "给闽江茶业林总打了电话，预算要等到年后", store(act(MJ, "call", "林国栋"))),
    ("zh", L, "their_budget", "小米李娜说预算下个月才批下来", store(act(XM, NOTE, ["李娜", None]), also_ok="ask")),
    # --- a loss or a win of one of two customers named together ---
    ("en", S, "two_outcome", "called northwind and zenith - zenith went with someone cheaper", store(act("Northwind Traders", "call", None), act("Zenith Telecom", "call", None), deal("Zenith Telecom", stage="lost", lost_reason_contains="cheaper"), also_ok="ask")),
    ("en", S, "two_outcome", "visited wayne and sterling pharma today, sterling pharma signed!", store(act("Wayne Enterprises", ["visit", "meeting"], None), act("Sterling Pharma", ["visit", "meeting"], None), deal("Sterling Pharma", stage="won"), also_ok="ask")),
    ("en", S, "two_outcome", "emailed umbrella health and globex; globex signed the contract", store(act("Umbrella Health", "email", None), act("Globex Corporation", "email", None), deal("Globex Corporation", stage="won"), also_ok="ask")),
    ("en", S, "two_outcome", "called wayne and zenith. wayne is lost, budget cut", store(act("Wayne Enterprises", "call", None), act("Zenith Telecom", "call", None), deal("Wayne Enterprises", stage="lost", lost_reason_contains="budget"), also_ok="ask")),
    ("en", S, "two_outcome", "rang kessler medical & northwind, northwind picked a local supplier", store(act("Kessler Medical", "call", None), act("Northwind Traders", "call", None), deal("Northwind Traders", stage="lost", lost_reason_contains="local"), also_ok="ask")),
    ("zh", L, "two_outcome", "今天拜访了渤海钢铁和闽江茶业，闽江茶业签了", store(act(BH, ["visit", "meeting"], None), act(MJ, ["visit", "meeting"], None), deal(MJ, stage="won"), also_ok="ask")),
    ("zh", L, "two_outcome", "给小米和渤海钢铁都打了电话，渤海钢铁的单子丢了，选了别家", store(act(XM, "call", None), act(BH, "call", None), deal(BH, stage="lost", lost_reason_contains="别家"), also_ok="ask")),
    ("zh", L, "two_outcome", "跟闽江茶业、小米开了会，小米那单签下来了", store(act(MJ, "meeting", None), act(XM, "meeting", None), deal(XM, stage="won"), also_ok="ask")),
    # --- a colleague's deal: the rep is told whose it is, nothing changes ---
    ("en", S, "colleague", "华为 signed the framework contract!", told(HW, "李雷")),
    ("en", S, "colleague", "xiaomi deal moved to negotiation, close end of dec", told(XM, "李雷")),
    ("en", S, "colleague", "渤海钢铁 pushed the signing to march", told(BH, "李雷")),
    ("zh", L, "colleague", "Globex 改成90k", told("Globex Corporation", "Sam")),
    ("zh", L, "colleague", "Zenith Telecom 签了", told("Zenith Telecom", "Sam")),
    ("zh", L, "colleague", "Wayne 丢了，价格太高", told("Wayne Enterprises", "Sam")),
]


def main() -> None:
    counters: dict[str, int] = {}
    messages = []
    for lang, user, cause, text, expect in M:
        counters[lang] = counters.get(lang, 0) + 1
        msg = {"id": f"s20-{lang}{counters[lang]:03d}", "class": cause, "lang": lang, "user": user, "text": text}
        msg["expect"] = expect
        messages.append(msg)
    out = Path(__file__).with_name("deals_s20.json")
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(messages)} messages -> {out}")


if __name__ == "__main__":
    main()
