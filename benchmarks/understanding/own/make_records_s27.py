# ruff: noqa: E501  (one labelled message per line)
"""i27-records' own messages (session 27), written before the changes, one family per mechanism. Our own words,
not focus J's; set 12's world (Thursday 2029-04-26 10:20; yesterday 04-25), other customers and contacts than the
read half's failing messages. Each family has twins: the same news said plainly, or the doubt kept.

- figure (store): a settling word whose object is a figure ("定咗 21萬", "敲定了二十七万", "settled at €46k") is
  the amount agreed, not a win; twins where the order itself is settled ("落咗單", "签了") stay wins.
- chose (store): "X says they've gone with another supplier" is a loss; X has not left; twins where X has left.
- role (store): "<contact>'s new <role> wants it" is a third person: the contact's title is unchanged.
- which (store): an outcome said of one of a customer's two deals, the other "still on", changes that one.
- sent (store): a quote / tender sent or submitted is the proposal stage ("sent the quotation to", "投了标",
  "入咗標", "报价单发过去了"); twins not sent yet.
- passed (store): "<event> passed" (audit, test, inspection) is no loss; twins where the customer passed.
- then (store): "visited A at X then B at Y": two visits; "昨天上午…下午…": the afternoon is yesterday's too.
- code (store): counts and reference codes ("ticket INC-30412", "型号JG-300", "單號 SW-0088") are no money.
- gloss (store): "(Cologne)" after a customer name glosses it.
- label (store): "<customer> new buyer: Name, title, email, phone" is a contact of that customer.
- call (store): "打咗俾X" / "打了个电话给X" is a call.
- loan (store): a Japanese customer's katakana name said in English ("Kansai Elevator", "Yokohama Chemical").

    python benchmarks/understanding/own/make_records_s27.py  # writes own/records_s27.json
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/records_s27.json \
        --customers benchmarks/understanding/focus-j/customers.csv --setup benchmarks/understanding/focus-j/setup.txt \
        --harness benchmarks/understanding/focus-j
"""

from __future__ import annotations

import json
from pathlib import Path

K, S, H, Z, M, N = "Kenji", "孙丽", "何志明", "周建国", "Marcus", "Sinead"
VISIT = ["visit", "meeting"]
Y = "2029-04-25"


def store(changes: dict, also_ask: bool = False, alt: list | None = None) -> dict:
    out: dict = {"outcome": "store", "changes": changes}
    if also_ask:
        out["also_ok"] = "ask"
    if alt:
        out["alt_changes"] = alt
    return out


def ask(also_nothing: bool = False) -> dict:
    return {"outcome": "ask", "also_ok": "nothing"} if also_nothing else {"outcome": "ask"}


def act(customer: str, kind, contact=None, **more) -> dict:  # type: ignore[no-untyped-def]
    return {"customer": customer, "kind": kind, "contact": contact, **more}


def deal(customer: str, **more) -> dict:  # type: ignore[no-untyped-def]
    return {"customer": customer, **more}


def amount(customer: str, value: str, currency: str, **more) -> dict:  # type: ignore[no-untyped-def]
    return {"customer": customer, "amount": value, "currency": currency, **more}


ROWS = [
    # --- figure: a settling word with a figure as its object is the amount, not a win ---
    ("a01", "figure", "zh", H, "荃灣美景 定咗 21萬", store({"deals": [amount("荃灣美景酒店管理有限公司", "210000", "HKD")]})),
    ("a02", "figure", "zh", H, "Kwun Tong Precision Moulds Alan話定咗15萬", store({"deals": [amount("Kwun Tong Precision Moulds Ltd", "150000", "HKD")]})),
    ("a03", "figure", "zh", Z, "萍乡安源钟总说敲定了二十七万", store({"deals": [amount("萍乡安源电瓷有限公司", "270000", "CNY")]})),
    ("a04", "figure", "zh", S, "溧阳天目湖 最后定了三十二万", store({"deals": [amount("溧阳天目湖旅游开发有限公司", "320000", "CNY")]})),
    ("a05", "figure", "mx", H, "九龍灣雲端 何嘉欣 confirm 咗 12萬", store({"deals": [amount("九龍灣雲端科技有限公司", "120000", "HKD")]})),
    ("a06", "figure", "en", N, "Galway Bay Software – figure settled at €46k", store({"deals": [amount("Galway Bay Software", "46000", "EUR")]})),
    ("a07", "figure", "en", M, "omaha stockyards: wade and I locked in 49.5k", store({"deals": [amount("Omaha Stockyards Logistics", "49500", "USD")]})),
    ("a08", "figure", "zh", Z, "黄冈大别山 童主任那边定了 十四万五", store({"deals": [amount("黄冈大别山旅游有限公司", "145000", "CNY")]})),
    # twins: the deal itself settled
    ("a09", "figure_won", "zh", H, "荃灣美景落咗單，21萬", store({"deals": [deal("荃灣美景酒店管理有限公司", stage="won", amount="210000", currency="HKD")]})),
    ("a10", "figure_won", "zh", S, "溧阳天目湖 签了 三十二万", store({"deals": [deal("溧阳天目湖旅游开发有限公司", stage="won", amount="320000", currency="CNY")]})),
    ("a11", "figure_won", "en", N, "Galway Bay Software signed, €46k", store({"deals": [deal("Galway Bay Software", stage="won", amount="46000", currency="EUR")]})),
    ("a12", "figure_won", "zh", Z, "黄冈大别山的单子定了", store({"deals": [deal("黄冈大别山旅游有限公司", stage="won")]}, True)),
    # --- chose: "X says they've gone with another" is a loss; X stays ---
    ("b01", "chose", "en", N, "Wicklow Mountain Water – Niamh rang, they've gone with another supplier", store({"deals": [deal("Wicklow Mountain Water Ltd", stage="lost")]}, alt=[{"deals": [deal("Wicklow Mountain Water Ltd", stage="lost")], "activities": [act("Wicklow Mountain Water Ltd", "call", ["Niamh Doyle"])]}])),
    ("b02", "chose", "en", M, "omaha stockyards - wade confirmed they went with a competitor", store({"deals": [deal("Omaha Stockyards Logistics", stage="lost")]}, alt=[{"deals": [deal("Omaha Stockyards Logistics", stage="lost")], "activities": [act("Omaha Stockyards Logistics", ["call", "email", "message", "note"], ["Wade Pickett"])]}])),
    ("b03", "chose", "en", M, "twin ports: erik says they've gone w/ someone else, we're done", store({"deals": [deal("Twin Ports Marine Supply", stage="lost")]}, alt=[{"deals": [deal("Twin Ports Marine Supply", stage="lost")], "activities": [act("Twin Ports Marine Supply", ["call", "email", "message", "note"], ["Erik Halvorsen"])]}])),
    ("b04", "chose", "en", K, "Okinawa Blue Resort: Higa-san confirmed they have gone with a local company", store({"deals": [deal("Okinawa Blue Resort KK", stage="lost")]}, alt=[{"deals": [deal("Okinawa Blue Resort KK", stage="lost")], "activities": [act("Okinawa Blue Resort KK", ["call", "email", "message", "note"], ["Higa Makoto"])]}])),
    ("b05", "chose", "zh", Z, "天门鑫达胡经理说他们已经选了别家", store({"deals": [deal("天门鑫达塑业有限公司", stage="lost")]}, alt=[{"deals": [deal("天门鑫达塑业有限公司", stage="lost")], "activities": [act("天门鑫达塑业有限公司", ["call", "email", "message", "note"], ["胡春梅"])]}])),
    # twins: the person has gone
    ("b06", "chose_left", "en", M, "twin ports: erik has gone, he left the company last week", store({"contacts": [{"customer": "Twin Ports Marine Supply", "name": "Erik Halvorsen", "left": True}]}, True)),
    ("b07", "chose_left", "en", N, "Wicklow Mountain Water – Niamh is gone, left in March", store({"contacts": [{"customer": "Wicklow Mountain Water Ltd", "name": "Niamh Doyle", "left": True}]}, True)),
    # --- role: "<contact>'s new <role>" is someone else ---
    ("c01", "role", "en", M, "peoria heights dental back on, dr raman's new office manager wants the system after all", store({"deals": [deal("Peoria Heights Dental", status="open")]})),
    ("c02", "role", "en", M, "Sioux Falls Vet is back in play – Carla's new practice manager likes it", store({"deals": [deal("Sioux Falls Veterinary Hospital", status="open")]})),
    ("c03", "role", "en", N, "Letterkenny Textiles back on, Gráinne's new buyer wants a quote again", store({"deals": [deal("Letterkenny Textiles", status="open")]})),
    ("c04", "role", "en", K, "Sapporo Baio Famu is back, Kato-san's new CFO wants the system", store({"deals": [deal("Sapporo Baio Famu KK", status="open")]})),
    # twin: the contact's own new title
    ("c05", "role_title", "en", N, "Letterkenny Textiles back on, Gráinne is now their head of purchasing", store({"deals": [deal("Letterkenny Textiles", status="open")], "contacts": [{"customer": "Letterkenny Textiles", "name": "Gráinne McGinley", "title": "head of purchasing"}]}, True, alt=[{"deals": [deal("Letterkenny Textiles", status="open")]}])),
    # --- which: one of two deals ---
    ("d01", "which", "zh", S, "海宁恒泰仓储条码那单丢了，MES还在谈", store({"deals": [deal("海宁恒泰经编有限公司", which="仓储条码", stage="lost")]})),
    ("d02", "which", "zh", S, "海宁恒泰MES那单输了 仓储条码还在跟", store({"deals": [deal("海宁恒泰经编有限公司", which="MES", stage="lost")]})),
    ("d03", "which", "en", N, "Shannon Estuary – driver app is lost, scanners still live", store({"deals": [deal("Shannon Estuary Logistics", which="driver app", stage="lost")]})),
    ("d04", "which", "en", M, "prairie forge: tooling service plan lost, press brake still in play", store({"deals": [deal("Prairie Forge Metals Inc", which="tooling service plan", stage="lost")]})),
    ("d05", "which", "zh", H, "將軍澳海濱停車場系統嗰單冇咗，保安系統照傾", store({"deals": [deal("將軍澳海濱物業管理有限公司", which="停車場系統", stage="lost")]})),
    ("d06", "which_ask", "zh", S, "海宁恒泰那单 close date 改到7月31号", ask()),
    ("d07", "which_ask", "en", N, "Shannon Estuary close date is now 31 July", ask()),
    ("d08", "which", "zh", S, "海宁恒泰MES那单 close date 改到7月31号", store({"deals": [deal("海宁恒泰经编有限公司", which="MES", close_date="2029-07-31")]})),
    ("d09", "which", "zh", S, "溧阳天目湖 close date 改到6月30号", store({"deals": [deal("溧阳天目湖旅游开发有限公司", close_date="2029-06-30")]})),
    ("d10", "addon_ask", "zh", Z, "当阳玉泉 加多一条灌装线，十八万", ask()),
    ("d11", "addon_ask", "en", M, "hawkeye wants to add a second yard, another 38k", ask()),
    # --- sent: a quote or tender sent is the proposal stage ---
    ("e01", "sent", "en", M, "Sent the quotation to Green Bay Fire Protection", store({"deals": [deal("Green Bay Fire Protection", stage="proposal")]}, alt=[{"deals": [deal("Green Bay Fire Protection", stage="proposal")], "activities": [act("Green Bay Fire Protection", "email", [None, "Kevin O'Rourke"])]}])),
    ("e02", "sent", "en", M, "quote went out to Café Boréal today", store({"deals": [deal("Café Boréal Montréal", stage="proposal")]}, alt=[{"deals": [deal("Café Boréal Montréal", stage="proposal")], "activities": [act("Café Boréal Montréal", "email", [None, "Élise Tremblay"])]}])),
    ("e03", "sent", "en", N, "Sligo Harbour Hotel – tender submitted this morning", store({"deals": [deal("Sligo Harbour Hotel", stage="proposal")]})),
    ("e04", "sent", "zh", S, "给丹阳视远发了报价单", store({"deals": [deal("丹阳视远眼镜有限公司", stage="proposal")]}, alt=[{"deals": [deal("丹阳视远眼镜有限公司", stage="proposal")], "activities": [act("丹阳视远眼镜有限公司", "email", [None, "贺丽"])]}])),
    ("e05", "sent", "zh", Z, "赤壁青砖 报价已经发过去了", store({"deals": [deal("赤壁青砖茶业有限公司", stage="proposal")]}, alt=[{"deals": [deal("赤壁青砖茶业有限公司", stage="proposal")], "activities": [act("赤壁青砖茶业有限公司", "email", [None, "黎明"])]}])),
    ("e06", "sent", "zh", Z, "荆门楚天 今天投了标", store({"deals": [deal("荆门楚天环保设备有限公司", stage="proposal")]})),
    ("e07", "sent", "en", N, "Quotation sent to Liverpool Quay Cafés", store({"deals": [deal("Liverpool Quay Cafés Ltd", stage="proposal")]}, alt=[{"deals": [deal("Liverpool Quay Cafés Ltd", stage="proposal")], "activities": [act("Liverpool Quay Cafés Ltd", "email", [None, "Jamie Rourke"])]}])),
    ("e08", "sent", "zh", S, "余姚明珠 标书交了", store({"deals": [deal("余姚明珠塑料制品有限公司", stage="proposal")]})),
    ("e09", "sent_not", "en", M, "haven't sent the quote to Green Bay Fire Protection yet", ask(True)),
    ("e10", "sent_not", "zh", S, "丹阳视远的报价还没发", ask(True)),
    # --- passed: an event passed is no loss ---
    ("f01", "passed", "en", M, "KPP validation passed, close moving to end of July", store({"deals": [deal("Kalamazoo Pharma Packaging", close_date="2029-07-31")]})),
    ("f02", "passed", "en", N, "Gdańsk salt spray test passed – close pushed to end of June", store({"deals": [deal("Gdańsk Ship Coatings Sp. z o.o.", close_date="2029-06-30")]})),
    ("f03", "passed", "en", M, "qccs site inspection passed, close moved to end of May", store({"deals": [deal("Quad Cities Cold Storage", close_date="2029-05-31")]})),
    ("f04", "passed_twin", "en", N, "Sligo Harbour Hotel passed, timing not right for them", store({"deals": [deal("Sligo Harbour Hotel", stage="lost")]}, True)),
    # --- then: two interactions in one sentence, one day ---
    ("g01", "then", "en", M, "saw wade at omaha stockyards then erik at twin ports, twin ports wants 35k now", store({"activities": [act("Omaha Stockyards Logistics", VISIT, ["Wade Pickett"]), act("Twin Ports Marine Supply", VISIT, ["Erik Halvorsen"])], "deals": [amount("Twin Ports Marine Supply", "35000", "USD")]})),
    ("g02", "then", "en", N, "called Niamh at Wicklow Mountain and then Eoin at Galway Bay Software", store({"activities": [act("Wicklow Mountain Water Ltd", "call", ["Niamh Doyle"]), act("Galway Bay Software", "call", ["Eoin Walsh"])]})),
    ("g03", "then", "en", M, "met tammy at cedar rapids millwork then monica at toledo glassworks", store({"activities": [act("Cedar Rapids Millwork LLC", VISIT, ["Tammy Voss"]), act("Toledo Glassworks Inc", VISIT, ["Monica Ybarra"])]})),
    ("g04", "day", "zh", Z, "昨天上午去了赤壁青砖，下午见了当阳玉泉雷总", store({"activities": [act("赤壁青砖茶业有限公司", VISIT, [None, "黎明"], occurred=Y), act("当阳玉泉酒业有限公司", VISIT, ["雷鸣"], occurred=Y)]})),
    ("g05", "day", "zh", Z, "前天上午给天门鑫达胡经理打了电话 下午去了恩施硒源", store({"activities": [act("天门鑫达塑业有限公司", "call", ["胡春梅"], occurred="2029-04-24"), act("恩施硒源茶业有限公司", VISIT, [None, "向红梅"], occurred="2029-04-24")]})),
    ("g06", "day", "en", M, "yesterday morning called ray at qccs, in the afternoon visited tammy at cedar rapids millwork", store({"activities": [act("Quad Cities Cold Storage", "call", ["Ray Dominguez"], occurred=Y), act("Cedar Rapids Millwork LLC", VISIT, ["Tammy Voss"], occurred=Y)]})),
    ("g07", "day", "zh", H, "尋日朝早見咗沙田明德區校監，下晝去咗荃灣美景", store({"activities": [act("沙田明德教育中心", VISIT, ["區志偉"], occurred=Y), act("荃灣美景酒店管理有限公司", VISIT, [None, "黃美玲"], occurred=Y)]})),
    ("g08", "day_twin", "zh", Z, "昨天去了赤壁青砖，今天上午见了当阳玉泉雷总", store({"activities": [act("赤壁青砖茶业有限公司", VISIT, [None, "黎明"], occurred=Y), act("当阳玉泉酒业有限公司", VISIT, ["雷鸣"])]})),
    # --- code: counts and reference codes are no money ---
    ("h01", "code", "en", M, "Call with Ray at QCCS: 3 docks, 40 forklifts, case CS-7781 opened", store({"activities": [act("Quad Cities Cold Storage", "call", ["Ray Dominguez"])]})),
    ("h02", "code", "en", M, "visited tammy at cedar rapids millwork, 2 plants, 85 staff, RMA-2209 logged", store({"activities": [act("Cedar Rapids Millwork LLC", VISIT, ["Tammy Voss"])]})),
    ("h03", "code", "zh", S, "马鞍山钢联陶总电话说要300吨，合同编号HT-2029-118", store({"activities": [act("马鞍山钢联物资有限公司", "call", ["陶文"])]})),
    ("h04", "code", "zh", H, "今朝打電話俾馮總，佢要20個貨櫃位，參考編號 QH-5521", store({"activities": [act("深圳前海嘉通供應鏈有限公司", "call", ["馮曉敏"])]})),
    ("h05", "code", "en", K, "Meeting with Tanaka-san at Hiroshima Auto Parts: model HAP-450, 12 units, order no. PO-7712", store({"activities": [act("Hiroshima Auto Parts Kogyo KK", VISIT, ["Tanaka Hiroshi"])]})),
    ("h06", "code", "zh", Z, "和随州神农王部长开了会，型号SN-800，要120件", store({"activities": [act("随州神农汽车配件有限公司", VISIT, ["王建斌"])]})),
    ("h07", "code_twin", "en", N, "Call with Seán at Ennis: 14 sites, deal now €47k", store({"activities": [act("Ennis Dairy Co-operative", "call", ["Seán Considine"])], "deals": [amount("Ennis Dairy Co-operative", "47000", "EUR")]})),
    # --- gloss: a place in brackets after the customer ---
    ("i01", "gloss", "en", N, "Firenze Pelletteria (Florence) – into negotiation, Giulia wants 3% off", store({"deals": [deal("Firenze Pelletteria Srl", stage="negotiation")]})),
    ("i02", "gloss", "en", N, "Galway Bay Software (Galway) now in negotiation", store({"deals": [deal("Galway Bay Software", stage="negotiation")]})),
    ("i03", "gloss", "en", N, "Newry Agri Machinery (Co. Down) – moved to negotiation", store({"deals": [deal("Newry Agri Machinery", stage="negotiation")]})),
    ("i04", "gloss", "zh", S, "溧阳天目湖（常州）进入谈判阶段", store({"deals": [deal("溧阳天目湖旅游开发有限公司", stage="negotiation")]})),
    # --- label: "<customer> new <role>: Name, title, …" ---
    ("j01", "label", "en", M, "twin ports new store manager: Kari Lund, kari.lund@twinports.example.com", store({"contacts": [{"customer": "Twin Ports Marine Supply", "name": "Kari Lund", "email": "kari.lund@twinports.example.com"}]}, True)),
    ("j02", "label", "en", M, "omaha stockyards new contact: Jess Polk, dispatch lead, 402-555-0188", store({"contacts": [{"customer": "Omaha Stockyards Logistics", "name": "Jess Polk", "title": "dispatch lead", "phone": "402-555-0188"}]}, True)),
    ("j03", "label", "en", N, "Wicklow Mountain Water new ops lead: Ciara Byrne, operations, ciara.byrne@wicklowwater.example.com", store({"contacts": [{"customer": "Wicklow Mountain Water Ltd", "name": "Ciara Byrne", "email": "ciara.byrne@wicklowwater.example.com"}]}, True)),
    ("j04", "label", "zh", S, "温岭东方新采购：李明，采购专员，13857612345", store({"contacts": [{"customer": "温岭东方泵业有限公司", "name": "李明", "phone": "13857612345"}]}, True)),
    ("j05", "label", "zh", H, "荃灣美景新聯絡人：陳美華，採購經理，9123 4567", store({"contacts": [{"customer": "荃灣美景酒店管理有限公司", "name": "陳美華", "phone": "9123 4567"}]}, True)),
    # --- call: 打咗俾 / 打了个电话给 ---
    ("k01", "call", "zh", H, "今朝打咗俾區志偉，傾咗報價", store({"activities": [act("沙田明德教育中心", "call", ["區志偉"])]})),
    ("k02", "call", "zh", H, "頭先打咗俾李家豪，問下進度", store({"activities": [act("觀塘恒發五金有限公司", "call", ["李家豪"])]})),
    ("k03", "call", "zh", Z, "上午打了个电话给胡春梅，聊了报价", store({"activities": [act("天门鑫达塑业有限公司", "call", ["胡春梅"])]})),
    ("k04", "call", "zh", H, "琴日打咗畀梁詠詩，傾保安系統", store({"activities": [act("將軍澳海濱物業管理有限公司", "call", ["梁詠詩"], occurred=Y)]})),
    ("k05", "call", "zh", S, "今天打给了史雷，谈了下方案", store({"activities": [act("溧阳天目湖旅游开发有限公司", "call", ["史雷"])]})),
    # --- loan: katakana names said in English ---
    ("l01", "loan", "en", K, "Visited Kansai Elevator Service today, Takahashi-san wants a revised quote", store({"activities": [act("Kansai Erebeta Service KK", VISIT, ["Takahashi Yuki"])]})),
    ("l02", "loan", "en", K, "Yokohama Chemical moved to proposal", store({"deals": [deal("Yokohama Kemikaru KK", stage="proposal")]})),
    ("l03", "loan", "en", K, "Call with Sato-san at Sendai Medical Supply about the price", store({"activities": [act("Sendai Medikaru Supply KK", "call", ["Sato Haruka"])]})),
    ("l04", "loan", "en", K, "Hokuriku Soft Kobo amount now 2 million yen", store({"deals": [amount("Hokuriku Sofuto Kobo KK", "2000000", "JPY")]})),
    ("l05", "loan", "en", K, "Met Suzuki-san of Shizuoka Tea Lab this morning", store({"activities": [act("Shizuoka Ti Rabo KK", VISIT, ["Suzuki Kenta"])]})),
    # --- round b: written at 09:25 after the first four landings, fresh words for the same mechanisms; measured
    # once before any change they may lead to ---
    ("m01", "figure", "zh", H, "九龍灣雲端 何小姐話 傾掂咗 十二萬半", store({"deals": [amount("九龍灣雲端科技有限公司", "125000", "HKD")]})),
    ("m02", "figure", "zh", S, "嘉善金穗朱总 说定了 十七万", store({"deals": [amount("嘉善金穗木业有限公司", "170000", "CNY")]})),
    ("m03", "figure_won", "zh", S, "嘉善金穗 合同签了，十七万", store({"deals": [deal("嘉善金穗木业有限公司", stage="won", amount="170000", currency="CNY")]})),
    ("m04", "call", "zh", Z, "刚才打了通电话给柯总，聊了交期", store({"activities": [act("大冶铜都矿山机械有限公司", "call", ["柯志华"])]})),
    ("m05", "call", "zh", H, "朝早打咗個電話畀Winnie，佢哋想加多兩間分店", store({"activities": [act("Harbourfront Dim Sum Group", "call", ["Winnie Tse"])]}, True)),
    ("m06", "code", "en", N, "Met Pádraig at Shannon Estuary: 6 depots, 48 drivers, quote ref SEL-2291 attached", store({"activities": [act("Shannon Estuary Logistics", VISIT, ["Pádraig Ó Ceallaigh"])]})),
    ("m07", "code", "zh", S, "拜访了启东海工黄总，要15台，图纸编号QD-7730-B", store({"activities": [act("启东海工装备有限公司", VISIT, ["黄海波"])]})),
    ("m08", "code", "en", K, "Call with Ogawa-san at Fukuoka Semicon: tester model FST9000, 3 lines", store({"activities": [act("Fukuoka Semicon Testing KK", "call", ["Ogawa Hiroshi"])]})),
    # m09's label corrected after its run: Athlone Credit Union is at proposal already; the e-mail is the news
    ("m09", "sent", "en", N, "Athlone Credit Union – our quotation went out yesterday", store({"activities": [act("Athlone Credit Union", "email", [None, "Nuala Kenny"], occurred=Y)]}, True)),
    ("m10", "sent", "zh", Z, "当阳玉泉的标书昨天递交了", store({"deals": [deal("当阳玉泉酒业有限公司", stage="proposal")]}, True)),
    ("m11", "sent_not", "en", M, "still haven't sent cedar valley ortho the quotation", ask(True)),
    ("m12", "passed", "en", K, "Nagoya Precision factory audit passed, close still end of June", store({"activities": [act("Nagoya Precision Motors Co Ltd", "note")]}, True, alt=[{}])),
    ("m13", "passed_twin", "en", M, "Green Bay Fire Protection passed for now, no budget", store({"deals": [deal("Green Bay Fire Protection", stage="lost")]}, True)),
    ("m14", "chose", "en", N, "Drogheda Brewing – Fionnuala tells me they've gone with a Dutch supplier", store({"deals": [deal("Drogheda Brewing Company", stage="lost")]}, alt=[{"deals": [deal("Drogheda Brewing Company", stage="lost")], "activities": [act("Drogheda Brewing Company", ["call", "email", "message", "note"], ["Fionnuala Byrne"])]}])),
    ("m15", "chose", "en", K, "Kobe Kicchin: Inoue-san says they've gone quiet since March", store({"activities": [act("Kobe Kicchin Works KK", ["note", "call", "message"], ["Inoue Mai"])]}, True)),
    ("m16", "role", "en", M, "fargo sugarbeet back on, lars's new treasurer wants numbers", store({"deals": [deal("Fargo Sugarbeet Growers Assn", status="open")]}, True)),
    ("m17", "which", "en", M, "prairie forge press brake retrofit lost, the tooling plan is still open", store({"deals": [deal("Prairie Forge Metals Inc", which="press brake retrofit", stage="lost")]})),
    ("m18", "which", "zh", H, "將軍澳海濱保安系統嗰單輸咗，停車場系統仲傾緊", store({"deals": [deal("將軍澳海濱物業管理有限公司", which="保安系統", stage="lost")]})),
    ("m19", "day", "zh", S, "昨天上午见了江阴宏远吴主任 下午去了余姚明珠", store({"activities": [act("江阴宏远金属制品有限公司", VISIT, ["吴晓敏"], occurred=Y), act("余姚明珠塑料制品有限公司", VISIT, [None, "杨远帆"], occurred=Y)]})),
    ("m20", "day", "en", N, "Tuesday morning met Ciarán at Athlone Precision, afternoon called Nuala at Athlone Credit Union", store({"activities": [act("Athlone Precision Plastics Ltd", VISIT, ["Ciarán Duffy"], occurred="2029-04-24"), act("Athlone Credit Union", "call", ["Nuala Kenny"], occurred="2029-04-24")]}, True)),
    ("m21", "then", "en", M, "called gretchen at fox river then wade at omaha stockyards, omaha now 55k", store({"activities": [act("Fox River Paper Co", "call", ["Gretchen Ahlers"]), act("Omaha Stockyards Logistics", "call", ["Wade Pickett"])], "deals": [amount("Omaha Stockyards Logistics", "55000", "USD")]})),
    ("m22", "loan", "en", K, "Kobe Kitchen Works wants a demo next month", store({"activities": [act("Kobe Kicchin Works KK", "note")]}, True)),
    ("m23", "loan", "en", K, "Visited Tomoe Robot Industries (Ishikawa-san) today", store({"activities": [act("Tomoe Robotto Kogyo KK", VISIT, ["Ishikawa Ken"])]}, True)),
    ("m24", "label", "en", N, "Galway Bay Software new CFO: Aisling Kearney, aisling.kearney@galwaybay.example.com", store({"contacts": [{"customer": "Galway Bay Software", "name": "Aisling Kearney", "email": "aisling.kearney@galwaybay.example.com"}]}, True)),
    ("m25", "gloss", "en", K, "Sendai Medikaru (Sendai) moved to negotiation", store({"deals": [deal("Sendai Medikaru Supply KK", stage="negotiation")]})),
]


def messages(rows: list, prefix: str) -> list[dict]:
    return [
        {"id": f"{prefix}-{i}", "class": family, "lang": lang, "user": user, "text": text, "expect": expect}
        for i, family, lang, user, text, expect in rows
    ]


if __name__ == "__main__":
    out = Path(__file__).parent / "records_s27.json"
    out.write_text(
        json.dumps({"split": "own", "messages": messages(ROWS, "s27-records")}, ensure_ascii=False, indent=1)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(ROWS)} messages → {out}")
