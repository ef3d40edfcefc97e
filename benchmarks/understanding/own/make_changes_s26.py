# ruff: noqa: E501  (one labelled message per line)
"""Day-off, correction and reminder-change families, written by i26-changes (session 26) before each change, in
our own words (not focus I read's): set 12's world (Thu 2029-04-26 10:20 in each user's zone; its customers,
base deals and base reminders). Each family has the twin with the doubt removed, which must still store.

O. (must_ask / reminder / deal_update) a reminder, a visit or a signing put on a day off of the user's country
   (a public holiday, or a day inside mainland China's May Day break), said as a date, a weekday, "next Monday"
   or the holiday's name: asked; the same on a working day: stored.
A. (correction) a follow-up that only adds a person to what was just logged ("rita joined us as well", "对了高远
   也在"): the one activity, no second note; twin: a second, separate activity.
K. (correction) the kind of the activity put right with its place or manner ("是去大冶当面拜访的", "actually i drove
   over, it was in person", "講錯，係親身去見佢").
W. (correction) a reminder just set (or asked about) given its customer and a new time in one breath ("是张家港宏
   远的陈总，时间改成下午四点", "dave at hawkeye, and make it 3").
M. (correction) the day of a reminder move just made put right ("不对，是5月10号，时间不变", "no wait, may 4").
U. (correction) a stage change taken back and an amount set instead ("阶段没变，是金额改成20万").
N. (correction) an amount put right as "Not X. Y" ("Not 45,000. 48,000 please", "不是7万。是7万5").
C. (correction) customer and contact put right together ("说错了，是慈溪明珠见的徐总", "sorry, it was cedar rapids
   millwork, saw tammy").
D. (reminder_change) a reminder marked done beside news that the customer's contact did the thing ("ray already
   signed the redlines"): the reminder closes, nothing else is logged.
R. (reminder) "remind 我 …" in mixed English/Chinese with a deed word in English: a reminder, not a logged call.

    python benchmarks/understanding/own/make_changes_s26.py   # writes changes_s26.json
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/changes_s26.json \
        --customers benchmarks/understanding/set12/customers.csv --setup benchmarks/understanding/set12/setup.txt \
        --harness benchmarks/understanding/set12
"""

from __future__ import annotations

import json
from pathlib import Path

MA, SI, KE, SL, HO, ZJ = "Marcus", "Sinead", "Kenji", "孙丽", "何志明", "周建国"
ASK = {"outcome": "ask"}
MEET = ["visit", "meeting"]
DONE = ["done", "cancel"]


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def reminder(customer: str, due: str) -> dict:
    return store({"reminders": [{"customer": customer, "due": due}]})


def close(customer: str, day: str) -> dict:
    return store({"deals": [{"customer": customer, "close_date": day}]})


def activity(customer: str, kind: str | list[str], contact: list | None = None) -> dict:
    act: dict = {"customer": customer, "kind": kind}
    if contact:
        act["contact"] = contact
    return act


def change(customer: str, was: str, action: str | list[str], due: str | None = None) -> dict:
    item: dict = {"customer": customer, "was": was, "action": action}
    if due:
        item["due"] = due
    return item


ROWS = [
    # O: a day off of the user's country -> ask; the same on a working day -> store.
    ("O", "must_ask", "en", MA, "remind me to call gretchen at fox river on the 28th of may", ASK),  # Memorial Day
    ("O", "reminder", "en", MA, "remind me to call gretchen at fox river on the 29th of may", reminder("Fox River Paper Co", "2029-05-29")),
    ("O", "must_ask", "en", MA, "twin ports marine supply will sign june 19", ASK),  # Juneteenth
    ("O", "deal_update", "en", MA, "twin ports marine supply will sign june 20", close("Twin Ports Marine Supply", "2029-06-20")),
    ("O", "must_ask", "en", SI, "Remind me to ring Seán at Ennis Dairy on Monday 7 May", ASK),  # May bank holiday (IE)
    ("O", "reminder", "en", SI, "Remind me to ring Seán at Ennis Dairy on Tuesday 8 May", reminder("Ennis Dairy Co-operative", "2029-05-08")),
    ("O", "must_ask", "en", SI, "Galway Bay Software signing on the 4th of June", ASK),  # June bank holiday (IE)
    ("O", "deal_update", "en", SI, "Galway Bay Software signing on the 5th of June", close("Galway Bay Software", "2029-06-05")),
    ("O", "must_ask", "en", SI, "remind me to email Declan at Sligo Harbour Hotel on the June bank holiday", ASK),
    ("O", "must_ask", "en", KE, "Please remind me to call Higa-san at Okinawa Blue Resort on 3 May", ASK),  # Constitution Day
    ("O", "reminder", "en", KE, "Please remind me to call Higa-san at Okinawa Blue Resort on 7 May", reminder("Okinawa Blue Resort KK", "2029-05-07")),
    ("O", "must_ask", "en", KE, "Sendai Medikaru contract signing next Monday", ASK),  # Mon 04-30 substitute holiday
    ("O", "deal_update", "en", KE, "Sendai Medikaru contract signing next Tuesday", close("Sendai Medikaru Supply KK", "2029-05-01")),
    ("O", "must_ask", "zh", SL, "5月2号提醒我给海宁沈建华打电话", ASK),
    ("O", "reminder", "zh", SL, "5月8号提醒我给海宁沈建华打电话", reminder("海宁恒泰经编有限公司", "2029-05-08")),
    ("O", "must_ask", "zh", ZJ, "下周五去孝感福满楼找熊丽，提醒我一下", ASK),  # Fri 05-04 inside the May Day break
    ("O", "reminder", "zh", ZJ, "下周一去孝感福满楼找熊丽，提醒我一下", reminder("孝感福满楼食品有限公司", "2029-04-30")),
    ("O", "must_ask", "zh", ZJ, "醴陵华彩下周三签约", ASK),  # Wed 05-02
    ("O", "deal_update", "zh", ZJ, "醴陵华彩5月8号签约", close("醴陵华彩陶瓷有限公司", "2029-05-08")),
    ("O", "must_ask", "zh", ZJ, "劳动节那天提醒我给赤壁青砖黎明发个祝福", ASK),
    ("O", "must_ask", "zh", HO, "五月一號提我打俾觀塘恒發李生", ASK),  # Labour Day (HK)
    ("O", "reminder", "zh", HO, "五月二號提我打俾觀塘恒發李生", reminder("觀塘恒發五金有限公司", "2029-05-02")),
    ("O", "must_ask", "zh", HO, "九龍灣雲端 5月21號簽約", ASK),  # Buddha's Birthday observed (HK)
    ("O", "deal_update", "zh", HO, "九龍灣雲端 5月22號簽約", close("九龍灣雲端科技有限公司", "2029-05-22")),
    ("O", "must_ask", "mx", SL, "remind 我 5月1号 call 陆俊", ASK),
    ("O", "reminder", "mx", SL, "remind 我 5月9号 上午 call 陆俊", reminder("平湖晶光电子有限公司", "2029-05-09")),
    ("O", "must_ask", "zh", ZJ, "大冶那个给柯总打电话的提醒改到五月三号", ASK),
    ("O", "reminder_change", "zh", ZJ, "大冶那个给柯总打电话的提醒改到五月八号", store({"reminder_changes": [change("大冶铜都矿山机械有限公司", "2029-05-07T09:00", "move", "2029-05-08T09:00")]})),
    ("O", "must_ask", "en", MA, "push the kpp reminder to memorial day", ASK),
    # A: a follow-up that only adds a person; twin: a second activity.
    ("A", "correction", "en", MA, ["visited prairie forge, walked the shop floor with dave", "rita joined us as well"], store({"activities": [activity("Prairie Forge Metals Inc", MEET, ["Dave Kowalski", "Rita Janssen"])]})),
    ("A", "correction", "zh", ZJ, ["今天去荆州楚天拜访了刘志勇", "对了高远也在"], store({"activities": [activity("荆州楚天环保科技有限公司", MEET, ["刘志勇", "高远"])]})),
    ("A", "correction", "zh", SL, ["下午去慈溪明珠见了徐海峰", "忘了说，张磊磊也一起参加了"], store({"activities": [activity("慈溪明珠电器有限公司", MEET, ["徐海峰", "张磊磊"])]})),
    ("A", "correction", "zh", HO, ["今日同Kwun Tong Precision嘅Alan Ho開咗會", "仲有Gary Lam都喺度"], store({"activities": [activity("Kwun Tong Precision Moulds Ltd", MEET, ["Alan Ho", "Gary Lam"])]})),
    ("A", "correction", "en", SI, ["Call with Gerry at Dundalk Cold Stores, they want the revised pricing", "Fionnuala was on the call too"], store({"activities": [activity("Dundalk Cold Stores", "call", ["Gerry Moran", "Fionnuala Byrne"])]})),
    ("A", "correction", "en", MA, ["lunch with jen at kpp today", "tom came along too btw"], store({"activities": [activity("Kalamazoo Pharma Packaging", MEET, ["Jen Whitfield", "Tom Briggs"])]})),
    ("A", "log", "zh", ZJ, ["今天去荆州楚天拜访了刘志勇", "另外下午给高远打了个电话"], store({"activities": [activity("荆州楚天环保科技有限公司", MEET, ["刘志勇"]), activity("荆州楚天环保科技有限公司", "call", ["高远"])]})),
    # K: the kind put right with its place or manner.
    ("K", "correction", "zh", ZJ, ["给柯志华打了电话", "说错了 是去大冶当面拜访的"], store({"activities": [activity("大冶铜都矿山机械有限公司", MEET, ["柯志华"])]})),
    ("K", "correction", "zh", SL, ["跟陆俊打了个电话", "不对，是去平湖当面见的"], store({"activities": [activity("平湖晶光电子有限公司", MEET, ["陆俊"])]})),
    ("K", "correction", "en", MA, ["called ray at qccs about the redlines", "actually i drove over there, it was in person"], store({"activities": [activity("Quad Cities Cold Storage", MEET, ["Ray Dominguez"])]})),
    ("K", "correction", "zh", HO, ["打咗俾觀塘恒發李家豪", "講錯，係親身去觀塘見佢"], store({"activities": [activity("觀塘恒發五金有限公司", MEET, ["李家豪"])]})),
    ("K", "correction", "en", SI, ["emailed Declan at Sligo Harbour Hotel about the rooms", "no sorry, it was a phone call"], store({"activities": [activity("Sligo Harbour Hotel", "call", ["Declan Hart"])]})),
    # W: a reminder just set (or asked about) given its customer and a new time.
    ("W", "correction", "zh", SL, ["提醒我明天上午给陈总打电话", "是张家港宏远的陈总，时间改成下午四点"], reminder("张家港宏远金属制品有限公司", "2029-04-27T16:00")),
    ("W", "correction", "zh", HO, ["提我聽日三點打俾陳生", "係葵涌恒發嘅陳生，改做四點"], reminder("葵涌恒發貨倉有限公司", "2029-04-27T16:00")),
    ("W", "correction", "en", MA, ["remind me to call dave tomorrow at 2", "dave at hawkeye, and make it 3"], reminder("Hawkeye Ag Supply", "2029-04-27T15:00")),
    ("W", "correction", "en", SI, ["remind me to ring Fionnuala on Monday", "Fionnuala at Drogheda Brewing, and Tuesday not Monday"], reminder("Drogheda Brewing Company", "2029-05-01")),
    ("W", "correction", "zh", ZJ, ["提醒我后天上午给刘总打电话", "是荆州楚天的刘总，改到下午两点"], reminder("荆州楚天环保科技有限公司", "2029-04-28T14:00")),
    # M: the day of a reminder move just made put right.
    ("M", "correction", "zh", SL, ["平湖那个提醒改到5月11号", "不对，是5月10号，时间不变"], store({"reminder_changes": [change("平湖晶光电子有限公司", "2029-05-09T14:00", "move", "2029-05-10T14:00")]})),
    ("M", "correction", "en", MA, ["push the kpp reminder to may 3", "no wait, may 4, same time"], store({"reminder_changes": [change("Kalamazoo Pharma Packaging", "2029-04-30T11:00", "move", "2029-05-04T11:00")]})),
    ("M", "correction", "en", SI, ["move the Gdańsk call to 9 May", "sorry, 10 May, still 2pm"], store({"reminder_changes": [change("Gdańsk Ship Coatings Sp. z o.o.", "2029-05-03T14:00", "move", "2029-05-10T14:00")]})),
    ("M", "correction", "zh", HO, ["東莞嗰個提醒改去5月3號", "唔係，係5月4號，都係朝早十點"], store({"reminder_changes": [change("東莞恒信電子廠", "2029-04-30T10:00", "move", "2029-05-04T10:00")]})),
    ("M", "correction", "zh", ZJ, ["大冶那个电话提醒推到五月九号", "说错了 五月十号"], store({"reminder_changes": [change("大冶铜都矿山机械有限公司", "2029-05-07T09:00", "move", "2029-05-10T09:00")]})),
    # U: a stage change taken back, an amount set instead.
    ("U", "correction", "zh", SL, ["嘉善金穗进谈判了", "不对，阶段没变，是金额改成20万"], store({"deals": [{"customer": "嘉善金穗木业有限公司", "amount": "200000", "stage": "proposal"}]})),
    ("U", "correction", "en", MA, ["omaha stockyards moved to negotiation", "no, stage is the same, it's the amount that changed, 58k"], store({"deals": [{"customer": "Omaha Stockyards Logistics", "amount": "58000", "stage": "proposal"}]})),
    ("U", "correction", "en", SI, ["Galway Bay Software to negotiation", "sorry, not the stage, the amount: 52k"], store({"deals": [{"customer": "Galway Bay Software", "amount": "52000", "stage": "proposal"}]})),
    ("U", "correction", "zh", HO, ["觀塘恒發入咗談判", "唔係，stage 冇變，價錢改咗做九萬"], store({"deals": [{"customer": "觀塘恒發五金有限公司", "amount": "90000", "stage": "proposal"}]})),
    # N: an amount put right as "Not X. Y".
    ("N", "correction", "en", KE, ["Okinawa Blue Resort updated to 45,000 dollars", "Not 45,000. 48,000 please"], store({"deals": [{"customer": "Okinawa Blue Resort KK", "amount": "48000"}]})),
    ("N", "correction", "en", MA, ["twin ports now 35k", "not 35k. 38k"], store({"deals": [{"customer": "Twin Ports Marine Supply", "amount": "38000"}]})),
    ("N", "correction", "zh", SL, ["如皋长寿金额改成7万", "不是7万。是7万5"], store({"deals": [{"customer": "如皋长寿食品有限公司", "amount": "75000"}]})),
    ("N", "correction", "en", SI, ["Wicklow Mountain Water up to 23,000", "Not 23,000 - 24,500 please"], store({"deals": [{"customer": "Wicklow Mountain Water Ltd", "amount": "24500"}]})),
    ("N", "correction", "en", KE, ["Hiroshima Auto Parts now 8,000,000 yen", "Not 8,000,000. 8,200,000 yen"], store({"deals": [{"customer": "Hiroshima Auto Parts Kogyo KK", "amount": "8200000"}]})),
    # C: customer and contact put right together.
    ("C", "correction", "zh", SL, ["上午去了余姚明珠见了杨经理", "说错了，是慈溪明珠见的徐总"], store({"activities": [activity("慈溪明珠电器有限公司", MEET, ["徐海峰"])]})),
    ("C", "correction", "zh", ZJ, ["今天去荆门楚天见了邓总聊了除尘设备", "搞错了，是荆州楚天，见的刘总"], store({"activities": [activity("荆州楚天环保科技有限公司", MEET, ["刘志勇"])]})),
    ("C", "correction", "en", MA, ["stopped by cedar valley and saw dr hartung", "sorry, it was cedar rapids millwork, saw tammy"], store({"activities": [activity("Cedar Rapids Millwork LLC", MEET, ["Tammy Voss"])]})),
    ("C", "correction", "zh", HO, ["今日去咗觀塘恒發見李生", "講錯，係葵涌恒發見陳生"], store({"activities": [activity("葵涌恒發貨倉有限公司", MEET, ["陳國強"])]})),
    # D: done beside news that their contact did it.
    ("D", "reminder_change", "en", MA, "qccs reminder done, ray already signed the redlines", store({"reminder_changes": [change("Quad Cities Cold Storage", "2029-04-26T14:00", DONE)]})),
    ("D", "reminder_change", "zh", SL, "张家港那个提醒完成了，陈志刚已经把合同发过来了", store({"reminder_changes": [change("张家港宏远金属制品有限公司", "2029-04-26T15:00", DONE)]})),
    ("D", "reminder_change", "en", SI, "Shannon reminder done, Pádraig already emailed over the pilot results", store({"reminder_changes": [change("Shannon Estuary Logistics", "2029-04-27T11:00", DONE)]})),
    ("D", "reminder_change", "zh", HO, "葵涌嗰個提醒搞掂，陳生已經send咗份文件返嚟", store({"reminder_changes": [change("葵涌恒發貨倉有限公司", "2029-04-27T11:00", DONE)]})),
    # R: "remind 我 …" with an English deed word.
    ("R", "reminder", "mx", SL, "remind 我 周五 下午3点 email 沈建华", reminder("海宁恒泰经编有限公司", "2029-04-27T15:00")),
    ("R", "reminder", "mx", HO, "remind 我 聽日 11am call Winnie", reminder("Harbourfront Dim Sum Group", "2029-04-27T11:00")),
    ("R", "reminder", "mx", ZJ, "remind我后天上午9点 call 柯志华", reminder("大冶铜都矿山机械有限公司", "2029-04-28T09:00")),
    ("R", "reminder", "mx", SL, "remind 我 下周一 2pm visit 顾伟", reminder("太仓港汇物流有限公司", "2029-04-30T14:00")),
]


def main() -> None:
    messages = []
    counters: dict[str, int] = {}
    for family, klass, lang, user, text, expect in ROWS:
        counters[family] = counters.get(family, 0) + 1
        said = {"texts": text} if isinstance(text, list) else {"text": text}
        messages.append({"id": f"{family}{counters[family]:02d}", "lang": lang, "class": klass, "user": user, **said,
                         "expect": expect})  # fmt: skip
    out = Path(__file__).with_name("changes_s26.json")
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
