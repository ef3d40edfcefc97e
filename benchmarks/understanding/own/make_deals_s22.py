# ruff: noqa: E501  (one labelled message per line)
"""Deal news written by i22-deals (session 22) before any change, one family per cause seen on the readable
halves (set 11 dev, focus G read), in other words than the failing messages, both languages, other customers,
and twins that must ask. Set 10's world (../set10/customers.csv, setup.txt, its harness), Wednesday
2028-06-28 11:05 in each user's zone (Felix: Berlin; Nadia: Chicago; 赵磊: Shenzhen; 陳嘉欣: Hong Kong).

- currency_switch: the deal's currency changed outright ("wants to pay in euros now, 10.5k", "改用港幣，31萬"):
  the amount is kept in the currency named; with no amount in it ("would rather pay in euros") the amount in
  that currency is unknown: asked;
- close_moved: the close said as not made, then moved ("9月尾簽唔到，延到10月尾", "won't make the 15th,
  push the close to end of august"): the close is the date it moved to;
- hk_won: Hong Kong 傾掂(咗) is a deal agreed ("長洲海鮮酒家傾掂咗，5萬"); a name three customers share asks;
- gone_with: lost to another vendor said with go/gone/going ("has gone with a competitor"); "might go with"
  is not a loss;
- stage_said_last (written after the first four families' changes): of two stage words, the one said with its
  move word ("预算确认了 … 进方案阶段", "budget confirmed, now moving to proposal", "改 negotiation") is the
  stage now; "改方案" (revise the proposal) moves nothing;
- second_by_word: a second customer named by the first word(s) of its name that are English words, joined to
  the first by "and"/"&" ("called riverbend and gateway today"): logged at both or asked, never dropped
  silently; not joined ("called riverbend, gateway issue on their portal") it is no customer.

Label changes after the first run (honest list): customers whose deal is closed already in set 10's setup
(Pembury ×2, Ozark, Isarwerk, 灣仔華興 ×2) and one won already (Weissach) were replaced by customers with an open deal, same words.

    python benchmarks/understanding/own/make_deals_s22.py   # writes deals_s22_w10.json next to it
    B=benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/deals_s22_w10.json --customers $B/set10/customers.csv \
        --setup $B/set10/setup.txt --harness $B/set10
"""

from __future__ import annotations

import json
from pathlib import Path

from make_deals import deal
from make_logs import act, store

F, N, ZL, CJ = "Felix", "Nadia", "赵磊", "陳嘉欣"
ASK = {"outcome": "ask"}
NOTE = ["note", "call", "meeting", "visit", "message", "email"]


def ask_or(*items):
    return store(*items, also_ok="ask")


# (lang, user, family, text, expect)
M = [
    # --- currency switched outright ---
    ("en", F, "currency_switch", "uhrenatelier wants to pay in euros now, 20.5k", store(deal("Uhrenatelier Baumgartner", amount="20500", currency="EUR"))),
    ("en", F, "currency_switch", "thornleigh want it billed in EUR from now on - 34k", store(deal("Thornleigh Packaging Ltd", amount="34000", currency="EUR"))),
    ("en", N, "currency_switch", "red river valley co-op wants to be invoiced in US dollars, 45k", store(deal("Red River Valley Co-op", amount="45000", currency="USD"))),
    ("en", N, "currency_switch", "hacienda azul prefers dollars now: 17k USD", store(deal("Hacienda Azul Tequilas", amount="17000", currency="USD"))),
    ("zh", CJ, "currency_switch", "太平洋航運改用港幣，31萬", store(deal("太平洋航運代理有限公司", amount="310000", currency="HKD"))),
    ("zh", ZL, "currency_switch", "远航跨境那单改成人民币结算 55万", store(deal("深圳市远航跨境电商有限公司", amount="550000", currency="CNY"))),
    ("en", F, "currency_switch", "thornleigh 32k, they pay in pounds as always", store(deal("Thornleigh Packaging Ltd", amount="32000", currency="GBP"))),
    ("en", N, "currency_switch", "Transportes del Bajio wants the quote in dollars instead of pesos", ASK),
    ("en", F, "currency_switch", "alpenglanz would rather pay in euros", ASK),
    ("zh", CJ, "currency_switch", "荃灣建興診所要改做人民幣報價", ASK),
    ("zh", ZL, "currency_switch", "新港源那单要改美金", ASK),
    ("zh", ZL, "currency_switch", "深圳德信想改用港币结算", ASK),
    # --- the close moved after the old date is said as not made ---
    ("zh", CJ, "close_moved", "大埔永安話9月尾簽唔到，延到10月尾", store(deal("大埔永安建築工程有限公司", close_date="2028-10-31"))),
    ("zh", CJ, "close_moved", "濠江海景酒店9月簽唔切，推遲到11月", store(deal("澳門濠江海景酒店有限公司", close_date=["2028-11-01", "2028-11-30"]))),
    ("zh", ZL, "close_moved", "横琴智慧医疗9月底签不了了，推到年底", store(deal("珠海横琴智慧医疗科技有限公司", close_date="2028-12-31"))),
    ("zh", ZL, "close_moved", "鹏远电子这个月签不了，往后推到7月15号", store(deal("深圳市鹏远电子科技有限公司", close_date="2028-07-15"))),
    ("en", F, "close_moved", "nordwind energie won't make the 15th, push the close to end of august", store(deal("Nordwind Energie GmbH", close_date="2028-08-31"))),
    ("en", F, "close_moved", "hafenkante can't sign in september, move close to 31.10.", store(deal("Hafenkante Reederei GmbH", close_date="2028-10-31"))),
    ("en", N, "close_moved", "badger state credit union wont make sept 30, move the close out to oct 31", store(deal("Badger State Credit Union", close_date="2028-10-31"))),
    ("en", N, "close_moved", "riverbend: not by end of sept after all, push close to nov 15", store(deal("Riverbend Senior Living", close_date="2028-11-15"))),
    # --- Hong Kong 傾掂: agreed ---
    ("zh", CJ, "hk_won", "長洲海鮮酒家傾掂咗，5萬", store(deal("長洲海鮮酒家", stage="won", amount="50000"))),
    ("zh", CJ, "hk_won", "荃灣安達五金傾掂咗喇", store(deal("荃灣安達五金有限公司", stage="won"))),
    ("zh", CJ, "hk_won", "葵涌偉業茶餐廳嗰單傾掂咗！", store(deal("葵涌偉業茶餐廳", stage="won"))),
    ("zh", CJ, "hk_won", "火炭建興印刷終於傾掂，3萬成交", store(deal("火炭建興印刷有限公司", stage="won", amount="30000"))),
    ("zh", CJ, "hk_won", "建興印刷傾掂咗", ASK),
    ("zh", CJ, "hk_won", "濠江餐飲仲未傾掂，下個禮拜再傾", store(act("澳門濠江餐飲集團有限公司", NOTE), alt=[{"activities": [{"customer": "澳門濠江餐飲集團有限公司", "kind": NOTE, "contact": None}], "reminders": [{"customer": "澳門濠江餐飲集團有限公司", "due": ["2028-07-03", "2028-07-07"]}]}], also_ok="ask")),
    # --- lost: gone / going with another vendor ---
    ("en", N, "gone_with", "naperville dental has gone with a competitor, price", store(deal("Naperville Dental Studio", stage="lost"))),
    ("en", N, "gone_with", "peoria family law are going with another vendor, dead", store(deal("Peoria Family Law", stage="lost"))),
    ("en", F, "gone_with", "elbmarsch agrar have gone with someone cheaper", store(deal("Elbmarsch Agrar eG", stage="lost"))),
    ("en", F, "gone_with", "tierklinik görlitz said no they're going with a local supplier", store(deal("Tierklinik Görlitz", stage="lost"))),
    ("en", N, "gone_with", "blue heron vet might go with a competitor, talking to megan friday", ask_or(act("Blue Heron Veterinary", NOTE))),
    # --- the stage moved to, said last with its move word, after an earlier stage word ---
    ("zh", ZL, "stage_said_last", "星光文旅预算确认了，今天报价也发了，进方案阶段", store(deal("广州天河星光文旅有限公司", stage="proposal"), alt=[{"deals": [{"customer": "广州天河星光文旅有限公司", "stage": "proposal"}], "activities": [{"customer": "广州天河星光文旅有限公司", "kind": ["email", "note", "message"], "contact": None}]}])),
    ("zh", ZL, "stage_said_last", "鸿运物流 需求确认了 现在进入谈判", store(deal("惠州市鸿运物流有限公司", stage="negotiation"))),
    ("en", N, "stage_said_last", "blue heron vet: budget confirmed, now moving to proposal", store(deal("Blue Heron Veterinary", stage="proposal"))),
    ("en", F, "stage_said_last", "elbmarsch agrar - budget approved, moving them to negotiation", store(deal("Elbmarsch Agrar eG", stage="negotiation"))),
    ("mx", CJ, "stage_said_last", "濠江餐飲 改 negotiation", store(deal("澳門濠江餐飲集團有限公司", stage="negotiation"))),
    ("zh", ZL, "stage_said_last", "金源五金改成方案阶段", store(deal("广州市金源五金有限公司", stage="proposal"))),
    ("zh", ZL, "stage_said_last", "星光文旅要求改方案，周五前再报一次", store(act("广州天河星光文旅有限公司", NOTE), alt=[{"activities": [{"customer": "广州天河星光文旅有限公司", "kind": NOTE, "contact": None}], "reminders": [{"customer": "广州天河星光文旅有限公司", "due": ["2028-06-29", "2028-06-30"]}]}, {"reminders": [{"customer": "广州天河星光文旅有限公司", "due": ["2028-06-29", "2028-06-30"]}]}], also_ok="ask")),
    # --- a second customer named by the first word of its name, an English word, joined by "and" ---
    ("en", N, "second_by_word", "called riverbend and gateway today, both fine", store(act("Riverbend Senior Living", "call"), act("Gateway Arch Insurance", "call"), also_ok="ask")),
    ("en", N, "second_by_word", "emailed badger state cu and windy about the renewals", store(act("Badger State Credit Union", "email"), act("Windy City Bike Co", "email"), also_ok="ask")),
    ("en", N, "second_by_word", "met blue heron vet & north shore this morning", store(act("Blue Heron Veterinary", ["meeting", "visit"]), act("North Shore Pediatric Partners", ["meeting", "visit"]), also_ok="ask")),
    ("en", N, "second_by_word", "called riverbend, gateway issue on their portal again", store(act("Riverbend Senior Living", "call"))),
]


def main() -> None:
    out: list[dict] = []
    counters: dict[str, int] = {}
    for lang, user, family, text, expect in M:
        counters[lang] = counters.get(lang, 0) + 1
        kinds = expect.get("changes", {})
        klass = "must_ask" if expect["outcome"] == "ask" else "deal_update" if "deals" in kinds else "log"
        out.append({"id": f"d22-{lang}{counters[lang]:03d}", "lang": lang, "class": klass, "family": family, "user": user, "text": text, "expect": expect})
    path = Path(__file__).with_name("deals_s22_w10.json")
    path.write_text(json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out)} messages -> {path}")


if __name__ == "__main__":
    main()
