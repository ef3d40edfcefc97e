# ruff: noqa: E501  (one labelled message per line)
"""Follow-up families, written by i27-changes (session 27) before the change, in our own words (not focus J read's):
set 12's world (Thu 2029-04-26 10:20 in each user's zone; its customers, base deals and base reminders).

F. (correction) a follow-up that names no customer, sent right after a write, adds a detail to the record just
   written ("and close end of may", "对了，预计6月底签", "仲有 close date 改做6月尾"): one record, both details.
P. (correction) a follow-up that names no customer puts a value of the record just written right, with an apology
   or filler first and perhaps a reason after ("Sorry about that, €47k not 48", "my mistake, it's in CAD, they pay
   from the canadian office", "係港幣唔係人民幣").
L. (correction) an outcome just stored taken back, and what really happened said instead ("not lost, just
   delayed, close end of september", "唔係唔係，冇丟，只係延遲到7月尾").
T. (correction) the news just stored taken back until it is confirmed ("please disregard, need to check first",
   "先别记，我再确认一下"): nothing stays.
R. (reminder_change) a reminder's event said to move ("kpp validation call slipped to may 2, same time", "往前挪一天",
   "提早一日", "push 遲一日"); R01-R03 written after the 'slid to' change, the rest before theirs.
G. (reminder) a signing at a day and hour with "remind me" ("…签合同 提醒我"): a reminder, not a close.
D. (must_ask / reminder / deal_update) a weekday and a date that disagree ("close monday 5/8", "5月9号 周四"): asked;
   the twin that agrees is stored.
W. (must_ask) reminders said to move with no day or time to move to ("把…的提醒都往后推", "push the kpp reminder back
   a bit"): asked to when; the twin with "一天" is moved.
S. (log / deal_update) twins: a follow-up that is separate news (names another customer or its contact, or is
   about the day) is not added to the record just written.

    python benchmarks/understanding/own/make_changes_s27.py   # writes changes_s27.json
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/changes_s27.json \
        --customers $PWD/benchmarks/understanding/set12/customers.csv --setup $PWD/benchmarks/understanding/set12/setup.txt \
        --harness $PWD/benchmarks/understanding/set12
"""

from __future__ import annotations

import json
from pathlib import Path

MA, SI, KE, SL, HO, ZJ = "Marcus", "Sinead", "Kenji", "孙丽", "何志明", "周建国"
NOTHING = {"outcome": "nothing"}
ASK = {"outcome": "ask"}


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def reminder(customer: str, due: str) -> dict:
    return store({"reminders": [{"customer": customer, "due": due}]})


def change(customer: str, was: str, action: str, due: str) -> dict:
    return {"customer": customer, "was": was, "action": action, "due": due}


def deal(customer: str, **fields: object) -> dict:
    return store({"deals": [{"customer": customer, **fields}]})


ROWS = [
    # F: a detail added to the record just written.
    ("F", "correction", "en", MA, ["twin ports marine supply now 36k", "and close end of may"], deal("Twin Ports Marine Supply", amount=36000, close_date="2029-05-31", currency="USD")),
    ("F", "correction", "en", SI, ["Tralee Bay Seafoods up to €35k", "oh, closing 15 June btw"], deal("Tralee Bay Seafoods", amount=35000, close_date="2029-06-15", currency="EUR")),
    ("F", "correction", "en", KE, ["Sendai Medikaru updated to 3,000,000 yen", "Also, closing end of June"], deal("Sendai Medikaru Supply KK", amount=3000000, close_date="2029-06-30")),
    ("F", "correction", "zh", SL, ["嘉善金穗金额改成20万", "对了，预计6月底签"], deal("嘉善金穗木业有限公司", amount=200000, close_date="2029-06-30")),
    ("F", "correction", "zh", ZJ, ["黄冈大别山进谈判了", "还有 金额调到18万"], deal("黄冈大别山旅游有限公司", amount=180000, stage="negotiation")),
    ("F", "correction", "zh", HO, ["觀塘恒發 升咗去 negotiation", "仲有，金額改做九萬"], deal("觀塘恒發五金有限公司", amount=90000, stage="negotiation")),
    ("F", "correction", "mx", HO, ["葵涌恒發 amount 改做40萬", "仲有 close date 改做6月尾"], deal("葵涌恒發貨倉有限公司", amount=400000, close_date="2029-06-30")),
    ("F", "correction", "en", MA, ["omaha stockyards moved to negotiation", "oh and they're at 60k now"], deal("Omaha Stockyards Logistics", amount=60000, stage="negotiation")),
    # P: a value put right, an apology first, perhaps a reason after.
    ("P", "correction", "en", SI, ["Ennis Dairy up to €48k", "Sorry about that, €47k not 48"], deal("Ennis Dairy Co-operative", amount=47000, currency="EUR")),
    ("P", "correction", "en", MA, ["omaha stockyards 55k now", "my mistake, it's in CAD, they pay from the canadian office"], deal("Omaha Stockyards Logistics", amount=55000, currency="CAD")),
    ("P", "correction", "en", KE, ["Tomoe Shokuhin now 2,600,000 yen", "Apologies, 2,500,000 not 2,600,000"], deal("Tomoe Shokuhin KK", amount=2500000, currency="JPY")),
    ("P", "correction", "zh", HO, ["深圳前海嘉通 改做35萬", "係港幣唔係人民幣"], deal("深圳前海嘉通供應鏈有限公司", amount=350000, currency="HKD")),
    ("P", "correction", "zh", ZJ, ["汉川银河金额改成35万", "不好意思，是33万不是35万"], deal("汉川银河电缆有限公司", amount=330000)),
    ("P", "correction", "zh", SL, ["太仓港汇 改成7万", "哦 是美金，他们用美元结算"], deal("太仓港汇物流有限公司", amount=70000, currency="USD")),
    # L: an outcome taken back, what happened said instead.
    ("L", "correction", "en", KE, ["Setouchi Marin Supply lost, went with a competitor", "Sorry, not lost. Just delayed. Close end of September"], deal("Setouchi Marin Supply KK", close_date="2029-09-30")),
    ("L", "correction", "en", MA, ["cedar rapids millwork is lost, no budget", "wait, not lost - pushed out, close end of august"], deal("Cedar Rapids Millwork LLC", close_date="2029-08-31")),
    ("L", "correction", "zh", SL, ["诸暨华翔丢了，价格太高", "不对，没丢，只是推迟到8月底"], deal("诸暨华翔袜业有限公司", close_date="2029-08-31")),
    ("L", "correction", "zh", HO, ["荃灣美景 冇咗，揀咗第二間", "唔係唔係，冇丟，只係延遲到7月尾"], deal("荃灣美景酒店管理有限公司", close_date="2029-07-31")),
    # T: taken back until confirmed.
    ("T", "correction", "en", SI, ["Galway Bay Software want 10 more licences, 6,000 euro", "Please disregard, need to check first"], NOTHING),
    ("T", "correction", "en", KE, ["Tomoe Shokuhin additional order 500,000 yen", "Ignore that please, I'll confirm later"], NOTHING),
    ("T", "correction", "zh", ZJ, ["汉川银河追加订单5万", "先别记，我再确认一下"], NOTHING),
    # R: (written after the 'slid' change, before the others) a reminder's event said to move, by a verb of slipping or a shift
    # earlier/later.
    ("R", "reminder_change", "en", MA, "kpp validation call slipped to may 2, same time", store({"reminder_changes": [change("Kalamazoo Pharma Packaging", "2029-04-30T11:00", "move", "2029-05-02T11:00")]})),
    ("R", "reminder_change", "en", SI, "Gdańsk video call slid to Friday 4 May, same time", store({"reminder_changes": [change("Gdańsk Ship Coatings Sp. z o.o.", "2029-05-03T14:00", "move", "2029-05-04T14:00")]})),
    ("R", "reminder_change", "en", KE, "Yokohama plant tour slipped to 10 May, same time", store({"reminder_changes": [change("Yokohama Kemikaru KK", "2029-05-08T11:00", "move", "2029-05-10T11:00")]})),
    ("R", "reminder_change", "zh", SL, "平湖那个视频会议的提醒往前挪一天", store({"reminder_changes": [change("平湖晶光电子有限公司", "2029-05-09T14:00", "move", "2029-05-08T14:00")]})),
    ("R", "reminder_change", "zh", ZJ, "仙桃那个签合同的提醒往后挪一天", store({"reminder_changes": [change("仙桃鑫达无纺布有限公司", "2029-04-27T09:00", "move", "2029-04-28T09:00")]})),
    ("R", "reminder_change", "zh", HO, "東莞嗰個提醒提早一日", store({"reminder_changes": [change("東莞恒信電子廠", "2029-04-30T10:00", "move", "2029-04-29T10:00")]})),
    ("R", "reminder_change", "mx", HO, "葵涌嗰個提醒 push 遲一日", store({"reminder_changes": [change("葵涌恒發貨倉有限公司", "2029-04-27T11:00", "move", "2029-04-28T11:00")]})),
    # G: a signing at a day and hour, with "remind me": a reminder, not a close.
    ("G", "reminder", "zh", ZJ, "五月八号上午十点去醴陵华彩签合同 提醒我", reminder("醴陵华彩陶瓷有限公司", "2029-05-08T10:00")),
    ("G", "reminder", "zh", SL, "5月10号下午两点去慈溪明珠签约，记得提醒我", reminder("慈溪明珠电器有限公司", "2029-05-10T14:00")),
    ("G", "reminder", "zh", HO, "五月九號下晝三點去觀塘恒發簽約，提我", reminder("觀塘恒發五金有限公司", "2029-05-09T15:00")),
    ("G", "reminder", "en", MA, "remind me: signing at twin ports may 9 at 10am", reminder("Twin Ports Marine Supply", "2029-05-09T10:00")),
    # D: a weekday and a date that disagree: asked; the twin that agrees is stored.
    ("D", "deal_update", "en", MA, "fox river wants to close tuesday 5/8", deal("Fox River Paper Co", close_date="2029-05-08")),
    ("D", "must_ask", "en", MA, "fox river wants to close monday 5/8", ASK),
    ("D", "deal_update", "en", SI, "Ennis Dairy signing Friday 11 May", deal("Ennis Dairy Co-operative", close_date="2029-05-11")),
    ("D", "must_ask", "en", SI, "Ennis Dairy signing Thursday 11 May", ASK),
    ("D", "reminder", "en", KE, "Please remind me to call Ogawa-san at Fukuoka Semicon on Wednesday May 9", reminder("Fukuoka Semicon Testing KK", "2029-05-09")),
    ("D", "must_ask", "en", KE, "Please remind me to call Ogawa-san at Fukuoka Semicon on Tuesday May 9", ASK),
    ("D", "reminder", "zh", ZJ, "5月9号 周三 上午十点去黄冈大别山", reminder("黄冈大别山旅游有限公司", "2029-05-09T10:00")),
    ("D", "must_ask", "zh", ZJ, "5月9号 周四 上午十点去黄冈大别山", ASK),
    ("D", "must_ask", "zh", SL, "下周三下午两点 5月10号 去慈溪明珠", ASK),
    ("D", "reminder", "zh", HO, "5月11號禮拜五朝早十點去觀塘恒發", reminder("觀塘恒發五金有限公司", "2029-05-11T10:00")),
    ("D", "must_ask", "zh", HO, "5月11號禮拜四朝早十點去觀塘恒發", ASK),
    # W: (written before the change) reminders said to move with no day or time to move to: asked "to when?".
    ("W", "must_ask", "zh", SL, "把平湖和张家港的提醒都往后推", ASK),
    ("W", "must_ask", "zh", ZJ, "大冶那个提醒往后挪一下", ASK),
    ("W", "must_ask", "zh", HO, "東莞嗰個提醒押後啲", ASK),
    ("W", "must_ask", "en", MA, "push the kpp reminder back a bit", ASK),
    ("W", "must_ask", "en", SI, "can you postpone my Shannon reminder", ASK),
    ("W", "reminder_change", "zh", ZJ, "大冶那个提醒往后挪一天", store({"reminder_changes": [change("大冶铜都矿山机械有限公司", "2029-05-07T09:00", "move", "2029-05-08T09:00")]})),
    # S: separate news, not added.
    ("S", "log", "en", MA, ["twin ports marine supply now 36k", "called tammy, no answer"], store({"deals": [{"customer": "Twin Ports Marine Supply", "amount": 36000}], "activities": [{"customer": "Cedar Rapids Millwork LLC", "kind": "call", "contact": ["Tammy Voss"]}]})),
    ("S", "deal_update", "en", SI, ["Tralee Bay Seafoods up to €35k", "long day, heading home"], deal("Tralee Bay Seafoods", amount=35000, currency="EUR")),
    ("S", "deal_update", "zh", SL, ["嘉善金穗金额改成20万", "今天好累，先下班了"], deal("嘉善金穗木业有限公司", amount=200000)),
    ("S", "log", "zh", ZJ, ["黄冈大别山进谈判了", "下午给柯志华打了个电话"], store({"deals": [{"customer": "黄冈大别山旅游有限公司", "stage": "negotiation"}], "activities": [{"customer": "大冶铜都矿山机械有限公司", "kind": "call", "contact": ["柯志华"]}]})),
]


def main() -> None:
    messages = []
    counters: dict[str, int] = {}
    for family, klass, lang, user, text, expect in ROWS:
        counters[family] = counters.get(family, 0) + 1
        said = {"texts": text} if isinstance(text, list) else {"text": text}
        messages.append({"id": f"{family}{counters[family]:02d}", "lang": lang, "class": klass, "user": user, **said,
                         "expect": expect})  # fmt: skip
    out = Path(__file__).with_name("changes_s27.json")
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
