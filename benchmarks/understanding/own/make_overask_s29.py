# ruff: noqa: E501  (one labelled message per line)
"""Over-asking families, written by i29-overask (session 29) before any change, in our own words (not focus L read's),
in two worlds: set 11's (Tue 2029-01-09 16:40 in each user's zone) → `overask_s29.json`, and set 12's (Thu 2029-04-26
10:20) → `overask_s29_w12.json`.

R. (reminder) a reminder said as a part of the day of an event the message dates: "remind me that morning",
   "ping me that same morning", "the morning of", "that afternoon to pull the figures", "当天上午提醒我一下",
   "那天早上提醒我": one reminder on the event's day (the event is its subject, not a reminder of its own).
   Twins (RA…, must_ask): the same words with an event the message does not date: which morning? asked.
N. (not_money) counts with their unit beside a person's news ("jeremy says they run 14 trucks, 2 warehouses",
   "冯建军说他们现在有80台车"): a log with that person, no deal change, no question.
   Twins (NA…, must_ask): a bare number with no unit where the deal's value could be meant ("jeremy says they can do
   300 now", "冯建军说最多能到80"): asked.

    python benchmarks/understanding/own/make_overask_s29.py   # writes overask_s29.json and overask_s29_w12.json
    B=benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/overask_s29.json --customers $PWD/$B/set11/customers.csv \
        --setup $PWD/$B/set11/setup.txt --harness $PWD/$B/set11
    .venv/bin/python $B/quick.py --file $B/own/overask_s29_w12.json --customers $PWD/$B/set12/customers.csv \
        --setup $PWD/$B/set12/setup.txt --harness $PWD/$B/set12
"""

from __future__ import annotations

import json
from pathlib import Path

PR, TO, DI, WF, LY = "Priya", "Tom", "Diego", "王芳", "刘洋"  # set 11
MA, SI, SL, ZJ = "Marcus", "Sinead", "孙丽", "周建国"  # set 12
ASK = {"outcome": "ask"}
ANY = ["call", "visit", "meeting", "email", "message", "note"]


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def remind(customer: str, due: str) -> dict:
    return store({"reminders": [{"customer": customer, "due": due}]})


def logged(customer: str, contact: str) -> dict:
    return store({"activities": [{"customer": customer, "kind": ANY, "contact": contact}]})


# fmt: off
W11 = [
    # R: a part of the day of a dated event.
    ("R", "reminder", "en", PR, "serangoon aircon walkthrough with jeremy fri 19/01 3pm, remind me that morning", remind("Serangoon Aircon Services", "2029-01-19")),
    ("R", "reminder", "en", TO, "Pendle Valley tasting with Ewan on Wed 17 Jan at 11, ping me that same morning", remind("Pendle Valley Dairies Ltd", "2029-01-17")),
    ("R", "reminder", "en", DI, "tahoe ridge budget review w/ sofia thu 1/18 10am - remind me the morning of", remind("Tahoe Ridge Resorts", "2029-01-18")),
    ("R", "reminder", "en", TO, "Brandt Elektro call with Jonas Fri 19/01 4pm, remind me that afternoon to pull the figures", remind("Brandt Elektrotechnik GmbH", "2029-01-19")),
    ("R", "reminder", "zh", WF, "约了光华印刷黄厂长1月17号下午看样，当天上午提醒我一下", remind("北京光华印刷有限公司", "2029-01-17")),
    ("R", "reminder", "zh", LY, "天府会展何丽君周五下午来公司谈，那天早上提醒我", remind("成都天府国际会展服务有限公司", "2029-01-12")),
    ("R", "reminder", "zh", WF, "润康制药郝文静1月19日下午视频会，提醒我前一天下午准备一下", remind("石家庄润康制药有限公司", "2029-01-18")),
    # R twins: the event has no day; "that morning" of what?
    ("RA", "must_ask", "en", PR, "serangoon aircon walkthrough confirmed, remind me that morning", ASK),
    ("RA", "must_ask", "en", TO, "Brandt Elektro call with Jonas is on, remind me that afternoon to pull the figures", ASK),
    ("RA", "must_ask", "zh", WF, "约了光华印刷黄厂长看样，当天上午提醒我一下", ASK),
    # N: counts with their unit beside a person's news.
    ("N", "not_money", "en", PR, "kallang bay: jeremy says they run 14 trucks and 2 warehouses, 300 pallets a day", logged("Kallang Bay Logistics Pte Ltd", "Jeremy Teo")),
    ("N", "not_money", "en", TO, "Mersey Gyms - Kayleigh says 12 sites, about 9,000 members, 3 new clubs opening this year", logged("Mersey Gym Group", "Kayleigh Doyle")),
    ("N", "not_money", "en", DI, "venice smoothies: kai says foot traffic up 15% since the new menu, 2 more carts planned", logged("Venice Beach Smoothies", "Kai Nakamura")),
    ("N", "not_money", "zh", WF, "安达物流冯建军说他们现在有80台车，每天发300单", logged("廊坊安达物流有限公司", "冯建军")),
    ("N", "not_money", "zh", LY, "熊猫酒店邓佳说入住率涨了12%，今年再开2家店", logged("成都熊猫主题酒店管理有限公司", "邓佳")),
    # N twins: a bare number that could be the deal's value.
    ("NA", "must_ask", "en", PR, "kallang bay: jeremy says they can do 300 now", ASK),
    ("NA", "must_ask", "en", TO, "Mersey Gyms - Kayleigh said 90 is the most they'd go", ASK),
    ("NA", "must_ask", "zh", WF, "安达物流冯建军说最多能到80", ASK),
]

W12 = [
    ("R", "reminder", "en", MA, "meeting w/ dave at prairie forge tue may 1 2pm, remind me that morning", remind("Prairie Forge Metals Inc", "2029-05-01")),
    ("R", "reminder", "en", SI, "Site visit at Tralee Bay Seafoods with Maeve on Wed 2 May at 11:00, remind me that morning please", remind("Tralee Bay Seafoods", "2029-05-02")),
    ("R", "reminder", "zh", SL, "约了太仓港汇顾伟4月30号下午过来，当天早上提醒我", remind("太仓港汇物流有限公司", "2029-04-30")),
    ("R", "reminder", "zh", ZJ, "跟咸宁康泰程刚约了下周一下午开会，那天上午提醒我一下", remind("咸宁康泰医药有限公司", "2029-04-30")),
    ("RA", "must_ask", "en", MA, "dave at prairie forge wants a meeting, remind me that morning", ASK),
    ("RA", "must_ask", "zh", SL, "太仓港汇顾伟说要过来，那天早上提醒我", ASK),
    ("N", "not_money", "en", MA, "quad cities cold storage - ray says 6 docks, running at 85% capacity", logged("Quad Cities Cold Storage", "Ray Dominguez")),
    ("N", "not_money", "en", SI, "Tralee Bay Seafoods: Maeve says they process 20 tonnes a day, 35 staff on the line", logged("Tralee Bay Seafoods", "Maeve Fitzgerald")),
    ("N", "not_money", "zh", SL, "海宁恒泰沈建华说今年产能扩了30%，新上了4条线", logged("海宁恒泰经编有限公司", "沈建华")),
    ("NA", "must_ask", "en", SI, "Tralee Bay Seafoods: Maeve says 20 is their ceiling", ASK),
    ("NA", "must_ask", "zh", SL, "海宁恒泰沈建华说最多到30", ASK),
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
    write(W11, "overask_s29.json")
    write(W12, "overask_s29_w12.json")


if __name__ == "__main__":
    main()
