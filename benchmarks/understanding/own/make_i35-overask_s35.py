# ruff: noqa: E501  (one labelled message per line)
"""Clear news asked about or missed (lane i35-overask, session 35), written before any change, in our own words (not
focus R's read messages), in two worlds: set 13's (Wed 2029-09-26 15:10 in each user's zone; focus R's world) →
`i35-overask_s35.json`, and set 8's (Thu 2027-09-30 16:40; focus O's world) → `i35-overask_s35_w8.json`.

M. (deal_update) an amount in words or with "mil" whose figure is not read: "forty-five grand" before a name's
   possessive or a preposition ("after X's review"), "1.2 mil". Chinese counterparts (a figure changed beside what
   was added) are controls. Twins (MA…, must_ask): the same figure hedged ("might go to", "could be … if").
B. (win / deal_update) a bare number in the unit of the deal's amount after an outcome or an agreement: "signed at
   75" (the deal is 75k: the win, the same amount), "agreed with X at 90, not 95" (the 95 it replaces is the deal's
   95k: 90k). Twins (BA…, must_ask): the number hedged, or two numbers offered.
C. (deal_update) an amount changed with its currency said beside it, the currency being the reason ("改成人民币…，
   要求人民币结算", "那就报…人民币吧", "wants to pay in pounds, make it 33k GBP"): amount and currency. Twins (CA…,
   must_ask): both currencies still open ("美金人民币都行，报…" with no currency chosen), or a hedge.
L. (lose) a loss said as not having got it ("確定沒拿到", "这单没拿下", "didn't get it"), with who was chosen.
   Twins (LA…, must_ask): "可能拿不到了", "might not get it".
T. (two_customers) two visits of one day joined by the parts of the day, with one wish said of both ("早上去A，下午去
   B，兩邊都要報價"): a visit at each.

    python benchmarks/understanding/own/make_i35-overask_s35.py
    B=$PWD/benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/i35-overask_s35.json --customers $B/focus-r/customers.csv \
        --setup $B/focus-r/setup.txt --harness $B/focus-r
    .venv/bin/python $B/quick.py --file $B/own/i35-overask_s35_w8.json --customers $B/focus-o/customers.csv \
        --setup $B/focus-o/setup.txt --harness $B/focus-o
"""

from __future__ import annotations

import json
from pathlib import Path

SH, FE, LA, YW, JF = "Shermaine", "Fergus", "Landon", "許雅雯", "邓俊峰"  # set 13
PS, OL, HM, ZT = "Priya", "Oliver", "黄敏", "周涛"  # set 8
ASK = {"outcome": "ask"}
ANY = ["call", "visit", "meeting", "message", "email", "note"]


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def with_note(deal: dict, customer: str, contact: str | None) -> dict:
    """The deal's change; a note with the contact beside it is allowed, not required."""
    if contact is None:
        return store({"deals": [deal]})
    act = {"customer": customer, "kind": ANY, "contact": [contact, None]}
    return store({"deals": [deal], "activities": [act]}, alt_changes=[{"deals": [deal]}])


def amount(customer: str, value: str, contact: str | None = None, currency: str | None = None) -> dict:
    deal = {"customer": customer, "amount": value} | ({"currency": currency} if currency else {})
    return with_note(deal, customer, contact)


def won(customer: str, contact: str | None = None) -> dict:
    return with_note({"customer": customer, "stage": "won"}, customer, contact)


def lost(customer: str, contact: str | None = None) -> dict:
    return with_note({"customer": customer, "stage": "lost"}, customer, contact)


def visits(*pairs: tuple[str, str]) -> dict:
    return store({"activities": [{"customer": c, "kind": ["visit", "meeting"], "contact": [p, None]} for c, p in pairs]})


# fmt: off
W13 = [
    ("M", "deal_update", "en", FE, "hull docks revised to fifty-two grand after kieran's site survey", amount("Hull Docks Refrigeration", "52000", "Kieran Swales")),
    ("M", "deal_update", "en", LA, "san diego biotherm up to sixty grand after kristen's budget review", amount("San Diego Biotherm Labs", "60000", "Dr Kristen Ahn")),
    ("M", "deal_update", "en", SH, "sembawang shipcare now seventy-one grand following rajesh's spec change", amount("Sembawang Shipcare Pte Ltd", "71000", "Rajesh Nair")),
    ("M", "deal_update", "en", SH, "tuas pioneer steel revised up to 1.2 mil, vincent added the second mill", amount("Tuas Pioneer Steel Pte Ltd", "1200000", "Vincent Seah")),
    ("M", "deal_update", "en", FE, "aberdeen subsea now 1.4 mil with the extra cable run", amount("Aberdeen Subsea Cables Ltd", "1400000")),
    ("M", "deal_update", "zh", JF, "龙华智造改到五十五万，邱厂长那边加了两条线", amount("深圳龙华智造科技有限公司", "550000", "邱振宇")),
    ("M", "deal_update", "zh", YW, "高雄港灣冷鏈調到一百八十萬，蔡協理多加了兩個倉", amount("高雄港灣冷鏈物流股份有限公司", "1800000", "蔡明勳")),
    ("MA", "must_ask", "en", FE, "hull docks might go to fifty-two grand after kieran's survey, not confirmed", ASK),
    ("MA", "must_ask", "en", SH, "tuas pioneer steel could be 1.2 mil if vincent adds the second mill", ASK),
    ("MA", "must_ask", "zh", JF, "龙华智造可能改到五十五万，要看邱厂长那边", ASK),
    ("B", "win", "en", LA, "bakersfield oilfield signed at 110", won("Bakersfield Oilfield Rentals Inc")),
    ("B", "win", "en", FE, "harrogate spa waters signed at 72 this morning", won("Harrogate Spa Waters Ltd")),
    ("B", "deal_update", "en", FE, "Sheffield Forge: settled with Stuart at 80, not 88", amount("Sheffield Forge Tools Ltd", "80000", "Stuart Bramall")),
    ("B", "deal_update", "en", SH, "seletar aero: agreed with derek at 90 instead of 95", amount("Seletar Aero Spares Pte Ltd", "90000", "Derek Sim")),
    ("B", "win", "zh", JF, "南山云图按68签了", won("深圳南山云图科技有限公司")),
    ("BA", "must_ask", "en", SH, "seletar aero: derek says maybe 90, not 95", ASK),
    ("BA", "must_ask", "en", FE, "Sheffield Forge: Stuart wants 80 or 84, still talking", ASK),
    ("C", "deal_update", "zh", JF, "香港泰和改成人民币二十万，陈家乐要求人民币付款", amount("香港泰和进出口有限公司", "200000", "陈家乐", "CNY")),
    ("C", "deal_update", "zh", JF, "汕头澄海玩具蔡老板说两种币都行，那就按人民币报五十万吧", amount("汕头澄海玩具有限公司", "500000", "蔡少鹏", "CNY")),
    ("C", "deal_update", "zh", YW, "基隆海洋電子改成台幣一百八十萬，簡經理說要用台幣付款", amount("基隆海洋電子股份有限公司", "1800000", "簡國良", "TWD")),
    ("C", "deal_update", "en", SH, "johor palm logistics: ahmad wants to pay in sing dollars, so make it 80k SGD", amount("Johor Palm Logistics Sdn Bhd", "80000", "Ahmad Faizal", "SGD")),
    ("C", "deal_update", "en", FE, "Utrecht Fietsfabriek: Joris wants it in pounds, revised to 33k GBP", amount("Utrecht Fietsfabriek BV", "33000", "Joris van Dijk", "GBP")),
    ("CA", "must_ask", "zh", JF, "汕头澄海玩具蔡老板说美金人民币都可以，报五十万", ASK),
    ("CA", "must_ask", "en", SH, "johor palm: ahmad might pay in SGD or USD, 80k", ASK),
    ("L", "lose", "zh", YW, "彰化鴻昇五金確定沒拿到，林老闆說他們找了本地廠商", lost("彰化鴻昇五金行", "林志遠")),
    ("L", "lose", "zh", JF, "佛山南海铝材这单没拿下，冯总选了国产的", lost("佛山南海铝材有限公司", "冯国栋")),
    ("L", "lose", "zh", JF, "宝安云图最后没拿到，韩雪梅说他们选了另一家", lost("深圳宝安云图包装有限公司", "韩雪梅")),
    ("L", "lose", "en", LA, "didn't get tahoe alpine lodges in the end, brooke went with a local vendor", lost("Tahoe Alpine Lodges", "Brooke Ellison")),
    ("LA", "must_ask", "zh", JF, "南海铝材可能拿不到了，冯总还在比价", ASK),
    ("LA", "must_ask", "en", LA, "might not get tahoe alpine lodges, brooke is looking at a local vendor", ASK),
    ("T", "two_customers", "zh", YW, "上午去三重鼎新，下午去台北晶采，兩邊都要估價單", visits(("三重鼎新模具有限公司", "李宗諺"), ("台北晶采牙醫診所", "蘇雅惠"))),
    ("T", "two_customers", "zh", JF, "早上去了梅州客都酒业，下午去了肇庆鼎湖山泉，两家都要方案", visits(("梅州客都酒业有限公司", "丘伟东"), ("肇庆鼎湖山泉饮品有限公司", "梅少华"))),
]

W8 = [
    ("M", "deal_update", "en", PS, "merlion fresh revised to thirty-one grand after goh's tasting session", amount("Merlion Fresh Foods Pte Ltd", "31000", "Goh Chee Keong")),
    ("M", "deal_update", "en", OL, "Moorland Water now 1.2 mil after Elaine's board added the second reservoir", amount("Moorland Water Services", "1200000", "Elaine Boothroyd")),
    ("M", "deal_update", "zh", ZT, "燕华环保改到四十万，刘总那边加了两套设备", amount("北京燕华环保科技有限公司", "400000", "刘洪涛")),
    ("MA", "must_ask", "en", OL, "moorland water could hit 1.2 mil if elaine's board adds the reservoir", ASK),
    ("B", "win", "en", PS, "lion gate logistics signed at 85", won("Lion Gate Logistics Pte Ltd")),
    ("B", "deal_update", "en", OL, "Hofstede: agreed with Pieter at 50, not 54", amount("Hofstede Techniek B.V.", "50000", "Pieter Hofstede")),
    ("B", "win", "zh", HM, "创维达电子按85签了", won("深圳创维达电子有限公司")),
    ("BA", "must_ask", "en", OL, "Hofstede: Pieter says maybe 50, not 54", ASK),
    ("C", "deal_update", "zh", HM, "香港嘉华改成人民币四十万，梁志恒要求人民币结算", amount("香港嘉华贸易有限公司", "400000", "梁志恒", "CNY")),
    ("C", "deal_update", "zh", ZT, "维亚国际物流Frank说都行，那就报六十万人民币吧", amount("北京维亚国际物流有限公司", "600000", "Frank Li", "CNY")),
    ("C", "deal_update", "en", PS, "Penang Heritage: Lim wants to pay in SGD now, make it 62k SGD", amount("Penang Heritage Hotels Sdn Bhd", "62000", "Lim Chee Wah", "SGD")),
    ("CA", "must_ask", "zh", ZT, "维亚国际物流Frank说美金人民币都行，大概六十万", ASK),
    ("L", "lose", "zh", HM, "宏泰电池这单没拿下，孙浩说选了日本的", lost("深圳宏泰电池有限公司", "孙浩")),
    ("L", "lose", "zh", ZT, "青岛海纳确定没拿到，孙浩然说他们找了老供应商", lost("青岛海纳家电有限公司", "孙浩然")),
    ("LA", "must_ask", "zh", HM, "宏泰电池可能拿不到了，孙浩还在犹豫", ASK),
    ("T", "two_customers", "zh", HM, "早上去美佳化妆品，下午去南海铝业，两边都要报价", visits(("广州美佳化妆品有限公司", "林婷"), ("佛山南海铝业有限公司", "冯伟"))),
]
# fmt: on


def build(rows: list[tuple], prefix: str) -> list[dict]:
    out, seen = [], {}
    for fam, cls, lang, user, text, expect in rows:
        seen[fam] = seen.get(fam, 0) + 1
        out.append(
            {
                "id": f"{prefix}{fam}{seen[fam]:02d}",
                "class": cls,
                "lang": lang,
                "user": user,
                **({"texts": text} if isinstance(text, list) else {"text": text}),
                "expect": expect,
                "cause": fam,
            }
        )
    return out


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    for rows, name, prefix in ((W13, "i35-overask_s35.json", "w13"), (W8, "i35-overask_s35_w8.json", "w8")):
        (here / name).write_text(json.dumps({"messages": build(rows, prefix)}, ensure_ascii=False, indent=1) + "\n")
