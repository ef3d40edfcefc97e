# ruff: noqa: E501  (one labelled message per line)
"""Correction families, written by i23-fix (session 23) before each change, in our own words (not the read
halves'): focus G's world (set 10's customers and setup), Wednesday 2028-06-28 11:05 in each user's zone.

N. a bare number that puts the clock time of the message just stored right ("make that 4" after "tmrw 3pm"):
   it was read as a name (the reminder became "call 4"); the nearest hour to the one said is meant. A number
   that could be the day or the hour is asked about.
C. the answer to "which customer?" that names one choice and says more ("顺德雅居，见了梁伟", "the pharmacy,
   talked to jolene"): read as a new message, the first message's day and kind were lost (stored today).
M. a correction that names the right customer and a value at once ("sorry, midwest auto parts - 38k"): only
   the value was put right, at the wrong customer.
D. (class reminder_change) a reminder said done together with news of how it went ("done w the heartland
   pricing call, travis was happy with the numbers", "给孙悦然打电话催合同的事搞定了"): the reminder stays open
   (the message was left to the reader). Both are expected: the reminder done, the news logged (or not).
R. (class reminder_change) a reminder already set moved in words that do not say "reminder" ("heartland pricing
   call is now thursday 2pm", "同陳志強傾合約改咗去星期五朝早10點"): moved, not set again beside the old one.

    python benchmarks/understanding/own/make_fix_s23.py   # writes fix_s23.json next to it
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/fix_s23.json \
        --customers benchmarks/understanding/focus-g/customers.csv --setup benchmarks/understanding/focus-g/setup.txt \
        --harness benchmarks/understanding/focus-g
"""

from __future__ import annotations

import json
from pathlib import Path

F, N, Z, C = "Felix", "Nadia", "赵磊", "陳嘉欣"
ASK = {"outcome": "ask"}
MEET = ["meeting", "visit"]


def store(changes: dict) -> dict:
    return {"outcome": "store", "changes": changes}


def rem(customer: str, due: str) -> dict:
    return store({"reminders": [{"customer": customer, "due": due}]})


def act(customer: str, kind, contact: str, occurred: str) -> dict:  # type: ignore[no-untyped-def]
    return store({"activities": [{"customer": customer, "kind": kind, "contact": contact, "occurred": occurred}]})


def deal(customer: str, **fields: str) -> dict:
    return store({"deals": [{"customer": customer, **fields}]})


# (family, lang, user, [first, second], expect)
M = [
    # N: a bare number puts the clock right
    ("N", "en", F, ["remind me to ring owen at pembury tmrw 2pm", "make that 3"], rem("Pembury Print Ltd", "2028-06-29T15:00")),
    ("N", "en", N, ["remind me to call Shawn at red river friday 10am", "actually 11"], rem("Red River Valley Co-op", "2028-06-30T11:00")),
    ("N", "en", F, ["remind me to send markus at feldberg the price list tomorrow 9am", "sorry, 10"], rem("Feldberg Brauerei", "2028-06-29T10:00")),
    ("N", "zh", Z, ["明天下午3点提醒我给顺德雅居梁伟打电话", "改成4"], rem("佛山顺德雅居家具有限公司", "2028-06-29T16:00")),
    ("N", "zh", Z, ["提醒我周五上午10点去康宁养老找张明", "不对，11"], rem("深圳市康宁养老服务有限公司", "2028-06-30T11:00")),
    ("N", "en", N, ["remind me tmrw 4pm to email gina at midwest auto parts the parts list", "make it 5 instead"], rem("Midwest Auto Parts Supply", "2028-06-29T17:00")),
    ("N", "en", F, ["remind me to call Uwe at halden facility monday 11am", "make that 1"], rem("Halden Facility Services GmbH", "2028-07-03T13:00")),
    ("N", "zh", C, ["聽日下晝3點提我打俾荃灣安達五金李偉文", "唔係3點，係4點"], rem("荃灣安達五金有限公司", "2028-06-29T16:00")),
    ("N", "en", F, ["remind me to call gemma at thornleigh on the 3rd at 2pm", "no, 4"], ASK),
    # C: the answer to "which customer?" says more
    ("C", "zh", Z, ["昨天拜访了雅居", "顺德雅居，见了梁伟"], act("佛山顺德雅居家具有限公司", "visit", "梁伟", "2028-06-27")),
    ("C", "zh", Z, ["上午给海川打了电话", "食品那个，陈志明接的"], act("广州海川食品有限公司", "call", "陈志明", "2028-06-28")),
    ("C", "en", N, ["called heartland yesterday", "the pharmacy, talked to jolene"], act("Heartland Family Pharmacy", "call", "Jolene Reyes", "2028-06-27")),
    ("C", "en", F, ["met with halden this morning", "halden facility - uwe was there"], act("Halden Facility Services GmbH", MEET, "Uwe Brandt", "2028-06-28")),
    ("C", "zh", C, ["琴日去咗濠江", "餐飲集團嗰間，見咗梁家豪"], act("澳門濠江餐飲集團有限公司", MEET, "梁家豪", "2028-06-27")),
    ("C", "zh", Z, ["康宁那边周一来电话了", "康宁口腔，许静怡打来的"], act("深圳市南山康宁口腔门诊部", "call", "许静怡", "2028-06-26")),
    ("C", "zh", C, ["尋晚同維港食飯", "維港數碼，同黃詠詩"], act("維港數碼科技有限公司", MEET, "黃詠詩", "2028-06-27")),
    ("C", "en", F, ["lunch with sternwarte yesterday", "sternwarte schweiz, reto"], act("Sternwarte Optik Schweiz AG", MEET, "Reto Meier", "2028-06-27")),
    # M: the right customer and a value in one correction
    ("M", "en", N, ["cedar rapids surgical now 80k", "sorry, midwest auto parts - 38k"], deal("Midwest Auto Parts Supply", amount="38000")),
    ("M", "en", N, ["heartland pharmacy up to 18k", "oops, red river co-op, 65k"], deal("Red River Valley Co-op", amount="65000")),
    ("M", "en", F, ["feldberg 18k now", "ugh no - feldmann bau, 58k"], deal("Feldmann Bau GmbH", amount="58000")),
    ("M", "en", F, ["alpenglanz moved to negotiation", "sorry meant uhrenatelier baumgartner, proposal"], deal("Uhrenatelier Baumgartner", stage="proposal")),
    ("M", "zh", Z, ["潮味食品 改成30万", "不对，是侨乡陈皮，9万"], deal("江门市侨乡陈皮有限公司", amount="90000")),
    ("M", "zh", Z, ["前海智联进谈判了", "搞错了 天河星光文旅，进方案"], deal("广州天河星光文旅有限公司", stage="proposal")),
    ("M", "zh", C, ["長洲海鮮酒家 傾到 6萬", "唔係長洲，係荃灣建興診所，5萬"], deal("荃灣建興診所", amount="50000")),
    # (first written with Windy City Bike Co, whose deal the setup wins: a new deal was right there; my label)
    ("M", "en", N, ["thunder bay marine to 28k", "no - north shore pediatric, 27k"], deal("North Shore Pediatric Partners", amount="27000")),
]


def done(customer: str, was: str, contact: str) -> dict:
    change = {"reminder_changes": [{"customer": customer, "was": was, "action": ["done", "cancel"]}]}
    kinds = ["call", "visit", "meeting", "email", "message", "note"]
    logged = {"activities": [{"customer": customer, "kind": kinds, "contact": [None, contact]}]}
    return {"outcome": "store", "changes": change, "alt_changes": [{**change, **logged}]}


D = [
    ("en", N, "done w the heartland pricing call, travis was happy with the numbers", done("Heartland Cold Storage", "2028-06-29T09:00", "Travis Moeller")),
    ("en", F, "katrin call done - sternwarte will send the signed offer next week", done("Sternwarte Optik GmbH", "2028-06-29T10:00", "Katrin Vollmer")),
    ("zh", Z, "给孙悦然打电话催合同的事搞定了，她说这周内盖章", done("深圳市蓝海云计算有限公司", "2028-06-30T11:00", "孙悦然")),
    ("zh", C, "同陳志強傾咗合約，個提醒可以剔咗", done("維港冷鏈物流有限公司", "2028-06-29T10:30", "陳志強")),
    ("en", F, "sent heike the revised quote, tick off the kaltenbach reminder", done("Kaltenbach Maschinenbau AG", "2028-06-28T16:00", "Heike Roth")),
    ("en", N, "red river follow up done — shawn says the board meets in july", done("Red River Valley Co-op", "2028-07-05T11:00", "Shawn McLeod")),
    ("zh", Z, "刘建华那边合同条款确认完了，没问题", done("深圳市鹏远电子科技有限公司", "2028-06-29T15:00", "刘建华")),
    ("zh", C, "何嘉儀嗰份報價覆咗喇，done", done("澳門濠江海景酒店有限公司", "2028-07-06T11:00", "何嘉儀")),
    # written after set 11's en123 ('close out that … reminder'): other words for a task done
    ("en", N, "security review w linda went fine, cross off the badger reminder", done("Badger State Credit Union", "2028-07-06T10:00", "Linda Schultz")),
    ("zh", Z, "海川物流的仓储系统方案评审开完了，提醒划掉吧", done("深圳市海川物流有限公司", "2028-07-03T10:00", "王丽娟")),
]


def moved(customer: str, was: str, due) -> dict:  # type: ignore[no-untyped-def]
    return store({"reminder_changes": [{"customer": customer, "was": was, "action": "move", "due": due}]})


# R. (class reminder_change) a reminder already set, moved in words that do not say "reminder": it must move,
#    not be set again beside the old one.
R = [
    ("en", N, "heartland pricing call is now thursday 2pm", moved("Heartland Cold Storage", "2028-06-29T09:00", "2028-06-29T14:00")),
    ("en", F, "katrin asked to do the call on monday instead, same time", moved("Sternwarte Optik GmbH", "2028-06-29T10:00", "2028-07-03T10:00")),
    ("zh", Z, "跟刘建华确认合同条款那个改到周五下午三点", moved("深圳市鹏远电子科技有限公司", "2028-06-29T15:00", "2028-06-30T15:00")),
    ("zh", C, "同陳志強傾合約改咗去星期五朝早10點", moved("維港冷鏈物流有限公司", "2028-06-29T10:30", "2028-06-30T10:00")),
    ("en", N, "can we push the red river follow up to the 7th", moved("Red River Valley Co-op", "2028-07-05T11:00", "2028-07-07T11:00")),
    ("en", F, "rheintal contract call slipped a day, same time tho", moved("Rheintal Kliniken AG", "2028-07-05T10:00", "2028-07-06T10:00")),
    ("zh", Z, "蓝海云催合同的电话挪到下周一上午", moved("深圳市蓝海云计算有限公司", "2028-06-30T11:00", "2028-07-03")),
    ("zh", C, "安達物流個倉庫系統演示押後一日", moved("九龍灣安達物流有限公司", "2028-07-04T15:00", "2028-07-05T15:00")),
    # written after focus E's en042 ('snooze the southern cross reminder on monday till 11'): a bare hour
    ("en", F, "can you snooze the halden review on monday till 4", moved("Halden Logistik GmbH", "2028-07-03T14:00", "2028-07-03T16:00")),
    ("en", N, "lantern point signing reminder is now 3", moved("Lantern Point Dental Group", "2028-06-30T13:00", "2028-06-30T15:00")),
    ("zh", Z, "海川物流的方案评审提醒推到11", moved("深圳市海川物流有限公司", "2028-07-03T10:00", "2028-07-03T11:00")),
    # written after focus G's en130 ('move tomorrow's reminder to 10' answered "none is about 's")
    ("en", F, "push monday's reminder to 3", moved("Halden Logistik GmbH", "2028-07-03T14:00", "2028-07-03T15:00")),
    ("zh", Z, "把明天的提醒改到4", moved("深圳市鹏远电子科技有限公司", "2028-06-29T15:00", "2028-06-29T16:00")),
    # (first labelled the 7th only; said on a Wednesday of a reminder the week after, 星期五 reads both ways)
    ("zh", C, "濠江海景覆報價改去星期五", moved("澳門濠江海景酒店有限公司", "2028-07-06T11:00", ["2028-06-30T11:00", "2028-07-07T11:00"])),
]


NEXT_WEEK = ["2028-07-03", "2028-07-04", "2028-07-05", "2028-07-06", "2028-07-07"]


def logged(customer: str, kind, contact: str, reminder: bool = False) -> dict:  # type: ignore[no-untyped-def]
    changes: dict = {"activities": [{"customer": customer, "kind": kind, "contact": contact}]}
    if reminder:
        changes["reminders"] = [{"customer": customer, "due": NEXT_WEEK}]
    return store(changes)


# T. (class log) the other side's plan for a period said with the customer or a person as the subject ("sternwarte
#    will send the signed offer next week", "bo's going to check the budget next week"): their plan, no reminder
#    made up for the period's first day (i22-sw's rule read only she/he/they/said). Controls: our own plan stays.
T = [
    ("en", F, "call w pembury, owen will send the artwork next week", logged("Pembury Print Ltd", "call", "Owen Whitby")),
    ("en", N, "emailed gina at midwest auto parts, midwest will confirm the order next week", logged("Midwest Auto Parts Supply", "email", "Gina Russo")),
    ("en", F, "met uwe at halden facility today, halden facility will decide next month", logged("Halden Facility Services GmbH", MEET, "Uwe Brandt")),
    ("en", N, "spoke to bo at cedar creek, bo's going to check the budget next week", logged("Cedar Creek Landscaping", "call", "Bo Jennings")),
    ("en", F, "call with reto, sternwarte schweiz is going to send the specs next week", logged("Sternwarte Optik Schweiz AG", "call", "Reto Meier")),
    ("en", F, "call w owen at pembury, will send him the artwork next week", logged("Pembury Print Ltd", "call", "Owen Whitby", reminder=True)),
    ("en", N, "spoke to gina at midwest auto parts, need to send her the parts list next week", logged("Midwest Auto Parts Supply", "call", "Gina Russo", reminder=True)),
]


def reopened(customer: str, amount: str, currency: str) -> dict:
    return {
        "outcome": "store",
        "changes": {"deals": [{"customer": customer, "status": "open", "amount": amount}]},
        "alt_changes": [{"deals": [{"customer": customer, "new": True, "amount": amount, "currency": currency}]}],
    }


# Y. (class correction) a card answered "yes" with the words of what it shows ("对，就是雅居装饰", "yep, cedar creek"):
#    a yes, not a new message (it was read again as a note, and asked).
Y = [
    ("zh", Z, ["惠州雅居装饰 重新开，18万", "对，就是雅居装饰"], reopened("惠州雅居装饰工程有限公司", "180000", "CNY")),
    ("en", N, ["cedar creek is back on, 7k", "yep that's cedar creek"], reopened("Cedar Creek Landscaping", "7000", "USD")),
    ("zh", C, ["灣仔華興印刷 又有機會，9萬", "係呀，華興印刷"], reopened("灣仔華興印刷有限公司", "90000", "HKD")),
    ("en", F, ["brunnhof back on the table, 12k", "yes, brunnhof"], reopened("Brunnhof Bio-Molkerei", "12000", "EUR")),
    # (first written with 珠海港珠澳物流, whose deal is 陳嘉欣's in the setup: my label)
    ("zh", C, ["觀塘明德教育中心 重開，20萬", "啱，明德教育"], reopened("觀塘明德教育中心", "200000", "HKD")),
    ("en", F, ["pembury print is back, 9.5k", "yes pembury print, that's right"], reopened("Pembury Print Ltd", "9500", "GBP")),
    # written after Y06 stayed asked: a plain yes to an English card ("… Is that right?") was shown the card again
    ("en", F, ["isarwerk studios back on, 20k", "yes"], reopened("Isarwerk Studios", "20000", "EUR")),
    ("en", N, ["ozark timberworks is back in play at 18k", "yeah that's right"], reopened("Ozark Timberworks", "18000", "USD")),
]


def main() -> None:
    messages, seen = [], {}
    for family, lang, user, texts, expect in M:
        seen[family] = seen.get(family, 0) + 1
        messages.append(
            {"id": f"f23-{family}{seen[family]:02d}", "lang": lang, "class": "correction", "user": user, "texts": texts, "expect": expect}
        )
    for number, (lang, user, text, expect) in enumerate(D, 1):
        messages.append(
            {"id": f"f23-D{number:02d}", "lang": lang, "class": "reminder_change", "user": user, "text": text, "expect": expect}
        )
    for number, (lang, user, text, expect) in enumerate(R, 1):
        messages.append(
            {"id": f"f23-R{number:02d}", "lang": lang, "class": "reminder_change", "user": user, "text": text, "expect": expect}
        )
    for number, (lang, user, text, expect) in enumerate(T, 1):
        messages.append({"id": f"f23-T{number:02d}", "lang": lang, "class": "log", "user": user, "text": text, "expect": expect})
    for number, (lang, user, texts, expect) in enumerate(Y, 1):
        messages.append({"id": f"f23-Y{number:02d}", "lang": lang, "class": "correction", "user": user, "texts": texts, "expect": expect})
    out = Path(__file__).with_name("fix_s23.json")
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(messages)} messages")


if __name__ == "__main__":
    main()
