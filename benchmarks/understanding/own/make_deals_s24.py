# ruff: noqa: E501  (one labelled message per line)
"""Deal words written by i24-deals (session 24) before each change, one family per cause, in other words than
any failing message, both languages, other customers, with twins that store. Set 10's world
(../set10/customers.csv, setup.txt, its harness), Wednesday 2028-06-28 11:05 in each user's zone (Felix: Berlin;
Nadia: Chicago; 赵磊: Shenzhen; 陳嘉欣: Hong Kong).

- quantity (written 23:45, before its change): a number said with what it counts ("60 more dock door sensors",
  "2万平", "八十架貨車", "3000 个 SKU") is a detail of the note, neither money nor an unused word; an amount said
  beside it is still the deal's.
- outcome (written 23:50, before its change): a win, loss or reopen said in other words, read from how it is
  said: the deal "is a go", a signed paper that came back or was sent by them, a PO received ("PO到咗"), an
  English verb with a Chinese aspect mark ("sign咗"), the deal noun with "closed" ("嗰單 closed"), chose /
  picked / went for another company, a lost deal opened again ("重新开起来", "open the deal again"); the day
  a win is said to happen ("signed today") is when it was won, not a new close date. Twins: a signed paper
  still to come, "might pick another vendor", a PO expected next week.
- must_ask (written 23:55, before its change): an amount said as a range with a dash ("25-30萬", "20-25k")
  is one question about the amount; the deal's day said moved with no day ("close date moved", "延遲簽") is
  asked. Twins: a range of things counted beside the amount, the moved close with its day.
- carries_nothing (written 23:55, before its change): a capitalised first word that only describes what
  follows ("Brief call from", "Forwarding from my inbox to", "Short WhatsApp from") is no person; a
  period of theirs in parentheses after the close ("(end of their fiscal Q3)") restates it; their own
  reading "over the weekend" is no close date; "上午" of a visit this morning is when it happened.

    python benchmarks/understanding/own/make_deals_s24.py   # writes deals_s24_w10.json next to it
    B=benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/deals_s24_w10.json --customers $B/set10/customers.csv \
        --setup $B/set10/setup.txt --harness $B/set10
"""

from __future__ import annotations

import json
from pathlib import Path

from make_deals import deal
from make_logs import act, rem, store

F, N, ZL, CJ = "Felix", "Nadia", "赵磊", "陳嘉欣"
ASK = {"outcome": "ask"}
MEET = ["meeting", "visit"]
NOTE = ["note", "call", "meeting", "visit", "message", "email"]

# (lang, user, family, text, expect)
M = [
    # --- a number with what it counts is no money and no unused word ---
    ("en", N, "quantity", "call with travis, heartland cold wants 60 more dock door sensors in phase two", store(act("Heartland Cold Storage", "call", "Travis Moeller"))),
    ("en", F, "quantity", "Jan Petersen rang, Halden Logistik needs 300 extra pallet racks for the new hall", store(act("Halden Logistik GmbH", "call", "Jan Petersen"))),
    ("en", N, "quantity", "visited carla at riverbend, they're planning 140 new resident apartments", store(act("Riverbend Senior Living", MEET, "Carla Dominguez"))),
    ("zh", ZL, "quantity", "电话林涛，前海智联新园区有2万平 500个工位", store(act("深圳市前海智联科技有限公司", "call", "林涛"))),
    ("zh", ZL, "quantity", "拜访了海川物流陈志伟，他们明年要加三万平米的仓库，还要150台叉车", store(act("深圳市海川物流有限公司", MEET, "陈志伟"))),
    ("zh", CJ, "quantity", "同李偉明通咗電話，安達物流下個月多咗八十架貨車", store(act("九龍灣安達物流有限公司", "call", "李偉明"))),
    ("en", F, "quantity", "met Heike at Kaltenbach, they want 25 more spindle monitoring kits on the order", store(act("Kaltenbach Maschinenbau AG", MEET, "Heike Roth"))),
    ("mixed", ZL, "quantity", "call 周雅琴, 远航跨境 Q3 要多上 3000 个 SKU", store(act("深圳市远航跨境电商有限公司", "call", "周雅琴"))),
    ("en", N, "quantity", "Gina from MAPS emailed, they want 250 more brake rotor sets quoted", store(act("Midwest Auto Parts Supply", "email", "Gina Russo"))),
    ("en", N, "quantity", "thunder bay marine wants 40 more buoy lights, quote is now 28k", store(deal("Thunder Bay Marine Supply", amount="28000"))),
    ("zh", ZL, "quantity", "鹏远电子加了200套模组，合同金额改成85万", store(deal("深圳市鹏远电子科技有限公司", amount="850000"))),
    # --- outcomes read from how they are said ---
    ("en", N, "outcome", "lantern point dental is a go! renee sent back the signed agreement", store(deal("Lantern Point Dental Group", stage="won"))),
    ("en", F, "outcome", "Rheinblick Hotels: Sabine returned the countersigned contract this morning", store(deal("Rheinblick Hotels GmbH", stage="won"))),
    ("en", F, "outcome", "Great news, Donautal Fenster signed the order today. 27k as quoted.", store(deal("Donautal Fenster GmbH", stage="won"))),
    ("mixed", CJ, "outcome", "長洲海鮮 嗰單 closed 咗，鄭生 sign咗", store(deal("長洲海鮮酒家", stage="won"))),
    ("zh", ZL, "outcome", "潮味食品的PO收到了 搞定", store(deal("汕头市潮味食品有限公司", stage="won"))),
    ("zh", CJ, "outcome", "維港數碼張PO到咗，搞掂", store(deal("維港數碼科技有限公司", stage="won"))),
    ("en", F, "outcome", "Feldberg Brauerei picked another supplier, sadly", store(deal("Feldberg Brauerei", stage="lost"))),
    ("en", N, "outcome", "gateway arch went for a different vendor", store(deal("Gateway Arch Insurance", stage="lost"))),
    ("zh", ZL, "outcome", "深圳德信最后选了别的公司", store(deal("深圳市德信食品有限公司", stage="lost"))),
    ("zh", CJ, "outcome", "荃灣安達五金揀咗第二間公司", store(deal("荃灣安達五金有限公司", stage="lost"))),
    ("zh", ZL, "outcome", "中山金帆灯饰预算批了，把那个单子重新开起来", store(deal("中山市金帆灯饰有限公司", status="open"))),
    ("en", N, "outcome", "ozark timberworks came back to us, open their deal again", store(deal("Ozark Timberworks", status="open"))),
    ("zh", CJ, "outcome", "觀塘明德個單重新開返，佢哋有新預算", store(deal("觀塘明德教育中心", status="open"))),
    ("en", F, "outcome", "chase Heike at Kaltenbach for the signed contract tomorrow", store(rem("Kaltenbach Maschinenbau AG", "2028-06-29"), also_ok="ask")),
    ("zh", ZL, "outcome", "潮味食品说PO下周才能下来", store(act("汕头市潮味食品有限公司", NOTE), also_ok="ask")),
    ("en", N, "outcome", "transportes del bajio might pick another vendor", store(act("Transportes del Bajío", NOTE), also_ok="ask")),
    # --- must ask: a range, a moved day with no day ---
    ("mixed", CJ, "must_ask", "濠江餐飲 deal 金額大概 25-30萬", ASK),
    ("en", N, "must_ask", "north shore pediatrics maybe 20-25k now", ASK),
    ("zh", ZL, "must_ask", "侨乡陈皮的单子金额改成7-8万", ASK),
    ("en", F, "must_ask", "Thornleigh deal value now 28-32k, not final", ASK),
    ("en", N, "must_ask", "riverbend close date moved", ASK),
    ("en", F, "must_ask", "Hafenkante signing date has shifted", ASK),
    ("zh", ZL, "must_ask", "蓝海云的签约日期往后推了", ASK),
    ("zh", CJ, "must_ask", "中環金融個單延遲簽", ASK),
    ("en", N, "must_ask", "blue heron 12-15 seats, deal 15k", store(deal("Blue Heron Veterinary", amount="15000"))),
    ("en", N, "must_ask", "riverbend close date moved to end of october", store(deal("Riverbend Senior Living", close_date="2028-10-31"))),
    # --- words that carry nothing ---
    ("en", F, "carries_nothing", "Brief call from Katrin at Sternwarte Optik, she's checking the offer internally", store(act("Sternwarte Optik GmbH", "call", "Katrin Vollmer"))),
    ("en", N, "carries_nothing", "Forwarding from my inbox to Renee @ Lantern Point Dental: 'Hi Renee, attached is the updated contract. Thanks, Nadia'", store(act("Lantern Point Dental Group", "email", "Renee Okafor"))),
    ("en", N, "carries_nothing", "Copying in my note to Gina at MAPS: \"Gina, the revised rotor pricing is attached. Best, Nadia\"", store(act("Midwest Auto Parts Supply", "email", "Gina Russo"))),
    ("en", F, "carries_nothing", "Rheintal Kliniken close now end of September (end of their fiscal Q3).", store(deal("Rheintal Kliniken AG", close_date="2028-09-30"))),
    ("en", N, "carries_nothing", "Cedar Rapids Surgical close moved to end of August (end of their FY).", store(deal("Cedar Rapids Surgical Center", close_date="2028-08-31"))),
    ("en", N, "carries_nothing", "Quick text from Erin at Thunder Bay Marine, she's on the road till friday", store(act("Thunder Bay Marine Supply", "message", "Erin Tremblay"))),
    ("en", F, "carries_nothing", "Short WhatsApp from Ole at Hafenkante, he's reviewing the offer over the weekend", store(act("Hafenkante Reederei GmbH", "message", "Ole Mertens"))),
    ("zh", CJ, "carries_nothing", "上午去咗維港冷鏈見陳志強，傾咗合約條款", store(act("維港冷鏈物流有限公司", MEET, "陳志強"))),
    ("zh", ZL, "carries_nothing", "上午去了侨乡陈皮 李国强在开会没见到 跟他们采购聊了几句", store(act("江门市侨乡陈皮有限公司", MEET))),
]


def main() -> None:
    out: list[dict] = []
    counters: dict[str, int] = {}
    for lang, user, family, text, expect in M:
        counters[lang] = counters.get(lang, 0) + 1
        kinds = expect.get("changes", {})
        klass = "must_ask" if expect["outcome"] == "ask" else "deal_update" if "deals" in kinds else "log"
        out.append({"id": f"d24-{lang}{counters[lang]:03d}", "lang": lang, "class": klass, "family": family, "user": user, "text": text, "expect": expect})
    path = Path(__file__).with_name("deals_s24_w10.json")
    path.write_text(json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out)} messages -> {path}")


if __name__ == "__main__":
    main()
