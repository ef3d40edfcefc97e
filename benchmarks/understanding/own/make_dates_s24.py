# ruff: noqa: E501  (one labelled message per line)
"""Holiday and reminder-change families, written by i24-dates (session 24) before each change, in our own words
(not the read halves'): set 12's world (Thu 2029-04-26 10:20 in each user's zone; its customers and setup) and
focus G's world (Wed 2028-06-28 11:05; set 10's customers and setup).

H. a holiday of the user's own country, as its calendar names it (Memorial Day, Independence Day, Labor Day, the
   bank holiday, Golden Week, 五一/勞動節 in Hong Kong (one day off) and on the mainland (the whole break)):
   "after X" is the first working day after the break, "before X" the last working day before it; a holiday
   said with an exact day right after it ("节后5月8号") is that day.
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
    ("P", "en", MA, "driftless dairy is sliding past memorial day, new close date june 29", close("Driftless Dairy Cooperative", "2029-06-29")),
    ("P", "en", SI, "Gdansk Ship Coatings going past the bank holiday, close now 15/06", close("Gdańsk Ship Coatings Sp. z o.o.", "2029-06-15")),
    ("P", "zh", SL, "温岭东方泵业要拖过五一了，签约改到5月20号", close("温岭东方泵业有限公司", "2029-05-20")),
]
# focus G's world (set 10's customers)
W10 = [
    ("H", "en", NA, "after independence day remind me to call travis at heartland cold storage", rem("Heartland Cold Storage", "2028-07-05")),
    ("H", "en", NA, "before labor day, remind me to chase jake at sierra madre outfitters", rem("Sierra Madre Outfitters", "2028-09-01")),
]


def write(rows: list, name: str) -> None:
    messages = []
    counters: dict[str, int] = {}
    for family, lang, user, text, expect in rows:
        counters[family] = counters.get(family, 0) + 1
        klass = {"H": "reminder", "P": "deal_update", "R": "reminder_change", "A": "must_ask"}[family]
        messages.append({"id": f"{family}{counters[family]:02d}", "lang": lang, "class": klass, "user": user,
                         "text": text, "expect": expect})  # fmt: skip
    out = Path(__file__).with_name(name)
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write(S12, "dates_s24.json")
    write(W10, "dates_s24_w10.json")
