# ruff: noqa: E501  (one labelled message per line)
"""Over-asked notes and numbers, written by i31-notes (session 31) before any change, in our own words (not
focus N read's), in two worlds: set 9's (Fri 2028-01-21 18:20 in each user's zone) → `notes_s31.json`, and
set 10's (Wed 2028-06-28 11:05) → `notes_s31_w10.json`.

N. (not_money) a known contact's news with a figure that counts things or is a rate ("14 physios",
   "foot traffic down 8%", "40吨棉纱", "住房率提高了15%"): a note with them, stored at once.
   Twins (NA…, must_ask): the same shape where the figure may be the deal's ("they'd go 14k", "预算大概15万").
C. (not_money) a rival's price said beside our holding ours ("another supplier offered 13k, we held firm",
   "别家报了40万，我们价格不动"): a note. Twins (CA…, must_ask): we may move ("may have to match", "可能也要降").
F. (not_money) a fact with an identifier and how the contact took it ("order #4410 arrived, shane happy",
   "工单 YF-2028-0113 已解决，蒋总很满意"): a note. Twins (FA…, must_ask): the same plus a change of the
   deal with no value ("wants to double it", "可能再加一期").
U. (not_money) a logged visit/call whose numbers are counted by a noun said before them ("service team is 35
   across 4 dealerships", "crew of 40", "suites 300-340", "员工总数是850", "車隊規模是45"): the log,
   no "Not used". Twins (UA…, must_ask): a bare number that may be the deal's ("the number is 35").
D. (deal_update) a part of today said of what already happened beside a new amount ("rangi sent the
   revised scope this afternoon", "今天下午确认的"): the amount stored, the day used.
   Twins (DA…, must_ask): the day is a reminder asked for with doubt.

    python benchmarks/understanding/own/make_notes_s31.py   # writes notes_s31.json and notes_s31_w10.json
    B=$PWD/benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/notes_s31.json --customers $B/focus-n/customers.csv \
        --setup $B/focus-n/setup.txt --harness $B/focus-n
    .venv/bin/python $B/quick.py --file $B/own/notes_s31_w10.json --customers $B/focus-m/customers.csv \
        --setup $B/focus-m/setup.txt --harness $B/focus-m
"""

from __future__ import annotations

import json
from pathlib import Path

EM, MA, LN, LZ = "Emma", "Marcus", "李娜", "林志明"  # set 9
FE, NA, ZL, CJ = "Felix", "Nadia", "赵磊", "陳嘉欣"  # set 10
ASK = {"outcome": "ask"}
ANY = ["note", "call", "meeting", "visit", "message", "email"]


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def logged(customer: str, contact: str, kinds: list[str] | None = None) -> dict:
    return store({"activities": [{"customer": customer, "kind": kinds or ANY, "contact": contact}]})


def amount(customer: str, value: str, contact: str) -> dict:
    deal = {"deals": [{"customer": customer, "amount": value}]}
    return store(deal, alt_changes=[{**deal, "activities": [{"customer": customer, "kind": ANY, "contact": contact}]}])


# fmt: off
W9 = [
    ("N", "not_money", "en", EM, "bluegum newcastle - liam says they've got 14 physios and 3 front desk staff now", logged("Bluegum Physio Newcastle", "Liam Fitzgerald")),
    ("N", "not_money", "en", MA, "timberline coffee: maya mentioned foot traffic is down 8% since the roadworks", logged("Timberline Coffee Roasters", "Maya Lindqvist")),
    ("N", "not_money", "en", MA, "harjit at fraser valley says they ship 3,000 flats a week in spring", logged("Fraser Valley Greenhouses", "Harjit Sandhu")),
    ("N", "not_money", "en", EM, "redgum bbq - shane reckons they'll move 600 smokers over summer", logged("Redgum BBQ Supplies", "Shane Doherty")),
    ("N", "not_money", "zh", LN, "丰华纺织钱国良说他们一个月要用40吨棉纱", logged("绍兴丰华纺织有限公司", "钱国良")),
    ("N", "not_money", "zh", LN, "华鼎精密周立伟：车间有60台数控机床，两班倒", logged("苏州华鼎精密机械有限公司", "周立伟")),
    ("N", "not_money", "zh", LZ, "海景飯店邱美玲說今年住房率提高了15%", logged("高雄海景飯店股份有限公司", "邱美玲")),
    ("N", "not_money", "zh", LN, "绿源农业韦春燕说大棚扩到了300亩", logged("杭州绿源农业科技有限公司", "韦春燕")),
    ("NA", "must_ask", "en", EM, "bluegum newcastle - liam says they'd go 14k", ASK),
    ("NA", "must_ask", "en", MA, "timberline coffee: maya mentioned the budget might be 8k lower", ASK),
    ("NA", "must_ask", "zh", LN, "丰华纺织钱国良说金额可能要降到20万", ASK),
    ("NA", "must_ask", "zh", LZ, "海景飯店邱美玲說預算大概150萬左右", ASK),
    ("C", "not_money", "en", EM, "coastline surf: brodie says a rival is quoting them 5.5k, told him we're holding our price", logged("Coastline Surf Co", "Brodie Kemp")),
    ("C", "not_money", "en", MA, "laura at beacon hill mentioned the incumbent came in at 7k. we're not budging", logged("Beacon Hill Accounting", "Laura Pritchett")),
    ("C", "not_money", "en", EM, "bondi bay: lucia said another supplier offered 13k, we held firm", logged("Bondi Bay Cafes", "Lucia Romano")),
    ("C", "not_money", "zh", LN, "千岛湖文旅方晓梅说有同行报价32万，我们不跟", logged("杭州千岛湖文旅发展有限公司", "方晓梅")),
    ("C", "not_money", "zh", LN, "绿园家居葛志远说别家报了7万，我们价格不动", logged("湖州绿园家居有限公司", "葛志远")),
    ("C", "not_money", "zh", LZ, "蘭陽酒廠李宗翰說競爭對手一箱報850元，我們維持原價", logged("宜蘭蘭陽酒廠股份有限公司", "李宗翰")),
    ("CA", "must_ask", "en", EM, "bondi bay: lucia said another supplier offered 13k, we may have to match it", ASK),
    ("CA", "must_ask", "en", MA, "laura at beacon hill mentioned the incumbent came in at 7k, she wants us to sharpen our pencil", ASK),
    ("CA", "must_ask", "zh", LN, "绿园家居葛志远说别家报了7万，我们可能也得降一点", ASK),
    ("F", "not_money", "en", EM, "redgum bbq order #4410 arrived, shane happy", logged("Redgum BBQ Supplies", "Shane Doherty")),
    ("F", "not_money", "en", MA, "ticket INC-30217 closed for muskoka resorts, natalie pleased", logged("Muskoka Resorts Group", "Natalie Fournier")),
    ("F", "not_money", "zh", LN, "云帆数据工单 YF-2028-0113 已解决，蒋总很满意", logged("杭州云帆数据服务有限公司", "蒋一鸣")),
    ("F", "not_money", "zh", LZ, "好日子餐飲訂單 #8812 已到貨，簡經理很開心", logged("台北好日子餐飲股份有限公司", "簡嘉玲")),
    ("FA", "must_ask", "en", EM, "redgum bbq order #4410 arrived, shane happy, might double it next time", ASK),
    ("FA", "must_ask", "zh", LN, "云帆数据工单已解决，蒋总很满意，说可能再加一期", ASK),
    ("U", "not_money", "en", MA, "visited kingsway auto, ravi's service team is 35 across 4 dealerships", logged("Kingsway Auto Group", "Ravi Chandran", ["visit", "meeting"])),
    ("U", "not_money", "en", EM, "called shane at redgum, fleet of 6 vans, warehouse bays 210-214", logged("Redgum BBQ Supplies", "Shane Doherty", ["call"])),
    ("U", "not_money", "en", MA, "met colin at rideau pm, portfolio of 48 buildings, suites 300-340 are theirs", logged("Rideau Property Management", "Colin Ashford", ["meeting", "visit"])),
    ("U", "not_money", "en", EM, "rang glenn at murray river, picking crew of 40 this season", logged("Murray River Orchards", "Glenn Sutherland", ["call"])),
    ("U", "not_money", "zh", LN, "拜访了锦程医疗王丽萍，员工总数是850，分布在6个城市", logged("杭州锦程医疗器械有限公司", "王丽萍", ["visit", "meeting"])),
    ("U", "not_money", "zh", LZ, "打電話給港聯黃建華，車隊規模是45，倉庫在3號碼頭", logged("高雄港聯物流股份有限公司", "黃建華", ["call"])),
    ("UA", "must_ask", "en", MA, "visited kingsway auto, ravi says the number is 35", ASK),
    ("UA", "must_ask", "en", EM, "called shane at redgum, he'd do 6 if we throw in install", ASK),
    ("UA", "must_ask", "zh", LN, "拜访了锦程医疗王丽萍，金额大概是850", ASK),
    ("D", "deal_update", "en", EM, "tasman agri now 60k nzd, rangi sent the revised scope this afternoon", amount("Tasman Agri Ltd", "60000", "Rangi Parata")),
    ("D", "deal_update", "en", MA, "okanagan cellars up to 16k, jared added the tasting room licences this morning", amount("Okanagan Cellars", "16000", "Jared Holtz")),
    ("D", "deal_update", "zh", LN, "新禾食品金额改到25万，俞经理今天下午确认的", amount("杭州新禾食品有限公司", "250000", "俞美琴")),
    ("DA", "must_ask", "en", EM, "tasman agri now 60k nzd, maybe remind me this arvo or monday", ASK),
]

W10 = [
    ("N", "not_money", "en", FE, "Elbmarsch: Hauke says they farm 1,200 hectares now, 30% of it organic", logged("Elbmarsch Agrar eG", "Hauke Jensen")),
    ("N", "not_money", "en", NA, "travis at heartland cold mentioned they run 18 reefer trucks out of the west dock", logged("Heartland Cold Storage", "Travis Moeller")),
    ("N", "not_money", "zh", ZL, "金帆灯饰冯德明：一个月出货5000套，用两个仓", logged("中山市金帆灯饰有限公司", "冯德明")),
    ("N", "not_money", "zh", ZL, "蓝海水产吴海说今年产量涨了20%", logged("湛江蓝海水产有限公司", "吴海")),
    ("NA", "must_ask", "en", FE, "Elbmarsch: Hauke says they might go 30 now", ASK),
    ("NA", "must_ask", "zh", ZL, "蓝海水产吴海说金额可能涨20%", ASK),
    ("C", "not_money", "en", NA, "prairie lantern - kyle said a competitor quoted them 15k, we're staying at our number", logged("Prairie Lantern Brewing Co", "Kyle Lindahl")),
    ("C", "not_money", "en", FE, "Isarwerk: Leonie mentioned another agency offered 17k, we're not moving", logged("Isarwerk Studios", "Leonie Bauer")),
    ("C", "not_money", "zh", ZL, "雅居装饰何丽芬说对手报了15万，我们先不降", logged("惠州雅居装饰工程有限公司", "何丽芬")),
    ("CA", "must_ask", "en", NA, "prairie lantern - kyle said a competitor quoted them 15k, we'll probably need to come down", ASK),
    ("CA", "must_ask", "zh", ZL, "雅居装饰何丽芬说对手报了15万，我们可能要跟着降", ASK),
    ("F", "not_money", "en", FE, "Pembury: order no. 5521 delivered, Owen happy with the print quality", logged("Pembury Print Ltd", "Owen Whitby")),
    ("F", "not_money", "zh", ZL, "前海智联工单 QH-0627-03 已处理，林涛满意", logged("深圳市前海智联科技有限公司", "林涛")),
    ("FA", "must_ask", "en", FE, "Pembury: order no. 5521 delivered, Owen happy, might add a second press", ASK),
    ("U", "not_money", "en", NA, "visited riverbend, carla's care staff is 140 across 3 buildings", logged("Riverbend Senior Living", "Carla Dominguez", ["visit", "meeting"])),
    ("U", "not_money", "en", FE, "called Ole at Hafenkante, crew of 26 per ship, berths 12-15 in the Kaiserhafen", logged("Hafenkante Reederei GmbH", "Ole Mertens", ["call"])),
    ("U", "not_money", "zh", ZL, "拜访了侨乡陈皮李国强，仓库面积是3000，工人80个", logged("江门市侨乡陈皮有限公司", "李国强", ["visit", "meeting"])),
    ("UA", "must_ask", "en", NA, "visited riverbend, carla says the figure is 140", ASK),
    ("D", "deal_update", "en", FE, "Weingut Adler now 11k, Clara sent the signed scope this morning", amount("Weingut Adler", "11000", "Clara Adler")),
    ("D", "deal_update", "zh", ZL, "侨乡陈皮金额改到9万，李国强今天上午确认的", amount("江门市侨乡陈皮有限公司", "90000", "李国强")),
    ("DA", "must_ask", "en", FE, "Weingut Adler now 11k, maybe remind me this afternoon or tomorrow", ASK),
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
    write(W9, "notes_s31.json")
    write(W10, "notes_s31_w10.json")


if __name__ == "__main__":
    main()
