# ruff: noqa: E501  (one labelled message per line)
"""i24-names' own messages (session 24), written before each change, one family per linking cause. Our own
words, not a read half's; set 12's world (Thursday 2029-04-26 10:20), other customers and contacts than the
development half's failing messages.

- honorific (store): a person named with a Japanese honorific (-san, -sama, -sensei, -kun, "san" apart) or a
  Cantonese/Chinese one (陳生, 小姐) is that contact, and the word is used; a given name with -san that two
  contacts share is asked.
- loanword (store): a katakana-origin word of a name said in English ("Sendai Medical" for Sendai Medikaru,
  "Kobe Kitchen" for Kobe Kicchin) or romanised another way is that customer.
- placed (store): a unique place + brand ("惠州華耀", "平湖晶光") is that customer, not carded "X = full name?".

    python benchmarks/understanding/own/make_names_s24.py  # writes own/names_s24.json
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/names_s24.json \
        --customers benchmarks/understanding/set12/customers.csv --setup benchmarks/understanding/set12/setup.txt \
        --harness benchmarks/understanding/set12
"""

from __future__ import annotations

import json
from pathlib import Path

K, S, H, Z = "Kenji", "孙丽", "何志明", "周建国"
ASK = {"outcome": "ask"}
VISIT = ["visit", "meeting"]
MEET = ["meeting", "visit"]


def store(changes: dict, also_ask: bool = False) -> dict:
    out: dict = {"outcome": "store", "changes": changes}
    if also_ask:
        out["also_ok"] = "ask"
    return out


def act(customer: str, kind, contact=None, **more) -> dict:  # type: ignore[no-untyped-def]
    return {"customer": customer, "kind": kind, "contact": contact, **more}


ROWS = [
    # --- honorific: the contact named with an honorific ---
    ("h01", "honorific", "en", K, "Called Aoki-san at Matsumoto Shika Clinic, he wants one more demo.", store({"activities": [act("Matsumoto Shika Clinic KK", "call", "Aoki Shota")]})),
    ("h02", "honorific", "en", K, "Lunch with Fujii-sama from Kurashiki Pan Kobo today, she liked our proposal very much.", store({"activities": [act("Kurashiki Pan Kobo KK", MEET, "Fujii Nao")]})),
    ("h03", "honorific", "en", K, "Inoue-san (Kobe Kicchin Works) sent me email about the delivery.", store({"activities": [act("Kobe Kicchin Works KK", "email", "Inoue Mai")]})),
    ("h04", "honorific", "en", K, "Visited Yoshida san, Kochi Hana-ya. Good talk.", store({"activities": [act("Kochi Hana-ya KK", VISIT, "Yoshida Kana")]})),
    ("h05", "honorific", "en", K, "Phone with Sato-sensei of Sendai Medikaru, she is positive about the catalogue.", store({"activities": [act("Sendai Medikaru Supply KK", "call", "Sato Haruka")]})),
    ("h06", "honorific", "en", K, "Ueno-kun from Morioka Insatsu emailed the print sample. Thank you.", store({"activities": [act("Morioka Insatsu KK", "email", "Ueno Riku")]})),
    ("h07", "honorific_ask", "en", K, "Kenta-san called me about the order today.", ASK),
    ("h08", "honorific", "zh", H, "今日同葵涌恒發陳生飲茶，傾咗新報價", store({"activities": [act("葵涌恒發貨倉有限公司", MEET, "陳國強")]})),
    ("h09", "honorific_ask", "zh", H, "陳生今朝打嚟問報價", ASK),
    ("h10", "honorific", "en", K, "Meeting with Takeda-san at Akita Jidosha Seibi, Takeda-san will introduce us to the owner.", store({"activities": [act("Akita Jidosha Seibi KK", MEET, "Takeda Mio")]})),
    # --- honorific, in deal news: the customer's contact named with an honorific is a used word ---
    ("h11", "honorific", "en", K, "Hiroshima Auto Parts to negotiation. Tanaka-san confirmed budget yesterday.", store({"deals": [{"customer": "Hiroshima Auto Parts Kogyo KK", "stage": "negotiation"}]})),
    ("h12", "honorific", "en", K, "Okinawa Blue Resort amount is now 45,000 USD, Higa-sama agreed.", store({"deals": [{"customer": "Okinawa Blue Resort KK", "amount": "45000"}]})),
    ("h13", "honorific", "en", K, "Sendai Medikaru deal moves to negotiation stage, Sato san said OK.", store({"deals": [{"customer": "Sendai Medikaru Supply KK", "stage": "negotiation"}]})),
    # --- loanword: a katakana-origin word of the name said in English ---
    ("r01", "loanword", "en", K, "Sent the updated price list to Sendai Medical Supply today.", store({"activities": [act("Sendai Medikaru Supply KK", "email", [None, "Sato Haruka"])]})),
    ("r02", "loanword", "en", K, "Visited Kobe Kitchen Works, Inoue-san showed me the new shop.", store({"activities": [act("Kobe Kicchin Works KK", VISIT, "Inoue Mai")]})),
    ("r03", "loanword", "en", K, "Phone call with Kato-san of Sapporo Bio Farm this morning.", store({"activities": [act("Sapporo Baio Famu KK", "call", "Kato Rina")]})),
    ("r04", "loanword", "en", K, "Setouchi Marine Supply: Mori-san asked for the brochure by email.", store({"activities": [act("Setouchi Marin Supply KK", ["email", "note", "call"], "Mori Kenta")]}, True)),
    ("r05", "loanword", "en", K, "Had a meeting at Shizuoka Tea Lab with Suzuki-san today.", store({"activities": [act("Shizuoka Ti Rabo KK", MEET, "Suzuki Kenta")]})),
    ("r06", "loanword", "en", K, "Called Takahashi-san, Kansai Elevator Service, about the maintenance contract.", store({"activities": [act("Kansai Erebeta Service KK", "call", "Takahashi Yuki")]})),
    ("r07", "loanword_ask", "en", K, "Visited Osaka Robot Systems today, good first meeting.", ASK),
    # --- placed: a unique place + brand ---
    ("p01", "placed", "zh", H, "頭先打咗俾惠州華耀蔡經理，佢話下個月落單", store({"activities": [act("惠州華耀塑膠製品有限公司", "call", "蔡家明")]})),
    ("p02", "placed", "zh", S, "平湖晶光今天来电话，陆总说样品收到了", store({"activities": [act("平湖晶光电子有限公司", "call", "陆俊")]})),
    ("p03", "placed", "zh", S, "明天下午提醒我给太仓港汇打电话", store({"reminders": [{"customer": "太仓港汇物流有限公司", "due": "2029-04-27"}]})),
    ("p04", "placed", "zh", Z, "下礼拜一去当阳玉泉找雷总谈一下", store({"reminders": [{"customer": "当阳玉泉酒业有限公司", "due": "2029-04-30"}]})),
    ("p05", "placed", "mx", S, "call 温岭东方 tomorrow 10am about the pump order", store({"reminders": [{"customer": "温岭东方泵业有限公司", "due": "2029-04-27T10:00"}]})),
    ("p06", "placed", "zh", H, "新竹晶創林小姐發咗email，話報價OK", store({"activities": [act("新竹晶創半導體股份有限公司", "email", "林佳蓉")]})),
    ("p07", "placed", "zh", Z, "今天去了汉川银河 汪经理不在 跟仓库聊了一下", store({"activities": [act("汉川银河电缆有限公司", VISIT, None)]})),
    # --- brand: the brand of a name whose trade is no listed word, said alone (written after the place forms,
    # before the open brand rule): two namesakes -> asked; a contact or the place tells ---
    ("b01", "brand_ask", "zh", Z, "鑫达那边今天来电话了，问下个月的价格", ASK),
    ("b02", "brand_ask", "mx", Z, "xinda 的 quotation 今天发了", ASK),
    ("b03", "brand_ask", "zh", S, "明珠那单改成20万", ASK),
    ("b04", "brand", "zh", S, "明珠的杨远帆打电话来，说模具下周到", store({"activities": [act("余姚明珠塑料制品有限公司", "call", "杨远帆")]})),
    ("b05", "brand", "zh", Z, "鑫达胡春梅微信说样品收到了", store({"activities": [act("天门鑫达塑业有限公司", "message", "胡春梅")]})),
    ("b06", "brand", "zh", S, "今天去了余姚明珠，看了新产线", store({"activities": [act("余姚明珠塑料制品有限公司", VISIT, [None, "杨远帆"])]})),
    # --- contact: a new contact's other name in brackets; a successor named before the word that says so ---
    ("c01", "contact", "zh", S, "海宁恒泰沈建华退休了，他女儿沈佳接手", store({"contacts": [{"customer": "海宁恒泰经编有限公司", "name": "沈建华", "left": True}, {"customer": "海宁恒泰经编有限公司", "name": "沈佳"}]})),
    ("c02", "contact", "zh", H, "荃灣美景黃美玲退休，佢個女黃詠琪接手", store({"contacts": [{"customer": "荃灣美景酒店管理有限公司", "name": "黃美玲", "left": True}, {"customer": "荃灣美景酒店管理有限公司", "name": "黃詠琪"}]})),
    ("c03", "contact", "mx", S, "丹阳视远 new contact: 贺明 (Jimmy)，采购经理，jimmy.he@dysy-glass.com", store({"contacts": [{"customer": "丹阳视远眼镜有限公司", "name": "贺明", "title": "采购经理", "email": "jimmy.he@dysy-glass.com"}]})),
    ("c04", "contact", "zh", S, "马鞍山钢联新对接人：陶冶（Tony），财务总监，邮箱 tony.tao@masgl.com", store({"contacts": [{"customer": "马鞍山钢联物资有限公司", "name": "陶冶", "title": "财务总监", "email": "tony.tao@masgl.com"}]})),
    ("c05", "contact", "en", "Marcus", "new contact at toledo glassworks: Wang Lei (Leo), plant engineer, leo.wang@toledoglass.com", store({"contacts": [{"customer": "Toledo Glassworks Inc", "name": "Wang Lei", "title": "plant engineer", "email": "leo.wang@toledoglass.com"}]})),
    ("c06", "contact", "en", K, "Kato Rina-san retired. Her son Kato Daiki took over Sapporo Baio Famu.", store({"contacts": [{"customer": "Sapporo Baio Famu KK", "name": "Kato Rina", "left": True}, {"customer": "Sapporo Baio Famu KK", "name": "Kato Daiki"}]})),
    # --- two: two customers in one message, one named by the words before its legal form (co-operative) ---
    ("t01", "two", "en", "Marcus", "calls with driftless dairy and badger state plumbing this am, both want the spring pricing", store({"activities": [act("Driftless Dairy Cooperative", "call", [None, "Ingrid Solberg"]), act("Badger State Plumbing Supply", "call", [None, "Luke Brandvold"])]}, True)),
    ("t02", "two", "en", "Sinead", "Emailed Ennis Dairy and Galway Bay Software the new terms today", store({"activities": [act("Ennis Dairy Co-operative", "email", [None, "Seán Considine"]), act("Galway Bay Software", "email", [None, "Eoin Walsh"])]})),
    ("t03", "two", "en", "Sinead", "Visited Ennis Dairy this morning, Seán wants a trial of the app", store({"activities": [act("Ennis Dairy Co-operative", VISIT, "Seán Considine")]})),
    ("t04", "two", "en", "Marcus", "driftless dairy called, ingrid liked the samples", store({"activities": [act("Driftless Dairy Cooperative", "call", "Ingrid Solberg")]}, True)),
    ("t05", "two_ask", "en", "Marcus", "driftless called about the order", ASK),
    # --- two, Chinese run-on (written after the customer_parts change, measured once): the time and the verb
    # before the later name are its own ---
    ("t06", "two", "zh", Z, "上午去了汉川银河下午去了当阳玉泉两家都要看样品", store({"activities": [act("汉川银河电缆有限公司", VISIT, [None, "汪海涛"]), act("当阳玉泉酒业有限公司", VISIT, [None, "雷鸣"])]})),
    ("t07", "two", "zh", S, "早上见了平湖晶光然后去了太仓港汇，都说报价偏高", store({"activities": [act("平湖晶光电子有限公司", MEET, [None, "陆俊"]), act("太仓港汇物流有限公司", VISIT, [None, "顾伟"])]}, True)),
]


def messages(rows: list, prefix: str) -> list[dict]:
    return [
        {"id": f"{prefix}-{i}", "class": family, "lang": lang, "user": user, "text": text, "expect": expect}
        for i, family, lang, user, text, expect in rows
    ]


if __name__ == "__main__":
    out = Path(__file__).parent / "names_s24.json"
    out.write_text(
        json.dumps({"split": "own", "messages": messages(ROWS, "s24-names")}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{len(ROWS)} messages → {out}")
