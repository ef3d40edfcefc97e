# ruff: noqa: E501  (one labelled message per line)
"""Reminder phrasings written by i20-dates (session 20) in set 9's world with focus E's base reminders
(../focus-e/customers.csv, ../focus-e/setup.txt: 30 open reminders), before reading any failure: times of
day, weekdays with next/this, relative days, day-first numeric dates for the Sydney rep ("3/2" = 3 Feb),
month/day for the Chinese and Taiwanese reps, a time said in another zone ("10am NZ time", "東京時間"),
a reminder relative to an event or to a reminder already set, moving / cancelling / completing a reminder
already set, other people's plans (not our reminders), close dates (not reminders) and dates that must be
asked about. The clock is set 9's: Friday 2028-01-21 18:20 in each user's zone (Emma: Sydney, day-first;
Marcus: Toronto, a bare 2/3 is ambiguous; 李娜: Shanghai; 林志明: Taipei, traditional). Labels: what a careful
human stores. `reminder_changes` entries are judged by focus E's harness (move / cancel / done of a base
reminder named by its customer and local due `was`).

    python benchmarks/understanding/own/make_reminders_s20.py   # writes reminders_s20.json next to it
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/reminders_s20.json \
        --customers benchmarks/understanding/focus-e/customers.csv \
        --setup benchmarks/understanding/focus-e/setup.txt --harness benchmarks/understanding/focus-e
"""

from __future__ import annotations

import json
from pathlib import Path

from make_deals import deal
from make_logs import MEET, act, rem, store

E, M, LN, LZ = "Emma", "Marcus", "李娜", "林志明"
ASK = {"outcome": "ask"}
NEXT_WEEK = ["2028-01-24", "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28"]

HENGYUAN = "杭州恒远智能科技有限公司"
FENGHUA = "绍兴丰华纺织有限公司"
JUXING = "义乌聚星贸易有限公司"
JINCHENG = "杭州锦程医疗器械有限公司"
HUAYUE = "嘉兴华悦酒店管理有限公司"
NB_HENGYUAN = "宁波恒远物流有限公司"
LVYUAN = "杭州绿源农业科技有限公司"
XINHE = "杭州新禾食品有限公司"
LVYUAN_HZ = "湖州绿园家居有限公司"
YUNFAN = "杭州云帆数据服务有限公司"
QIMING = "上海启明星教育科技有限公司"
MINGTIAN = "杭州明天科技有限公司"
HONGDA = "温州宏达鞋业有限公司"
HUADING = "苏州华鼎精密机械有限公司"
QIANDAO = "杭州千岛湖文旅发展有限公司"
DONGGANG = "宁波东港汽配有限公司"
JINGYANG = "新竹晶揚科技股份有限公司"
TW_FENGHUA = "彰化豐華紡織股份有限公司"
YONGFU = "台南永福食品股份有限公司"
HAORIZI = "台北好日子餐飲股份有限公司"
LEHUO = "新北樂活健身股份有限公司"
HAIJING = "高雄海景飯店股份有限公司"
KUNSHAN = "昆山宏昇电子有限公司"
DADU = "台中大肚山物流股份有限公司"
XINYI2 = "台北信誼牙醫診所"
YUANYANG = "台北遠揚旅行社股份有限公司"
LANYANG = "宜蘭蘭陽酒廠股份有限公司"
HONGTAI = "台北鴻泰電子股份有限公司"


def rc(customer: str, was: str, action: str | list[str], due: str | list[str] | None = None) -> dict:
    """A base reminder moved, cancelled or completed."""
    out: dict = {"customer": customer, "was": was, "action": action}
    if due:
        out["due"] = due
    return out


def changes_of(*items: dict) -> dict:
    """store() that also takes reminder_changes."""
    moved = [i for i in items if "was" in i]
    rest = [i for i in items if "was" not in i]
    out = store(*rest) if rest else {"outcome": "store", "changes": {}}
    if moved:
        out["changes"]["reminder_changes"] = moved
    return out


def ok_ask(expect: dict) -> dict:
    return {**expect, "also_ok": "ask"}


# (lang, user, family, text or [first, second], expect)
M_ = [
    # --- day-first numeric dates (Sydney) ---
    ("en", E, "numeric", "remind me to call Chloe at Bluegum Parramatta on 3/2 about the renewal", store(rem("Bluegum Physio Parramatta", "2028-02-03"))),
    ("en", E, "numeric", "Liam @ bluegum newcastle wants the pricing sheet - reminder for 7/2 pls", store(rem("Bluegum Physio Newcastle", "2028-02-07"))),
    ("en", E, "numeric", "follow up wattle creek vineyards 14/2, hamish is back from vintage then", store(rem("Wattle Creek Vineyards", "2028-02-14"))),
    ("en", E, "numeric", "ping me 1/2 at 9:30 to send Jess at Wattle & Co the fabric samples", store(rem("Wattle & Co Interiors", "2028-02-01T09:30"))),
    ("en", E, "close_date", "Pohutukawa now reckon they'll sign by 28/2", store(deal("Pohutukawa Hotels Ltd", close_date="2028-02-28"))),
    ("en", E, "close_date", "kauri health practice software - sign-off has slipped to 15/3", store(deal("Kauri Health Ltd", which="practice software", close_date="2028-03-15"))),
    # --- a time in another zone ---
    ("en", E, "zone", "remind me mon 10am NZ time to ring Rangi at tasman agri", store(rem("Tasman Agri Ltd", "2028-01-24T08:00"))),
    ("en", E, "zone", "set a reminder for thursday 4pm perth time - call Darren Cole about the ironbark tender", store(rem("Ironbark Civil Pty Ltd", "2028-01-27T19:00"))),
    ("en", E, "zone", "call Aroha at southern cross NZ tues 2pm her time", ok_ask(store(rem("Southern Cross Freight NZ Ltd", "2028-01-25T12:00")))),
    ("en", M, "zone", "set a reminder 11am Pacific on Monday to call Dr. Vasquez at Cascadia", store(rem("Cascadia Health Partners", "2028-01-24T14:00"))),
    ("en", M, "zone", "remind me wed 9am vancouver time, Harjit at fraser valley greenhouses wants a callback", store(rem("Fraser Valley Greenhouses", "2028-01-26T12:00"))),
    ("zh", LN, "zone", "周一东京时间下午3点跟义乌聚星Kevin Zhou开视频会，提醒我", store(rem(JUXING, "2028-01-24T14:00"))),
    ("zh", LZ, "zone", "禮拜二日本時間早上10點跟昆山宏昇許家豪開會，提醒我一下", store(rem(KUNSHAN, "2028-01-25T09:00"))),
    # --- weekdays with next/this, relative days, times of day ---
    ("en", E, "weekday", "remnd me wednsday 11 to call shane at redgum bbq", store(rem("Redgum BBQ Supplies", "2028-01-26T11:00"))),
    ("en", E, "weekday", "can u remind me thurs 3.30pm re the geelong nursery proposal", store(rem("Geelong Nursery", "2028-01-27T15:30"))),
    ("en", E, "relative", "remind me tmrw morning to send Glenn the murray river quote", store(rem("Murray River Orchards", "2028-01-22"))),
    ("en", E, "relative", "Bondi Bay Cafes - Lucia wants a call back in a fortnight", store(rem("Bondi Bay Cafes", "2028-02-04"))),
    ("en", M, "weekday", "next tuesday 9am remind me to send Jean-Luc at northern pine the lane rates", store(rem("Northern Pine Logistics Inc", "2028-01-25T09:00"))),
    ("en", M, "relative", "remind me in 2 hours to email Maya at Timberline the invoice", store(rem("Timberline Coffee Roasters", "2028-01-21T20:20"))),
    ("en", M, "relative", "2moro noon remind me call kevin at summit roofing", store(rem("Summit Roofing Inc", "2028-01-22T12:00"))),
    ("en", M, "weekday", "remind me first thing monday to call Laura at Beacon Hill", store(rem("Beacon Hill Accounting", ["2028-01-24T08:00", "2028-01-24T08:30", "2028-01-24T09:00"]))),
    ("en", M, "relative", "Rideau Property Mgmt wants us back in two weeks, remind me", store(rem("Rideau Property Management", "2028-02-04"))),
    ("en", M, "clock", "remind me at 7 to call Harjit at fraser valley", ok_ask(store(rem("Fraser Valley Greenhouses", "2028-01-21T19:00")))),
    ("zh", LN, "weekday", "下周三下午两点提醒我给恒远智能赵建国打电话", store(rem(HENGYUAN, "2028-01-26T14:00"))),
    ("zh", LN, "month_day", "提醒我2月3号上午10点去绍兴丰华拜访钱国良", store(rem(FENGHUA, "2028-02-03T10:00"))),
    ("zh", LN, "weekday", "下下周一提醒我跟进湖州绿园葛志远", store(rem(LVYUAN_HZ, "2028-01-31"))),
    ("zh", LN, "relative", "明天提醒我给云帆蒋一鸣发方案", store(rem(YUNFAN, "2028-01-22"))),
    ("zh", LN, "clock", "晚上8点提醒我给东港汽配邬海波发微信", store(rem(DONGGANG, "2028-01-21T20:00"))),
    ("zh", LN, "month_day", "3/2提醒我跟进苏州华鼎周立伟", ok_ask(store(rem(HUADING, "2028-03-02")))),
    ("zh", LN, "span", "千岛湖方晓梅下个月中旬来杭州，到时候提醒我约她吃饭", ok_ask(store(rem(QIANDAO, ["2028-02-11", "2028-02-14", "2028-02-15"])))),
    ("zh", LZ, "weekday", "下禮拜三下午三點提醒我打給晶揚黃國華", store(rem(JINGYANG, "2028-01-26T15:00"))),
    ("zh", LZ, "weekday", "禮拜一早上提醒我寄報價單給彰化豐華陳志偉", store(rem(TW_FENGHUA, ["2028-01-24T08:00", "2028-01-24T08:30", "2028-01-24T09:00"]))),
    ("zh", LZ, "weekday", "line我 週四 提醒 跟遠揚旅行社潘俊毅確認團費", store(rem(YUANYANG, "2028-01-27"))),
    ("zh", LZ, "relative", "三天後提醒我追蹤蘭陽酒廠李宗翰", store(rem(LANYANG, "2028-01-24"))),
    ("zh", LZ, "span", "下週找一天去大肚山物流拜訪賴志成，提醒我", ok_ask(store(rem(DADU, NEXT_WEEK)))),
    ("mixed", LN, "weekday", "remind我 next Monday 10am 给锦程王立平打电话", store(rem(JINCHENG, "2028-01-24T10:00"))),
    # --- relative to an event or to a plan of someone else ---
    ("en", E, "event", "spoke to Brodie at coastline surf, he's away till the 7th, remind me the day he's back", store(act("Coastline Surf Co", "call", "Brodie Kemp"), rem("Coastline Surf Co", "2028-02-07"))),
    ("en", E, "event", "nudge me the day before the kookaburra parent app demo to print the handouts", ok_ask(store(rem("Kookaburra Early Learning", "2028-01-26")))),
    ("en", M, "event", "heather at birchwood is out feb 3-4, remind me to call her the monday after", store(rem("Birchwood Academy", "2028-02-07"))),
    ("zh", LN, "event", "绿源农业韦春燕说她们下周二开董事会，开完第二天提醒我问结果", store(rem(LVYUAN, "2028-01-26"))),
    ("mixed", LZ, "event", "週三跟鴻泰電子 meeting，前一天提醒我準備 demo", store(rem(HONGTAI, "2028-01-25"))),
    # --- other people's plans, close dates: no reminder ---
    ("en", E, "not_ours", "met Hamish at wattle creek vineyards today, their vintage starts 14/2 and he's flat out till march", store(act("Wattle Creek Vineyards", MEET, "Hamish Lachlan"))),
    ("en", M, "not_ours", "called tyler at great lakes marine, they're doing inventory all next week", store(act("Great Lakes Marine Supply", "call", "Tyler Brennan"))),
    ("zh", LN, "not_ours", "给华鼎周立伟打了电话，他们下周三放假到2月2号", store(act(HUADING, "call", "周立伟"))),
    ("zh", LN, "close_date", "新禾食品俞美琴说预计3月底签合同", store(deal(XINHE, close_date="2028-03-31"))),
    ("zh", LZ, "close_date", "2/15前要拿到高雄海景的簽約", store(deal(HAIJING, close_date=["2028-02-14", "2028-02-15"]))),
    ("zh", LZ, "close_date", "信誼牙醫鄭宛蓉說她們二月底才會決定要不要簽", store(deal(XINYI2, close_date="2028-02-29"))),
    # --- moving / cancelling / completing a reminder already set ---
    ("en", E, "change", "move my pohutukawa reminder to thursday same time", changes_of(rc("Pohutukawa Hotels Ltd", "2028-01-25T09:00", "move", "2028-01-27T09:00"))),
    ("en", E, "change", "the southern cross call on monday - push it to wed arvo", changes_of(rc("Southern Cross Freight Pty Ltd", "2028-01-24T10:00", "move", "2028-01-26"))),
    ("en", E, "change", "done with the coastal surf PO chase, Tanya sent it through", changes_of(rc("Coastal Surf Supplies Pty Ltd", "2028-01-20T14:00", "done"))),
    ("en", E, "change", "cancel the sandstone legal reminder, Olivia already has the security pack", changes_of(rc("Sandstone Legal", "2028-01-24T16:00", ["cancel", "done"]))),
    ("en", M, "change", "my birchwood reminder monday - make it 2pm instead", changes_of(rc("Birchwood Academy", "2028-01-24T11:00", "move", "2028-01-24T14:00"))),
    ("en", M, "change", "cancel tonight's call with jean-luc, he's off sick", changes_of(rc("Northern Pine Logistics Inc", "2028-01-21T20:00", ["cancel", "done"]))),
    ("en", M, "change", "muskoka reminder can be ticked off, natalie confirmed already", changes_of(rc("Muskoka Resorts Group", "2028-01-26T10:00", "done"))),
    ("zh", LN, "change", "把锦程的提醒改到周四上午", changes_of(rc(JINCHENG, "2028-01-25T10:00", "move", "2028-01-27"))),
    ("zh", LN, "change", "华悦的年礼已经送了，那个提醒可以关掉了", changes_of(rc(HUAYUE, "2028-01-25T16:00", "done"))),
    ("zh", LN, "change", "宁波恒远物流的回访取消", changes_of(rc(NB_HENGYUAN, "2028-01-24T11:00", ["cancel", "done"]))),
    ("zh", LN, "change", "云帆2月2号的提醒推迟一周", changes_of(rc(YUNFAN, "2028-02-02T10:00", "move", "2028-02-09"))),
    ("zh", LZ, "change", "永福的提醒改到下週一", changes_of(rc(YONGFU, "2028-02-07T15:00", "move", "2028-01-24"))),
    ("zh", LZ, "change", "好日子試吃會取消了，提醒刪掉", changes_of(rc(HAORIZI, "2028-01-22T11:00", ["cancel", "done"]))),
    ("zh", LZ, "change", "樂活健身那個提醒完成了", changes_of(rc(LEHUO, "2028-01-24T16:00", "done"))),
    ("zh", LZ, "change", "晶揚2/3的評審提醒往後延兩天", changes_of(rc(JINGYANG, "2028-02-03T14:00", "move", "2028-02-05"))),
    # --- must ask (or may) ---
    ("en", M, "must_ask", "follow up with Doug at prairie sky on 2/3", ASK),
    ("en", M, "must_ask", "push my monday reminder to tuesday", ASK),
    ("en", E, "must_ask", "remind me about the kookaburra thing", ASK),
    ("en", E, "must_ask", "next friday remind me to chase Margaret at Banksia for the signed variation", ok_ask(store(rem("Banksia Aged Care", "2028-01-28")))),
    ("en", E, "must_ask", "remind me on the 21st to check Pivot's invoice was paid", ok_ask(store(rem("Pivot Pty Ltd", "2028-02-21")))),
    ("zh", LN, "must_ask", "周五提醒我给明天科技孟晓光回电话", ok_ask(store(rem(MINGTIAN, "2028-01-28")))),
    ("zh", LN, "must_ask", "过两天提醒我问下启明星翁佩君那边的进度", ok_ask(store(rem(QIMING, ["2028-01-23", "2028-01-24"])))),
    ("zh", LN, "weekday", "下周五之前提醒我把报价发给宏达鞋业", store(rem(HONGDA, ["2028-01-27", "2028-01-28"]))),
]


def main() -> None:
    out = []
    counters: dict[str, int] = {}
    for lang, user, family, text, expect in M_:
        counters[lang] = counters.get(lang, 0) + 1
        klass = "reminder_change" if family == "change" else "must_ask" if family == "must_ask" else "close_date" if family == "close_date" else "reminder"
        item = {"id": f"r20-{lang}{counters[lang]:03d}", "lang": lang, "class": klass, "family": family, "user": user, "expect": expect}
        if isinstance(text, list):
            item["texts"] = text
        else:
            item["text"] = text
        out.append(item)
    path = Path(__file__).with_name("reminders_s20.json")
    path.write_text(json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out)} messages -> {path}")


if __name__ == "__main__":
    main()
