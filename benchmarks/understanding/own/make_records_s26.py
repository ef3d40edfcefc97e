# ruff: noqa: E501  (one labelled message per line)
"""i26-records' own messages (session 26), written before the changes, one family per mechanism. Our own words,
not focus I's; set 12's world (Thursday 2029-04-26 10:20; yesterday 04-25), other customers and contacts than the
read half's failing messages. Each family has its "doubt" twins and the same news said plainly (store).

- agreed (store): a price agreed / a part signed off is the amount only, no win ("单价定了", "signed off on the extra
  bins", "price is fixed at"); twins where the deal itself is settled stay wins.
- percent (store): a discount asked for is no amount ("they want 8% off", "要打九五折"); twins where it is given
  change the amount.
- outcome (store): a win / loss said in other words ("purchase order landed", "订单今天收到了", "a rival outfit took
  the business", "选了本地厂家", "被本地厂抢了"); twins with the doubt kept (still waiting, 还没下来, 可能会选).
- two (store): two customers, a clause naming only a contact goes to that contact's customer; a condition told by
  them ("降到十一万就下单", "they'll sign if we get to 48k") changes nothing.
- contact (store): a pasted signature with a title before the name, a successor with a phone said in Chinese
  numerals (幺 too), a Chinese name with an English one beside it.
- close / currency (store): a close moved with their reason ("PO after their budget review") logs no meeting; a new
  deal in euros / pounds / dollars said in Chinese.

    python benchmarks/understanding/own/make_records_s26.py  # writes own/records_s26.json
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/records_s26.json \
        --customers benchmarks/understanding/focus-i/customers.csv --setup benchmarks/understanding/focus-i/setup.txt \
        --harness benchmarks/understanding/focus-i
"""

from __future__ import annotations

import json
from pathlib import Path

K, S, H, Z, M, N = "Kenji", "孙丽", "何志明", "周建国", "Marcus", "Sinead"
ASK = {"outcome": "ask"}
VISIT = ["visit", "meeting"]
MEET = ["meeting", "visit"]
Y = "2029-04-25"


def store(changes: dict, also_ask: bool = False, alt: list | None = None) -> dict:
    out: dict = {"outcome": "store", "changes": changes}
    if also_ask:
        out["also_ok"] = "ask"
    if alt:
        out["alt_changes"] = alt
    return out


def ask(also_nothing: bool = False) -> dict:
    return {"outcome": "ask", "also_ok": "nothing"} if also_nothing else dict(ASK)


def act(customer: str, kind, contact=None, **more) -> dict:  # type: ignore[no-untyped-def]
    return {"customer": customer, "kind": kind, "contact": contact, **more}


def won(customer: str, **more) -> dict:
    return {"customer": customer, "stage": "won", **more}


def lost(customer: str, reason: str | None = None) -> dict:
    out = {"customer": customer, "stage": "lost"}
    if reason:
        out["lost_reason_contains"] = reason
    return out


def amount(customer: str, value: str, currency: str) -> dict:
    return {"customer": customer, "amount": value, "currency": currency}


def new_deal(customer: str, value: str, currency: str) -> dict:
    return {"customer": customer, "new": True, "amount": value, "currency": currency}


ROWS = [
    # --- agreed: a price agreed or a part signed off is the amount, not a win ---
    (
        "a01",
        "agreed",
        "en",
        M,
        "hawkeye price agreed, dave signed off on the extra bins. deal now 41k",
        store({"deals": [amount("Hawkeye Ag Supply", "41000", "USD")]}),
    ),
    (
        "a02",
        "agreed",
        "en",
        N,
        "Tralee Bay: Maeve signed off on the second freezer line, €36k all in",
        store(
            {"deals": [amount("Tralee Bay Seafoods", "36000", "EUR")]},
            alt=[{"deals": [new_deal("Tralee Bay Seafoods", "36000", "EUR")]}],
        ),
    ),  # "second …": an add-on read is fair too (label widened after the first run)
    (
        "a03",
        "agreed",
        "en",
        K,
        "Setouchi Marin price is fixed at 3.4 million yen",
        store({"deals": [amount("Setouchi Marin Supply KK", "3400000", "JPY")]}),
    ),
    (
        "a04",
        "agreed",
        "zh",
        S,
        "嘉善金穗的价格谈定了，十九万",
        store({"deals": [amount("嘉善金穗木业有限公司", "190000", "CNY")]}),
    ),
    (
        "a05",
        "agreed",
        "zh",
        Z,
        "醴陵华彩文经理说单价定了，总价十五万二",
        store({"deals": [amount("醴陵华彩陶瓷有限公司", "152000", "CNY")]}),
    ),
    (
        "a06",
        "agreed",
        "zh",
        H,
        "觀塘恒發李主任話價錢傾掂咗，八萬八",
        store({"deals": [amount("觀塘恒發五金有限公司", "88000", "HKD")]}),
    ),
    (
        "a07",
        "agreed",
        "zh",
        Z,
        "当阳玉泉雷总说价钱就这么定了，十九万",
        store({"deals": [amount("当阳玉泉酒业有限公司", "190000", "CNY")]}),
    ),
    (
        "a08",
        "agreed",
        "mx",
        S,
        "温岭东方 price 定了 二十三万",
        store({"deals": [amount("温岭东方泵业有限公司", "230000", "CNY")]}),
    ),
    (
        "a09",
        "agreed_won",
        "en",
        M,
        "hawkeye signed off on the deal, 41k",
        store({"deals": [won("Hawkeye Ag Supply", amount="41000")]}),
    ),
    (
        "a10",
        "agreed_won",
        "zh",
        S,
        "嘉善金穗的合同定了，十九万",
        store({"deals": [won("嘉善金穗木业有限公司", amount="190000")]}),
    ),
    (
        "a11",
        "agreed_won",
        "zh",
        Z,
        "醴陵华彩定了，十五万二",
        store({"deals": [won("醴陵华彩陶瓷有限公司", amount="152000")]}),
    ),
    (
        "a12",
        "agreed_won",
        "en",
        K,
        "Setouchi Marin order is fixed, 3.4 million yen",
        store({"deals": [won("Setouchi Marin Supply KK", amount="3400000")]}),
    ),
    # --- percent: a discount asked for is no amount ---
    (
        "p01",
        "percent",
        "en",
        M,
        "call w/ dave at prairie forge - they want 8% off the retrofit",
        store({"activities": [act("Prairie Forge Metals Inc", "call", "Dave Kowalski")]}),
    ),
    (
        "p02",
        "percent",
        "en",
        N,
        "Met Gerry at Dundalk Cold Stores, he's asking 12% discount",
        store({"activities": [act("Dundalk Cold Stores", MEET, "Gerry Moran")]}),
    ),
    (
        "p03",
        "percent",
        "en",
        K,
        "Tanaka-san call, Hiroshima Auto Parts request 5% discount",
        store({"activities": [act("Hiroshima Auto Parts Kogyo KK", "call", "Tanaka Hiroshi")]}),
    ),
    (
        "p04",
        "percent",
        "zh",
        S,
        "江阴宏远吴主任来电话，要打九五折",
        store({"activities": [act("江阴宏远金属制品有限公司", "call", "吴晓敏")]}, True),
    ),
    (
        "p05",
        "percent",
        "zh",
        Z,
        "拜访了天门鑫达胡经理，对方希望再给5%的折扣",
        store({"activities": [act("天门鑫达塑业有限公司", VISIT, "胡春梅")]}),
    ),
    (
        "p06",
        "percent",
        "zh",
        H,
        "九龍灣雲端何小姐打嚟，想要九折",
        store({"activities": [act("九龍灣雲端科技有限公司", "call", "何嘉欣")]}),
    ),
    (
        "p07",
        "percent",
        "en",
        N,
        "Rang Niamh at Wicklow, they need 10% off to get it past finance",
        store({"activities": [act("Wicklow Mountain Water Ltd", "call", "Niamh Doyle")]}),
    ),
    (
        "p08",
        "percent",
        "en",
        M,
        "omaha stockyards call, wade is demanding 15 percent off",
        store({"activities": [act("Omaha Stockyards Logistics", "call", "Wade Pickett")]}),
    ),
    (
        "p09",
        "percent_given",
        "en",
        N,
        "Dundalk Cold Stores: gave Gerry 10% off, deal now €54k",
        store({"deals": [amount("Dundalk Cold Stores", "54000", "EUR")]}),
    ),
    (
        "p10",
        "percent_given",
        "zh",
        S,
        "如皋长寿最后打了九折",
        store({"deals": [amount("如皋长寿食品有限公司", "59400", "CNY")]}),
    ),
    (
        "p11",
        "percent_given",
        "en",
        K,
        "Hiroshima Auto Parts: we agreed 4% discount",
        store({"deals": [amount("Hiroshima Auto Parts Kogyo KK", "7200000", "JPY")]}, True),
    ),
    # --- outcome: a win or loss in other words; twins with the doubt kept ---
    (
        "o01",
        "outcome",
        "en",
        M,
        "Hawkeye Ag - purchase order landed this morning, we're in 🎉",
        store({"deals": [won("Hawkeye Ag Supply")]}),
    ),
    (
        "o02",
        "outcome",
        "en",
        N,
        "Wicklow Mountain Water: their order came through today",
        store({"deals": [won("Wicklow Mountain Water Ltd")]}),
    ),
    (
        "o03",
        "outcome",
        "en",
        K,
        "Okinawa Blue Resort purchase order received today, 40,000 USD",
        store({"deals": [won("Okinawa Blue Resort KK")]}),
    ),
    (
        "o04",
        "outcome",
        "en",
        M,
        "cedar rapids said ok - order is in",
        store({"deals": [won("Cedar Rapids Millwork LLC")]}),
    ),
    (
        "o05",
        "outcome",
        "zh",
        S,
        "慈溪明珠的采购订单今天下来了",
        store({"deals": [won("慈溪明珠电器有限公司")]}),
    ),
    (
        "o06",
        "outcome",
        "zh",
        Z,
        "黄冈大别山的订单今天收到了，十五万",
        store({"deals": [won("黄冈大别山旅游有限公司")]}),
    ),
    ("o07", "outcome", "zh", H, "觀塘恒發張訂單今朝收到咗", store({"deals": [won("觀塘恒發五金有限公司")]})),
    (
        "o08",
        "outcome",
        "en",
        M,
        "green bay fire - another outfit won the bid",
        store({"deals": [lost("Green Bay Fire Protection")]}),
    ),
    (
        "o09",
        "outcome",
        "en",
        N,
        "Sligo Harbour Hotel gave the contract to a local firm",
        store({"deals": [lost("Sligo Harbour Hotel")]}),
    ),
    (
        "o10",
        "outcome",
        "en",
        K,
        "Tomoe Shokuhin - competitor won the contract, sad",
        store({"deals": [lost("Tomoe Shokuhin KK")]}),
    ),
    ("o11", "outcome", "zh", Z, "醴陵华彩最后选了本地厂家", store({"deals": [lost("醴陵华彩陶瓷有限公司")]})),
    (
        "o12",
        "outcome",
        "zh",
        S,
        "如皋长寿用了一家更便宜的供应商",
        store({"deals": [lost("如皋长寿食品有限公司")]}),
    ),
    (
        "o13",
        "outcome",
        "zh",
        H,
        "九龍灣雲端冇咗，揀咗平啲嘅供應商",
        store({"deals": [lost("九龍灣雲端科技有限公司")]}),
    ),
    (
        "o14",
        "outcome",
        "zh",
        Z,
        "天门鑫达的单子被本地厂抢了",
        store({"deals": [lost("天门鑫达塑业有限公司")]}),
    ),
    (
        "o15",
        "outcome",
        "en",
        M,
        "omaha stockyards - a rival outfit took the business",
        store({"deals": [lost("Omaha Stockyards Logistics")]}),
    ),
    (
        "o16",
        "outcome_doubt",
        "en",
        M,
        "hawkeye - still waiting for the PO to come through",
        store({"activities": [act("Hawkeye Ag Supply", "note")]}, True),
    ),
    (
        "o17",
        "outcome_doubt",
        "zh",
        S,
        "慈溪明珠的订单还没下来",
        store({"activities": [act("慈溪明珠电器有限公司", "note")]}, True),
    ),
    ("o18", "outcome_doubt", "zh", Z, "醴陵华彩可能会选本地厂家", ask(True)),
    # --- two customers: a clause naming only a contact is its customer's; a condition changes nothing ---
    (
        "t01",
        "two",
        "zh",
        S,
        "今天去了嘉善金穗和温岭东方，林总那边报价改成二十一万，朱总说再考虑",
        store(
            {
                "activities": [
                    act("嘉善金穗木业有限公司", VISIT, [None, "朱晓明"]),
                    act("温岭东方泵业有限公司", VISIT, [None, "林国强"]),
                ],
                "deals": [amount("温岭东方泵业有限公司", "210000", "CNY")],
            }
        ),
    ),
    (
        "t02",
        "two",
        "zh",
        Z,
        "昨天跑了当阳玉泉和醴陵华彩，文经理那边价格降到十三万，雷总还在考虑",
        store(
            {
                "activities": [
                    act("当阳玉泉酒业有限公司", VISIT, [None, "雷鸣"], occurred=Y),
                    act("醴陵华彩陶瓷有限公司", VISIT, [None, "文静"], occurred=Y),
                ],
                "deals": [amount("醴陵华彩陶瓷有限公司", "130000", "CNY")],
            }
        ),
    ),
    (
        "t03",
        "two",
        "en",
        M,
        "visited cedar rapids and hawkeye today - tammy wants the 45k option, dave still thinking",
        store(
            {
                "activities": [
                    act("Cedar Rapids Millwork LLC", VISIT, [None, "Tammy Voss"]),
                    act("Hawkeye Ag Supply", VISIT, [None, "Dave Lindqvist"]),
                ],
                "deals": [amount("Cedar Rapids Millwork LLC", "45000", "USD")],
            },
            True,
        ),
    ),
    (
        "t04",
        "two",
        "en",
        N,
        "Called Sligo Harbour Hotel and Ennis Dairy. Declan wants to think, Seán agreed 48k",
        store(
            {
                "activities": [
                    act("Sligo Harbour Hotel", "call", [None, "Declan Hart"]),
                    act("Ennis Dairy Co-operative", "call", [None, "Seán Considine"]),
                ],
                "deals": [amount("Ennis Dairy Co-operative", "48000", "EUR")],
            }
        ),
    ),
    (
        "t05",
        "two_condition",
        "zh",
        Z,
        "天门鑫达和仙桃鑫达都来电话了 天门的胡经理说价格降到十一万就下单",
        store(
            {
                "activities": [
                    act("天门鑫达塑业有限公司", "call", "胡春梅"),
                    act("仙桃鑫达无纺布有限公司", "call", [None, "彭卫东"]),
                ]
            }
        ),
    ),
    (
        "t06",
        "two_condition",
        "en",
        M,
        "called omaha and twin ports, wade says they'll sign if we get to 48k",
        store(
            {
                "activities": [
                    act("Omaha Stockyards Logistics", "call", "Wade Pickett"),
                    act("Twin Ports Marine Supply", "call", [None, "Erik Halvorsen"]),
                ]
            }
        ),
    ),
    (
        "t07",
        "condition",
        "zh",
        S,
        "嘉善金穗朱总说如果能降到十七万就签",
        store({"activities": [act("嘉善金穗木业有限公司", "note", "朱晓明")]}, True),
    ),
    (
        "t08",
        "condition",
        "zh",
        H,
        "沙田明德區校監話減到五萬就落單",
        store({"activities": [act("沙田明德教育中心", "note", "區志偉")]}, True),
    ),
    (
        "t09",
        "condition_removed",
        "zh",
        H,
        "沙田明德區校監話減到五萬，已經落咗單",
        store({"deals": [won("沙田明德教育中心", amount="50000")]}),
    ),
    (
        "t10",
        "two_contacts",
        "mx",
        S,
        "今天 call 了 朱晓明 和 冒建军, 嘉善金穗 进 negotiation, 如皋长寿 还在 proposal",
        store(
            {
                "activities": [
                    act("嘉善金穗木业有限公司", "call", "朱晓明"),
                    act("如皋长寿食品有限公司", "call", "冒建军"),
                ],
                "deals": [{"customer": "嘉善金穗木业有限公司", "stage": "negotiation"}],
            }
        ),
    ),
    (
        "t11",
        "two_contacts",
        "en",
        N,
        "rang Maeve and Declan today - Tralee moving to negotiation, Sligo Harbour still qualified",
        store(
            {
                "activities": [
                    act("Tralee Bay Seafoods", "call", "Maeve Fitzgerald"),
                    act("Sligo Harbour Hotel", "call", "Declan Hart"),
                ],
                "deals": [{"customer": "Tralee Bay Seafoods", "stage": "negotiation"}],
            }
        ),
    ),
    (
        "t12",
        "two_contacts",
        "zh",
        Z,
        "上午给雷鸣和文静都打了电话，玉泉那边进入方案阶段，华彩还在等报价",
        store(
            {
                "activities": [
                    act("当阳玉泉酒业有限公司", "call", "雷鸣"),
                    act("醴陵华彩陶瓷有限公司", "call", "文静"),
                ],
                "deals": [{"customer": "当阳玉泉酒业有限公司", "stage": "proposal"}],
            }
        ),
    ),
    # --- contacts: a pasted signature, a phone said in Chinese numerals, a Chinese name with an English one ---
    (
        "c01",
        "contact",
        "en",
        N,
        "New contact at Galway Bay Software, from his e-mail signature: Mr. Liam Brennan | Head of IT Security | +353 87 555 0133",
        store(
            {
                "contacts": [
                    {
                        "customer": "Galway Bay Software",
                        "name": "Liam Brennan",
                        "title": "Head of IT Security",
                        "phone": "+353 87 555 0133",
                    }
                ]
            }
        ),
    ),
    (
        "c02",
        "contact",
        "en",
        M,
        "eau claire clinics new contact, her sig: Dr. Priya Natarajan | Chief Medical Officer | 715-555-0142",
        store(
            {
                "contacts": [
                    {
                        "customer": "Eau Claire Family Clinics",
                        "name": "Priya Natarajan",
                        "title": "Chief Medical Officer",
                        "phone": "715-555-0142",
                    }
                ]
            }
        ),
    ),
    (
        "c03",
        "contact",
        "en",
        N,
        "Gdańsk Ship Coatings new contact from her signature: Ing. Marta Kowalczyk | Kierownik Zakupów | +48 58 555 0171",
        store(
            {
                "contacts": [
                    {
                        "customer": "Gdańsk Ship Coatings Sp. z o.o.",
                        "name": "Marta Kowalczyk",
                        "title": "Kierownik Zakupów",
                        "phone": "+48 58 555 0171",
                    }
                ]
            }
        ),
    ),
    (
        "c04",
        "contact",
        "zh",
        Z,
        "萍乡安源钟总退休了，以后找设备部的龚磊，手机一三八七一二六五四三二",
        store(
            {
                "contacts": [
                    {"customer": "萍乡安源电瓷有限公司", "name": "钟国梁", "left": True},
                    {"customer": "萍乡安源电瓷有限公司", "name": "龚磊", "phone": "13871265432"},
                ]
            }
        ),
    ),
    (
        "c05",
        "contact",
        "zh",
        S,
        "江阴宏远吴主任调走了，接手的是采购部的邹敏，电话幺五零六八八八七七六六",
        store(
            {
                "contacts": [
                    {"customer": "江阴宏远金属制品有限公司", "name": "吴晓敏", "left": True},
                    {"customer": "江阴宏远金属制品有限公司", "name": "邹敏", "phone": "15068887766"},
                ]
            }
        ),
    ),
    (
        "c06",
        "contact",
        "zh",
        H,
        "將軍澳海濱新聯絡人：工程部經理麥志強 Ken，電話 6123 8899",
        store(
            {
                "contacts": [
                    {
                        "customer": "將軍澳海濱物業管理有限公司",
                        "name": "麥志強",
                        "title": "工程部經理",
                        "phone": "6123 8899",
                    }
                ]
            }
        ),
    ),
    (
        "c07",
        "contact",
        "zh",
        S,
        "平湖晶光新增联系人：品质经理周晓燕 Lily，电话 139 5731 2468",
        store(
            {
                "contacts": [
                    {
                        "customer": "平湖晶光电子有限公司",
                        "name": "周晓燕",
                        "title": "品质经理",
                        "phone": "13957312468",
                    }
                ]
            }
        ),
    ),
    (
        "c08",
        "contact",
        "zh",
        H,
        "屯門嘉利印刷新對接人係 Jacky 陳家俊，生產經理，電話 9345 6789",
        store(
            {
                "contacts": [
                    {
                        "customer": "屯門嘉利印刷有限公司",
                        "name": "陳家俊",
                        "title": "生產經理",
                        "phone": "9345 6789",
                    }
                ]
            }
        ),
    ),
    (
        "c09",
        "contact",
        "zh",
        Z,
        "随州神农的新采购是卢建新，手机一五九二七一三八八零六",
        store(
            {
                "contacts": [
                    {"customer": "随州神农汽车配件有限公司", "name": "卢建新", "phone": "15927138806"}
                ]
            },
            True,
        ),
    ),
    # --- close with their reason; a new deal in another currency said in Chinese ---
    # d01's first label said end of June, the close already on record (a slip of the label, fixed at 06:20 before any
    # change for it: end of July, as its twins d02/d03)
    (
        "d01",
        "close",
        "en",
        M,
        "kalamazoo close pushed to end of july, jen says PO after their budget review",
        store({"deals": [{"customer": "Kalamazoo Pharma Packaging", "close_date": "2029-07-31"}]}, True),
    ),
    (
        "d02",
        "close",
        "en",
        N,
        "Belfast Harbour close moving to end of July, Colm says sign-off after their board meeting",
        store({"deals": [{"customer": "Belfast Harbour Engineering Ltd", "close_date": "2029-07-31"}]}),
    ),
    (
        "d03",
        "close",
        "en",
        K,
        "Nagoya Precision close date moved to end of July, Yamaguchi-san says order after their management meeting",
        store({"deals": [{"customer": "Nagoya Precision Motors Co Ltd", "close_date": "2029-07-31"}]}),
    ),
    (
        "d04",
        "close",
        "zh",
        S,
        "启东海工签约推到七月底，黄总说要等他们董事会开完",
        store({"deals": [{"customer": "启东海工装备有限公司", "close_date": "2029-07-31"}]}),
    ),
    (
        "d05",
        "currency",
        "zh",
        S,
        "余姚明珠新开一个单子，模具，一万二欧",
        store({"deals": [new_deal("余姚明珠塑料制品有限公司", "12000", "EUR")]}),
    ),
    (
        "d06",
        "currency",
        "zh",
        Z,
        "大冶铜都新开个项目，备件，两万美金",
        store({"deals": [new_deal("大冶铜都矿山机械有限公司", "20000", "USD")]}),
    ),
    (
        "d07",
        "currency",
        "zh",
        H,
        "高雄港順新單，倉儲系統，三萬五千歐元",
        store({"deals": [new_deal("高雄港順船務代理有限公司", "35000", "EUR")]}),
    ),
    (
        "d08",
        "currency",
        "zh",
        S,
        "诸暨华翔新开一个单子，三千五百英镑",
        store({"deals": [new_deal("诸暨华翔袜业有限公司", "3500", "GBP")]}),
    ),
    # --- second round, written at 06:20 after the first landing, before any change for it (measured once) ---
    ("b01", "agreed", "en", N, "Wicklow Mountain Water: Niamh okayed the revised price, €22,500", store({"deals": [amount("Wicklow Mountain Water Ltd", "22500", "EUR")]}, True)),
    ("b02", "agreed", "en", M, "cedar valley ortho: Dr Hartung approved the add-on scanner, deal now 29k", store({"deals": [amount("Cedar Valley Orthodontics", "29000", "USD")]}, True)),
    ("b03", "agreed", "zh", Z, "萍乡安源钟总说价格可以，就按二十七万走", store({"deals": [amount("萍乡安源电瓷有限公司", "270000", "CNY")]}, True)),
    ("b04", "agreed", "zh", H, "葵涌恒發陳生話個價OK，三十九萬", store({"deals": [amount("葵涌恒發貨倉有限公司", "390000", "HKD")]}, True)),
    ("b05", "agreed", "zh", S, "乐清正达的报价敲定了，十三万五", store({"deals": [amount("乐清正达电气有限公司", "135000", "CNY")]}, True)),
    ("b06", "agreed_won", "zh", S, "慈溪明珠敲定了，合同今天签的，十五万", store({"deals": [won("慈溪明珠电器有限公司", amount="150000")]})),
    ("b07", "percent", "en", K, "Nakamura-san call, Tomoe Shokuhin hoping for 7% discount", store({"activities": [act("Tomoe Shokuhin KK", "call", "Nakamura Emi")]})),
    ("b08", "percent", "en", N, "Ronan at DLMS pushing for 10 percent off, call this morning", store({"activities": [act("Dún Laoghaire Marine Services", "call", "Ronan Keogh")]})),
    ("b09", "percent", "zh", Z, "咸宁康泰程科长电话里提出要打八五折", store({"activities": [act("咸宁康泰医药有限公司", "call", "程刚")]})),
    ("b10", "percent", "zh", H, "元朗大昌鄧廠長想我哋減一成", store({"activities": [act("元朗大昌食品廠有限公司", "note", "鄧偉明")]}, True)),
    ("b11", "percent_given", "zh", Z, "咸宁康泰的冷链配送给了九折", store({"deals": [{"customer": "咸宁康泰医药有限公司", "amount": "81000", "currency": "CNY"}]}, True)),
    ("b12", "outcome", "en", K, "Okinawa Blue Resort sent PO today, very happy", store({"deals": [won("Okinawa Blue Resort KK")]}, True)),
    ("b13", "outcome", "en", N, "Ennis Dairy: purchase order in hand this morning!", store({"deals": [won("Ennis Dairy Co-operative")]})),
    ("b14", "outcome", "en", M, "rockford gear - PO showed up in my inbox an hour ago", store({"deals": [won("Rockford Gear & Axle")]})),
    ("b15", "outcome", "zh", S, "张家港宏远的采购单今早到了", store({"deals": [won("张家港宏远金属制品有限公司")]})),
    ("b16", "outcome", "zh", Z, "大冶铜都的单子给了一家湖南的厂", store({"deals": [lost("大冶铜都矿山机械有限公司")]}, True)),
    ("b17", "outcome", "en", M, "eau claire clinics picked a regional vendor", store({"deals": [lost("Eau Claire Family Clinics")]}, True)),
    ("b18", "outcome", "en", N, "Galway Bay Software: a competitor undercut us and got the deal", store({"deals": [lost("Galway Bay Software")]})),
    ("b19", "outcome", "zh", H, "九龍灣雲端最後同第二間公司簽咗", store({"deals": [lost("九龍灣雲端科技有限公司")]}, True)),
    ("b20", "outcome_doubt", "en", N, "Ennis Dairy purchase order expected next week", store({"deals": [{"customer": "Ennis Dairy Co-operative", "close_date": ["2029-05-04", "2029-05-03", "2029-05-02", "2029-05-01", "2029-04-30"]}]}, True)),
    ("b21", "two", "zh", H, "今日去咗觀塘恒發同元朗大昌，李主任話要加二十套貨架，報價加到九萬五，鄧廠長冇咩新嘢", store({"activities": [act("觀塘恒發五金有限公司", VISIT, "李家豪"), act("元朗大昌食品廠有限公司", VISIT, "鄧偉明")], "deals": [amount("觀塘恒發五金有限公司", "95000", "HKD")]})),
    ("b22", "two", "en", K, "Visited Tomoe Shokuhin and Shizuoka Ti Rabo. Suzuki-san wants quote at 1.3 million yen, Nakamura-san no change", store({"activities": [act("Tomoe Shokuhin KK", VISIT, "Nakamura Emi"), act("Shizuoka Ti Rabo KK", VISIT, "Suzuki Kenta")], "deals": [amount("Shizuoka Ti Rabo KK", "1300000", "JPY")]}, True)),
    ("b23", "two_contacts", "en", M, "called monica and colleen this am - thunder bay moving to negotiation", store({"activities": [act("Toledo Glassworks Inc", "call", "Monica Ybarra"), act("Thunder Bay Timberworks", "call", "Colleen Makela")], "deals": [{"customer": "Thunder Bay Timberworks", "stage": "negotiation"}]}, True)),
    ("b24", "two_contacts", "zh", Z, "今天分别给邓卫星和刘志勇打了电话，荆门那边进入方案阶段", store({"activities": [act("荆门楚天环保设备有限公司", "call", "邓卫星"), act("荆州楚天环保科技有限公司", "call", "刘志勇")], "deals": [{"customer": "荆门楚天环保设备有限公司", "stage": "proposal"}]}, True)),
    ("b25", "condition", "en", N, "Declan says Sligo Harbour will sign if we come down to 16k", store({"activities": [act("Sligo Harbour Hotel", "note", "Declan Hart")]}, True)),
    ("b26", "condition", "zh", S, "平湖晶光陆总说只要能做到八万美金就下单", store({"activities": [act("平湖晶光电子有限公司", "note", "陆俊")]}, True)),
    ("b27", "contact", "en", M, "signature from the winnipeg email: Ms. Hannah Kowalczuk | Directrice des achats | 204-555-0166", store({"contacts": [{"customer": "Winnipeg Grain Terminals Ltd", "name": "Hannah Kowalczuk", "title": "Directrice des achats", "phone": "204-555-0166"}]}, True)),
    ("b28", "contact", "zh", S, "桐乡锦绣张蕾休产假了，这段时间找生产部的沈佳怡，手机一五七 六八八二 三三一零", store({"contacts": [{"customer": "桐乡锦绣羊毛衫有限公司", "name": "沈佳怡", "phone": "15768823310"}]}, True)),
    ("b29", "contact", "zh", H, "上環永利海味行新增聯絡人：會計主任 Winnie 梁詠欣，電話 5123 9876", store({"contacts": [{"customer": "上環永利海味行", "name": "梁詠欣", "title": "會計主任", "phone": "5123 9876"}]})),
    ("b30", "currency", "zh", Z, "赤壁青砖茶业新开个单子，出口包装，六千五美金", store({"deals": [new_deal("赤壁青砖茶业有限公司", "6500", "USD")]}, True)),
    # --- third round, written at 06:40 after the second landing, before any change for it (measured once) ---
    ("e01", "agreed", "en", M, "kpp: Jen locked in the price at 155k, paperwork still with legal", store({"deals": [amount("Kalamazoo Pharma Packaging", "155000", "USD")]}, True)),
    ("e02", "agreed", "zh", Z, "大冶铜都柯总同意了七十五万这个价", store({"deals": [amount("大冶铜都矿山机械有限公司", "750000", "CNY")]}, True)),
    ("e03", "agreed", "zh", H, "將軍澳海濱停車場系統個價傾好咗，十一萬", store({"deals": [{"customer": "將軍澳海濱物業管理有限公司", "amount": "110000", "currency": "HKD"}]}, True)),
    ("e04", "agreed_won", "en", N, "Sligo Medical signed off on the whole thing, €118k, PO to follow", store({"deals": [won("Sligo Medical Devices Ltd", amount="118000")]}, True)),
    ("e05", "percent", "en", M, "met wade at omaha stockyards, he'd like 5% off for paying upfront", store({"activities": [act("Omaha Stockyards Logistics", MEET, "Wade Pickett")]})),
    ("e06", "percent", "zh", S, "海宁恒泰沈总电话里说MES那个希望能打个九折", store({"activities": [act("海宁恒泰经编有限公司", "call", "沈建华")]})),
    ("e07", "outcome", "en", K, "Fukuoka Semicon - order came through from Ogawa-san this morning", store({"deals": [won("Fukuoka Semicon Testing KK")]})),
    ("e08", "outcome", "zh", Z, "潜江楚源的订单曾总那边今天已经发过来了", store({"deals": [won("潜江楚源化工有限公司")]}, True)),
    ("e09", "outcome", "en", N, "Athlone Credit Union went with a Dublin firm in the end", store({"deals": [lost("Athlone Credit Union")]})),
    ("e10", "outcome", "zh", S, "桐乡锦绣最后找了一家绍兴的工厂做", store({"deals": [lost("桐乡锦绣羊毛衫有限公司")]})),
    ("e11", "outcome", "zh", H, "Kwun Tong Precision 嗰單畀咗一間深圳嘅廠", store({"deals": [lost("Kwun Tong Precision Moulds Ltd")]}, True)),
    ("e12", "outcome", "en", M, "hawkeye: the other bidder won it, they were 10% cheaper", store({"deals": [lost("Hawkeye Ag Supply")]})),
    ("e13", "two", "zh", S, "上午去了余姚明珠和慈溪明珠，徐总那边报价改成十四万，杨经理还要考虑", store({"activities": [act("余姚明珠塑料制品有限公司", VISIT, [None, "杨远帆"]), act("慈溪明珠电器有限公司", VISIT, [None, "徐海峰"])], "deals": [amount("慈溪明珠电器有限公司", "140000", "CNY")]}, True)),
    ("e14", "two", "en", N, "Rang Kilkenny Stone and Letterkenny Textiles. Gráinne wants to talk again, Orla fine", store({"activities": [act("Kilkenny Stone & Slate", "call", [None, "Orla Brennan"]), act("Letterkenny Textiles", "call", [None, "Gráinne McGinley"])], "deals": [{"customer": "Letterkenny Textiles", "status": "open"}]}, True)),
    ("e15", "condition", "zh", Z, "枣阳汉城杜厂长说要是能做到九万就重新合作", store({"activities": [act("枣阳汉城纺织有限公司", "note", "杜娟")]}, True)),
    ("e16", "condition", "en", K, "Tanaka-san says Hiroshima Auto Parts will order if price is 7 million yen", store({"activities": [act("Hiroshima Auto Parts Kogyo KK", "note", "Tanaka Hiroshi")]}, True)),
    ("e17", "contact", "zh", Z, "咸宁康泰程科长调走了，新的信息科科长是庞磊，电话一三五 零七二一 八八九九", store({"contacts": [{"customer": "咸宁康泰医药有限公司", "name": "程刚", "left": True}, {"customer": "咸宁康泰医药有限公司", "name": "庞磊", "title": "信息科科长", "phone": "13507218899"}]}, True)),
    ("e18", "contact", "en", N, "her sig - Kasia Nowak | Specjalista ds. zakupów | Gdańsk Ship Coatings | +48 58 555 0199", store({"contacts": [{"customer": "Gdańsk Ship Coatings Sp. z o.o.", "name": "Kasia Nowak", "title": "Specjalista ds. zakupów", "phone": "+48 58 555 0199"}]}, True)),
    ("e19", "contact", "zh", H, "高雄港順新窗口：業務經理 Kevin 許志明，0912 345 678", store({"contacts": [{"customer": "高雄港順船務代理有限公司", "name": "許志明", "title": "業務經理", "phone": "0912 345 678"}]}, True)),
    ("e20", "currency", "zh", S, "乐清正达又有个新单子，配电柜，九千美金", store({"deals": [new_deal("乐清正达电气有限公司", "9000", "USD")]}, True)),
    # --- written with the change (老 + family name names a contact, telling namesakes apart), at 06:55 ---
    ("f01", "namesake", "zh", S, "宏远老吴那边说设备要加一台，报价改成二十八万", store({"deals": [amount("江阴宏远金属制品有限公司", "280000", "CNY")]})),
    ("f02", "namesake", "zh", S, "明珠老徐那边的单子进谈判了", store({"deals": [{"customer": "慈溪明珠电器有限公司", "stage": "negotiation"}]})),
    ("f03", "namesake", "zh", Z, "楚天老邓那边进入方案阶段了", store({"deals": [{"customer": "荆门楚天环保设备有限公司", "stage": "proposal"}]})),
    ("f04", "namesake", "zh", S, "宏远老陈说合同走到谈判了", store({"deals": [{"customer": "张家港宏远金属制品有限公司", "stage": "negotiation"}]}, True)),
    ("f05", "namesake_ask", "zh", S, "宏远那边的单子进谈判了", ask()),
    ("f06", "namesake_ask", "zh", Z, "楚天那边进入方案阶段了", ask()),
]


def messages(rows: list, prefix: str) -> list[dict]:
    return [
        {"id": f"{prefix}-{i}", "class": family, "lang": lang, "user": user, "text": text, "expect": expect}
        for i, family, lang, user, text, expect in rows
    ]


if __name__ == "__main__":
    out = Path(__file__).parent / "records_s26.json"
    out.write_text(
        json.dumps({"split": "own", "messages": messages(ROWS, "s26-records")}, ensure_ascii=False, indent=1)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(ROWS)} messages → {out}")
