# ruff: noqa: E501  (one labelled message per line)
"""Days families, written by i34-days (session 34) before any change, in our own words (not focus Q's read
messages), grouped by the mechanism that failed on focus Q's read half:
in set 6's world (Thu 2027-03-04 17:40, New York and Shanghai; Easter 03-28) -> i34-days_s34.json, and in
set 11's world (Tue 2029-01-09 16:40; Los Angeles, London, Shanghai; Easter 2029-04-01) ->
i34-days_s34_w11.json.

N. A named day of the year that is no day off where the user is (Easter and the days counted from it, Good
   Friday, the Ides of March, tax day, Valentine's, St Patrick's; 3·15 / 2·14 written with a middle dot or a
   dot in Chinese): its date, also as the anchor of "the monday after", "the week after". Twins: "around
   Easter", "after easter, not sure which week" (no day) asked.
P. A person's day off said beside the day to call them ("X's off Friday so call her Monday instead"): the
   reminder is the other day. Twin: "X is back Friday, call her then" -> that day.
W. A weekday said on that same weekday at the end of the day with an order ("first thing thurs …") is next
   week's; "sat"/"sun" with a clock is the weekend day. Twins: "first thing tmrw" -> tomorrow; "sat with X
   today" a log.
C. Chinese counted weeks from today (三周后, 两周后, 一周后) -> that day.
L. A deadline or expiry with a lead time ("expires 4/30, remind me a week before", "5月20号到期，提前两周提醒我"):
   one reminder that far before, the expiry is no close date. Twin: the expiry with no day -> asked.
M. A meeting arranged for a day to come (约了下周二…, 约了周五…) is a reminder, no meeting logged. Twin: 今天…看了 a log.
R. A reminder named by its time of day ("the afternoon one monday", "上午那个"), by its contact's family name and
   title (聂总那个, 刘主任那个) or first name ("Rhonda's reminder done"): that one. Twins: two or more fit -> asked.

    python benchmarks/understanding/own/make_i34-days_s34.py
    B=$PWD/benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/i34-days_s34.json --customers $B/focus-q/customers.csv \
        --setup $B/focus-q/setup.txt --harness $B/focus-q
    .venv/bin/python $B/quick.py --file $B/own/i34-days_s34_w11.json --customers $B/set11/customers.csv \
        --setup $B/set11/setup.txt --harness $B/set11
"""

from __future__ import annotations

import json
from pathlib import Path

PR, WL = "Priya", "王磊"  # set 6's world
DG, TM, WF = "Diego", "Tom", "王芳"  # set 11's world
ASK = {"outcome": "ask"}
EN_USERS = (PR, DG, TM)


def change(customer: str, was: str, action: str, due: str | None = None) -> dict:
    row: dict = {"customer": customer, "was": was, "action": action, **({"due": due} if due else {})}
    return {"outcome": "store", "changes": {"reminder_changes": [row]}}


def rem(customer: str, due: str | list[str], **more: object) -> dict:
    return {"outcome": "store", "changes": {"reminders": [{"customer": customer, "due": due}]}, **more}


def close(customer: str, day: str) -> dict:
    return {"outcome": "store", "changes": {"deals": [{"customer": customer, "close_date": day}]}}


def met(customer: str, contact: str | None) -> dict:
    row = {"customer": customer, "kind": ["meeting", "visit"], "contact": contact}
    return {"outcome": "store", "changes": {"activities": [row]}}


FW, TH, HC, AP, VP, GR, MR, OS, KI, BV, LK = (
    "Fenwick & Sons Plumbing", "Tahoe Property Management", "Halcyon Spa & Wellness", "Apex Roofing & Gutters",
    "Vantage Point Realty", "Granger Auto Parts", "Maple Ridge Timber Ltd", "Ostrander Law Group",
    "Keller Industries Inc", "Brandt & Vogel GmbH", "Lakota Solar Installers",
)  # fmt: skip
XD, KR, ZS, YL, LD, LZ, XH, DF, YS, ZD, HY = (
    "深圳鑫达电子有限公司", "上海康瑞医疗器械有限公司", "宁波周氏模具有限公司", "昆明云岭花卉有限公司", "厦门鹭达物流有限公司",
    "重庆山城老灶火锅有限公司", "杭州西湖龙井茶业有限公司", "南通德丰纺织有限公司", "苏州永盛包装有限公司", "中鼎集团有限公司",
    "广州恒源食品有限公司",
)  # fmt: skip
W6 = [
    # N: named days of the year
    ("N01", PR, "reminder", "remind me the tuesday after easter to send Ray at Fenwick & Sons the service contract", rem(FW, "2027-03-30")),
    ("N02", PR, "reminder", "good friday morning, call Bridget at Tahoe about the renewal", rem(TH, "2027-03-26")),
    ("N03", PR, "deal_update", "Granger targeting signature by the ides of march", close(GR, "2027-03-15")),
    ("N04", PR, "deal_update", "Maple Ridge: Gordie says the contract gets signed by tax day", close(MR, "2027-04-15")),
    ("N05", PR, "reminder", "follow up w Celeste at Halcyon the day after st patrick's day", rem(HC, "2027-03-18")),
    ("N06", PR, "reminder", "check in with Cole at Apex Roofing the week after Easter", rem(AP, ["2027-03-29", "2027-03-30", "2027-03-31", "2027-04-01", "2027-04-02"], also_ok="ask")),
    ("N07", PR, "must_ask", "call Cole at Apex Roofing sometime around Easter", ASK),
    ("N08", PR, "must_ask", "Lakota wants to meet after easter, not sure which week", ASK),
    ("N09", WL, "reminder", "复活节后的那个周一提醒我给Kevin发鑫达的报价", rem(XD, "2027-03-29")),
    ("N10", WL, "reminder", "3·15当天上午提醒我给康瑞阮思远打电话", rem(KR, "2027-03-15")),
    ("N11", WL, "reminder", "3.22那天下午去周氏模具找周国平", rem(ZS, "2027-03-22")),
    ("N12", WL, "reminder", "4·6上午十点提醒我跟泰山建材鲍文对账", rem("泰安泰山建材有限公司", "2027-04-06T10:00")),
    # P: their day off beside the day to call
    ("P01", PR, "reminder", "Bridget's out Monday 3/8 so call her Tue 3/9 instead", rem(TH, "2027-03-09")),
    ("P02", PR, "reminder", "Celeste is off friday, ping her monday instead", rem(HC, "2027-03-08")),
    ("P03", WL, "reminder", "欧阳倩3月10号请假，改成3月11号上午给她打电话", rem(HY, "2027-03-11")),
    ("P04", PR, "reminder", "Yvette at Vantage is back friday - call her then", rem(VP, "2027-03-05")),
    # W: a weekday said on that weekday; sat/sun with a clock
    ("W01", PR, "reminder", "first thing thurs email Katrin at Brandt & Vogel the revised terms", rem(BV, "2027-03-11")),
    ("W02", PR, "reminder", "thu first thing - call Rudy at Keller Industries re the plant tour", rem(KI, "2027-03-11")),
    ("W03", PR, "reminder", "sat 9am site walk with Cole at Apex Roofing", rem(AP, "2027-03-06T09:00")),
    ("W04", PR, "reminder", "sun 2pm open house w Yvette at Vantage Point", rem(VP, "2027-03-07T14:00")),
    ("W05", PR, "log", "sat down with Cole at Apex Roofing today, went over the gutter quote", met(AP, "Cole Brannigan")),
    ("W06", PR, "reminder", "first thing tmrw call Rudy at Keller Industries", rem(KI, "2027-03-05")),
    # C: Chinese counted weeks
    ("C01", WL, "reminder", "三周后提醒我问问付丽云岭花卉的情况", rem(YL, "2027-03-25")),
    ("C02", WL, "reminder", "两周后再问一下柴敏鹭达那边的进度", rem(LD, "2027-03-18")),
    ("C03", WL, "reminder", "一周后问一下蔺芳老灶火锅的反馈", rem(LZ, "2027-03-11")),
    # L: a lead time before an expiry
    ("L01", WL, "reminder", "永盛包装的合同5月20号到期，提前两周提醒我", rem(YS, "2027-05-06")),
    ("L02", PR, "reminder", "Ostrander's contract expires 4/30, remind me a week before", rem(OS, "2027-04-23")),
    ("L03", PR, "reminder", "Vantage lease runs out 6/1 - remind me 10 days ahead", rem(VP, "2027-05-22")),
    ("L04", WL, "must_ask", "永盛包装的合同下个月到期，提前一周提醒我", ASK),
    # M: a meeting arranged for a day to come
    ("M01", WL, "reminder", "西湖茶业 tasting 约了下周二 3pm, 屠春 attend", rem(XH, "2027-03-09T15:00")),
    ("M02", WL, "reminder", "跟缪东约了周五上午十点在德丰看车间", rem(DF, "2027-03-05T10:00")),
    ("M03", WL, "log", "今天跟缪东在德丰看了车间", met(DF, "缪东")),
    # R: a reminder named by its time of day or its contact
    ("R01", PR, "reminder_change", "the afternoon one monday - push it to 4pm", change(KI, "2027-03-08T14:00", "move", "2027-03-08T16:00")),
    ("R02", PR, "reminder_change", "tmrw morning's reminder, make it 9:15", change("Pioneer Valley Credit Union", "2027-03-05T10:00", "move", "2027-03-05T09:15")),
    ("R03", WL, "reminder_change", "聂总那个提醒推到周三下午三点", change(KR, "2027-03-09T15:00", "move", "2027-03-10T15:00")),
    ("R04", WL, "reminder_change", "上午那个提醒取消", change(ZD, "2027-03-05T09:30", "cancel")),
    ("R05", WL, "reminder_change", "下午那个提醒改到周三", change(KR, "2027-03-09T15:00", "move", "2027-03-10")),
    ("R06", PR, "reminder_change", "Rhonda's reminder done", change("Pioneer Valley Credit Union", "2027-03-05T10:00", "done")),
    ("R07", WL, "reminder_change", "那个提醒删了", ASK),
    ("R08", PR, "reminder_change", "push my reminder to next week", ASK),
]

GP, PB, TR, SM, FG, RV, CH, TJ, BR, CV = (
    "Golden Poppy Organics", "Pacific Crest Brewing Co", "Tahoe Ridge Resorts", "Santa Monica Pilates Studio",
    "Fresno Auto Glass", "Redwood Valley Health System", "Cheltenham Spa Hotels Ltd", "Tayside Joinery Ltd",
    "Blackwater Rail Services Ltd", "Central Valley Agricultural Cooperative",
)  # fmt: skip
RK, YY, GH, DS, HR, JB, BY, ZK = (
    "石家庄润康制药有限公司", "北京远洋国际货运代理有限公司", "北京光华印刷有限公司", "北京顶盛餐饮管理有限公司",
    "青岛海润进出口有限公司", "北京京北新能源科技有限公司", "北京博远医疗器械有限公司", "北京中科启航信息技术有限公司",
)  # fmt: skip
W11 = [
    ("N21", DG, "reminder", "the monday after easter call Hannah at Golden Poppy", rem(GP, "2029-04-02")),
    ("N22", DG, "reminder", "remind me good friday to send Tyler at Pacific Crest Brewing the keg quote", rem(PB, "2029-03-30")),
    ("N23", DG, "deal_update", "Tahoe Ridge aiming to sign by the ides of march", close(TR, "2029-03-15")),
    ("N24", DG, "reminder", "valentine's day call Brooke at SM Pilates re the promo", rem(SM, "2029-02-14")),
    ("N25", DG, "must_ask", "ping Dale at Fresno Auto Glass around easter", ASK),
    ("N26", WF, "reminder", "3·15上午提醒我给润康郝文静发合同", rem(RK, "2029-03-15")),
    ("N27", WF, "reminder", "复活节后的周一给远洋国际Kevin Qiao打电话", rem(YY, "2029-04-02")),
    ("N28", WF, "reminder", "2·14那天下午提醒我给光华印刷黄宏亮送样品", rem(GH, "2029-02-14")),
    ("P11", DG, "reminder", "Megan's off Friday 1/12 so call her Mon 1/15 instead", rem(RV, "2029-01-15")),
    ("P12", TM, "reminder", "Gemma is on leave thursday, ring her friday instead", rem(CH, "2029-01-12")),
    ("P13", WF, "reminder", "张丽华周五休息，下周一再给她打电话", rem(DS, "2029-01-15")),
    ("W11", DG, "reminder", "first thing tue call Walt at CVAC about the co-op vote", rem(CV, "2029-01-16")),
    ("W12", TM, "reminder", "sat 10am walkthrough with Hamish at Tayside Joinery", rem(TJ, "2029-01-13T10:00")),
    ("W13", TM, "log", "sat with Hamish at Tayside Joinery this morning going through the fit-out plan", met(TJ, "Hamish Pollock")),
    ("C11", WF, "reminder", "三周后问一下海润于海燕那边的进度", rem(HR, "2029-01-30")),
    ("C12", WF, "reminder", "两周后再跟光华印刷黄宏亮确认一下", rem(GH, "2029-01-23")),
    ("L11", WF, "reminder", "润康的维保合同3月31号到期，提前十天提醒我", rem(RK, "2029-03-21")),
    ("L12", DG, "reminder", "Golden Poppy's contract expires 2/28, remind me 2 weeks before", rem(GP, "2029-02-14")),
    ("L13", DG, "must_ask", "Golden Poppy's contract expires next month, remind me a week before", ASK),
    ("M11", WF, "reminder", "跟黄宏亮约了周四下午两点去光华印刷看设备", rem(GH, "2029-01-11T14:00")),
    ("M12", WF, "reminder", "京北新能源 demo 约了下周一 10am, 邵明 attend", rem(JB, "2029-01-15T10:00")),
    ("R11", WF, "reminder_change", "上午那个提醒推到周五上午十点", change(ZK, "2029-01-16T10:00", "move", "2029-01-12T10:00")),
    ("R12", WF, "reminder_change", "下午那个提醒删了", ASK),
    ("R13", WF, "reminder_change", "刘主任那个提醒改到周四下午三点", change(BY, "2029-01-10T15:00", "move", "2029-01-11T15:00")),
    ("R14", TM, "reminder_change", "the 2pm one next week - move it to 3:30", change("Schulze Verpackung GmbH", "2029-01-16T14:00", "move", "2029-01-16T15:30")),
    ("R15", TM, "reminder_change", "Bethan's reminder done", change(BR, "2029-01-10T10:00", "done")),
    ("R16", TM, "reminder_change", "the morning one - make it 11:30", ASK),
]


def build(rows: list[tuple]) -> list[dict]:
    out = []
    for mid, user, cls, text, expect in rows:
        lang = "en" if user in EN_USERS else "mixed" if any(c.isascii() and c.isalpha() for c in text) else "zh"
        out.append({"id": f"d34-{mid}", "class": cls, "lang": lang, "user": user, "text": text, "expect": expect})
    return out


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    for name, rows in (("i34-days_s34.json", W6), ("i34-days_s34_w11.json", W11)):
        (here / name).write_text(json.dumps({"messages": build(rows)}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
