# ruff: noqa: E501  (one labelled message per line)
"""Which-date phrasings written by i19-dates (session 19) over the demo customers (../customers.csv,
../setup.txt), before any change: reminders relative to an event ("the day before the demo", "the morning
after"), the user's own absence ("I'm out till wed"), "if no reply by", spans of days, holidays (节后, 年前,
after the holidays), moving a reminder said earlier, and what happened vs what is planned. The clock is
Monday 2026-11-30 10:00 in each user's time zone. Labels: what a careful human stores.

    python benchmarks/understanding/own/make_dates_s19.py   # writes dates_s19.json next to it
    .venv/bin/python benchmarks/understanding/quick.py --file <abs>/benchmarks/understanding/own/dates_s19.json \
        --customers <abs>/benchmarks/understanding/customers.csv --setup <abs>/benchmarks/understanding/setup.txt
"""

from __future__ import annotations

import json
from pathlib import Path

from make_logs import MEET, act, rem, store

S, L = "Sam", "李雷"
HW, XM, MJ, XJ, ZS = (
    "深圳市华为技术有限公司",
    "北京小米科技有限责任公司",
    "福建闽江茶业有限公司",
    "长沙湘江环保科技有限公司",
    "南京钟山化工有限公司",
)
NOTHING = {"outcome": "nothing"}
ASK = {"outcome": "ask"}


def ok_ask(expect: dict) -> dict:
    return {**expect, "also_ok": "ask"}


# (lang, user, class, text or [first, second], expect)
M = [
    # --- a reminder relative to an event said in the same message ---
    ("en", S, "reminder", "globex steering committee meets on the 9th, nudge me the afternoon after to ask Hank how it went",
     store(rem("Globex Corporation", ["2026-12-10T12:00", "2026-12-10T13:00", "2026-12-10T14:00", "2026-12-10T15:00", "2026-12-10"]))),
    ("en", S, "reminder", "Helios Solar site survey is on Thursday; remind me the day before to confirm the van",
     store(rem("Helios Solar", "2026-12-02"))),
    ("en", S, "reminder", "umbrella health's budget meeting is dec 14 - remind me two days before to send Alice the summary",
     store(rem("Umbrella Health", "2026-12-12"))),
    ("en", S, "reminder", "wayne board review friday. follow up with Lucius the monday after",
     store(rem("Wayne Enterprises", "2026-12-07"))),
    ("zh", L, "reminder", "小米12月8号开评审会，会后第二天提醒我问李娜结果", store(rem(XM, "2026-12-09"))),
    ("zh", L, "reminder", "闽江茶业周四来公司参观，前一天提醒我订会议室", store(rem(MJ, "2026-12-02"))),
    # --- relative to a reminder the user set earlier (two messages) ---
    ("en", S, "reminder", ["demo at Zenith Telecom thursday 2pm", "and ping me the morning before the zenith demo to charge the demo laptop"],
     store(rem("Zenith Telecom", "2026-12-03T14:00"), rem("Zenith Telecom", ["2026-12-02T08:00", "2026-12-02T09:00", "2026-12-02T10:00", "2026-12-02"]))),
    ("zh", L, "reminder", ["周五下午三点跟华为张伟开会", "开会前一天提醒我把方案打印出来"],
     store(rem(HW, "2026-12-04T15:00"), rem(HW, "2026-12-03"))),
    # --- the user's own absence is no task ---
    ("en", S, "reminder", "I'm off until thursday. friday morning remind me to call Northwind about the quote",
     store(rem("Northwind Traders", ["2026-12-04", "2026-12-04T09:00"]))),
    ("en", S, "reminder", "out of office tue-wed; remind me thu to chase Carla at redwood analytics",
     store(rem("Redwood Analytics", "2026-12-03"))),
    ("zh", L, "reminder", "我这周三之前都在外地，周四提醒我给湘江环保彭丽回电话", store(rem(XJ, "2026-12-03"))),
    ("en", S, "reminder", "on vacation next week, so remind me on the 14th to check in with Maria at Atlas Freight",
     store(rem("Atlas Freight", "2026-12-14"))),
    # --- "if no reply by" ---
    ("en", S, "reminder", "sent Kessler Logistics the revised terms; if Mia hasn't replied by wednesday, remind me to chase",
     store(act("Kessler Logistics", "email", "Mia Hoffmann"), rem("Kessler Logistics", "2026-12-02"))),
    ("en", S, "reminder", "remind me thursday if I haven't heard back from cascade water",
     store(rem("Cascade Water Systems", "2026-12-03"))),
    ("zh", L, "reminder", "报价发给钟山化工冯刚了，周三还没回复的话提醒我催一下",
     store(act(ZS, "email", "冯刚"), rem(ZS, "2026-12-02"))),
    # --- spans of days ---
    ("en", S, "reminder", "sometime this week swing by Pinecrest with the samples, remind me",
     ok_ask(store(rem("Pinecrest Hotels", ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"])))),
    ("en", S, "reminder", "remind me between the 7th and the 9th to renew the falcon aerospace NDA",
     store(rem("Falcon Aerospace", "2026-12-07"))),
    ("zh", L, "reminder", "下周找时间去一趟小米，提醒我", ok_ask(store(rem(XM, ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"])))),
    # --- holidays ---
    ("en", S, "reminder", "Atlas Fitness wants to talk again after the holidays, remind me",
     store(rem("Atlas Fitness Clubs", "2027-01-04"))),
    ("en", S, "reminder", "remind me the week before christmas to send Blue Harbor the holiday order form",
     ok_ask(store(rem("Blue Harbor Seafood", ["2026-12-14", "2026-12-18"])))),
    ("zh", L, "reminder", "春节后第一个工作日提醒我给小米李娜打电话", store(rem(XM, "2027-02-15"))),
    ("zh", L, "reminder", "年前提醒我去闽江茶业对账", ok_ask(store(rem(MJ, ["2027-02-05", "2027-02-04", "2027-02-01"])))),
    ("zh", L, "reminder", "元旦后第一天提醒我跟湘江环保确认合同", store(rem(XJ, "2027-01-04"))),
    # --- moving / cancelling a reminder said earlier ---
    ("en", S, "reminder", ["remind me to call Sofia at Orion Software wednesday 11am", "push that to thursday"],
     store(rem("Orion Software", "2026-12-03T11:00"))),
    ("en", S, "reminder", ["remind me fri to send Falcon Aerospace the spec sheet", "actually don't bother, rachel already has it"],
     NOTHING),
    ("zh", L, "reminder", ["明天上午十点提醒我给钟山化工冯刚打电话", "改到下午两点"], store(rem(ZS, "2026-12-01T14:00"))),
    ("zh", L, "reminder", ["周三提醒我去小米送样品", "这个提醒取消吧，李娜说不用送了"], NOTHING),
    # --- happened vs planned ---
    ("en", S, "log", "demo at Zenith Telecom thursday went well, Victor wants a quote",
     store(act("Zenith Telecom", MEET, "Victor Chen", "2026-11-26"))),
    ("en", S, "reminder", "demo with Zenith Telecom thursday, Victor and his CTO will be there",
     store(rem("Zenith Telecom", "2026-12-03"))),
    ("zh", L, "log", "上周四跟闽江茶业林总吃饭，聊得不错", store(act(MJ, MEET, "林国栋", "2026-11-26"))),
    ("zh", L, "reminder", "下周四跟闽江茶业林总吃饭", store(rem(MJ, "2026-12-10"))),
    ("en", S, "log", "had the Acme kickoff this morning with Jane, next one is the 15th",
     store(act("Acme Corp", MEET, "Jane Doe"), rem("Acme Corp", "2026-12-15"))),
    # --- a colleague's or the customer's dates are not ours ---
    ("en", S, "log", "called Ethan at cascade water, he's on leave till the 10th, nothing to do till then",
     store(act("Cascade Water Systems", "call", "Ethan Park"))),
    ("zh", L, "log", "给华为张伟打了电话，他下周出差，等他回来再说", ok_ask(store(act(HW, "call", "张伟")))),
    # --- corrections of a time ---
    ("en", S, "correction", ["remind me to call Jane at acme tomorrow at 3", "make it 4:30"],
     store(rem("Acme Corp", "2026-12-01T16:30"))),
    ("zh", L, "correction", ["周四下午提醒我去湘江环保", "不是周四，是周五"], store(rem(XJ, "2026-12-04"))),
]


def main() -> None:
    out = []
    counters: dict[str, int] = {}
    for lang, user, klass, text, expect in M:
        counters[lang] = counters.get(lang, 0) + 1
        item = {"id": f"dt-{lang}{counters[lang]:03d}", "lang": lang, "class": klass, "user": user, "expect": expect}
        if isinstance(text, list):
            item["texts"] = text
        else:
            item["text"] = text
        out.append(item)
    path = Path(__file__).with_name("dates_s19.json")
    path.write_text(json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out)} messages -> {path}")


if __name__ == "__main__":
    main()
