# ruff: noqa: E501  (one labelled message per line)
"""Changes families, written by i29-changes (session 29) before any change, in our own words (not focus L read's),
in set 11's world (Tue 2029-01-09 16:40 in each user's zone; Tom writes day-first dates) -> changes_s29.json, and
in set 10's world (Wed 2028-06-28 11:05; Felix in Berlin writes German amounts, 陳嘉欣 writes Cantonese)
-> changes_s29_w10.json.

T. (correction) a second message puts right the time or the day of the reminder / log just written ("no, 11:15",
   "改成11点半吧", "唔係三點，係四點", "that was yesterday not today btw"): the record is moved, the words of the
   correction are not pasted into it. Twins: the second message is a new reminder of its own (both stored).
O. (correction) an outcome taken back or moved to the right deal / customer ("sorry my mistake - it's Cork Harbour we
   lost, not Brandt", "不是输了，是签下来了", "刚才那条不算，是中科启航的", "打錯字，當我冇講"). Twins: a second
   outcome that is news of its own (both stored).
A. (correction / deal_update) an add-on said as "+X so Y", "another €6k, so 54k", "加…并到原来那单里"; a won deal
   whose amount is corrected stays won. Twin: the same amount correction on an open deal stays open.
P. (log) our own plan or their wish, said with a day, with no ask for a reminder ("we send the revised drawings
   tmrw", "he wants updated prices before the weekend", "我们明天把报价发过去"): the call is logged, no reminder.
   Decision (i29-changes): a careful assistant stores what happened and sets a reminder only when asked (remind /
   follow up / f/u / 提醒 / 跟进), as session 28 decided for their wishes. Twins: "remind me …" sets one.
   REVISED after the first fixes (i29-changes, session 29): the repository already decided otherwise in tests
   (tests/handlers/test_trial_bugs_more.py: "wants contract draft by dec 10" is our task, a reminder that day), and
   our own commitment with a day ("we send … tmrw", "我们明天把报价发过去") is a to-do a careful assistant keeps
   (shown with Undo). So P01/P03 accept the reminder (alt_changes) and P02 accepts one on a working day before
   the weekend (Thu/Fri), not on the Saturday the code picks; their wish alone with no deliverable stays a log.
L. (deal_update) an amount written in the user's locale: Tom (London) "€52,500" is 52500; Felix (Berlin)
   "9.800 €" is 9800 — no question about the separator.
D. (must_ask) a day that does not exist in a reminder ("31/04", "4月31号") is asked (the reply says so); a
   meaningless amount ("0.000001k") is asked. Twins: a real day is stored.
C. (deal_update) "close date 改做八月尾" moves the deal's close date, not a reminder. Twin: "提醒改做…" moves the
   reminder.
R. (reminder_change) a reminder of the user's named by its time, its subject or its customer, moved or cancelled
   ("push tonight's 6pm one to 7:30pm", "Move the Blackwater call back two days", "scrap the los altos contract call
   reminder", "锦江冷链那个提醒往后推一周"). Twins: a new reminder asked for.

    python benchmarks/understanding/own/make_changes_s29.py
    B=$PWD/benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/changes_s29.json --customers $B/set11/customers.csv \
        --setup $B/set11/setup.txt --harness $B/set11
    .venv/bin/python $B/quick.py --file $B/own/changes_s29_w10.json --customers $B/set10/customers.csv \
        --setup $B/set10/setup.txt --harness $B/set10
"""

from __future__ import annotations

import json
from pathlib import Path

PR, TO, DI, WF, LY, HE = "Priya", "Tom", "Diego", "王芳", "刘洋", "Helen"
FE, CK = "Felix", "陳嘉欣"
NOTHING = {"outcome": "nothing"}
ASK = {"outcome": "ask"}


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def act(customer: str, kind: list[str], contact: list[str | None] | None = None, **more: object) -> dict:
    return {"customer": customer, "kind": kind, **({"contact": contact} if contact else {}), **more}


def deal(customer: str, **fields: object) -> dict:
    return store({"deals": [{"customer": customer, **fields}]})


def rem(*pairs: tuple[str, str]) -> dict:
    return store({"reminders": [{"customer": c, "due": d} for c, d in pairs]})


def change(customer: str, was: str, action: str | list[str], due: str | list[str] | None = None) -> dict:
    row: dict = {"customer": customer, "was": was, "action": action}
    if due:
        row["due"] = due
    return store({"reminder_changes": [row]})


MEET = ["visit", "meeting"]
W11 = [
    # T: the time or day of what was just written put right.
    ("T", "correction", "en", TO, ["remind me to ring Jonas at Brandt thurs 10am", "no, 11:15"], rem(("Brandt Elektrotechnik GmbH", "2029-01-11T11:15"))),
    ("T", "correction", "en", DI, ["remind me text dr ruiz tmrw 8", "make that 8:45 actually"], rem(("Sierra Vista Dental Group", "2029-01-10T08:45"))),
    ("T", "correction", "zh", WF, ["提醒我明天上午10点给海润于海燕打电话", "改成11点半吧"], rem(("青岛海润进出口有限公司", "2029-01-10T11:30"))),
    ("T", "correction", "zh", LY, ["提醒我周四下午两点给科创精密王俊发资料", "不对，三点，他两点有会"], rem(("绵阳科创精密机械有限公司", "2029-01-11T15:00"))),
    ("T", "correction", "en", PR, ["remind me call kelvin at raffles marine fri 2pm", "oops 3pm not 2pm, he's at the yard till 3"], rem(("Raffles Marine Engineering Pte Ltd", "2029-01-12T15:00"))),
    ("T", "correction", "en", TO, ["Rang Nigel at Blackwater Rail about the signalling contract", "that was yesterday not today btw"], store({"activities": [act("Blackwater Rail Services Ltd", ["call"], ["Nigel Ashworth"], occurred="2029-01-08")]})),
    ("T", "correction", "zh", LY, ["今天去天府云数见了罗晓峰", "不是今天，是昨天去的"], store({"activities": [act("成都天府云数科技有限公司", MEET, ["罗晓峰"], occurred="2029-01-08")]})),
    ("T", "reminder", "en", TO, ["remind me to ring Jonas at Brandt thurs 10am", "also remind me to call Ewan at Pendle Valley at 4pm tomorrow"], rem(("Brandt Elektrotechnik GmbH", "2029-01-11T10:00"), ("Pendle Valley Dairies Ltd", "2029-01-10T16:00"))),
    ("T", "reminder", "zh", WF, ["提醒我明天上午10点给海润于海燕打电话", "另外提醒我周五下午3点给蓝海教育发方案"], rem(("青岛海润进出口有限公司", "2029-01-10T10:00"), ("北京蓝海教育科技有限公司", "2029-01-12T15:00"))),
    # O: an outcome taken back or moved.
    ("O", "correction", "en", TO, ["Brandt Elektrotechnik lost, they went with a bigger supplier", "sorry my mistake - it's Cork Harbour we lost, not Brandt"], deal("Cork Harbour Biotech Ltd", stage="lost")),
    ("O", "correction", "en", DI, ["mojave solar lost", "wait no, not lost - they signed! won"], deal("Mojave Solar Installers", stage="won")),
    ("O", "correction", "zh", LY, ["天府云数那单输了", "不是输了，是签下来了！罗晓峰刚确认"], deal("成都天府云数科技有限公司", stage="won")),
    ("O", "correction", "zh", WF, ["蓝海教育那单赢了", "刚才那条不算，是中科启航的"], deal("北京中科启航信息技术有限公司", stage="won")),
    ("O", "correction", "zh", LY, ["科创精密签了", "上一条作废，是黔云的"], deal("贵阳黔云大数据有限公司", stage="won")),
    ("O", "correction", "zh", WF, ["博远耗材管理那单黄了", "说错了，黄的是影像系统那单，耗材还在跟"], deal("北京博远医疗器械有限公司", which="影像系统", stage="lost")),
    ("O", "lose", "en", TO, ["Brandt Elektrotechnik lost, they went with a bigger supplier", "and Cork Harbour lost too, price"], store({"deals": [{"customer": "Brandt Elektrotechnik GmbH", "stage": "lost"}, {"customer": "Cork Harbour Biotech Ltd", "stage": "lost"}]})),
    ("O", "win", "zh", WF, ["蓝海教育那单赢了", "中科启航的也签了"], store({"deals": [{"customer": "北京蓝海教育科技有限公司", "stage": "won"}, {"customer": "北京中科启航信息技术有限公司", "stage": "won"}]})),
    # A: add-ons and corrected amounts.
    ("A", "correction", "en", TO, ["Spoke to Matthias at Schulze, they're adding the Hamburg plant", "that's another €6k, so 54k"], store({"activities": [act("Schulze Verpackung GmbH", ["call", "meeting"], ["Matthias Schulze"])], "deals": [{"customer": "Schulze Verpackung GmbH", "amount": "54000"}]})),
    ("A", "correction", "en", PR, ["penang silicon 150k confirmed", "plus 15k for the burn-in racks on top"], deal("Penang Silicon Test Sdn Bhd", amount="165000"), ),
    ("A", "deal_update", "zh", LY, "科创精密王俊说再加一套检测设备，五万，并到原来那单里", deal("绵阳科创精密机械有限公司", amount="500000")),
    ("A", "correction", "en", DI, ["los altos PO received, 920k", "no not 920k, 950k"], deal("Grupo Tequilero Los Altos SA de CV", stage="won", amount="950000")),
    ("A", "correction", "zh", LY, ["黔云签了，八十万", "不是八十万，是八十二万"], deal("贵阳黔云大数据有限公司", stage="won", amount="820000")),
    ("A", "correction", "en", DI, ["los altos now at 920k", "no not 920k, 950k"], deal("Grupo Tequilero Los Altos SA de CV", amount="950000")),
    # P: our plan / their wish with a day, no ask: no reminder.
    ("P", "log", "en", PR, "called kelvin at raffles marine, we send the revised drawings tmrw", store({"activities": [act("Raffles Marine Engineering Pte Ltd", ["call"], ["Kelvin Sim"])]}, alt_changes=[{"activities": [act("Raffles Marine Engineering Pte Ltd", ["call"], ["Kelvin Sim"])], "reminders": [{"customer": "Raffles Marine Engineering Pte Ltd", "due": "2029-01-10"}]}])),
    ("P", "log", "en", TO, "Rang Ewan at Pendle Valley, he wants updated prices before the weekend", store({"activities": [act("Pendle Valley Dairies Ltd", ["call"], ["Ewan Metcalfe"])]}, alt_changes=[{"activities": [act("Pendle Valley Dairies Ltd", ["call"], ["Ewan Metcalfe"])], "reminders": [{"customer": "Pendle Valley Dairies Ltd", "due": ["2029-01-11", "2029-01-12"]}]}])),
    ("P", "log", "zh", WF, "跟海润于海燕通了电话，我们明天把报价发过去", store({"activities": [act("青岛海润进出口有限公司", ["call"], ["于海燕"])]}, alt_changes=[{"activities": [act("青岛海润进出口有限公司", ["call"], ["于海燕"])], "reminders": [{"customer": "青岛海润进出口有限公司", "due": "2029-01-10"}]}])),
    ("P", "log", "zh", LY, "给科创精密王俊打了电话，他希望下周一前收到合同", store({"activities": [act("绵阳科创精密机械有限公司", ["call"], ["王俊"])]})),
    ("P", "reminder", "en", PR, "called kelvin at raffles marine, remind me to send the revised drawings tmrw", store({"activities": [act("Raffles Marine Engineering Pte Ltd", ["call"], ["Kelvin Sim"])], "reminders": [{"customer": "Raffles Marine Engineering Pte Ltd", "due": "2029-01-10"}]})),
    ("P", "reminder", "zh", WF, "跟海润于海燕通了电话，提醒我明天把报价发过去", store({"activities": [act("青岛海润进出口有限公司", ["call"], ["于海燕"])], "reminders": [{"customer": "青岛海润进出口有限公司", "due": "2029-01-10"}]})),
    # L: amounts in the user's locale.
    ("L", "deal_update", "en", TO, "Schulze Verpackung now €52,500", deal("Schulze Verpackung GmbH", amount="52500")),
    ("L", "deal_update", "en", TO, "Brandt Elektro revised to €27,800", deal("Brandt Elektrotechnik GmbH", amount="27800")),
    # D: a day that does not exist; a meaningless amount.
    ("D", "must_ask", "en", DI, "remind me to call janet at pacific crest on 31/04", ASK),
    ("D", "must_ask", "zh", WF, "提醒我4月31号给博远刘伟打电话", ASK),
    ("D", "must_ask", "en", PR, "penang silicon 0.000001k", ASK),
    ("D", "reminder", "en", DI, "remind me to call janet at pacific crest on 30/04", rem(("Pacific Crest Credit Union", "2029-04-30"))),
    # C: close date said in Chinese words.
    ("C", "deal_update", "zh", LY, "天府云数 close date 改成三月底", deal("成都天府云数科技有限公司", close_date="2029-03-31")),
    ("C", "deal_update", "mixed", WF, "鼎盛建设的close date改到四月底", deal("北京鼎盛建设工程有限公司", close_date="2029-04-30")),
    # R: a reminder named by its time, subject or customer.
    ("R", "reminder_change", "en", PR, "push tonight's 6pm one to 7:30pm", change("Kallang Bay Logistics Pte Ltd", "2029-01-09T18:00", "move", "2029-01-09T19:30")),
    ("R", "reminder_change", "en", TO, "Move the Blackwater call back two days, Nigel's off sick", change("Blackwater Rail Services Ltd", "2029-01-10T10:00", "move", ["2029-01-12T10:00", "2029-01-12"])),
    ("R", "reminder_change", "en", DI, "scrap the los altos contract call reminder, alejandro is out", change("Grupo Tequilero Los Altos SA de CV", "2029-01-12T10:00", "cancel")),
    ("R", "reminder_change", "en", HE, "push my kampong glam contract review to the 19th, same time", change("Kampong Glam Boutique Hotels", "2029-01-17T11:00", "move", "2029-01-19T11:00")),
    ("R", "reminder_change", "zh", WF, "远洋那个确认运价的提醒删掉吧，Kevin已经回复了", change("北京远洋国际货运代理有限公司", "2029-01-12T14:00", ["cancel", "done"])),
    ("R", "reminder_change", "zh", LY, "锦江冷链那个提醒往后推一周", change("四川锦江冷链物流有限公司", "2029-01-15T15:00", "move", ["2029-01-22T15:00", "2029-01-22"])),
    ("R", "reminder", "en", TO, "remind me to call Nigel at Blackwater Rail in two days", rem(("Blackwater Rail Services Ltd", "2029-01-11"))),
]

W10 = [
    ("T", "correction", "en", FE, ["remind me to call Katrin at Sternwarte Optik GmbH friday 9am", "sorry, 9:30 - she has a standup till 9.15"], rem(("Sternwarte Optik GmbH", "2028-06-30T09:30"))),
    ("T", "correction", "zh", CK, ["提醒我聽日下晝三點打俾維港冷鏈陳志強", "唔係三點，係四點"], rem(("維港冷鏈物流有限公司", "2028-06-29T16:00"))),
    ("O", "correction", "zh", CK, ["長洲海鮮酒家嗰單輸咗", "打錯字，當我冇講"], NOTHING),
    ("O", "correction", "zh", CK, ["葵涌偉業茶餐廳嗰單冇咗", "唔好意思，當我冇講過，佢哋仲考慮緊"], NOTHING),
    ("O", "lose", "zh", CK, ["長洲海鮮酒家嗰單輸咗", "葵涌偉業茶餐廳嗰單都冇咗"], store({"deals": [{"customer": "長洲海鮮酒家", "stage": "lost"}, {"customer": "葵涌偉業茶餐廳", "stage": "lost"}]})),
    ("L", "deal_update", "en", FE, "Weingut Adler jetzt 9.800 €", deal("Weingut Adler", amount="9800")),
    ("L", "deal_update", "en", FE, "Tierklinik Görlitz revised to 8.500 EUR", deal("Tierklinik Görlitz", amount="8500")),
    ("L", "deal_update", "en", FE, "Druckerei Trier now 15.750 €", deal("Druckerei Trier", amount="15750")),
    ("C", "deal_update", "zh", CK, "中環金融顧問 close date 改做八月尾", deal("中環金融顧問有限公司", close_date="2028-08-31")),
    ("C", "deal_update", "mixed", CK, "維港冷鏈 close date 推到七月尾", deal("維港冷鏈物流有限公司", close_date="2028-07-31")),
    ("C", "reminder_change", "zh", CK, "維港冷鏈嗰個提醒改做七月三號", change("維港冷鏈物流有限公司", "2028-06-29T10:30", "move", ["2028-07-03T10:30", "2028-07-03"])),
]


def write(rows: list, name: str) -> None:
    messages = []
    counters: dict[str, int] = {}
    for family, klass, lang, user, text, expect in rows:
        counters[family] = counters.get(family, 0) + 1
        said = {"texts": text} if isinstance(text, list) else {"text": text}
        messages.append({"id": f"{family}{counters[family]:02d}", "lang": lang, "class": klass, "user": user, **said,
                         "expect": expect})  # fmt: skip
    out = Path(__file__).with_name(name)
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    write(W11, "changes_s29.json")
    write(W10, "changes_s29_w10.json")


if __name__ == "__main__":
    main()
