# ruff: noqa: E501  (one labelled message per line)
"""Reminder-reference, two-change and correction families, written by i25-changes (session 25) before each
change, in our own words (not the read half's): set 12's world (Thu 2029-04-26 10:20 in each user's zone; its
customers, base deals and base reminders). Each family has messages where two of the user's own reminders fit
(must ask) and the same kind of message where only one fits (must store), so that asking everything fails.

R. (reminder_change / must_ask) a reminder of the user's own named by its time of day, its day, a period
   (next week, next month, after the holiday) or its deed, with no customer ("三点钟的那个提醒", "the 10am one",
   "the may one", "下星期嗰個提醒", "the reminder after golden week", "the call"), or a bare "that reminder".
D. (reminder_change) a reminder closed by its deed, beside news that the deed was done ("called ray about the
   redlines, that reminder can go", "给柯总的电话已经打了，那个提醒不用了", "唔使再提我").
T. (reminder_change) two changes in one message ("cancel the qccs reminder and move the rockford demo to friday",
   "葵涌同東莞嗰兩個提醒都取消").
C. (correction) a correction that restates the whole news: "不对，余姚的还在方案，是慈溪明珠进谈判了" undoes the
   first customer's change and makes it at the other; a day put right ("sorry, Tuesday not Monday",
   "不对，是6月15号") after a reminder or a close date.
H. (reminder) a holiday's break said again without its name ("佛誕之後…假期後第一個工作日", "假期第三天"), the
   nth working day before it ("端午前三個工作日"), a customer's own break ("他们五一放四天，上班第一天"), "那天".
K. (correction) a day, a time, a customer, an outcome or a kind put right in other words ("sorry, make it
   monday", "唔係聽日，係後日", "scratch that, sioux falls is the one we won", "…，宜兴的不变").
S. (reminder_change / must_ask) short forms: "kill the 3pm reminder", "the friday one can go", "唔使提我聽日嗰個",
   "bump the 11am to 2pm", "那个送方案的提醒可以删了"; two that fit asked.
Q. (question) what closes or is due by a period or a holiday, asked with "do I have" or Cantonese 咩
   ("anything closing before the bank holiday?", "我下個禮拜有咩提醒"): deals or reminders, not stored.

    python benchmarks/understanding/own/make_changes_s25.py   # writes changes_s25.json
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/changes_s25.json \
        --customers benchmarks/understanding/set12/customers.csv --setup benchmarks/understanding/set12/setup.txt \
        --harness benchmarks/understanding/set12
"""

from __future__ import annotations

import json
from pathlib import Path

MA, SI, KE, SL, HO, ZJ = "Marcus", "Sinead", "Kenji", "孙丽", "何志明", "周建国"
ASK = {"outcome": "ask"}


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def change(customer: str, was: str, action: str | list[str], due: str | None = None) -> dict:
    item: dict = {"customer": customer, "was": was, "action": action}
    if due:
        item["due"] = due
    return item


def changes(*items: dict) -> dict:
    return store({"reminder_changes": list(items)})


def closed_with(item: dict, customer: str, kind: str | list[str], contact: list | None = None) -> dict:
    """The reminder done or cancelled; the deed may also be logged."""
    act = {"customer": customer, "kind": kind}
    if contact:
        act["contact"] = contact
    return store({"reminder_changes": [item]}, alt_changes=[{"reminder_changes": [item], "activities": [act]}])


DONE = ["done", "cancel"]
QCCS, PFM, KPP, DDC, RGA = "Quad Cities Cold Storage", "Prairie Forge Metals Inc", "Kalamazoo Pharma Packaging", "Driftless Dairy Cooperative", "Rockford Gear & Axle"
APP, SEL, SMD, GSC = "Athlone Precision Plastics Ltd", "Shannon Estuary Logistics", "Sligo Medical Devices Ltd", "Gdańsk Ship Coatings Sp. z o.o."
KES, FST, TRK, YKK = "Kansai Erebeta Service KK", "Fukuoka Semicon Testing KK", "Tomoe Robotto Kogyo KK", "Yokohama Kemikaru KK"
ZJG, HNHT, WLDF, PHJG = "张家港宏远金属制品有限公司", "海宁恒泰经编有限公司", "温岭东方泵业有限公司", "平湖晶光电子有限公司"
JZCT, XTXD, QJCY, DYTD = "荆州楚天环保科技有限公司", "仙桃鑫达无纺布有限公司", "潜江楚源化工有限公司", "大冶铜都矿山机械有限公司"
KCHF, DGHX, JJA, HDS = "葵涌恒發貨倉有限公司", "東莞恒信電子廠", "將軍澳海濱物業管理有限公司", "Harbourfront Dim Sum Group"

ROWS = [
    # R: named by time of day / day / period / deed, no customer. Two fit -> ask; one fits -> store.
    ("R", "must_ask", "zh", ZJ, "三点钟的那个提醒推迟一天", ASK),  # 荆州 04-25 15:00, 潜江 04-30 15:00
    ("R", "must_ask", "zh", SL, "上午十点那个提醒取消", ASK),  # 海宁 04-29 10:00, 温岭 05-07 10:00
    ("R", "must_ask", "zh", HO, "下星期嗰個提醒推遲一日", ASK),  # 東莞 04-30, 將軍澳 05-02
    ("R", "must_ask", "en", MA, "move the may one to next tuesday", ASK),  # Driftless 05-01, Rockford 05-02
    ("R", "must_ask", "en", KE, "Please cancel the reminder in May", ASK),  # Tomoe 05-07, Yokohama 05-08
    ("R", "must_ask", "en", SI, "the reminder for next week, push it out a day", ASK),  # Sligo 05-01, Gdańsk 05-03
    ("R", "must_ask", "en", SI, "move that reminder to friday", ASK),  # four open
    ("R", "must_ask", "zh", ZJ, "那个提醒帮我取消一下", ASK),  # four open
    ("R", "must_ask", "zh", SL, "五一之后那个提醒推迟一天", ASK),  # 温岭 05-07, 平湖 05-09
    ("R", "must_ask", "en", KE, "The reminder after golden week, please cancel", ASK),  # Tomoe 05-07, Yokohama 05-08
    ("R", "must_ask", "en", MA, "push the call to 3pm", ASK),  # QCCS call Ray, Kalamazoo call Jen
    ("R", "must_ask", "en", KE, "Please move my visit in May to two days later", ASK),  # visit (Tomoe) and plant tour (Yokohama)
    ("R", "reminder_change", "en", MA, "push the 10am one to friday", changes(change(RGA, "2029-05-02T10:00", "move", "2029-04-27T10:00"))),
    ("R", "reminder_change", "zh", ZJ, "下个礼拜那个提醒往后推两天", changes(change(QJCY, "2029-04-30T15:00", "move", "2029-05-02T15:00"))),
    ("R", "reminder_change", "zh", HO, "聽日嗰個提醒改到下晝三點", changes(change(KCHF, "2029-04-27T11:00", "move", "2029-04-27T15:00"))),
    ("R", "reminder_change", "zh", SL, "周日那个提醒取消吧", changes(change(HNHT, "2029-04-29T10:00", "cancel"))),
    ("R", "reminder_change", "en", KE, "Please move 3pm reminder to tomorrow, same time", changes(change(FST, "2029-04-26T15:00", "move", "2029-04-27T15:00"))),
    ("R", "reminder_change", "en", SI, "cancel the one on the 3rd", changes(change(GSC, "2029-05-03T14:00", "cancel"))),
    ("R", "reminder_change", "zh", ZJ, "节后那个电话往后挪一天", changes(change(DYTD, "2029-05-07T09:00", "move", "2029-05-08T09:00"))),
    ("R", "reminder_change", "en", MA, "move my site visit to may 3", changes(change(DDC, "2029-05-01T15:00", "move", "2029-05-03T15:00"))),
    ("R", "reminder_change", "zh", SL, "下午两点那个视频会议改到5月10号", changes(change(PHJG, "2029-05-09T14:00", "move", "2029-05-10T14:00"))),
    ("R", "reminder_change", "en", KE, "Hayashi-san changed the plant tour to 11 May (Fri), same time", changes(change(YKK, "2029-05-08T11:00", "move", "2029-05-11T11:00"))),
    ("R", "reminder_change", "zh", ZJ, "潜江那个谈价格的曾总说五一前没空改到节后第二天", changes(change(QJCY, "2029-04-30T15:00", "move", "2029-05-08"))),
    # D: closed by the deed, beside news the deed was done.
    ("D", "reminder_change", "en", MA, "called ray about the redlines, that reminder can go", closed_with(change(QCCS, "2029-04-26T14:00", DONE), QCCS, "call", ["Ray Dominguez", None])),
    ("D", "reminder_change", "en", SI, "rang Ciarán re the revised quote, you can drop the reminder", closed_with(change(APP, "2029-04-26T16:00", DONE), APP, "call", ["Ciarán Duffy", None])),
    ("D", "reminder_change", "en", KE, "Test plan already sent to Ogawa-san, please delete that reminder", closed_with(change(FST, "2029-04-26T15:00", DONE), FST, ["email", "note"], ["Ogawa Hiroshi", None])),
    ("D", "reminder_change", "zh", ZJ, "给柯总的电话已经打了，那个提醒不用了", closed_with(change(DYTD, "2029-05-07T09:00", DONE), DYTD, "call", ["柯志华", None])),
    ("D", "reminder_change", "zh", SL, "陈志刚的电话打过了，不用再提醒我了", closed_with(change(ZJG, "2029-04-26T15:00", DONE), ZJG, "call", ["陈志刚", None])),
    ("D", "reminder_change", "zh", HO, "同陳生傾完合約喇，個提醒唔使留", closed_with(change(KCHF, "2029-04-27T11:00", DONE), KCHF, ["meeting", "call", "note"], ["陳國強", None])),
    ("D", "reminder_change", "en", MA, "pete's demo went fine this am, tick that one off", closed_with(change(RGA, "2029-05-02T10:00", DONE), RGA, ["meeting", "visit"], ["Pete Zielinski", None])),
    ("D", "must_ask", "en", MA, "called him already, kill the reminder", ASK),  # two call reminders, nobody named
    ("D", "must_ask", "en", SI, "rang him, you can drop the reminder", ASK),  # call Ciarán, video call with Tomasz
    # T: two changes in one message.
    ("T", "reminder_change", "en", MA, "cancel the qccs reminder and move the rockford demo to friday", changes(change(QCCS, "2029-04-26T14:00", "cancel"), change(RGA, "2029-05-02T10:00", "move", "2029-04-27T10:00"))),
    ("T", "reminder_change", "zh", SL, "海宁那个提醒取消，平湖的改到5月10号", changes(change(HNHT, "2029-04-29T10:00", "cancel"), change(PHJG, "2029-05-09T14:00", "move", "2029-05-10T14:00"))),
    ("T", "reminder_change", "en", SI, "drop the reminders for Ciarán and Pádraig, both sorted by email", changes(change(APP, "2029-04-26T16:00", DONE), change(SEL, "2029-04-27T11:00", DONE))),
    ("T", "reminder_change", "zh", HO, "葵涌同東莞嗰兩個提醒都取消", changes(change(KCHF, "2029-04-27T11:00", "cancel"), change(DGHX, "2029-04-30T10:00", "cancel"))),
    ("T", "reminder_change", "en", KE, "Please cancel Takahashi-san reminder, and move Ogawa-san one to 30 April", changes(change(KES, "2029-04-27T10:00", "cancel"), change(FST, "2029-04-26T15:00", "move", "2029-04-30T15:00"))),
    # C: corrections that restate the news; a day put right.
    ("C", "correction", "zh", SL, ["余姚明珠进谈判了", "不对，余姚的还在初步阶段，是慈溪明珠进谈判了"], store({"deals": [{"customer": "慈溪明珠电器有限公司", "stage": "negotiation"}]})),
    ("C", "correction", "zh", ZJ, ["荆门楚天进方案了", "搞错了，荆门的还没动，是荆州楚天进谈判了"], store({"deals": [{"customer": "荆州楚天环保科技有限公司", "stage": "negotiation"}]})),
    ("C", "correction", "en", MA, ["cedar valley moved to proposal", "no wait, cedar valley is still qualified, it's cedar rapids that moved to negotiation"], store({"deals": [{"customer": "Cedar Rapids Millwork LLC", "stage": "negotiation"}]})),
    ("C", "correction", "zh", HO, ["沙田明德入咗方案", "唔係，沙田嗰間仲未郁，係荃灣美景入咗談判"], store({"deals": [{"customer": "荃灣美景酒店管理有限公司", "stage": "negotiation"}]})),
    ("C", "correction", "en", SI, ["Remind me to ring Nuala at Athlone Credit Union the Thursday after the bank holiday", "sorry, Friday not Thursday"], store({"reminders": [{"customer": "Athlone Credit Union", "due": "2029-05-11"}]})),
    ("C", "correction", "en", MA, ["remind me to call gretchen at fox river the friday before memorial day", "oops, thursday not friday"], store({"reminders": [{"customer": "Fox River Paper Co", "due": "2029-05-24"}]})),
    ("C", "correction", "mx", SL, ["温岭东方close date改到5月20号", "不对，是6月15号"], store({"deals": [{"customer": WLDF, "close_date": "2029-06-15"}]})),
    ("C", "correction", "mx", HO, ["新竹晶創close date改到7月15號", "唔係，係7月31號"], store({"deals": [{"customer": "新竹晶創半導體股份有限公司", "close_date": "2029-07-31"}]})),
    ("C", "correction", "en", MA, ["fox river close date to june 15", "no, june 22"], store({"deals": [{"customer": "Fox River Paper Co", "close_date": "2029-06-22"}]})),
    # Q: what is due or closes by a period or a holiday, asked with "do I have" / 咩 (written with the change).
    ("Q", "question", "en", SI, "anything closing before the bank holiday?", {"outcome": "nothing", "answer_mentions": ["Dún Laoghaire|Dun Laoghaire"]}),
    ("Q", "question", "en", MA, "what have i got closing in may?", {"outcome": "nothing", "answer_mentions": ["Driftless Dairy"]}),
    ("Q", "question", "zh", ZJ, "端午前要签的单有哪些", {"outcome": "nothing", "answer_mentions": ["仙桃"]}),
    ("Q", "question", "zh", HO, "我下個禮拜有咩提醒", {"outcome": "nothing", "answer_mentions": ["東莞|东莞"]}),
    ("Q", "question", "en", MA, "what reminders do i have before memorial day?", {"outcome": "nothing", "answer_mentions": ["Rockford"]}),
    # H: a holiday's break said again without its name, its nth day, the nth working day before it, a customer's
    # own break length, "那天" (written with the change, other words and customers).
    ("H", "reminder", "zh", HO, "觀塘恒發李生話佛誕之後先覆，假期後第一個工作日下晝提我打電話俾佢", store({"reminders": [{"customer": "觀塘恒發五金有限公司", "due": "2029-05-22"}]})),
    ("H", "reminder", "zh", ZJ, "孝感福满楼熊丽说他们五一放四天，上班第一天上午提醒我去一趟", store({"reminders": [{"customer": "孝感福满楼食品有限公司", "due": "2029-05-07"}]})),
    ("H", "reminder", "zh", SL, "如皋长寿冒总说国庆放假期间也可以联系，假期第三天上午提醒我给他打电话", store({"reminders": [{"customer": "如皋长寿食品有限公司", "due": "2029-10-03"}]})),
    ("H", "reminder", "zh", HO, "高雄港順蔡生話佢哋端午會提早放，提醒我端午前三個工作日打俾佢", store({"reminders": [{"customer": "高雄港順船務代理有限公司", "due": ["2029-06-13", "2029-06-12"]}]})),
    ("H", "reminder", "zh", SL, "端午前两个工作日提醒我给温岭林总发合同", store({"reminders": [{"customer": WLDF, "due": "2029-06-14"}]})),
    ("H", "reminder", "zh", ZJ, "恩施硒源向红梅说28号礼拜六她们加班，那天下午3点提醒我给她打电话", store({"reminders": [{"customer": "恩施硒源茶业有限公司", "due": "2029-04-28T15:00"}]})),
    # K: more corrections in other words (written before looking at their handling): a day, a time, a customer,
    # an outcome, a kind, put right right after the message.
    ("K", "correction", "en", MA, ["remind me to call tammy at cedar rapids millwork friday 10am", "sorry, make it monday"], store({"reminders": [{"customer": "Cedar Rapids Millwork LLC", "due": "2029-04-30T10:00"}]})),
    ("K", "correction", "zh", HO, ["聽日朝早十點提我打俾觀塘恒發李生", "唔係聽日，係後日"], store({"reminders": [{"customer": "觀塘恒發五金有限公司", "due": "2029-04-28T10:00"}]})),
    ("K", "correction", "zh", ZJ, ["提醒我下周一给孝感福满楼熊丽打电话", "不对，是下周二"], store({"reminders": [{"customer": "孝感福满楼食品有限公司", "due": "2029-05-01"}]})),
    ("K", "correction", "en", SI, ["met Nuala at Athlone Credit Union this morning", "sorry, it was a call not a meeting"], store({"activities": [{"customer": "Athlone Credit Union", "kind": "call", "contact": ["Nuala Kenny", None]}]})),
    ("K", "correction", "en", MA, ["badger state plumbing is won", "scratch that, sioux falls veterinary is the one we won"], store({"deals": [{"customer": "Sioux Falls Veterinary Hospital", "stage": "won"}]})),
    ("K", "correction", "zh", SL, ["桐乡锦绣金额改成8万", "说错了，是嘉善金穗改成12万，桐乡的不变"], store({"deals": [{"customer": "嘉善金穗木业有限公司", "amount": "120000", "currency": "CNY"}]})),
    ("K", "correction", "en", KE, ["Please remind me to send quotation to Okinawa Blue Resort on 8 May", "Sorry, 9 May not 8 May"], store({"reminders": [{"customer": "Okinawa Blue Resort KK", "due": "2029-05-09"}]})),
    ("K", "correction", "zh", SL, ["提醒我五一后第一天给嘉善金穗朱总打电话", "不对，是五一前最后一天"], store({"reminders": [{"customer": "嘉善金穗木业有限公司", "due": "2029-04-30"}]})),
    ("K", "correction", "en", SI, ["Remind me to ring Seán at Ennis Dairy tomorrow at 2", "no, 3"], store({"reminders": [{"customer": "Ennis Dairy Co-operative", "due": "2029-04-27T15:00"}]})),
    ("K", "correction", "zh", ZJ, ["醴陵华彩进谈判了", "不对不对，醴陵的还是方案，是萍乡安源签了"], store({"deals": [{"customer": "萍乡安源电瓷有限公司", "stage": "won"}]})),
    # S: short forms found by probing after the first landing, before their change: another cancel verb, "can go",
    # "唔使提我", a bare time as the reference.
    ("S", "reminder_change", "en", KE, "kill the 3pm reminder", changes(change(FST, "2029-04-26T15:00", DONE))),
    ("S", "reminder_change", "en", MA, "the friday one can go", changes(change(PFM, "2029-04-27T09:00", DONE))),
    ("S", "reminder_change", "zh", HO, "唔使提我聽日嗰個", changes(change(KCHF, "2029-04-27T11:00", DONE))),
    ("S", "reminder_change", "en", SI, "bump the 11am to 2pm", changes(change(SEL, "2029-04-27T11:00", "move", "2029-04-27T14:00"))),
    ("S", "reminder_change", "zh", ZJ, "那个送方案的提醒可以删了", changes(change(JZCT, "2029-04-25T15:00", DONE))),
    ("S", "must_ask", "zh", SL, "上午十点那个可以删了", ASK),  # 海宁 04-29, 温岭 05-07
    ("S", "must_ask", "en", MA, "ditch the may one", ASK),  # Driftless 05-01, Rockford 05-02
]


def main() -> None:
    messages = []
    counters: dict[str, int] = {}
    for family, klass, lang, user, text, expect in ROWS:
        counters[family] = counters.get(family, 0) + 1
        said = {"texts": text} if isinstance(text, list) else {"text": text}
        messages.append({"id": f"{family}{counters[family]:02d}", "lang": lang, "class": klass, "user": user, **said,
                         "expect": expect})  # fmt: skip
    out = Path(__file__).with_name("changes_s25.json")
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
