# ruff: noqa: E501  (one labelled message per line)
"""Over-asked reports of a contact's news, written by i33-overask (session 33) before any change, in our own words
(not focus P's read messages), in two worlds: set 7's (Mon 2027-06-07 08:50 in each user's zone) →
`i33-overask_s33.json`, and set 8's (Thu 2027-09-30 16:40) → `i33-overask_s33_w8.json`; batch 2 (below, after the
first fixes) → `i33-overask_s33_b2.json`, `i33-overask_s33_w8_b2.json`; batch 3 → `…_b3.json`, `…_w8_b3.json`; batch 4 → `…_b4.json`.

K. (note) the customer named only by its contact ("邢总说…", "curtis boone says…"): the person who named the customer
   is the one who said it, their news a note with them, stored at once. Twins (KA…, must_ask): the same shape with a
   figure the deal may take or a doubt ("预算可能在80万左右", "could maybe do 60k", "報價要再降一點").
S. (note) what a contact told us with words between their name and the word of saying ("私下跟我講", "偷偷告诉我",
   "let it slip", "told me on the quiet"): their news, stored. Twins (SA…, must_ask): the news is the deal's price.
W. (note / not_money) a contact's plan or wish said with 想/打算/准备 or "plans to", with counts of their own things
   ("想先開兩間新店", "打算先在5家分店上線"): their news, stored. Twins (WA…, must_ask): the deal's price beside it.
H. (not_money) a rival's price with ours said to stay where it is ("we're still at 21", "我们还是报原价"): a note.
   Twins (HA…, must_ask): ours may move ("may have to drop", "可能也得降").
D. (note) a score N/10 given to our demo or proposal ("gave our proposal a 7/10"): no date, a note. Twins (DA…,
   reminder): a real date with a task ("call boyd 9/10 about the proposal").

    python benchmarks/understanding/own/make_i33-overask_s33.py
    B=$PWD/benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/i33-overask_s33.json --customers $B/focus-p/customers.csv \
        --setup $B/focus-p/setup.txt --harness $B/focus-p
    .venv/bin/python $B/quick.py --file $B/own/i33-overask_s33_w8.json --customers $B/focus-o/customers.csv \
        --setup $B/focus-o/setup.txt --harness $B/focus-o
"""

from __future__ import annotations

import json
from pathlib import Path

DA, CJ, LY = "Dana", "陈静", "刘洋"  # set 7
OL, PR, HM, ZT = "Oliver", "Priya", "黄敏", "周涛"  # set 8
ASK = {"outcome": "ask"}
ANY = ["call", "visit", "meeting", "message", "email", "note"]


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def logged(customer: str, contact: str) -> dict:
    return store({"activities": [{"customer": customer, "kind": ANY, "contact": contact}]})


def reminded(customer: str, due: str) -> dict:
    return store({"reminders": [{"customer": customer, "due": due}]})


# fmt: off
W7 = [
    ("K", "note", "zh", LY, "邢总说他们青岛新码头年底投产", logged("青岛海晟船舶有限公司", "邢海涛")),
    ("K", "note", "zh", CJ, "許廠長說他們廠房明年要擴建", logged("台灣聯茂機電股份有限公司", "許文彬")),
    ("K", "note", "zh", LY, "费厂长讲车间下半年要上自动化产线", logged("苏州博远智能装备有限公司", "费晓光")),
    ("K", "note", "en", DA, "curtis boone says the co-op is adding two substations next spring", logged("Red River Power Cooperative", "Curtis Boone")),
    ("K", "note", "en", DA, "Delphine Roux mentioned their tasting room reopens after the remodel", logged("Osage Hills Winery", "Delphine Roux")),
    ("KA", "must_ask", "zh", LY, "邢总说预算可能在80万左右", ASK),
    ("KA", "must_ask", "en", DA, "curtis boone says they could maybe do 60k", ASK),
    ("KA", "must_ask", "zh", CJ, "許廠長說報價要再降一點", ASK),
    ("S", "note", "zh", CJ, "郭氏精密下半年要擴產，郭董私下跟我說的", logged("新竹郭氏精密股份有限公司", "郭俊賢")),
    ("S", "note", "zh", LY, "海盛冷链单经理偷偷告诉我，他们在建第二个冷库", logged("青岛海盛冷链物流有限公司", "单立伟")),
    ("S", "note", "en", DA, "heartland: colleen let it slip they're merging with a bank in tulsa", logged("Heartland Federal Savings", "Colleen Ambrose")),
    ("S", "note", "en", DA, "cypress creek - tammy told me on the quiet they're opening a second site in katy", logged("Cypress Creek Urgent Care", "Tammy Oldham")),
    ("SA", "must_ask", "zh", CJ, "郭氏精密郭董私下跟我說，報價可能要降到200萬", ASK),
    ("SA", "must_ask", "en", DA, "heartland: colleen let it slip they might only sign for 40k", ASK),
    ("W", "note", "zh", CJ, "高雄福興蔡總想先開兩間新店", logged("高雄福興餐飲股份有限公司", "蔡明燁")),
    ("W", "not_money", "zh", CJ, "台中福興張店長打算先在5家分店上線，總共有12家", logged("台中福興餐飲股份有限公司", "張雅婷")),
    ("W", "not_money", "zh", LY, "华北重机甘部长准备明年换20台行车", logged("华北重型机械集团有限公司", "甘立庆")),
    ("WA", "must_ask", "zh", CJ, "台中福興張店長想先做5家，價格要再談", ASK),
    ("H", "not_money", "en", DA, "rival bid on ironclad came in at 18k per virgil, we're still at 21", logged("Ironclad Fence Co", "Virgil Stamper")),
    ("H", "not_money", "zh", LY, "别家给燕赵报了45万，尚经理说的，我们还是按原价", logged("河北燕赵钢管有限公司", "尚红霞")),
    ("HA", "must_ask", "en", DA, "rival bid on ironclad came in at 18k per virgil, we're at 21 but may have to drop", ASK),
    ("D", "note", "en", DA, "quillen: boyd gave our proposal a 7/10", logged("Quillen Brothers HVAC", "Boyd Quillen")),
    ("D", "note", "en", DA, "tallgrass - kendra gave the trial run an 8/10", logged("Tallgrass Veterinary Supply", "Kendra Lusk")),
    ("DA", "reminder", "en", DA, "remind me to call boyd at quillen 9/10 about the proposal", reminded("Quillen Brothers HVAC", "2027-09-10")),
]

W8 = [
    ("K", "note", "en", OL, "Leona Grant says they're refurbishing two of the hotels over the winter", logged("Quayside Hotels Ltd", "Leona Grant")),
    ("K", "note", "zh", HM, "苏晓燕说她们工厂十一后搬到斗门", logged("珠海格瑞医疗科技有限公司", "苏晓燕")),
    ("K", "note", "zh", ZT, "白雪梅院长说连心明年春天要开第三家院", logged("北京连心养老服务有限公司", "白雪梅")),
    ("KA", "must_ask", "en", OL, "Leona Grant says the budget is probably nearer 25k", ASK),
    ("S", "note", "zh", HM, "美佳林婷私下跟我说，她们明年要做线上渠道", logged("广州美佳化妆品有限公司", "林婷")),
    ("S", "note", "en", OL, "st aldhelm's: clare benton let slip the bursary fund is being merged with the trust", logged("St Aldhelm's School", "Clare Benton")),
    ("SA", "must_ask", "zh", HM, "美佳林婷私下跟我说，价格最好能再便宜点", ASK),
    ("W", "not_money", "en", PR, "merlion fresh - goh chee keong plans to open 3 more outlets, they have 9 now", logged("Merlion Fresh Foods Pte Ltd", "Goh Chee Keong")),
    ("W", "not_money", "zh", ZT, "首信韩梅打算先给2个部门上线，全公司一共8个部门", logged("北京首信金融科技有限公司", "韩梅")),
    ("H", "not_money", "en", OL, "a competitor quoted brightwater £30k, priti mentioned it. we're still at 34", logged("Brightwater Housing Association", "Priti Shah")),
    ("HA", "must_ask", "en", OL, "a competitor quoted brightwater £30k, priti mentioned it. we may have to come down", ASK),
    ("D", "note", "en", OL, "whitcombe: neil gave the site survey a 9/10", logged("Whitcombe Engineering Ltd", "Neil Whitcombe")),
]
# Batch 2, written after the first fixes (the threshold, grown-count and recurring-day causes of en101, zh220 and
# en095), before changing the reader for them:
# T. (note) the threshold of a rule of theirs ("anything over 50k goes to the board", "超过50万的采购都要…"): a note, the
#    deal's amount unchanged. Twins (TA…): the figure is a price said rough or as a bound of ours.
# G. (not_money) a count said, then grown to a bare number ("技术部68个人 … 扩到100" shape in other words): a note.
#    Twins (GA…): the figure grown is money ("预算扩到120万左右").
# E. (note) a day that comes round again told as their schedule ("the 2nd thursday of every month"): a note.
#    Twins (EA…): a reminder asked on such a day (a repeating reminder is not kept: asked).
W7_B2 = [
    ("T", "note", "en", DA, "orlando says corporate has to approve anything over 100k", logged("Silverline Bottling Co", "Orlando Figueroa")),
    ("T", "note", "zh", LY, "鲁总说超过50万的采购都要集团审批", logged("江苏长江新材料有限公司", "鲁振宇")),
    ("T", "note", "zh", CJ, "鄭主任說30萬以上的採購都要上簽呈", logged("和平醫療器材股份有限公司", "鄭淑芬")),
    ("TA", "must_ask", "en", DA, "orlando says they'd maybe go a little over 100k", ASK),
    ("G", "not_money", "zh", LY, "长江新材研发中心45个人，鲁总说年底增加到120", logged("江苏长江新材料有限公司", "鲁振宇")),
    ("G", "not_money", "en", DA, "silverline runs 6 bottling lines, orlando says they're expanding to 110 by 2029", logged("Silverline Bottling Co", "Orlando Figueroa")),
    ("GA", "must_ask", "zh", LY, "长江新材研发中心45个人，鲁总说预算可能增加到120万", ASK),
    ("E", "note", "en", DA, "pauline says wexford's loan committee sits the first monday of each month", logged("Wexford Community Bank", "Pauline Marsh")),
    ("EA", "must_ask", "en", DA, "remind me every first monday of the month to check in with pauline at wexford", ASK),
]
W8_B2 = [
    ("T", "note", "en", OL, "neil says whitcombe's board signs off anything above £40k", logged("Whitcombe Engineering Ltd", "Neil Whitcombe")),
    ("T", "note", "zh", ZT, "韩梅说超过100万的项目都得走招标", logged("北京首信金融科技有限公司", "韩梅")),
    ("G", "not_money", "zh", HM, "格瑞医疗生产线工人80个，苏晓燕说明年扩到150", logged("珠海格瑞医疗科技有限公司", "苏晓燕")),
    ("E", "note", "en", PR, "wong mei fong says evergreen's management meeting is the last friday of every month", logged("Evergreen Eldercare Pte Ltd", "Wong Mei Fong")),
    ("EA", "must_ask", "zh", ZT, "每个月第一个周一提醒我给韩梅打电话", ASK),
]
# Batch 3, written after batch 2's fixes, before changing the reader for it (zh126's cause):
# R. (deal_update) a monthly rate said beside the sum it comes to over a term ("每月1万2，一年算14万4", "4k a month,
#    48k for the year"): the sum is the deal's amount. Twins (RA…, must_ask): the sum is not the rate times the term.
W7_B3 = [
    ("R", "deal_update", "zh", LY, "讯联报价改成每月1万2的订阅，一年算14万4", store({"deals": [{"customer": "合肥科大讯联教育科技有限公司", "amount": "144000"}]})),
    ("R", "deal_update", "en", DA, "ozark switched to the monthly plan, 2.5k a month so 30k a year", store({"deals": [{"customer": "Ozark Timberline Resorts", "amount": "30000"}]})),
    ("RA", "must_ask", "zh", LY, "讯联报价改成每月1万2的订阅，一年算15万", ASK),
]
W8_B3 = [
    ("R", "deal_update", "zh", HM, "美佳改成月费方案，每月1万5，一年算18万", store({"deals": [{"customer": "广州美佳化妆品有限公司", "amount": "180000"}]})),
    ("RA", "must_ask", "en", OL, "quayside moved to monthly billing, 3k a month, 40k for the year", ASK),
]
# Batch 4, written after batch 3's fix, before changing the reader for it (en004's cause):
# I. (deal_update) the deal's amount said with a part inside it ("w/ phase 2 in", "含二期", "including the 2nd
#    site"): the deal's amount, no new deal. Twins (IA…): the part said as a deal of its own (a new deal).
W7_B4 = [
    ("I", "deal_update", "en", DA, "silverline's at 60k now with phase 2 in", store({"deals": [{"customer": "Silverline Bottling Co", "amount": "60000"}]})),
    ("I", "deal_update", "zh", LY, "讯联这单现在45万，含二期", store({"deals": [{"customer": "合肥科大讯联教育科技有限公司", "amount": "450000"}]})),
    ("IA", "new_deal", "en", DA, "silverline phase 2 as a separate deal, 18k", store({"deals": [{"customer": "Silverline Bottling Co", "new": True, "amount": "18000"}]}, also_ok="ask")),
]
# fmt: on


def write(rows: list, name: str) -> None:
    messages = []
    counters: dict[str, int] = {}
    for family, klass, lang, user, text, expect in rows:
        counters[family] = counters.get(family, 0) + 1
        messages.append({"id": f"{family}{counters[family]:02d}", "lang": lang, "class": klass, "user": user, "text": text,
                         "expect": expect})  # fmt: skip
    out = Path(__file__).with_name(name)
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    write(W7, "i33-overask_s33.json")
    write(W8, "i33-overask_s33_w8.json")
    write(W7_B2, "i33-overask_s33_b2.json")
    write(W8_B2, "i33-overask_s33_w8_b2.json")
    write(W7_B3, "i33-overask_s33_b3.json")
    write(W8_B3, "i33-overask_s33_w8_b3.json")
    write(W7_B4, "i33-overask_s33_b4.json")


if __name__ == "__main__":
    main()
