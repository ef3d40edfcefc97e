# ruff: noqa: E501  (one labelled message per line)
"""Day and clock families, written by i30-days (session 30) before any change, in our own words (not focus M read's),
in two worlds: set 10's (Wed 2028-06-28 11:05 in each user's zone; focus M's files) → `days_s30.json`, and set 11's
(Tue 2029-01-09 16:40) → `days_s30_w11.json`.

G. German day and clock words in an English message: "übermorgen", "morgen", "10 Uhr", "um 9", a German weekday
   said with its day-first date ("Di 4.7.", "Freitag 7.7."), a customer word before it ("Rheintal Di 4.7."): one day,
   one clock, stored. Twins (GA, must_ask): the weekday is not the date's, two days offered, a day the month lacks.
O. A day counted from another date with its own clock: "the day before at 10", "two days before at 8", "the day after
   the 10th at 2pm" ("after" said once: the 11th, not the 12th), "提前一天上午10点", and a Cantonese half hour / hour
   from now ("半個鐘之後", "一個鐘後"). Twins (OA, must_ask): the same offset with no dated event, or a vague later.
C. A close date said as a quarter or as "next month, day not known" is asked; Cantonese 截單日期 is the close date.
   Twins (C, deal_update): the same with one day said.
S. A reminder shifted by an amount ("push … by two hours", "back a week", "推遲一個鐘", "往后推一周"): moved from
   its own time. Twins (SA, must_ask): no reminder named where the user has several.

    python benchmarks/understanding/own/make_days_s30.py   # writes days_s30.json and days_s30_w11.json
    B=benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/days_s30.json --customers $PWD/$B/focus-m/customers.csv \
        --setup $PWD/$B/focus-m/setup.txt --harness $PWD/$B/focus-m
    .venv/bin/python $B/quick.py --file $B/own/days_s30_w11.json --customers $PWD/$B/set11/customers.csv \
        --setup $PWD/$B/set11/setup.txt --harness $PWD/$B/set11
"""

from __future__ import annotations

import json
from pathlib import Path

FE, NA, ZL, CJ = "Felix", "Nadia", "赵磊", "陳嘉欣"  # set 10
TO, DI, WF, LY = "Tom", "Diego", "王芳", "刘洋"  # set 11
ASK = {"outcome": "ask"}


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def remind(customer: str, due: str, also: str | None = None) -> dict:
    alt = (
        {
            "alt_changes": [
                {"reminders": [{"customer": customer, "due": due}, {"customer": customer, "due": also}]}
            ]
        }
        if also
        else {}
    )
    return store({"reminders": [{"customer": customer, "due": due}]}, **alt)


def close(customer: str, day: str) -> dict:
    return store({"deals": [{"customer": customer, "close_date": day}]})


def moved(customer: str, was: str, due: str) -> dict:
    return store({"reminder_changes": [{"customer": customer, "action": "move", "was": was, "due": due}]})


AG, BB, RK, UB = (
    "Alpenglanz Reinigung AG",
    "Brunnhof Bio-Molkerei",
    "Rheintal Kliniken AG",
    "Uhrenatelier Baumgartner",
)
MAG, TB, YH, YJ = (
    "Midway Auto Glass",
    "Transportes del Bajío",
    "深圳市远航跨境电商有限公司",
    "佛山顺德雅居家具有限公司",
)
VS, ST = "維港數碼科技有限公司", "沙田健康醫務中心"
BE, SV, GD, PV = (
    "Brandt Elektrotechnik GmbH",
    "Schulze Verpackung GmbH",
    "Glenbrae Distillery Ltd",
    "Pendle Valley Dairies Ltd",
)
FAG, GH, DY, JB = (
    "Fresno Auto Glass",
    "北京光华印刷有限公司",
    "德阳重装配件有限公司",
    "北京京北新能源科技有限公司",
)

# fmt: off
W10 = [
    # G: German day and clock words.
    ("G", "reminder", "en", FE, "remind me übermorgen 10 Uhr Nicole anrufen wegen Alpenglanz", remind(AG, "2028-06-30T10:00")),
    ("G", "reminder", "en", FE, "Brunnhof: morgen um 15 Uhr Lukas wegen Angebot anrufen, remind me", remind(BB, "2028-06-29T15:00")),
    ("G", "reminder", "en", FE, "call Rheintal Kliniken Di 4.7. 14 Uhr", remind(RK, "2028-07-04T14:00")),
    ("G", "reminder", "en", FE, "remind me Freitag 7.7. um 9 to send Martin Baumgartner the offer", remind(UB, "2028-07-07T09:00")),
    ("G", "reminder", "en", FE, "Baumgartner follow-up Mo 3.7. 10:30 Uhr", remind(UB, "2028-07-03T10:30")),
    ("GA", "must_ask", "en", FE, "call Rheintal Kliniken Di 5.7. 14 Uhr", ASK),
    ("GA", "must_ask", "en", FE, "remind me übermorgen oder Montag um 9 Nicole anrufen wegen Alpenglanz", ASK),
    ("GA", "must_ask", "en", FE, "Brunnhof: remind me am 31.6. um 10 to call Lukas", ASK),
    # O: a day counted from another date, with its own clock; a half hour / an hour from now.
    ("O", "reminder", "en", FE, "Alpenglanz Abnahme Mi 5.7. 15 Uhr, remind me the day before at 10", remind(AG, "2028-07-04T10:00", also="2028-07-05T15:00")),
    ("O", "reminder", "en", NA, "check in with Midway Auto Glass the day after the 10th at 2pm", remind(MAG, "2028-07-11T14:00")),
    ("O", "reminder", "en", NA, "Midway Auto Glass install walkthrough with Terrell on 7/6 at 3pm, remind me two days before at 8am", remind(MAG, "2028-07-04T08:00", also="2028-07-06T15:00")),
    ("O", "reminder", "zh", CJ, "半個鐘之後提我覆維港數碼黃詠詩", remind(VS, "2028-06-28T11:35")),
    ("O", "reminder", "zh", CJ, "一個鐘後提我打俾沙田健康醫務中心鄧家樂", remind(ST, "2028-06-28T12:05")),
    ("O", "reminder", "zh", ZL, "佛山雅居梁伟7月6号下午3点来公司，提前一天上午10点提醒我", remind(YJ, "2028-07-05T10:00", also="2028-07-06T15:00")),
    ("OA", "must_ask", "en", FE, "remind me the day before at 9 about Alpenglanz", ASK),
    ("OA", "must_ask", "en", NA, "check in with Midway Auto Glass the day after at 2pm", ASK),
    ("OA", "must_ask", "zh", CJ, "遲啲提我打俾沙田健康醫務中心鄧家樂", ASK),
    # C: a close date said as a quarter or a month with no day; Cantonese 截單日期.
    ("CA", "must_ask", "mixed", ZL, "远航跨境电商 close date 改到 Q4", ASK),
    ("C", "deal_update", "mixed", ZL, "远航跨境电商 close date 改到12月15号", close(YH, "2028-12-15")),
    ("CA", "must_ask", "en", NA, "Transportes del Bajío close date is now sometime in Q3", ASK),
    ("C", "deal_update", "en", NA, "Transportes del Bajío close date is now Sept 15", close(TB, "2028-09-15")),
    ("CA", "must_ask", "zh", ZL, "雅居家具的单子下个月签，具体日期还没定", ASK),
    ("C", "deal_update", "zh", ZL, "雅居家具的单子下个月15号签", close(YJ, "2028-07-15")),
    ("C", "deal_update", "zh", CJ, "維港數碼嘅截單日期改做9月15號", close(VS, "2028-09-15")),
    ("CA", "must_ask", "zh", CJ, "維港數碼嘅截單日期要延", ASK),
    # S: a reminder shifted by an amount.
    ("S", "reminder_change", "en", FE, "push the Kaltenbach reminder by two hours", moved("Kaltenbach Maschinenbau AG", "2028-06-28T16:00", "2028-06-28T18:00")),
    ("S", "reminder_change", "en", NA, "bump my Red River reminder back a week", moved("Red River Valley Co-op", "2028-07-05T11:00", "2028-07-12T11:00")),
    ("S", "reminder_change", "zh", CJ, "濠江海景個提醒推遲一個鐘", moved("澳門濠江海景酒店有限公司", "2028-07-06T11:00", "2028-07-06T12:00")),
    ("S", "reminder_change", "zh", ZL, "海川物流的提醒往后推一周", moved("深圳市海川物流有限公司", "2028-07-03T10:00", "2028-07-10T10:00")),
    ("SA", "must_ask", "zh", CJ, "個提醒推遲一個鐘", ASK),
    ("SA", "must_ask", "en", NA, "push my reminder back a week", ASK),
]

W11 = [
    ("G", "reminder", "en", TO, "remind me übermorgen 11 Uhr to call Jonas at Brandt Elektro", remind(BE, "2029-01-11T11:00")),
    ("G", "reminder", "en", TO, "Schulze Verpackung: Matthias anrufen Fr 12.1. um 10", remind(SV, "2029-01-12T10:00")),
    ("G", "reminder", "en", TO, "Glenbrae: remind me Donnerstag 11.1. 9 Uhr to chase Hamish", remind(GD, "2029-01-11T09:00")),
    ("GA", "must_ask", "en", TO, "Schulze Verpackung: Matthias anrufen Fr 11.1. um 10", ASK),
    ("GA", "must_ask", "en", TO, "remind me morgen oder übermorgen to call Jonas at Brandt Elektro", ASK),
    ("O", "reminder", "en", TO, "Pendle Valley tasting Fri 12 Jan 11am, remind me the day before at 4pm", remind(PV, "2029-01-11T16:00", also="2029-01-12T11:00")),
    ("O", "reminder", "en", DI, "call Fresno Auto Glass the day after the 15th at 10am", remind(FAG, "2029-01-16T10:00")),
    ("O", "reminder", "zh", WF, "半个钟之后提醒我给光华印刷黄宏亮回电话", remind(GH, "2029-01-09T17:10")),
    ("O", "reminder", "zh", LY, "德阳重装龚建平1月12号上午10点来访，提前一天下午4点提醒我", remind(DY, "2029-01-11T16:00", also="2029-01-12T10:00")),
    ("OA", "must_ask", "en", TO, "remind me the day before at 4pm to call Ewan at Pendle Valley", ASK),
    ("CA", "must_ask", "en", TO, "Glenbrae close date pushed to Q2", ASK),
    ("C", "deal_update", "en", TO, "Glenbrae close date pushed to 30 April", close(GD, "2029-04-30")),
    ("CA", "must_ask", "zh", WF, "京北新能源的单子下个月签，哪天还不确定", ASK),
    ("C", "deal_update", "zh", WF, "京北新能源的单子下个月20号签", close(JB, "2029-02-20")),
    ("CA", "must_ask", "mixed", LY, "天府会展 close date 改到 Q2 吧", ASK),
    ("S", "reminder_change", "en", TO, "snooze the Glenbrae reminder by an hour", moved(GD, "2029-01-18T11:00", "2029-01-18T12:00")),
    ("S", "reminder_change", "zh", WF, "蓝海教育的提醒推迟一个小时", moved("北京蓝海教育科技有限公司", "2029-01-18T16:00", "2029-01-18T17:00")),
    ("S", "reminder_change", "en", DI, "push the pacific crest credit union reminder a week", moved("Pacific Crest Credit Union", "2029-01-16T15:00", "2029-01-23T15:00")),
]
# fmt: on


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
    write(W10, "days_s30.json")
    write(W11, "days_s30_w11.json")


if __name__ == "__main__":
    main()
