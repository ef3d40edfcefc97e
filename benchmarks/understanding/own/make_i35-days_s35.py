# ruff: noqa: E501  (one labelled message per line)
"""Days families, written by i35-days (session 35) before any change, in our own words (not focus R's read
messages), grouped by the cause that failed on focus R's read half:
in set 13's world (Wed 2029-09-26 15:10; Singapore, London, Los Angeles, Taipei, Shenzhen; Taiwan Teachers' Day
Fri 09-28, mainland 国庆 10-01…10-07, 雙十 Wed 10-10, UK clocks back Sun 10-28, US Sun 11-04) ->
i35-days_s35.json, and in set 11's world (Tue 2029-01-09 16:40; London, Los Angeles, Singapore, Shanghai; UK
clocks forward Sun 03-25, US Sun 03-11) -> i35-days_s35_w11.json.

H. A day told by a calendar event or a holiday of the user's place: "w/c 15th", "w/b 22 Oct", "week commencing
   the 17th" (the Monday of that week); "the Tuesday after the clocks go back", "the monday after daylight saving
   ends" (the zone's own change of clocks); 雙十過後, 雙十之後那個禮拜五 (Taiwan's National Day), 連假回來 (the
   next long weekend of the user's calendar), 节后周二, 国庆回来那个周四, 双十一之后, after 双十二. Twins that
   must ask: "around when the clocks go back", 国庆期间 (a holiday's days, no day), a holiday already gone by
   (过了中秋), "the day after the PH" (no holiday named); twin that stores: 国庆假期第二天.
S. A moved reminder's new weekday and "same time": pushed later ("push … to friday same time", 延到禮拜一,
   推到周四, snooze 到周五), the weekday counts from the reminder's own day, its time kept. Twins: an earlier day
   said outright ("to tomorrow same time", "next monday") is that day; two reminders fit -> asked; a reminder
   cancelled beside a win told as done: both.
V. A close said by a part of a month (11月中旬, mid-November) or beside "said OK" is stored; twin: two parts of a
   month offered (中旬或者下旬) -> asked.
Q. Deals to close before a holiday (国庆前, 雙十前, before Columbus Day): up to the break.

    python benchmarks/understanding/own/make_i35-days_s35.py
    B=$PWD/benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/i35-days_s35.json --customers $B/focus-r/customers.csv \
        --setup $B/focus-r/setup.txt --harness $B/focus-r
    .venv/bin/python $B/quick.py --file $B/own/i35-days_s35_w11.json --customers $B/set11/customers.csv \
        --setup $B/set11/setup.txt --harness $B/set11
"""

from __future__ import annotations

import json
from pathlib import Path

SH, FG, LD, YW, JF = "Shermaine", "Fergus", "Landon", "許雅雯", "邓俊峰"  # set 13's world
PR, TM, DG, WF, LY = "Priya", "Tom", "Diego", "王芳", "刘洋"  # set 11's world
ASK = {"outcome": "ask"}
EN_USERS = (SH, FG, LD, PR, TM, DG)


def change(customer: str, was: str, action: str | list[str], due: str | None = None) -> dict:
    row: dict = {"customer": customer, "was": was, "action": action, **({"due": due} if due else {})}
    return {"outcome": "store", "changes": {"reminder_changes": [row]}}


def rem(customer: str, due: str | list[str], **more: object) -> dict:
    return {"outcome": "store", "changes": {"reminders": [{"customer": customer, "due": due}]}, **more}


def close(customer: str, day: str) -> dict:
    return {"outcome": "store", "changes": {"deals": [{"customer": customer, "close_date": day}]}}


def question(*mentions: str) -> dict:
    return {"outcome": "nothing", "answer_mentions": list(mentions)}


W13 = [
    # H: a day told by a calendar event or a holiday
    ("H01", FG, "reminder", "remind me w/c 15th to chase Zoë at Brighton Roastworks about the grinder order", rem("Brighton Roastworks Coffee", "2029-10-15")),
    ("H02", FG, "reminder", "w/b 22 Oct - remind me to book the Whitby Trawler site visit with Callum", rem("Whitby Trawler Supplies", "2029-10-22")),
    ("H03", FG, "reminder", "remind me week commencing the 17th to ring Isla at Dundee Marmalade", rem("Dundee Marmalade Co", "2029-10-15")),
    ("H04", FG, "reminder", "remind me to ring Heather at Norfolk Broads Boatyard the Tuesday after the clocks go back", rem("Norfolk Broads Boatyard", "2029-10-30")),
    ("H05", FG, "reminder", "the day after the clocks go back, remind me to check in with Graham at Yorvik Heritage Tours", rem("Yorvik Heritage Tours", "2029-10-29")),
    ("H06", LD, "reminder", "remind me the monday after daylight saving ends to call Brooke at Tahoe Alpine Lodges", rem("Tahoe Alpine Lodges", "2029-11-05")),
    ("H07", LD, "reminder", "once the clocks fall back remind me to ping Jared at Reno Data Vault", rem("Reno Data Vault LLC", "2029-11-05")),
    ("H08", YW, "reminder", "雙十過後提醒我打給虎尾農機的廖老闆", rem("雲林虎尾農機有限公司", "2029-10-11")),
    ("H09", YW, "reminder", "提醒我雙十之後那個禮拜五寄型錄給板橋彩藝的劉老闆", rem("新北板橋彩藝印刷有限公司", "2029-10-12")),
    ("H10", YW, "reminder", "教師節連假回來，提醒我打給逢甲文創的曾柏翰", rem("台中逢甲文創有限公司", "2029-10-01")),
    ("H11", YW, "reminder", "連假結束後第一天下午2點提醒我回晶采牙醫的蘇院長", rem("台北晶采牙醫診所", "2029-10-01T14:00")),
    ("H12", JF, "reminder", "节后周二上午10点提醒我跟丹霞建材骆斌对一下报价", rem("韶关丹霞建材有限公司", "2029-10-09T10:00")),
    ("H13", JF, "reminder", "国庆回来那个周四提醒我去趟潮州枫溪陶瓷", rem("潮州枫溪陶瓷有限公司", "2029-10-11")),
    ("H14", JF, "reminder", "双十一之后提醒我问下普宁纺织庄晓玲的年货订单", rem("揭阳普宁纺织有限公司", "2029-11-12")),
    ("H15", SH, "reminder", "remind me after 双十二 to chase Nurul at Melaka Batik", rem("Melaka Batik House Sdn Bhd", "2029-12-13")),
    ("H16", LD, "reminder", "remind me the day after Columbus Day to call Megan at Portland Rose Cycles", rem("Portland Rose Cycles", "2029-10-09")),
    ("H17", FG, "must_ask", "remind me to ring Zara at Ancoats Printworks sometime around when the clocks go back", ASK),
    ("H18", JF, "must_ask", "国庆期间提醒我给番禺珠宝梁晓燕发个节日祝福", ASK),
    ("H19", JF, "must_ask", "英德红茶邝文说过了中秋再谈，到时候提醒我", ASK),
    ("H20", SH, "must_ask", "remind me to call Alvin at Hougang Kitchen the day after the PH", ASK),
    ("H21", JF, "reminder", "提醒我国庆假期第二天给汇金财务麦嘉欣发个问候", rem("深圳福田汇金财务咨询有限公司", "2029-10-02")),
    ("H22", YW, "must_ask", "雙十連假期間提醒我打給碧潭單車的石老闆", ASK),
    # S: a moved reminder's new weekday, "same time"
    ("S01", FG, "reminder_change", "push the münchner reminder to friday, same time", change("Münchner Brauhaus Technik GmbH", "2029-10-03T14:00", "move", "2029-10-05T14:00")),
    ("S02", FG, "reminder_change", "postpone the AFF call to wednesday same time", change("Ashford Freight Forwarding Ltd", "2029-10-01T10:00", "move", "2029-10-03T10:00")),
    ("S03", LD, "reminder_change", "push pasadena smile to thursday same time", change("Pasadena Smile Dental", "2029-10-09T10:00", "move", "2029-10-11T10:00")),
    ("S04", LD, "reminder_change", "bump the bakersfield reminder to monday", change("Bakersfield Oilfield Rentals Inc", "2029-09-28T09:00", "move", "2029-10-01T09:00")),
    ("S05", SH, "reminder_change", "delay the penang chipset reminder to monday, same time", change("Penang Chipset Assembly Sdn Bhd", "2029-10-02T11:00", "move", "2029-10-08T11:00")),
    ("S06", YW, "reminder_change", "新竹晶耀的提醒延到禮拜一同一時間", change("新竹晶耀光電股份有限公司", "2029-10-11T10:00", "move", "2029-10-15T10:00")),
    ("S07", YW, "reminder_change", "高雄港灣那個提醒往後推到禮拜三", change("高雄港灣冷鏈物流股份有限公司", "2029-10-01T15:00", "move", "2029-10-03T15:00")),
    ("S08", JF, "reminder_change", "南山云图的提醒推到周四同一时间", change("深圳南山云图科技有限公司", "2029-10-08T10:00", "move", "2029-10-11T10:00")),
    ("S09", JF, "reminder_change", "把南山云图的提醒 snooze 到周五", change("深圳南山云图科技有限公司", "2029-10-08T10:00", "move", "2029-10-12T10:00")),
    ("S10", JF, "reminder_change", "东莞鸿昇那个提醒snooze到节后第一天", change("东莞鸿昇电子有限公司", "2029-09-28T10:00", "move", "2029-10-08T10:00")),
    ("S11", YW, "reminder_change", "鴻昇精密的提醒延到禮拜五同一時間", ASK),
    ("S12", FG, "reminder_change", "move the münchner reminder to tomorrow same time", change("Münchner Brauhaus Technik GmbH", "2029-10-03T14:00", "move", "2029-09-27T14:00")),
    ("S13", LD, "reminder_change", "move pasadena smile dental to next monday same time", change("Pasadena Smile Dental", "2029-10-09T10:00", "move", "2029-10-01T10:00")),
    ("S14", FG, "reminder_change", "cancel tomorrow's harrogate spa reminder, imogen already signed", {"outcome": "store", "changes": {"deals": [{"customer": "Harrogate Spa Waters Ltd", "stage": "won"}], "reminder_changes": [{"customer": "Harrogate Spa Waters Ltd", "was": "2029-09-27T11:00", "action": ["cancel", "done"]}]}}),
    # V: a close said by a part of a month, or beside "said OK"
    ("V01", JF, "deal_update", "宝安云图那单，签约时间定在12月中旬", close("深圳宝安云图包装有限公司", "2029-12-15")),
    ("V02", YW, "deal_update", "彰化鴻昇五金那案子預計11月中旬簽約", close("彰化鴻昇五金行", "2029-11-15")),
    ("V03", FG, "deal_update", "Brighton Roastworks now looking at mid-November for signature", close("Brighton Roastworks Coffee", "2029-11-15")),
    ("V04", JF, "must_ask", "中山古镇灯饰 11月中旬或者下旬签吧", ASK),
    ("V05", LD, "deal_update", "tahoe alpine lodges: brooke said OK, close date 10/19", close("Tahoe Alpine Lodges", "2029-10-19")),
    ("V06", JF, "deal_update", "中山古镇 刘思敏 said OK，close date 定 10/19", close("中山古镇灯饰有限公司", "2029-10-19")),
    # Q: deals closing before a holiday
    ("Q01", YW, "question", "雙十前要結案的有哪些", question("晶耀", "府城食品")),
    ("Q02", LD, "question", "anything of mine closing before columbus day?", question("Bakersfield", "Sonoma Ridge")),
    ("Q03", JF, "question", "国庆前能close的单子有哪些", question("鸿昇", "云图")),
]

W11 = [
    ("H31", TM, "reminder", "remind me w/c 22nd to chase Ewan at Pendle Valley for the PO", rem("Pendle Valley Dairies Ltd", "2029-01-22")),
    ("H32", TM, "reminder", "w/b 29 Jan: remind me to ring Hamish at Tayside Joinery", rem("Tayside Joinery Ltd", "2029-01-29")),
    ("H33", TM, "reminder", "remind me the Monday after the clocks go forward to call Fiona at North Yorkshire Community Housing", rem("North Yorkshire Community Housing Trust", "2029-03-26")),
    ("H34", TM, "reminder", "the wednesday after the clocks go forward, remind me to send Saskia at Rotterdam Haven the renewal", rem("Rotterdam Haven Koeltechniek BV", "2029-03-28")),
    ("H35", DG, "reminder", "remind me the day after daylight saving starts to call Ray at Sierra Vista Landscaping", rem("Sierra Vista Landscaping", "2029-03-12")),
    ("H36", TM, "must_ask", "ring Bethan at Blackwater Rail around when the clocks change", ASK),
    ("H37", PR, "reminder", "remind me w/c 12 Feb to call Kelvin at Raffles Marine", rem("Raffles Marine Engineering Pte Ltd", "2029-02-12")),
    ("H38", WF, "must_ask", "春节期间提醒我给蓝海教育的刘薇拜个年", ASK),
    ("H39", PR, "reminder", "after CNY remind me to chase Budi at PT Sinar Borneo", rem("PT Sinar Borneo Timber", ["2029-02-15", "2029-02-16"])),  # Singapore's CNY 02-13/14 (and Hari Raya Puasa 02-15 by the calendar)
    ("S31", DG, "reminder_change", "push the janet board deck reminder to friday same time", change("Pacific Crest Credit Union", "2029-01-16T15:00", "move", "2029-01-19T15:00")),
    ("S32", DG, "reminder_change", "push the redwood reminder to thursday", change("Redwood Valley Health System", "2029-01-10T13:00", "move", "2029-01-11T13:00")),
    ("S33", WF, "reminder_change", "蓝海教育的提醒推到周一同一时间", change("北京蓝海教育科技有限公司", "2029-01-18T16:00", "move", "2029-01-22T16:00")),
    ("S34", LY, "reminder_change", "绵阳科创那个提醒 snooze 到周二", change("绵阳科创精密机械有限公司", "2029-01-19T10:00", "move", "2029-01-23T10:00")),
    ("S35", TM, "reminder_change", "postpone the glenbrae visit to monday, same time", change("Glenbrae Distillery Ltd", "2029-01-18T11:00", "move", "2029-01-22T11:00")),
    ("S36", TM, "reminder_change", "move the glenbrae visit to tomorrow same time", change("Glenbrae Distillery Ltd", "2029-01-18T11:00", "move", "2029-01-10T11:00")),
]


def build(rows: list[tuple]) -> list[dict]:
    out = []
    for mid, user, cls, text, expect in rows:
        cjk = any("\u4e00" <= c <= "\u9fff" for c in text)
        latin = any(c.isascii() and c.isalpha() for c in text)
        lang = "mixed" if cjk and latin else "zh" if cjk else "en"
        out.append({"id": f"d35-{mid}", "class": cls, "lang": lang, "user": user, "text": text, "expect": expect})
    return out


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    for name, rows in (("i35-days_s35.json", W13), ("i35-days_s35_w11.json", W11)):
        (here / name).write_text(json.dumps({"messages": build(rows)}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
