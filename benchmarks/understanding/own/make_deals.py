# ruff: noqa: E501  (one labelled message per line)
"""Which deal a message means, written by i19-deals (session 19) before any change: the development set for
"which record" over the demo customers plus a second deal for a few of them (`deals_setup.txt`: Acme's training
package, Globex's warehouse scanners, Wayne's security audit, Sterling Pharma's lost lab kits, 小米's 门店终端,
华为's 云服务; Initech and 浦江医疗 had two already). Causes: a deal named by its product or title, by its amount,
by its stage, as "the bigger/smaller one"; no hint among several (must ask); an add-on / second order / renewal
(a new deal) vs a change of the one deal; win / lose / reopen of one of several; a lost deal coming back (and a
new project of a customer whose deal was lost); amounts that are not the deal's value (budget, a rival's
price); corrections of amount, currency, stage and deal, incl. an amount that belongs to another customer.
The clock is Monday 2026-11-30 10:00 in each user's time zone. Labels: what a careful human stores.

    python benchmarks/understanding/own/make_deals.py   # writes deals.json next to it
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/deals.json \
        --customers <abs>/benchmarks/understanding/customers.csv --setup <abs>/benchmarks/understanding/own/deals_setup.txt
"""

from __future__ import annotations

import json
from pathlib import Path

from make_logs import act, store  # the same labels as the log set (run as a script from this folder)

S, L = "Sam", "李雷"
HW, XM, PJ, MJ, BH, TF = (
    "深圳市华为技术有限公司",
    "北京小米科技有限责任公司",
    "上海浦江医疗器械有限公司",
    "福建闽江茶业有限公司",
    "天津渤海钢铁有限公司",
    "成都天府软件有限公司",
)
ASK = {"outcome": "ask"}
NOTE = ["note", "call", "message", "email", "meeting"]


def deal(customer, **fields):
    return {"customer": customer, **fields}


def ask_or(*items):
    return store(*items, also_ok="ask")


# (lang, user, cause, text or [first, correction], expect)
M = [
    # --- a deal named by its product / title ---
    ("en", S, "title", "initech licenses moved to negotiation", store(deal("Initech", which="licenses", stage="negotiation"))),
    ("en", S, "title", "Initech renewal - Bill says they're ready to negotiate, moving it to negotiation", store(deal("Initech", which="renewal", stage="negotiation"))),
    ("en", S, "title", "acme training package is now 7.5k", store(deal("Acme Corp", which="training", amount="7500"))),
    ("en", S, "title", "globex scanners moving to proposal, quoted 32k", store(deal("Globex Corporation", which="scanners", stage="proposal", amount="32000"))),
    ("en", S, "title", "wayne's security audit - they signed!", store(deal("Wayne Enterprises", which="audit", stage="won"))),
    ("zh", L, "title", "浦江医疗耗材那单进入谈判了", store(deal(PJ, which="耗材", stage="negotiation"))),
    ("zh", L, "title", "华为云服务项目报价改成90万", store(deal(HW, which="云服务", amount="900000"))),
    ("zh", L, "title", "小米门店终端那个单子签了", store(deal(XM, which="门店终端", stage="won"))),
    ("tw", L, "title", "浦江醫療設備採購那單金額調到65萬", store(deal(PJ, which="设备", amount="650000"))),
    ("zh", L, "title", "华为的框架合同推进到谈判阶段", store(deal(HW, which="框架", stage="negotiation"))),
    # --- by amount ---
    ("en", S, "amount", "initech - the 40k one went to proposal", store(deal("Initech", which="licenses", stage="proposal"))),
    ("en", S, "amount", "the 12k wayne deal is won!", store(deal("Wayne Enterprises", which="audit", stage="won"))),
    ("en", S, "amount", "globex: the 80k deal closed, Hank signed this morning", store(deal("Globex Corporation", which="Globex", stage="won"))),
    ("zh", L, "amount", "小米那个30万的单子推进到谈判", store(deal(XM, which="门店终端", stage="negotiation"))),
    ("zh", L, "amount", "华为50万那单丢了，预算被砍", store(deal(HW, which="框架", stage="lost", lost_reason_contains="预算"))),
    # --- by stage ---
    ("en", S, "stage", "the globex deal in negotiation - they want to push close to end of january", store(deal("Globex Corporation", which="Globex", close_date="2027-01-31"))),
    ("en", S, "stage", "initech: the one at proposal stage is lost, they renewed with the old vendor", store(deal("Initech", which="renewal", stage="lost", lost_reason_contains="vendor"))),
    ("zh", L, "stage", "浦江医疗报价阶段的那单丢了，选了别家", store(deal(PJ, which="耗材", stage="lost", lost_reason_contains="别家"))),
    # --- the bigger / smaller one ---
    ("en", S, "size", "initech: the bigger deal is now 50k", store(deal("Initech", which="licenses", amount="50000"))),
    ("en", S, "size", "Acme Corp's smaller deal is lost, they'll train in-house", store(deal("Acme Corp", which="training", stage="lost", lost_reason_contains="in-house"))),
    ("en", S, "size", "wayne - the big one moved to proposal", store(deal("Wayne Enterprises", which="Wayne", stage="proposal"))),
    ("zh", L, "size", "华为大的那个单子进入谈判", store(deal(HW, which="云服务", stage="negotiation"))),
    ("zh", L, "size", "小米小单签了", store(deal(XM, which="门店终端", stage="won"))),
    # --- several deals, no hint: ask ---
    ("en", S, "unclear", "initech moved to negotiation", ASK),
    ("en", S, "unclear", "acme deal won!!", ASK),
    ("en", S, "unclear", "globex lost, they went with siemens", ASK),
    ("zh", L, "unclear", "浦江医疗的单子签了", ASK),
    ("zh", L, "unclear", "华为金额改成70万", ASK),
    ("zh", L, "unclear", "小米的单子推进到谈判了", ASK),
    # --- one open deal: no doubt ---
    ("en", S, "one", "northwind now at 11k", store(deal("Northwind Traders", amount="11000"))),
    ("zh", L, "one", "渤海钢铁的单子签了！", store(deal(BH, stage="won"))),
    ("en", S, "one", "sterling pharma moving to negotiation", store(deal("Sterling Pharma", which="Sterling", stage="negotiation"))),
    # --- an add-on / second order / renewal: a new deal ---
    ("en", S, "add_on", "northwind wants a second order, another 4k of the same stuff", store(deal("Northwind Traders", new=True, amount="4000"))),
    ("en", S, "add_on", "umbrella health add-on: 5 extra licenses, 3k", store(deal("Umbrella Health", new=True, amount="3000"))),
    ("en", S, "add_on", "zenith also wants a maintenance contract on top of the network deal, 20k", store(deal("Zenith Telecom", new=True, amount="20000"))),
    ("zh", L, "add_on", "渤海钢铁要追加一批，另外报价40万", store(deal(BH, new=True, amount="400000"))),
    ("zh", L, "add_on", "闽江茶业还想加一个包装设计的项目，3万", store(deal(MJ, new=True, amount="30000"))),
    ("en", S, "add_on", "umbrella health also asked for a quote on the training module - 6k", store(deal("Umbrella Health", new=True, amount="6000"))),
    # --- a change of the one deal, not a new one ---
    ("en", S, "change", "umbrella health revised their quote down to 20k", store(deal("Umbrella Health", amount="20000"))),
    ("zh", L, "change", "闽江茶业的单子金额改成9万", store(deal(MJ, amount="90000"))),
    ("en", S, "change", "zenith added a third site to the scope, deal is 240k now", store(deal("Zenith Telecom", amount="240000"))),
    ("zh", L, "change", "渤海钢铁多加了两条产线，单子涨到360万", store(deal(BH, amount="3600000"))),
    # --- a lost deal coming back, or a new project ---
    ("en", S, "reopen", "sterling pharma lab kits are back on, reopen at 9k", store(deal("Sterling Pharma", which="lab kits", status="open", amount="9000"))),
    ("en", S, "reopen", "hooli is back! they want to restart talks at 25k", store(deal("Hooli", status="open", amount="25000"))),
    ("zh", L, "reopen", "天府软件又回来了，重新谈，20万", store(deal(TF, status="open", amount="200000"))),
    ("en", S, "reopen", "pied piper came back with a new project - a data pipeline tool, 8k", store(deal("Pied Piper", new=True, amount="8000"))),
    ("zh", L, "reopen", "天府软件有个新项目找我们，跟之前丢的那单无关，报价12万", store(deal(TF, new=True, amount="120000"))),
    # --- amounts that are not the deal's value ---
    ("en", S, "not_value", "northwind told me their budget is 8k max", store(act("Northwind Traders", NOTE, ["Nancy Davolio", None]))),
    ("en", S, "not_value", "zenith says a competitor quoted them 150k", store(act("Zenith Telecom", NOTE, None))),
    ("zh", L, "not_value", "渤海钢铁袁亮说竞争对手报了250万", store(act(BH, NOTE, "袁亮"))),
    ("en", S, "not_value", "call with Alice at umbrella health, their current vendor charges 18k a year", store(act("Umbrella Health", "call", "Alice Abernathy"))),
    # --- corrections of amount / currency / stage / deal ---
    ("en", S, "correction", ["initech licenses now 45k", "sorry, the renewal not the licenses"], store(deal("Initech", which="renewal", amount="45000"))),
    ("en", S, "correction", ["umbrella health at 25k now", "wrong customer, that's northwind"], store(deal("Northwind Traders", amount="25000"))),
    ("zh", L, "correction", ["浦江医疗耗材改成18万", "不对，是小米门店终端那单"], store(deal(XM, which="门店终端", amount="180000"))),
    ("en", S, "correction", ["northwind 11k", "in euros"], store(deal("Northwind Traders", amount="11000", currency="EUR"))),
    ("en", S, "correction", ["zenith moved to qualified", "sorry, negotiation"], store(deal("Zenith Telecom", stage="negotiation"))),
    ("zh", L, "correction", ["渤海钢铁金额改成280万", "币种是美元"], store(deal(BH, amount="2800000", currency="USD"))),
    ("en", S, "correction", ["acme training package is 7k now", "sorry, I meant the seats deal, 27k"], store(deal("Acme Corp", which="seats", amount="27000"))),
]

# Batch 2 (ids d2-…), written after the first fixes and never used to find a cause: the same causes in new words.
M2 = [
    ("en", S, "title", "Initech support renewal: Bill wants to negotiate terms, we're in negotiation", store(deal("Initech", which="renewal", stage="negotiation"))),
    ("en", S, "title", "globex warehouse scanners - lost to zebra on price", store(deal("Globex Corporation", which="scanners", stage="lost", lost_reason_contains="zebra"))),
    ("zh", L, "title", "浦江医疗的耗材单子金额更新为16万", store(deal(PJ, which="耗材", amount="160000"))),
    ("zh", L, "title", "小米门店终端项目推迟到明年3月底签", store(deal(XM, which="门店终端", close_date="2027-03-31"))),
    ("en", S, "amount", "initech: that 15k deal - Bill signed the renewal paperwork", store(deal("Initech", which="renewal", stage="won"))),
    ("en", S, "amount", "acme - the $24k deal slipped, close now end of january", store(deal("Acme Corp", which="seats", close_date="2027-01-31"))),
    ("zh", L, "amount", "浦江医疗60万的那个单子进入谈判阶段", store(deal(PJ, which="设备", stage="negotiation"))),
    ("zh", L, "amount", "华为80万那个项目客户说不做了，预算转给别的部门了", store(deal(HW, which="云服务", stage="lost", lost_reason_contains="预算"))),
    ("en", S, "stage", "wayne: the qualified one is now in proposal, sent Lucius the quote", store(deal("Wayne Enterprises", which="Wayne", stage="proposal"), alt=[{"deals": [deal("Wayne Enterprises", which="Wayne", stage="proposal")], "activities": [act("Wayne Enterprises", ["email", "note"], ["Lucius Fox", None])]}])),
    ("zh", L, "stage", "华为需求确认阶段的那个单子报价了，85万", store(deal(HW, which="云服务", stage="proposal", amount="850000"))),
    ("en", S, "size", "globex - the larger deal signed!!", store(deal("Globex Corporation", which="Globex", stage="won"))),
    ("en", S, "size", "initech's smaller deal is now 17k", store(deal("Initech", which="renewal", amount="17000"))),
    ("zh", L, "size", "浦江医疗大的那单丢了，被竞争对手低价抢走", store(deal(PJ, which="设备", stage="lost", lost_reason_contains="竞争对手"))),
    ("en", S, "unclear", "wayne enterprises signed today", ASK),
    ("zh", L, "unclear", "浦江医疗的单子推进到谈判", ASK),
    ("en", S, "unclear", "initech is now at 30k", ASK),
    ("en", S, "add_on", "northwind: in addition to the current order they want shelving, 2.5k", store(deal("Northwind Traders", new=True, amount="2500"))),
    ("zh", L, "add_on", "渤海钢铁另外要一套检测设备，单独报价50万", store(deal(BH, new=True, amount="500000"))),
    ("en", S, "change", "umbrella health bumped the deal to 24k after adding two clinics", store(deal("Umbrella Health", amount="24000"))),
    ("en", S, "reopen", "pied piper deal is back on the table - reopen at 5k", store(deal("Pied Piper", status="open", amount="5000"))),
    ("zh", L, "reopen", "天府软件的单子重新打开，客户预算批了", store(deal(TF, status="open"))),
    ("en", S, "not_value", "zenith: their ceo said budget for next year is around 250k", store(act("Zenith Telecom", NOTE, None))),
    ("en", S, "correction", ["globex scanners are at 33k now", "oops, the other deal"], store(deal("Globex Corporation", which="Globex", amount="33000"))),
    ("zh", L, "correction", ["华为云服务报价改成85万", "说错了，是框架合同那单"], store(deal(HW, which="框架", amount="850000"))),
    ("en", S, "correction", ["initech renewal moved to negotiation", "no wait, the licenses one"], store(deal("Initech", which="licenses", stage="negotiation"))),
    ("en", S, "correction", ["northwind is at 10k now", "sorry that was for umbrella health"], store(deal("Umbrella Health", amount="10000"))),
]

M += M2


def main() -> None:
    counters: dict[str, int] = {}
    messages = []
    for lang, user, cause, text, expect in M:
        batch = "d2" if (lang, user, cause, text, expect) in M2 else "d"
        counters[batch + lang] = counters.get(batch + lang, 0) + 1
        msg = {"id": f"{batch}-{lang}{counters[batch + lang]:03d}", "class": cause, "lang": lang, "user": user}
        msg["texts" if isinstance(text, list) else "text"] = text
        msg["expect"] = expect
        messages.append(msg)
    out = Path(__file__).with_name("deals.json")
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(messages)} messages -> {out}")


if __name__ == "__main__":
    main()
