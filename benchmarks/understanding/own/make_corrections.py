# ruff: noqa: E501  (one labelled message per line)
"""Two-message corrections and reminder phrasings written by i18-corr (session 18) over the demo customers
(../customers.csv, ../setup.txt), before any change: the development set for corrections and reminders.
Every correction target (customer, amount, currency, close date, time, stage, contact, kind, day it happened,
withdrawal) is phrased several ways (en: sorry / scratch that / * / I meant / no wait / actually; zh: 不是…是… /
说错了 / 更正 / 打错了 / 撤回 / 改成; traditional: 應該是 / 說錯了 …), including a first message that was
asked about (a card) rather than stored, and corrections too vague to apply (the reply must ask). The clock is
Monday 2026-11-30 10:00 in each user's time zone. Labels: what a careful human stores (a colleague's plan:
nothing, as focus C's writer labels it).

    python benchmarks/understanding/own/make_corrections.py   # writes corrections.json next to it
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/corrections.json \
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


def deal(customer, **fields):
    return {"customer": customer, **fields}


NOTHING = {"outcome": "nothing"}
ASK = {"outcome": "ask"}

# (lang, user, class, [first, correction] or one message, expect)
M = [
    # --- customer ---
    ("en", S, "correction", ["called Mia at Kessler Medical about the renewal", "sorry, Kessler Logistics not Kessler Medical"],
     store(act("Kessler Logistics", "call", "Mia Hoffmann"))),
    ("en", S, "correction", ["Sterling Pharma moving to negotiation", "I meant Wayne"],
     store(deal("Wayne Enterprises", stage="negotiation"))),
    ("en", S, "correction", ["lunch with Grace from Pinecrest yesterday", "actually it was Chloe from Blue Harbor"],
     store(act("Blue Harbor Seafood", MEET, "Chloe Bennett", "2026-11-29"))),
    ("en", S, "correction", ["kessler logistics now in negotiation", "scratch that, kessler medical"],
     store(deal("Kessler Medical", stage="negotiation"))),
    ("zh", L, "correction", ["拜访了东方贸易王芳，谈了报价", "不是东方贸易，是东方国际贸易，陈静"],
     store(act(DG, MEET, "陈静"))),
    ("zh", L, "correction", ["跟金山软件韩磊开了个会", "搞错了，是金山电子许静"],
     store(act("苏州金山电子有限公司", MEET, "许静"))),
    ("zh", L, "correction", ["给长城电子邓丽打了电话", "客户打错了，应该是长城机械的邓超"],
     store(act("广州长城机械有限公司", "call", "邓超"))),
    ("tw", L, "correction", ["拜訪了東方貿易王芳", "說錯了，是東方國際貿易的陳靜"],
     store(act(DG, MEET, "陈静"))),
    # --- amount ---
    ("en", S, "correction", ["northwind deal is 11k now", "*12k"], store(deal("Northwind Traders", amount="12000"))),
    ("en", S, "correction", ["globex came back at 85k", "scratch that, 78k"], store(deal("Globex Corporation", amount="78000"))),
    ("en", S, "correction", ["Wayne Enterprises upped it to 90k", "no wait, 95k"], store(deal("Wayne Enterprises", amount="95000"))),
    ("en", S, "correction", ["umbrella health revised to 25k", "actually it's 26.5k"], store(deal("Umbrella Health", amount="26500"))),
    ("en", S, "correction", ["Helios Solar wants 40 panels, new deal, quote is 32k", "I meant 23k"],
     store(deal("Helios Solar", amount="23000", new=True))),
    ("zh", L, "correction", ["小米那单金额更新到130万", "说错了，是135万"], store(deal(XM, amount="1350000"))),
    ("zh", L, "correction", ["渤海钢铁报价改成280万", "打错了 应该是260万"], store(deal("天津渤海钢铁有限公司", amount="2600000"))),
    ("zh", L, "correction", ["闽江茶业金额调到9万", "更正：9万5"], store(deal(MJ, amount="95000"))),
    ("tw", L, "correction", ["小米那單改成140萬", "不對，應該是145萬"], store(deal(XM, amount="1450000"))),
    # --- currency ---
    ("en", S, "correction", ["Zenith Telecom came back at 180k", "sorry that's CAD not USD"],
     store(deal("Zenith Telecom", amount="180000", currency="CAD"))),
    ("en", S, "correction", ["Kessler Medical revised to 55k", "in euros, sorry"],
     store(deal("Kessler Medical", amount="55000", currency="EUR"))),
    ("zh", L, "correction", ["东方国际报价改成5万", "是美元不是人民币"], store(deal(DG, amount="50000", currency="USD"))),
    # --- close date ---
    ("en", S, "correction", ["Acme close pushed to Dec 20", "sorry, Dec 22"], store(deal("Acme Corp", close_date="2026-12-22"))),
    ("en", S, "correction", ["globex should sign by the 18th", "I meant the 28th"], store(deal("Globex Corporation", close_date="2026-12-28"))),
    ("zh", L, "correction", ["华为终端签约时间定在12月18号", "改成12月20号"], store(deal(HWT, close_date="2026-12-20"))),
    ("tw", L, "correction", ["浦江醫療耗材那單預計1月15號簽", "不是1月15號，是1月25號"],
     store(deal("上海浦江医疗器械有限公司", which="耗材", close_date="2027-01-25"))),
    # --- time / day of a reminder or planned meeting ---
    ("en", S, "correction", ["remind me to call Hank at Globex thursday", "no wait, friday"], store(rem("Globex Corporation", "2026-12-04"))),
    ("en", S, "correction", ["meeting with Tom at Brightwater Foods tomorrow 2pm", "make that 3pm"], store(rem("Brightwater Foods", "2026-12-01T15:00"))),
    ("en", S, "correction", ["call Sofia at Orion Software wed 10am", "actually 11:30"], store(rem("Orion Software", "2026-12-02T11:30"))),
    ("zh", L, "correction", ["明天下午三点去浦江医疗见赵敏", "更正：四点"], store(rem("上海浦江医疗器械有限公司", "2026-12-01T16:00"))),
    ("zh", L, "correction", ["提醒我周四给长城机械邓超打电话", "不对，是周五"], store(rem("广州长城机械有限公司", "2026-12-04"))),
    ("tw", L, "correction", ["明天上午十點跟渤海鋼鐵袁亮開會", "改成下午兩點"], store(rem("天津渤海钢铁有限公司", "2026-12-01T14:00"))),
    # --- day it happened ---
    ("en", S, "correction", ["visited Lukas at Kessler Medical", "that was yesterday btw"], store(act("Kessler Medical", "visit", "Lukas Brandt", "2026-11-29"))),
    ("zh", L, "correction", ["拜访了光谷生物杨帆", "是昨天的事"], store(act("武汉光谷生物科技有限公司", MEET, "杨帆", "2026-11-29"))),
    # --- stage ---
    ("en", S, "correction", ["Wayne Enterprises moved to proposal", "actually negotiation, not proposal"], store(deal("Wayne Enterprises", stage="negotiation"))),
    ("zh", L, "correction", ["东方贸易进入谈判阶段", "不是谈判，是方案阶段"], store(deal(DF, stage="proposal"))),
    ("tw", L, "correction", ["華為終端進入談判", "更正：是方案階段"], store(deal(HWT, stage="proposal"))),
    # --- contact ---
    ("en", S, "correction", ["called Raj at Acme about the seats", "sorry, it was Jane not Raj"], store(act("Acme Corp", "call", "Jane Doe"))),
    ("en", S, "correction", ["met Bill at Initech, they want a demo", "I meant Peter"], store(act("Initech", MEET, "Peter Gibbons"))),
    ("zh", L, "correction", ["给华为打电话 跟张伟聊了交付", "不是张伟 是王强"], store(act(HW, "call", "王强"))),
    # --- interaction kind ---
    ("en", S, "correction", ["called Ethan at Cascade Water", "sorry, it was a visit not a call"], store(act("Cascade Water Systems", "visit", "Ethan Park"))),
    ("zh", L, "correction", ["和海晶啤酒曹阳通了电话", "不是电话，是当面拜访"], store(act("青岛海晶啤酒有限公司", "visit", "曹阳"))),
    # --- withdrawn ---
    ("en", S, "correction", ["Northwind signed!", "scratch that, not signed yet"], NOTHING),
    ("en", S, "correction", ["log a call with Kevin at Atlas Fitness", "ignore last message, wrong chat"], NOTHING),
    ("zh", L, "correction", ["华为终端赢了！", "撤回，还没签"], NOTHING),
    ("zh", L, "correction", ["给金山电子许静打电话，确认样品", "撤回刚才那条"], NOTHING),
    ("tw", L, "correction", ["閩江茶業丟單了，價格太高", "撤回，還沒丟"], NOTHING),
    # --- too vague to apply: ask ---
    ("en", S, "correction", ["Brightwater Energy at 160k", "sorry, wrong one"], ASK),
    ("zh", L, "correction", ["小米金额改成130万", "不对不对"], ASK),
    # --- reminders ---
    ("en", S, "reminder", "remind me to send Nancy at Northwind the contract in 3 days", store(rem("Northwind Traders", "2026-12-03"))),
    ("en", S, "reminder", "circle back with Victor at Zenith in two weeks", store(rem("Zenith Telecom", "2026-12-14"))),
    ("en", S, "reminder", "ping Liam at Summit Dental tomorrow between 2 and 4", store(rem("Summit Dental Supply", "2026-12-01T14:00"))),
    ("en", S, "reminder", "call Ava at Crescent Builders tmrw morning", store(rem("Crescent Builders", "2026-12-01"))),
    ("en", S, "reminder", "send Henry at Harbor Foods the quote by EOD", store(rem("Harbor Foods", "2026-11-30"))),
    ("en", S, "reminder", "first thing monday: follow up with Omar at Silverline", store(rem("Silverline Logistics", "2026-12-07"))),
    ("en", S, "reminder", "check in with Rachel at Falcon Aerospace after their board meeting on the 10th", store(rem("Falcon Aerospace", ["2026-12-10", "2026-12-11"]))),
    ("en", S, "reminder", ["remind me to call Sarah at Maple Leaf wed 10am", "move the Maple Leaf reminder to thursday"], store(rem("Maple Leaf Dairy", "2026-12-03T10:00"))),
    ("en", S, "reminder", "Alex is calling Paul at Granite State Builders on friday", NOTHING),
    ("zh", L, "reminder", "三天后提醒我跟进海洋渔业于洋", store(rem("大连海洋渔业集团有限公司", "2026-12-03"))),
    ("zh", L, "reminder", "下周三下午两点到四点之间给湘江环保彭丽打电话", store(rem("长沙湘江环保科技有限公司", "2026-12-09T14:00"))),
    ("zh", L, "reminder", "这周五之前跟秦川汽配史磊确认订单", store(rem("西安秦川汽车配件有限公司", ["2026-12-04", "2026-12-03"]))),
    ("zh", L, "reminder", ["周三提醒我给金鼎贸易蔡明发报价", "金鼎那个提醒改到周四"], store(rem("厦门金鼎贸易有限公司", "2026-12-03"))),
    ("zh", L, "reminder", "小王明天去拜访恒泰塑料何平", NOTHING),
    ("zh", L, "reminder", "两周后再联系山城火锅罗刚", store(rem("重庆山城火锅餐饮有限公司", "2026-12-14"))),
    ("zh", L, "reminder", "等钟山化工冯刚出差回来再约，他说下周四回", store(rem("南京钟山化工有限公司", ["2026-12-10", "2026-12-11"]))),
    ("tw", L, "reminder", "下週二上午提醒我打給永豐電子陳志明", store(rem("台北永豐電子股份有限公司", "2026-12-08"))),
    ("tw", L, "reminder", ["禮拜四下午三點拜訪恆通塑料何勇", "恆通那個改到禮拜五同一時間"], store(rem("宁波恒通塑料有限公司", "2026-12-04T15:00"))),
]

# A second batch, written after the first fixes and never used to find a cause: whether the causes fixed
# on the first batch generalise to phrasings nobody tuned to (ids b-…).
M2 = [
    ("en", S, "correction", ["Initech new licenses now 44k", "oops 48k*"], store(deal("Initech", which="licenses", amount="48000"))),
    ("en", S, "correction", ["called Oliver at Sterling Paper", "no, Sterling Pharma, Hannah"], store(act("Sterling Pharma", "call", "Hannah Cole"))),
    ("en", S, "correction", ["Zenith close moved to Jan 30", "typo, Jan 13"], store(deal("Zenith Telecom", close_date="2027-01-13"))),
    ("en", S, "correction", ["emailed Gavin at Hooli the deck", "it was Denpok, not Gavin"], store(act("Hooli", "email", "Denpok Singh"))),
    ("en", S, "correction", ["demo for Rachel at Falcon Aerospace thursday at 11", "no, 1pm"], store(rem("Falcon Aerospace", "2026-12-03T13:00"))),
    ("en", S, "correction", ["Kessler Medical is lost, budget cut", "ignore that, my mistake"], NOTHING),
    ("en", S, "correction", ["Globex back to proposal", "sorry, meant qualified"], store(deal("Globex Corporation", stage="qualified"))),
    ("en", S, "correction", ["Nordic Freight wants 40k for the pilot, new deal", "SEK, not dollars"], store(deal("Nordic Freight AB", new=True, amount="40000", currency="SEK"))),
    ("en", S, "correction", ["Atlas Freight new deal 33k", "hmm that's not right"], ASK),
    ("en", S, "correction", ["met Noah at Helios Solar", "it was just a call actually"], store(act("Helios Solar", "call", "Noah Kim"))),
    ("en", S, "correction", ["Northwind 9.5k", "meant 19.5k"], store(deal("Northwind Traders", amount="19500"))),
    ("en", S, "correction", ["had coffee with Sofia from Orion Software", "I meant on friday"], store(act("Orion Software", MEET, "Sofia Rossi", "2026-11-27"))),
    ("en", S, "correction", ["remind me to chase Lucius at Wayne on the 9th", "no wait, the 11th"], store(rem("Wayne Enterprises", "2026-12-11"))),
    ("en", S, "correction", ["called Tom at Brightwater Foods, they'd go 14k", "actually 15k"], store(act("Brightwater Foods", "call", "Tom Reyes"), deal("Brightwater Foods", amount="15000"))),
    ("zh", L, "correction", ["东方贸易金额改成22万", "写错了，22万应该是25万"], store(deal(DF, amount="250000"))),
    ("zh", L, "correction", ["今天去了鸿达物流，见了孙总", "不好意思，是宏达物流的郑主管"], store(act("苏州宏达物流有限公司", MEET, "郑宏"))),
    ("zh", L, "correction", ["渤海钢铁预计下个月15号签", "不对 是20号"], store(deal("天津渤海钢铁有限公司", close_date="2026-12-20"))),
    ("zh", L, "correction", ["后天上午10点去小米开会", "时间改成11点"], store(rem(XM, "2026-12-02T11:00"))),
    ("zh", L, "correction", ["东方国际赢了 35万", "不算，撤回"], NOTHING),
    ("zh", L, "correction", ["拜访了浦江医疗的钱主任", "名字打错了 是赵主任"], store(act("上海浦江医疗器械有限公司", MEET, "赵敏"))),
    ("zh", L, "correction", ["渤海钢铁进入谈判", "说错了，还在方案阶段，没变"], NOTHING),
    ("zh", L, "correction", ["海晶啤酒新单 3万", "是美金"], store(deal("青岛海晶啤酒有限公司", new=True, amount="30000", currency="USD"))),
    ("zh", L, "correction", ["华为技术那单丢了", "等等，错了"], ASK),
    ("tw", L, "correction", ["東方國際報價調到38萬", "打錯，是36萬"], store(deal(DG, amount="360000"))),
    ("tw", L, "correction", ["今天拜訪金頂建材蔡經理", "搞錯了，是金鼎貿易"], store(act("厦门金鼎贸易有限公司", MEET, "蔡明"))),
    ("tw", L, "correction", ["提醒我禮拜三回電給光谷生物楊帆", "改成禮拜四"], store(rem("武汉光谷生物科技有限公司", "2026-12-03"))),
    ("tw", L, "correction", ["華為終端簽了", "剛剛那條作廢"], NOTHING),
    ("zh", L, "correction", ["小米 deal 改成 150万", "sorry, 155万"], store(deal(XM, amount="1550000"))),
    ("en", S, "reminder", "remind me in an hour to call Maria at Atlas Freight", store(rem("Atlas Freight", "2026-11-30T11:00"))),
    ("en", S, "reminder", "follow up w/ Jack at Orion Marine end of next week", store(rem("Orion Marine Services", ["2026-12-11", "2026-12-10", "2026-12-12"]))),
    ("en", S, "reminder", "nudge Ethan at Cascade Water on the 3rd at 4", store(rem("Cascade Water Systems", "2026-12-03T16:00"))),
    ("en", S, "reminder", "I'll call Grace at Pinecrest after lunch tomorrow", store(rem("Pinecrest Hotels", "2026-12-01"))),
    ("en", S, "reminder", "Jordan from our team meets Liam at Summit Dental thursday", NOTHING),
    ("en", S, "reminder", "ping Erik at Nordic Freight after he's back from vacation on the 8th", store(rem("Nordic Freight AB", ["2026-12-08", "2026-12-09"]))),
    ("en", S, "reminder", "call Victor at Zenith wed between 9 and 11", store(rem("Zenith Telecom", "2026-12-02T09:00"))),
    ("zh", L, "reminder", "下周一早上提醒我给海洋渔业于洋发合同", store(rem("大连海洋渔业集团有限公司", "2026-12-07"))),
    ("zh", L, "reminder", "后天下午三点到五点在钟山化工开会", store(rem("南京钟山化工有限公司", "2026-12-02T15:00"))),
    ("zh", L, "reminder", "老张这周四会去渤海钢铁见袁部长", NOTHING),
    ("zh", L, "reminder", ["提醒我明天给长城电子邓丽打电话", "邓丽那个推迟到后天"], store(rem("广州长城电子有限公司", "2026-12-02"))),
    ("tw", L, "reminder", "下個月初提醒我跟進恆泰塑料", store(rem("宁波恒泰塑料制品有限公司", ["2026-12-01", "2026-12-02", "2026-12-03"]))),
]


def main() -> None:
    messages = []
    numbered = [(f"{c[:2]}{i:03d}", lang, u, c, t, e) for i, (lang, u, c, t, e) in enumerate(M, 1)]
    numbered += [(f"b-{c[:2]}{i:03d}", lang, u, c, t, e) for i, (lang, u, c, t, e) in enumerate(M2, 1)]
    for key, lang, user, cls, text, expect in numbered:
        m = {"id": key, "lang": "zh" if lang == "tw" else lang, "class": cls, "user": user}
        m["texts" if isinstance(text, list) else "text"] = text
        m["expect"] = expect
        messages.append(m)
    out = Path(__file__).with_name("corrections.json")
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(messages)} messages -> {out}")


if __name__ == "__main__":
    main()
