# ruff: noqa: E501  (one labelled message per line)
"""Which record a message changes: corrections, two customers, a customer named ambiguously. Written by
i20-records (session 20) over the demo customers (../customers.csv, ../setup.txt) BEFORE reading any failure
of this session: corrections of customer, contact, amount (and currency), date/time, activity kind, stage,
"the other deal", undo, a correction two messages back, a correction that is really a new fact, a correction
sent while the bot asks a question; two customers with different news each; a contact who moved between two
customers; a customer named ambiguously (must ask). English (with typos), simplified and traditional Chinese,
and Hong Kong Cantonese-flavoured wording (唔係…係…, 搞錯咗, 聽日, 下晝). The clock is Monday 2026-11-30 10:00
in each user's time zone. Labels: what a careful human stores; where the bot may fairly ask, also_ok ask.

    cd benchmarks/understanding/own && python make_records.py   # writes records.json next to it
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/records.json \
        --customers benchmarks/understanding/customers.csv --setup benchmarks/understanding/setup.txt
"""

from __future__ import annotations

import json
from pathlib import Path

from make_logs import (  # the same labels as the log set (run as a script from this folder)
    MEET,
    act,
    rem,
    store,
)

S, L = "Sam", "李雷"
HW, HWT, DF, DG, MJ, XM = (
    "深圳市华为技术有限公司",
    "华为终端有限公司",
    "东方贸易有限公司",
    "东方国际贸易有限公司",
    "福建闽江茶业有限公司",
    "北京小米科技有限责任公司",
)
PJ, BH = "上海浦江医疗器械有限公司", "天津渤海钢铁有限公司"
TODAY = "2026-11-30"
NOTHING = {"outcome": "nothing"}
ASK = {"outcome": "ask"}


def deal(customer, **fields):
    return {"customer": customer, **fields}


def contact(customer, name, **fields):
    return {"customer": customer, "name": name, **fields}


def contacts(*items):
    return {"outcome": "store", "changes": {"contacts": list(items)}}


def won(customer, *others):
    """A win, with or without today's close date."""
    plain = store(deal(customer, stage="won"), *others)
    dated = store(deal(customer, stage="won", close_date=[TODAY]), *others)
    plain["alt_changes"] = [dated["changes"]]
    return plain


def ok_ask(expect):
    return {**expect, "also_ok": "ask"}


# (lang, user, class, [texts] or one text, expect, family)
M = [
    # --- customer corrected ---
    ("en", S, "correction", ["phone call with Carla at Redwood Analytics re data migration", "wrong redwood — Daniel at Redwood Capital"],
     store(act("Redwood Capital Partners", "call", "Daniel Wu")), "customer"),
    ("en", S, "correction", ["visted Bob at Acme Industrial this morning", "oops that was acme corp, with Raj"],
     store(act("Acme Corp", MEET, "Raj Patel")), "customer"),
    ("en", S, "correction", ["Brightwater Energy moved to proposal", "sorry I meant brightwater foods"],
     store(deal("Brightwater Foods", stage="proposal")), "customer"),
    ("zh", L, "correction", ["今天拜访了华信科技马超，聊了明年的采购", "客户写错了，是华鑫科技的马丽"],
     store(act("北京华鑫科技发展有限公司", MEET, "马丽")), "customer"),
    ("tw", L, "correction", ["跟天府物流吳敏通了電話", "搞錯了，是天府軟件周杰"],
     store(act("成都天府软件有限公司", "call", "周杰")), "customer"),
    ("hk", L, "correction", ["今日去咗金山軟件見韓磊", "唔係金山軟件，係金山電子許靜"],
     store(act("苏州金山电子有限公司", MEET, "许静")), "customer"),
    ("hk", L, "correction", ["同長城機械鄧超打咗個電話", "搞錯咗，係長城電子鄧麗"],
     store(act("广州长城电子有限公司", "call", "邓丽")), "customer"),
    # --- contact corrected ---
    ("en", S, "correction", ["call with Gavin at Hooli, wants to revisit pricing", "correction: Denpok, not Gavin"],
     store(act("Hooli", "call", "Denpok Singh")), "contact"),
    ("en", S, "correction", ["emailed Jnae at Acme the rollout timeline", "i meant Raj sorry"],
     store(act("Acme Corp", "email", "Raj Patel")), "contact"),
    ("zh", L, "correction", ["跟华为张伟吃了饭", "不是张伟，是王强王总"],
     store(act(HW, MEET, "王强")), "contact"),
    ("tw", L, "correction", ["跟華為劉洋開會", "不是劉洋，是張偉，華為技術那邊的"],
     store(act(HW, MEET, "张伟")), "contact"),
    ("en", S, "correction", ["lunch w/ Priya at Brightwater Energy", "argh, it was Tom — brightwater foods not energy"],
     store(act("Brightwater Foods", MEET, "Tom Reyes")), "contact"),
    # --- amount and currency ---
    ("en", S, "correction", ["Umbrella Health now at 24k", "typo — 42k"], store(deal("Umbrella Health", amount="42000")), "amount"),
    ("en", S, "correction", ["wayne enterprises 80k", "80k was wrong, should be 85"], store(deal("Wayne Enterprises", amount="85000")), "amount"),
    ("en", S, "correction", ["Nordic Freight wants a pilot, new deal 25k", "that's euros btw"],
     store(deal("Nordic Freight AB", new=True, amount="25000", currency="EUR")), "currency"),
    ("en", S, "correction", ["Zenith raised to 210k", "CAD, not US dollars"], store(deal("Zenith Telecom", amount="210000", currency="CAD")), "currency"),
    ("zh", L, "correction", ["东方贸易那单涨到25万", "不对，是23万"], store(deal(DF, amount="230000")), "amount"),
    ("zh", L, "correction", ["海晶啤酒新商机 2万", "币种写错了，是欧元"],
     store(deal("青岛海晶啤酒有限公司", new=True, amount="20000", currency="EUR")), "currency"),
    ("hk", L, "correction", ["小米嗰單改做125萬", "唔係125萬，係128萬"], store(deal(XM, amount="1280000")), "amount"),
    ("tw", L, "correction", ["渤海鋼鐵金額改為290萬", "打錯字，應該是295萬"], store(deal(BH, amount="2950000")), "amount"),
    # --- date and time ---
    ("en", S, "correction", ["Globex close date Dec 19", "sorry, the 29th"], store(deal("Globex Corporation", close_date="2026-12-29")), "date"),
    ("en", S, "correction", ["remind me to call Lucius at Wayne tomorrow 4pm", "make it 4:30"], store(rem("Wayne Enterprises", "2026-12-01T16:30")), "time"),
    ("en", S, "correction", ["demo at Falcon Aerospace on Dec 8 at 10am", "wrong day, dec 9, same time"], store(rem("Falcon Aerospace", "2026-12-09T10:00")), "date"),
    ("zh", L, "correction", ["周三上午九点去钟山化工见冯刚", "时间错了，是下午两点"], store(rem("南京钟山化工有限公司", "2026-12-02T14:00")), "time"),
    ("tw", L, "correction", ["提醒我禮拜五打給永豐電子陳志明", "改成下禮拜一"], store(rem("台北永豐電子股份有限公司", "2026-12-07")), "date"),
    ("hk", L, "correction", ["聽日下晝三點去西湖酒店見錢程", "唔係三點，係四點半"], store(rem("杭州西湖酒店管理有限公司", "2026-12-01T16:30")), "time"),
    ("zh", L, "correction", ["小米预计12月25号签", "签约日期说错了，是1月5号"], store(deal(XM, close_date="2027-01-05")), "date"),
    # --- activity kind ---
    ("en", S, "correction", ["emailed Maria at Atlas Freight about rates", "correction: it was a call"], store(act("Atlas Freight", "call", "Maria Lopez")), "kind"),
    ("en", S, "correction", ["visited Sofia at Orion Software", "nah it was a video call, not in person"], store(act("Orion Software", ["call", "meeting"], "Sofia Rossi")), "kind"),
    ("zh", L, "correction", ["给闽江茶业林总发了邮件", "不是邮件，是微信"], store(act(MJ, "message", "林国栋")), "kind"),
    ("hk", L, "correction", ["同海洋漁業于洋開咗會", "唔係開會，係打電話"], store(act("大连海洋渔业集团有限公司", "call", "于洋")), "kind"),
    # --- stage ---
    ("en", S, "correction", ["Sterling Pharma in negotiation now", "my bad — qualified, not negotiation"], store(deal("Sterling Pharma", stage="qualified")), "stage"),
    ("zh", L, "correction", ["闽江茶业进入谈判阶段", "说错了，是需求确认阶段"], store(deal(MJ, stage="qualified")), "stage"),
    ("tw", L, "correction", ["東方貿易進到報價階段", "不對，是談判"], store(deal(DF, stage="negotiation")), "stage"),
    ("en", S, "correction", ["Kessler Logistics -> negotiation", "sorry, Kessler Medical -> negotiation, logistics stays where it was"],
     store(deal("Kessler Medical", stage="negotiation")), "stage"),
    # --- the other deal ---
    ("en", S, "correction", ["Initech renewal up to 18k", "sorry, the licenses deal, not the renewal"], store(deal("Initech", which="licenses", amount="18000")), "other deal"),
    ("en", S, "correction", ["initech support renewal moving to negotiation", "wrong deal, the other one"], store(deal("Initech", which="licenses", stage="negotiation")), "other deal"),
    ("zh", L, "correction", ["浦江医疗设备采购那单改成18万", "搞错了，是耗材那单"], store(deal(PJ, which="耗材", amount="180000")), "other deal"),
    ("tw", L, "correction", ["浦江醫療耗材那單進入談判", "是另一單，設備採購那個"], store(deal(PJ, which="设备", stage="negotiation")), "other deal"),
    # --- undo ---
    ("en", S, "correction", ["Globex signed!!", "scrap that, jumped the gun"], NOTHING, "undo"),
    ("en", S, "correction", ["remind me to call Nancy at Northwind friday", "scratch that, no need"], NOTHING, "undo"),
    ("zh", L, "correction", ["渤海钢铁丢单了", "撤回，刚才发错了"], NOTHING, "undo"),
    ("hk", L, "correction", ["小米簽咗！", "撤回，未簽住"], NOTHING, "undo"),
    ("en", S, "correction", ["Acme moved to negotiation", "disregard, wrong customer"], NOTHING, "undo"),
    ("tw", L, "correction", ["跟永豐電子陳志明通電話了", "剛剛那則不算，撤回"], NOTHING, "undo"),
    # --- a correction two messages back ---
    ("en", S, "correction", ["called Raj at Acme about the seat count", "emailed Nancy at Northwind the price list", "sorry — the acme one was a visit, not a call"],
     store(act("Acme Corp", "visit", "Raj Patel"), act("Northwind Traders", "email", "Nancy Davolio")), "two back"),
    ("zh", L, "correction", ["给东方贸易王芳打了电话", "小米那单改成130万", "东方贸易那条写错了，是东方国际贸易陈静"],
     store(act(DG, "call", "陈静"), deal(XM, amount="1300000")), "two back"),
    ("en", S, "correction", ["Wayne at 80k", "Globex at 90k", "wait, wayne is 82k"],
     store(deal("Wayne Enterprises", amount="82000"), deal("Globex Corporation", amount="90000")), "two back"),
    ("tw", L, "correction", ["提醒我週三打給光谷生物楊帆", "海晶啤酒曹陽來電談續約", "光谷那個提醒改成週四"],
     store(rem("武汉光谷生物科技有限公司", "2026-12-03"), act("青岛海晶啤酒有限公司", "call", "曹阳")), "two back"),
    # --- "actually" that is a new fact ---
    ("en", S, "correction", ["met Tom at Brightwater Foods", "actually he said they'd go to 14k"],
     store(act("Brightwater Foods", MEET, "Tom Reyes"), deal("Brightwater Foods", amount="14000")), "new fact"),
    ("en", S, "correction", ["called Hank at Globex", "oh and they pushed close to Jan 15"],
     store(act("Globex Corporation", "call", "Hank Scorpio"), deal("Globex Corporation", close_date="2027-01-15")), "new fact"),
    ("zh", L, "correction", ["拜访了秦川汽配史磊", "对了，他要报价单，提醒我下周一发给他"],
     store(act("西安秦川汽车配件有限公司", MEET, "史磊"), rem("西安秦川汽车配件有限公司", "2026-12-07")), "new fact"),
    # --- a correction sent while the bot asks ---
    ("en", S, "correction", ["called acme about pricing", "acme industrial, sorry — with Bob"],
     store(act("Acme Industrial Supply", "call", "Bob Martin")), "after question"),
    ("zh", L, "correction", ["闽江那边来电话了，问价格", "是茶业那家，林总"], store(act(MJ, "call", "林国栋")), "after question"),
    ("en", S, "correction", ["Brightwater deal 30-40k", "make it 35k, and it's Foods"], ok_ask(store(deal("Brightwater Foods", amount="35000"))), "after question"),
    # --- two customers, different news each ---
    ("en", S, "two_customers", "Kessler Medical signed the imaging deal; Kessler Logistics wants a call back thursday",
     won("Kessler Medical", rem("Kessler Logistics", "2026-12-03")), "two customers"),
    ("zh", L, "two_customers", "华为技术张伟说年度框架合同进入谈判，华为终端刘洋那边让我下周一再联系",
     store(deal(HW, stage="negotiation"), rem(HWT, "2026-12-07")), "two customers"),
    ("en", S, "two_customers", "visited Initech (Peter) and Hooli (Gavin) today; initech liked the demo, hooli still not interested",
     store(act("Initech", "visit", "Peter Gibbons"), act("Hooli", "visit", "Gavin Belson")), "two customers"),
    ("tw", L, "two_customers", "今天拜訪東方貿易王芳，她說金額調到22萬；東方國際陳靜那邊，提醒我禮拜四打給她",
     store(act(DF, "visit", "王芳"), deal(DF, amount="220000"), rem(DG, "2026-12-03")), "two customers"),
    ("hk", L, "two_customers", "今日同鴻達物流孫總飲茶，佢話下個月再傾；宏達物流鄭宏打電話嚟要報價",
     store(act("上海鸿达物流有限公司", MEET, "孙立"), act("苏州宏达物流有限公司", "call", "郑宏")), "two customers"),
    ("en", S, "two_customers", "Globex moved to proposal, and Umbrella Health bumped to 30k",
     store(deal("Globex Corporation", stage="proposal"), deal("Umbrella Health", amount="30000")), "two customers"),
    # --- a contact who moved between two customers ---
    ("en", S, "contact", "Chloe Bennett left Blue Harbor, she's now purchasing lead at Harbor Foods",
     contacts(contact("Blue Harbor Seafood", "Chloe Bennett", left=True), contact("Harbor Foods", "Chloe Bennett", title="purchasing lead")), "moved"),
    ("zh", L, "contact", "彭丽从湘江环保跳槽去了光谷生物，做采购经理",
     contacts(contact("长沙湘江环保科技有限公司", "彭丽", left=True), contact("武汉光谷生物科技有限公司", "彭丽", title="采购经理")), "moved"),
    ("en", S, "contact", "fyi Omar Haddad moved from Silverline over to Atlas Freight, dispatcher there too",
     contacts(contact("Silverline Logistics", "Omar Haddad", left=True), contact("Atlas Freight", "Omar Haddad", title="dispatcher")), "moved"),
    # --- customer named ambiguously, or a correction whose target is unclear: ask ---
    ("en", S, "must_ask", "redwood called about the renewal", ASK, "ambiguous"),
    ("zh", L, "must_ask", "天府那边打电话来了，说想再谈谈", ASK, "ambiguous"),
    ("en", S, "must_ask", "lakeside wants a quote for next quarter", ASK, "ambiguous"),
    ("en", S, "correction", ["Northwind 12k, close Dec 18", "no, 15"], ok_ask(store(deal("Northwind Traders", amount="12000", close_date="2026-12-18"))), "unclear field"),
    ("zh", L, "correction", ["周三去东方贸易拜访王芳，周四去东方国际见陈静", "改到周五"],
     ok_ask(store(rem(DF, "2026-12-02"), rem(DG, "2026-12-03"))), "unclear record"),
]

# A second batch, written after the first fixes and never used to find a cause: the fixed families in other
# words, and messages that must NOT be read as corrections (ids r2-…).
M2 = [
    ("hk", L, "correction", ["聽日朝早十點去渤海鋼鐵見袁亮", "唔係十點，係十一點"], store(rem(BH, "2026-12-01T11:00")), "time"),
    ("hk", L, "correction", ["東方國際嗰單改做40萬", "搞錯咗，係38萬"], store(deal(DG, amount="380000")), "amount"),
    ("hk", L, "correction", ["琴日同華為張偉傾咗個電話", "唔係張偉，係王強"], store(act(HW, "call", "王强", "2026-11-29")), "contact"),
    ("hk", L, "correction", ["小米簽咗！", "撤回，佢哋未簽"], NOTHING, "undo"),
    ("zh", L, "correction", ["华为终端报价改成85万", "报价金额写错了，是88万"], store(deal(HWT, amount="880000")), "amount"),
    ("zh", L, "correction", ["闽江茶业预计12月20号签", "签约时间记错了，应该是12月22号"], store(deal(MJ, close_date="2026-12-22")), "date"),
    ("zh", L, "correction", ["渤海钢铁新商机 5万", "货币搞错了，是美元"], store(deal(BH, new=True, amount="50000", currency="USD")), "currency"),
    ("en", S, "correction", ["emailed Mia at Kessler Logistics the contract", "wrong kessler - Lukas at Kessler Medical"],
     store(act("Kessler Medical", "email", "Lukas Brandt")), "customer"),
    ("en", S, "correction", ["called Oliver at Sterling Paper", "ugh wrong sterling, it was Hannah at Sterling Pharma"],
     store(act("Sterling Pharma", "call", "Hannah Cole")), "customer"),
    ("en", S, "correction", ["globex 85k", "85k was a typo, should be 58"], store(deal("Globex Corporation", amount="58000")), "amount"),
    ("en", S, "correction", ["umbrella 30k, close dec 12", "sorry, 20"],
     ok_ask(store(deal("Umbrella Health", amount="30000", close_date="2026-12-12"))), "unclear field"),
    ("en", S, "correction", ["called Victor at Zenith about the renewal", "Globex now 95k", "the zenith one was an email, not a call"],
     store(act("Zenith Telecom", "email", "Victor Chen"), deal("Globex Corporation", amount="95000")), "two back"),
    ("zh", L, "correction", ["给华为终端刘洋打了电话", "东方贸易金额改成21万", "华为终端那条搞错了，是华为技术的王强"],
     store(act(HW, "call", "王强"), deal(DF, amount="210000")), "two back"),
    ("en", S, "correction", ["Umbrella Health -> proposal", "no wait, Wayne -> proposal, umbrella stays as is"],
     store(deal("Wayne Enterprises", stage="proposal")), "customer"),
    ("en", S, "correction", ["Globex moved to proposal", "sorry for the slow reply — Umbrella Health moved to proposal too"],
     store(deal("Globex Corporation", stage="proposal"), deal("Umbrella Health", stage="proposal")), "not a correction"),
    ("en", S, "correction", ["Initech licenses now 17k", "nope, the other one"], store(deal("Initech", which="renewal", amount="17000")), "other deal"),
    ("zh", L, "correction", ["浦江医疗耗材那单进入谈判", "不是，另一个，设备采购"], store(deal(PJ, which="设备", stage="negotiation")), "other deal"),
    ("tw", L, "correction", ["跟金山電子許靜吃飯", "上一則作廢"], NOTHING, "undo"),
    ("en", S, "correction", ["called Hank at Globex about pricing", "the new pricing sheet was great, he said"],
     store(act("Globex Corporation", "call", "Hank Scorpio")), "not a correction"),
]

# A third family, written before its fix (after reading focus C's "no wait that's the Driftwood Feed & Seed
# number"): the value was another customer's (ids r3-…).
M3 = [
    ("en", S, "correction", ["Wayne up to 85k", "no wait, that's the Globex number — wayne stays at 75"],
     store(deal("Globex Corporation", amount="85000")), "another's value"),
    ("en", S, "correction", ["Northwind at 11k", "oops that was for Umbrella Health, not northwind"],
     store(deal("Umbrella Health", amount="11000")), "another's value"),
    ("zh", L, "correction", ["东方贸易金额改成26万", "不对，这是东方国际的数，东方贸易不变"], store(deal(DG, amount="260000")), "another's value"),
    ("en", S, "correction", ["Kessler Medical close dec 20", "sorry, that's the Kessler Logistics date"],
     store(deal("Kessler Logistics", close_date="2026-12-20")), "another's value"),
    ("zh", L, "correction", ["小米那单改成140万", "搞错了，那是华为终端的金额"], store(deal(HWT, amount="1400000")), "another's value"),
    ("en", S, "correction", ["Zenith 190k", "ugh that's brightwater energy's figure, zenith unchanged"],
     store(deal("Brightwater Energy", amount="190000")), "another's value"),
]


def main() -> None:
    messages = []
    numbered = [(f"r-{m[0]}{i:03d}", *m) for i, m in enumerate(M, 1)]
    numbered += [(f"r2-{m[0]}{i:03d}", *m) for i, m in enumerate(M2, 1)]
    numbered += [(f"r3-{m[0]}{i:03d}", *m) for i, m in enumerate(M3, 1)]
    for key, lang, user, cls, text, expect, family in numbered:
        m = {"id": key, "lang": "zh" if lang in ("tw", "hk") else lang, "class": cls, "user": user, "family": family}
        m["texts" if isinstance(text, list) else "text"] = text
        m["expect"] = expect
        messages.append(m)
    out = Path(__file__).with_name("records.json")
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(messages)} messages -> {out}")


if __name__ == "__main__":
    main()
