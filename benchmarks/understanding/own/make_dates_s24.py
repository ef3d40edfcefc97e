# ruff: noqa: E501  (one labelled message per line)
"""Holiday and reminder-change families, written by i24-dates (session 24) before each change, in our own words
(not the read halves'): set 12's world (Thu 2029-04-26 10:20 in each user's zone; its customers and setup) and
focus G's world (Wed 2028-06-28 11:05; set 10's customers and setup).

H. a holiday of the user's own country, as its calendar names it (Memorial Day, Independence Day, Labor Day, the
   bank holiday, Golden Week, 五一/勞動節 in Hong Kong (one day off) and on the mainland (the whole break)):
   "after X" is the first working day after the break, "before X" the last working day before it; a holiday
   said with an exact day right after it ("节后5月8号") is that day.
R. (class reminder_change) a reminder of the user's own named loosely, by its place, a short name, its contact,
   a word of what it is for or its day, without the word "reminder" ("the rockford demo", "平湖那个视频会议",
   "將軍澳嗰個報價跟進", "给柯总打电话那个"): among the user's few pending reminders a unique fit is moved,
   cancelled or done; two that fit are asked about.
A. (class must_ask) a reminder on one of two days ("tue or wed", "8号或者9号", "禮拜三定係禮拜四"), or asked for
   "next week" with no day and no "any day" ("提醒我下个星期去…"): asked, not stored on the first.
C. (class correction) a Cantonese / Chinese time or day put right with 改咗 / 改了 ("改咗朝早十一點") right after a
   reminder: the reminder moves.
Q. (class question) what is due or closes by a day or a holiday: "what's closing before memorial day?",
   "节前要签的有哪几个", "我明天有啥要跟的", "聽日有咩要做".
W. (class deal_update) a close said loosely, then the day to write ("预计六月尾簽，寫6月28號", "should close mid
   June, put down 14/06"): the exact day is the close, no reminder "写".
I. (class reminder_change) a reminder moved by saying the new day with "instead" ("ray asked to do the redlines
   call at 4pm instead", "Pádraig wants the pilot review on Monday instead"): moved, not set again.
E. (class reminder) a day said relative to another date of the same clause ("erik's on vacation all next week
   ping me the monday after", "mori-san is in europe next week, remind me the tuesday after"): the day it names,
   not the date it is relative to.
N. (class reminder) the nth weekday of a month ("first monday of june", "the last Friday of May", "6月第一个周五",
   "五月最後一個禮拜五"): that day, not the next such weekday or a Monday.
K. (class reminder) the nth working day of a month, in the user's calendar ("the 2nd business day of june",
   "second working day of June" in Ireland (the June bank holiday), "6月第二个工作日", "六月第一個工作天").
P. a close said to slip past a holiday or date, then the new close ("slipping past memorial day, new close
   june 15"): the day passed is no reminder and no close; the new one is the close.

    python benchmarks/understanding/own/make_dates_s24.py   # writes dates_s24.json and dates_s24_w10.json
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/dates_s24.json \
        --customers benchmarks/understanding/set12/customers.csv --setup benchmarks/understanding/set12/setup.txt \
        --harness benchmarks/understanding/set12
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/dates_s24_w10.json \
        --customers benchmarks/understanding/focus-g/customers.csv --setup benchmarks/understanding/focus-g/setup.txt \
        --harness benchmarks/understanding/focus-g
"""

from __future__ import annotations

import json
from pathlib import Path

MA, SI, KE, SL, HO, ZJ = "Marcus", "Sinead", "Kenji", "孙丽", "何志明", "周建国"
NA, ZL = "Nadia", "赵磊"
ASK = {"outcome": "ask"}


def store(changes: dict) -> dict:
    return {"outcome": "store", "changes": changes}


def rem(customer: str, due: str | list[str]) -> dict:
    return store({"reminders": [{"customer": customer, "due": due}]})


def change(customer: str, was: str, action: str, due: str | None = None) -> dict:
    item = {"customer": customer, "was": was, "action": action}
    if due:
        item["due"] = due
    return store({"reminder_changes": [item]})


def close(customer: str, day: str) -> dict:
    return store({"deals": [{"customer": customer, "close_date": day}]})


# (family, lang, user, text, expect) — set 12's world
S12 = [
    ("H", "en", MA, "nudge me to call tammy at cedar rapids millwork right after memorial day", rem("Cedar Rapids Millwork LLC", "2029-05-29")),
    ("H", "en", MA, "before memorial day remind me to send wade at omaha stockyards the renewal", rem("Omaha Stockyards Logistics", "2029-05-25")),
    ("H", "en", SI, "ring Nuala at Athlone Credit Union after the bank holiday", rem("Athlone Credit Union", "2029-05-08")),
    ("H", "en", SI, "remind me to chase Declan in Sligo Harbour Hotel after the June bank holiday, 11am", rem("Sligo Harbour Hotel", "2029-06-05T11:00")),
    ("H", "en", KE, "Please remind me to send quotation to Okinawa Blue Resort after golden week", rem("Okinawa Blue Resort KK", "2029-05-07")),
    ("H", "en", KE, "When Golden Week is over, first working day 9am, call Higa-san of Okinawa Blue Resort please remind", rem("Okinawa Blue Resort KK", "2029-05-07")),
    ("H", "en", KE, "golden week after, 8 May, remind me visit Kobe Kicchin 2pm", rem("Kobe Kicchin Works KK", "2029-05-08T14:00")),
    ("H", "zh", SL, "劳动节假期后第一天上午提醒我给平湖晶光陆俊打电话", rem("平湖晶光电子有限公司", "2029-05-07")),
    ("H", "zh", ZJ, "五一放假回来第一天提醒我去随州神农找王建斌", rem("随州神农汽车配件有限公司", "2029-05-07")),
    ("H", "zh", ZJ, "节后5月8号上午十点提醒我给赤壁青砖茶业黎明打个电话", rem("赤壁青砖茶业有限公司", "2029-05-08T10:00")),
    ("H", "zh", HO, "勞動節假期後第一日提我打俾屯門嘉利陳志輝", rem("屯門嘉利印刷有限公司", "2029-05-02")),
    ("H", "zh", HO, "五一之後提我同沙田明德區志偉約時間", rem("沙田明德教育中心", "2029-05-02")),
    ("R", "en", MA, "move the rockford demo to thursday, same time", change("Rockford Gear & Axle", "2029-05-02T10:00", "move", "2029-05-03T10:00")),
    ("R", "en", MA, "push driftless site visit to wed 2pm", change("Driftless Dairy Cooperative", "2029-05-01T15:00", "move", "2029-05-02T14:00")),
    ("R", "en", SI, "the Gdansk video call is off, cancel it", change("Gdańsk Ship Coatings Sp. z o.o.", "2029-05-03T14:00", "cancel")),
    ("R", "en", SI, "Shannon scanner review moved to Tuesday 1st, same time", change("Shannon Estuary Logistics", "2029-04-27T11:00", "move", "2029-05-01T11:00")),
    ("R", "en", KE, "Please cancel Tomoe visit, Ishikawa-san is on business trip.", change("Tomoe Robotto Kogyo KK", "2029-05-07T14:00", "cancel")),
    ("R", "en", KE, "Kansai maintenance call please change to 30 April 10am", change("Kansai Erebeta Service KK", "2029-04-27T10:00", "move", "2029-04-30T10:00")),
    ("R", "zh", SL, "平湖那个视频会议改到5月10号下午两点", change("平湖晶光电子有限公司", "2029-05-09T14:00", "move", "2029-05-10T14:00")),
    ("R", "zh", SL, "温岭过报价那个取消吧，林总那天不在", change("温岭东方泵业有限公司", "2029-05-07T10:00", "cancel")),
    ("R", "zh", ZJ, "给柯总打电话那个推到五月八号上午九点", change("大冶铜都矿山机械有限公司", "2029-05-07T09:00", "move", "2029-05-08T09:00")),
    ("R", "zh", HO, "將軍澳嗰個報價跟進改去下個禮拜四下晝三點", change("將軍澳海濱物業管理有限公司", "2029-05-02T15:00", "move", "2029-05-03T15:00")),
    ("R", "zh", ZJ, "送方案那个提醒完成了", change("荆州楚天环保科技有限公司", "2029-04-25T15:00", "done")),
    ("R", "en", MA, "push the call to friday", ASK),
    ("R", "mx", SL, "张家港宏远的电话打完了，reminder可以done了", {"outcome": "store", "changes": {"reminder_changes": [{"customer": "张家港宏远金属制品有限公司", "was": "2029-04-26T15:00", "action": "done"}], "activities": [{"customer": "张家港宏远金属制品有限公司", "kind": "call", "contact": ["陈志刚", None]}]}, "alt_changes": [{"reminder_changes": [{"customer": "张家港宏远金属制品有限公司", "was": "2029-04-26T15:00", "action": "done"}]}]}),
    ("R", "mx", HO, "將軍澳嗰個報價跟進搞掂咗，提醒done咗佢", change("將軍澳海濱物業管理有限公司", "2029-05-02T15:00", "done")),
    ("A", "en", MA, "remind me to call ray at qccs tue or wed", ASK),
    ("A", "en", SI, "Ring Nuala at Athlone Credit Union on the 3rd or 4th, remind me", ASK),
    ("A", "en", KE, "Please remind me to visit Setouchi Marin 8 May or 9 May", ASK),
    ("A", "zh", SL, "提醒我8号或者9号去桐乡锦绣", ASK),
    ("A", "zh", HO, "提我下個禮拜三定係禮拜四約沙田明德", ASK),
    ("A", "zh", ZJ, "提醒我下个星期去醴陵华彩看看", ASK),
    ("A", "en", KE, "Next week please remind me to call Nakamura-san of Tomoe Shokuhin", ASK),
    ("A", "zh", SL, "下周找个时间提醒我约常熟虞山邵婷婷", {"outcome": "store", "also_ok": "ask", "changes": {"reminders": [{"customer": "常熟虞山服饰有限公司", "due": ["2029-04-30", "2029-05-01", "2029-05-02", "2029-05-03", "2029-05-04"]}]}}),
    ("Q", "en", MA, "what's closing before memorial day?", {"outcome": "nothing", "answer_mentions": ["Quad Cities|QCCS", "Eau Claire"]}),
    ("Q", "en", SI, "which deals close before the bank holiday?", {"outcome": "nothing", "answer_mentions": ["Dún Laoghaire|DLMS|Dun Laoghaire"]}),
    ("Q", "zh", ZJ, "节前要签的有哪几个", {"outcome": "nothing", "answer_mentions": ["仙桃"]}),
    ("Q", "zh", ZJ, "我明天有啥要跟的", {"outcome": "nothing", "answer_mentions": ["仙桃"]}),
    ("Q", "zh", HO, "聽日有咩要做", {"outcome": "nothing", "answer_mentions": ["恒發|恒发|葵涌"]}),
    ("Q", "en", SI, "anything on for me tomorrow?", {"outcome": "nothing", "answer_mentions": ["Shannon"]}),
    ("W", "zh", HO, "新竹晶創預計六月尾簽，寫6月28號", close("新竹晶創半導體股份有限公司", "2029-06-28")),
    ("W", "zh", ZJ, "随州神农预计六月中旬签，填6月16号", close("随州神农汽车配件有限公司", "2029-06-16")),
    ("W", "en", SI, "Belfast Harbour should close mid June, put down 14/06", close("Belfast Harbour Engineering Ltd", "2029-06-14")),
    ("W", "en", MA, "rockford closing end of june, mark it as june 27", close("Rockford Gear & Axle", "2029-06-27")),
    ("W", "zh", SL, "平湖晶光预计六月中签，记6月12号", close("平湖晶光电子有限公司", "2029-06-12")),
    ("I", "en", MA, "ray asked to do the redlines call at 4pm instead", change("Quad Cities Cold Storage", "2029-04-26T14:00", "move", "2029-04-26T16:00")),
    ("I", "en", SI, "Pádraig wants the pilot review on Monday 30th instead, same time", change("Shannon Estuary Logistics", "2029-04-27T11:00", "move", "2029-04-30T11:00")),
    ("I", "en", KE, "Hayashi-san asked to have the plant tour on 10 May instead.", change("Yokohama Kemikaru KK", "2029-05-08T11:00", "move", "2029-05-10T11:00")),
    ("E", "en", MA, "erik at twin ports is on vacation all next week ping me the monday after to call him", rem("Twin Ports Marine Supply", "2029-05-07")),
    ("E", "en", KE, "Mori-san of Setouchi Marin is in Europe next week so remind me the Tuesday after to call", rem("Setouchi Marin Supply KK", "2029-05-08")),
    ("E", "en", SI, "Nuala from Athlone Credit Union has the audit on the 2nd, remind me the day after to ring her", rem("Athlone Credit Union", "2029-05-03")),
    ("N", "en", MA, "remind me first monday of june to call sheila at dmrta", rem("Des Moines Regional Transit Authority", "2029-06-04")),
    ("N", "en", SI, "Remind me the last Friday of May to chase Orla at Kilkenny Stone", rem("Kilkenny Stone & Slate", "2029-05-25")),
    ("N", "en", KE, "Please remind me second Tuesday in May, visit Inoue-san at Kobe Kicchin", rem("Kobe Kicchin Works KK", "2029-05-08")),
    ("N", "zh", SL, "6月第一个周五提醒我给溧阳天目湖史雷打电话", rem("溧阳天目湖旅游开发有限公司", "2029-06-01")),
    ("N", "zh", HO, "五月最後一個禮拜五提我約灣仔利達馬麗珍", rem("灣仔利達會計師行", "2029-05-25")),
    ("N", "zh", ZJ, "提醒我五月第二个星期一去黄冈大别山", rem("黄冈大别山旅游有限公司", "2029-05-14")),
    ("K", "en", MA, "remind me the 2nd business day of june to send jen at kpp the invoice", rem("Kalamazoo Pharma Packaging", "2029-06-04")),
    ("K", "en", SI, "second working day of June, remind me to call Colm at Belfast Harbour", rem("Belfast Harbour Engineering Ltd", "2029-06-05")),
    ("K", "zh", SL, "6月第二个工作日提醒我给平湖晶光陆俊发资料", rem("平湖晶光电子有限公司", "2029-06-04")),
    ("K", "zh", HO, "六月第一個工作天提我約將軍澳梁詠詩", rem("將軍澳海濱物業管理有限公司", "2029-06-01")),
    ("P", "en", MA, "driftless dairy is sliding past memorial day, new close date june 29", close("Driftless Dairy Cooperative", "2029-06-29")),
    ("P", "en", SI, "Gdansk Ship Coatings going past the bank holiday, close now 15/06", close("Gdańsk Ship Coatings Sp. z o.o.", "2029-06-15")),
    ("P", "zh", SL, "温岭东方泵业要拖过五一了，签约改到5月20号", close("温岭东方泵业有限公司", "2029-05-20")),
]
# conversations: (family, lang, user, [first, second], expect)
CONV = [
    ("C", "zh", HO, ["聽日下晝三點提我打俾九龍灣雲端何嘉欣", "改咗朝早十一點"], rem("九龍灣雲端科技有限公司", "2029-04-27T11:00")),
    ("C", "zh", ZJ, ["明天上午十点提醒我给汉川银河汪海涛打电话", "改了下午四点"], rem("汉川银河电缆有限公司", "2029-04-27T16:00")),
    ("C", "zh", HO, ["禮拜五朝早提我去上環永利海味", "改咗去下個禮拜一"], rem("上環永利海味行", "2029-04-30")),
]
# focus G's world (set 10's customers)
W10 = [
    ("R", "en", "Felix", "Rheintal contract call - push to thursday 6 july, same time", change("Rheintal Kliniken AG", "2028-07-05T10:00", "move", "2028-07-06T10:00")),
    ("R", "zh", ZL, "海川物流方案评审那个往后推一天", change("深圳市海川物流有限公司", "2028-07-03T10:00", "move", "2028-07-04T10:00")),
    ("R", "zh", "陳嘉欣", "濠江覆報價嗰個改咗去7月7號朝早11點", change("澳門濠江海景酒店有限公司", "2028-07-06T11:00", "move", "2028-07-07T11:00")),
    ("I", "en", "Felix", "katrin asked to do the call on monday instead", change("Sternwarte Optik GmbH", "2028-06-29T10:00", "move", "2028-07-03T10:00")),
    ("I", "en", NA, "renee wants the contract signing at 3pm instead", change("Lantern Point Dental Group", "2028-06-30T13:00", "move", "2028-06-30T15:00")),
    ("R", "en", NA, "lantern point signing is off for now, drop it", change("Lantern Point Dental Group", "2028-06-30T13:00", "cancel")),
    ("H", "en", NA, "after independence day remind me to call travis at heartland cold storage", rem("Heartland Cold Storage", "2028-07-05")),
    ("H", "en", NA, "before labor day, remind me to chase jake at sierra madre outfitters", rem("Sierra Madre Outfitters", "2028-09-01")),
]


def write(rows: list, name: str) -> None:
    messages = []
    counters: dict[str, int] = {}
    for family, lang, user, text, expect in rows:
        counters[family] = counters.get(family, 0) + 1
        klass = {"H": "reminder", "P": "deal_update", "R": "reminder_change", "A": "must_ask", "C": "correction",
                 "Q": "question", "W": "deal_update", "I": "reminder_change", "E": "reminder", "N": "reminder", "K": "reminder"}  # fmt: skip
        said = {"texts": text} if isinstance(text, list) else {"text": text}
        messages.append({"id": f"{family}{counters[family]:02d}", "lang": lang, "class": klass[family],
                         "user": user, **said, "expect": expect})  # fmt: skip
    out = Path(__file__).with_name(name)
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write(S12 + CONV, "dates_s24.json")
    write(W10, "dates_s24_w10.json")
