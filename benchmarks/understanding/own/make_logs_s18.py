# ruff: noqa: E501  (one labelled message per line)
"""Field-log phrasings written by i18-log (session 18) over the demo customers (../customers.csv,
../setup.txt), one group per CAUSE of wrong or needlessly asked logs, written before changing any code.
Labels: what a careful human stores. Reference time: Monday 2026-11-30 10:00 in the user's zone.

    python benchmarks/understanding/own/make_logs_s18.py   # writes logs_s18.json next to it
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_logs import MEET, L, S, act, changes, rem, store, write

ZH = "深圳市华为技术有限公司"
XM = "北京小米科技有限责任公司"


def deal(customer, **fields):
    return {"customer": customer, **fields}


def with_deal(*items, deals):
    out = store(*items)
    out["changes"]["deals"] = deals
    return out


# (cause, lang, user, text, expect)
M = [
    # --- A: "sent X and Y the proposal": the sending is the log (an e-mail), whatever the deal does
    ("sent", "en", S, "sent lukas + the kessler medical imaging team the proposal this morning",
     store(act("Kessler Medical", "email", ["Lukas Brandt", None]),
           alt=[{**changes(act("Kessler Medical", "email", ["Lukas Brandt", None])), "deals": [deal("Kessler Medical", stage="proposal")]}])),
    ("sent", "en", S, "emailed jane and raj at acme the revised quote",
     store(act("Acme Corp", "email", ["Jane Doe", "Raj Patel"]))),
    ("sent", "en", S, "Northwind - shot Nancy the updated proposal, no changes to price",
     store(act("Northwind Traders", "email", "Nancy Davolio"))),
    ("sent", "zh", L, "华为 张伟王强 方案已经发过去了", store(act(ZH, ["email", "message", "note"], ["张伟", "王强", None]))),
    ("sent", "mixed", L, "小米 sent 李娜 the 报价单 by email", store(act(XM, "email", "李娜"))),
    ("sent", "zh", L, "把报价单发给东方国际的陈经理了", store(act("东方国际贸易有限公司", ["email", "message"], "陈静"))),
    # --- B: happened vs planned
    ("tense", "en", S, "demo'd the dashboard to Carla at Redwood Analytics earlier, she wants a trial login by fri",
     store(act("Redwood Analytics", ["meeting", "call", "visit"], "Carla Gomez"), rem("Redwood Analytics", "2026-12-04"))),
    ("tense", "en", S, "had coffee w/ Noah from helios on saturday, they're rebidding the install in jan",
     store(act("Helios Solar", MEET, "Noah Kim", "2026-11-28"))),
    ("tense", "en", S, "Tried calling Omar at silverline twice, no answer. will try again tmrw",
     store(act("Silverline Logistics", "call", ["Omar Haddad", None]), rem("Silverline Logistics", "2026-12-01"))),
    ("tense", "zh", L, "上周五去了钟山化工，冯厂长带我们看了车间", store(act("南京钟山化工有限公司", "visit", "冯刚", "2026-11-27"))),
    ("tense", "zh", L, "明天下午去海晶啤酒找曹阳", store(rem("青岛海晶啤酒有限公司", "2026-12-01"))),
    ("tense", "zh", L, "昨天跟光谷生物杨帆开了个视频会，他们下个月做预算", store(act("武汉光谷生物科技有限公司", "meeting", "杨帆", "2026-11-29"))),
    ("tense", "mixed", L, "周四约了渤海钢铁袁部长 meeting，今天先电话确认了一下", store(act("天津渤海钢铁有限公司", "call", "袁亮"), rem("天津渤海钢铁有限公司", "2026-12-03"))),
    # --- C: which kind
    ("kind", "en", S, "whatsapp'd liam at summit dental the new catalog", store(act("Summit Dental Supply", "message", "Liam O'Brien"))),
    ("kind", "en", S, "Blue Harbor - Chloe emailed a complaint about late delivery on the last 3 orders",
     store(act("Blue Harbor Seafood", ["complaint", "email"], "Chloe Bennett"))),
    ("kind", "en", S, "zoom w/ Ethan @ cascade water re filtration specs", store(act("Cascade Water Systems", "meeting", "Ethan Park"))),
    ("kind", "zh", L, "给许静发了微信，金山电子的样品到了", store(act("苏州金山电子有限公司", "message", "许静"))),
    ("kind", "zh", L, "渤海钢铁袁部长带人来我们公司参观了", store(act("天津渤海钢铁有限公司", MEET, "袁亮"))),
    ("kind", "zh", L, "海洋渔业于总投诉上批货包装破损", store(act("大连海洋渔业集团有限公司", "complaint", "于洋"))),
    ("kind", "mixed", S, "跟 Rachel at Falcon Aerospace 打了个 call", store(act("Falcon Aerospace", "call", "Rachel Green"))),
    # --- D: which words are the log's, which a reminder's or the deal's
    ("words", "en", S, "Met Hank at globex, he's pushing back on price. need to send him the ROI deck wed",
     store(act("Globex Corporation", MEET, "Hank Scorpio"), rem("Globex Corporation", "2026-12-02"))),
    ("words", "en", S, "call w/ Nancy at northwind - they want the quote split into two POs, will redo it by thurs",
     store(act("Northwind Traders", "call", "Nancy Davolio"), rem("Northwind Traders", "2026-12-03"))),
    ("words", "zh", L, "跟小米李娜开了会，谈了明年的合作，周五前要给她发合同", store(act(XM, MEET, "李娜"), rem(XM, "2026-12-04"))),
    ("words", "en", S, "visited Wayne, Lucius says the board approves capex in dec, follow up 12/14",
     store(act("Wayne Enterprises", "visit", "Lucius Fox"), rem("Wayne Enterprises", "2026-12-14"))),
    ("words", "zh", L, "去了浦江医疗，赵主任说设备那单下个月招标，让我们先准备资料",
     store(act("上海浦江医疗器械有限公司", "visit", "赵敏"), also_ok="ask")),
    ("words", "en", S, "spoke w/ Victor at zenith, they loved the pilot results. he'll loop in procurement next week",
     store(act("Zenith Telecom", "call", "Victor Chen"))),
    # --- E: amounts in a log that are not the deal's (competitor price, budget, quantity, discount)
    ("amount", "en", S, "call with Sarah at Maple Leaf Dairy, current vendor charges them 3.2k a month",
     store(act("Maple Leaf Dairy", "call", "Sarah O'Neil"))),
    ("amount", "en", S, "Umbrella Health call - Alice wants 15% off before she signs",
     store(act("Umbrella Health", "call", "Alice Abernathy"), also_ok="ask")),
    ("amount", "en", S, "visited Atlas Freight, they run 120 trucks across 4 depots. Maria showed me the yard",
     store(act("Atlas Freight", "visit", "Maria Lopez"))),
    ("amount", "zh", L, "去了西湖酒店，钱总说他们现在用的系统一年八万，嫌贵", store(act("杭州西湖酒店管理有限公司", "visit", "钱程"))),
    ("amount", "zh", L, "跟渤海钢铁袁部长通了电话，他们今年采购量大概5000吨", store(act("天津渤海钢铁有限公司", "call", "袁亮"))),
    ("amount", "zh", L, "华信科技马超电话，要我们再让3个点", store(act("深圳华信科技有限公司", "call", "马超"), also_ok="ask")),
    ("amount", "mixed", L, "call 了小米李娜, 对手报价 95万, 她说我们的120万还是偏高",
     store(act(XM, "call", "李娜"), also_ok="ask")),
    ("amount", "en", S, "globex mtg w/ hank. they got a 70k bid from a competitor, we're staying at 80k",
     store(act("Globex Corporation", MEET, "Hank Scorpio"))),
    # --- F: the customer named late or only through a contact
    ("late", "en", S, "quick call w/ Lukas Brandt this am re the imaging rollout", store(act("Kessler Medical", "call", "Lukas Brandt"))),
    ("late", "en", S, "lunch with Victor Chen, talked 5G backhaul for an hour - zenith", store(act("Zenith Telecom", MEET, "Victor Chen"))),
    ("late", "zh", L, "今天拜访了邓超，长城机械那边想换设备", store(act("广州长城机械有限公司", "visit", "邓超"))),
    ("late", "zh", L, "刚和彭丽通完电话，环评报告下周出", store(act("长沙湘江环保科技有限公司", "call", "彭丽"))),
    ("late", "en", S, "Called Peter Gibbons about the license count", store(act("Initech", "call", "Peter Gibbons"))),
    ("late", "en", S, "emailed back and forth w/ Erik Lindqvist all morning, all fine on their side (nordic freight)",
     store(act("Nordic Freight AB", "email", "Erik Lindqvist"))),
    # --- G: plain logs a careful human just stores
    ("plain", "en", S, "pinecrest - grace loved the samples 👍", store(act("Pinecrest Hotels", ["note", "call", "message", "email"], ["Grace Howard", None]))),
    ("plain", "zh", L, "恒通塑料何老板今天来电问进度", store(act("宁波恒通塑料有限公司", "call", "何勇"))),
    ("plain", "en", S, "followed up w/ ava young at crescent builders, still waiting on their board",
     store(act("Crescent Builders", ["call", "email", "note", "message"], "Ava Young"))),
    ("plain", "zh", L, "金鼎贸易蔡经理见了一面，聊得还行", store(act("厦门金鼎贸易有限公司", MEET, "蔡明"))),
    ("plain", "en", S, "stopped by Granite State Builders to drop off samples, Paul was out", store(act("Granite State Builders", "visit", None))),
    ("plain", "en", S, "Helios Solar: left a voicemail for Noah", store(act("Helios Solar", "call", ["Noah Kim", None]))),
    ("plain", "zh", L, "闽江茶业林总发来邮件，确认收到样品", store(act("福建闽江茶业有限公司", "email", "林国栋"))),
    ("plain", "en", S, "Orion Software mtg ran long, Sofia's team liked the SSO piece", store(act("Orion Software", "meeting", ["Sofia Rossi", None]))),
    ("plain", "mixed", L, "去 Umbrella Health 见了 Alice, 聊 renewal 的事", store(act("Umbrella Health", MEET, "Alice Abernathy"))),
    ("plain", "zh", L, "山城火锅罗老板微信说上次的菜单系统用着挺好", store(act("重庆山城火锅餐饮有限公司", "message", "罗刚"))),
]


def main() -> None:
    rows = [(lang, user, text, expect, {"cause": cause}) for cause, lang, user, text, expect in M]
    write(rows, "lh", "logs_s18.json")


if __name__ == "__main__":
    main()
