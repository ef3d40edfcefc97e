# ruff: noqa: E501  (one labelled message per line)
"""Amounts and currencies written by i23-guess (session 23) before each change, one family per cause, in other
words than any failing message, both languages, other customers, with twins that store. Set 10's world
(../set10/customers.csv, setup.txt, its harness), Wednesday 2028-06-28 11:05 in each user's zone (Felix: Berlin;
Nadia: Chicago; 赵磊: Shenzhen; 陳嘉欣: Hong Kong).

- currency_said: a currency named apart from the amount (one reader for the gate and the deal). A currency
  that names its country is that currency; a bare "dollars" names a dollar but not which one: it agrees with a
  deal kept in any dollar (nothing changes), and for a deal in another currency it is asked, never taken as USD;
- per_thing: a price per thing with no count to multiply ("1.8k each", "每部機大約兩萬") is no deal value:
  asked; with the count said, the total is stored;
- relative (written 21:42, before its change): a discount or cut said as done ("10% off the 60k", "打了八折",
  "減咗一成", "降了5%") is the deal's amount times it; an amount said beside it that disagrees ("25k, the 10% off
  the 27k") is asked; one only asked for ("asking for 10% off") changes nothing; their budget cut ("预算砍了三成")
  or a customer with two open deals and no word which is asked;
- colleague (written after the first try): news of a deal the user may not change (a colleague's) is neither
  refused with the rest of the message nor changed: asked, saying whose the deal is; a call beside it is kept;
- hedged: an amount said as what they might do or with "i think"/"好像" beside it is not the deal's value
  yet: asked; "about"/"大概" alone, "would go to", or a hedge in another clause, stores.

Label changes after the first run (honest list): five messages said "德信食品", which two customers share
(中山/深圳: asked which, right for the wrong reason on the must-ask ones): "深圳德信", same words otherwise (21:32). "新港源改用美金報價…" was sent as 陳嘉欣, whose deal it is not
(赵磊's): sent as 赵磊, same words; "前海智联…20套，每套3万" was the deal's amount already (600k): 每套2.5万 (500k).
"druckerei trier would go to 14k" was labelled ask; the writer of focus G labels "met markus from feldberg, they'd go
to 17k" (en030) a clear store (their word, as said): relabelled store 14k by the writers-agree rule.
"深圳德信照旧人民币结算，14万" and "thornleigh still in pounds, 29k" were added after the first run (before the
change they test), twins of "swiss francs as before, 37k".

    python benchmarks/understanding/own/make_guess_s23.py   # writes guess_s23_w10.json next to it
    B=benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/guess_s23_w10.json --customers $B/set10/customers.csv \
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


# (lang, user, family, text, expect)
M = [
    # --- a currency named apart from the amount ---
    ("en", N, "currency_said", "thunder bay marine wants it in canadian dollars from now on, 26k", store(deal("Thunder Bay Marine Supply", amount="26000", currency="CAD"))),
    ("en", N, "currency_said", "transportes del bajio wants dollars not pesos now", ASK),
    ("en", N, "currency_said", "hacienda azul will pay in dollars from now on, 16k", store(deal("Hacienda Azul Tequilas", amount="16000", currency="USD"), also_ok="ask")),
    ("en", F, "currency_said", "reto says sternwarte schweiz pays in swiss francs as before, 37k", store(deal("Sternwarte Optik Schweiz AG", amount="37000", currency="CHF"))),
    ("en", F, "currency_said", "thornleigh: invoice in sterling now, 31k", store(deal("Thornleigh Packaging Ltd", amount="31000", currency="GBP"))),
    ("zh", ZL, "currency_said", "远航跨境那单还是美金，9万", store(deal("深圳市远航跨境电商有限公司", amount="90000", currency="USD"))),
    ("zh", ZL, "currency_said", "新港源改用美金報價，唔再用港幣", ASK),
    ("en", N, "currency_said", "red river valley wants to switch from canadian to us dollars", ASK),
    ("en", F, "currency_said", "kaltenbach want the quote in SEK now", ASK),
    ("en", N, "currency_said", "lantern point dental 41k, same dollars as before", store(deal("Lantern Point Dental Group", amount="41000", currency="USD"))),
    ("en", N, "currency_said", "thunder bay marine 24k, they still pay in dollars", store(deal("Thunder Bay Marine Supply", amount="24000", currency="CAD"), also_ok="ask")),
    ("en", F, "currency_said", "alpenglanz ok with 13.5k but in dollars please", ASK),
    ("zh", CJ, "currency_said", "太平洋航運個單改返港紙，30萬", store(deal("太平洋航運代理有限公司", amount="300000", currency="HKD"))),
    ("en", N, "currency_said", "grupo sierra madre: no more pesos, they want to pay in US dollars, 45k", store(deal("Grupo Alimentos Sierra Madre", amount="45000", currency="USD"))),
    ("zh", ZL, "currency_said", "深圳德信照旧人民币结算，14万", store(deal("深圳市德信食品有限公司", amount="140000", currency="CNY"))),
    ("en", F, "currency_said", "thornleigh still in pounds, 29k", store(deal("Thornleigh Packaging Ltd", amount="29000", currency="GBP"))),
    # --- a price per thing ---
    ("en", F, "per_thing", "baumgartner wants 4 of the lab scopes, roughly 5k a piece", ASK),
    ("en", N, "per_thing", "blue heron wants the kiosks at 1.8k each", ASK),
    ("en", N, "per_thing", "cedar rapids surgical: six carts, 2.5k apiece", ASK),
    ("zh", CJ, "per_thing", "維港數碼話每部機大約兩萬", ASK),
    ("zh", ZL, "per_thing", "深圳德信那边说一台设备报8千，数量还没说", ASK),
    ("en", N, "per_thing", "blue heron: 10 kiosks at 1.8k each, 18k total", store(deal("Blue Heron Veterinary", amount="18000"))),
    ("zh", ZL, "per_thing", "前海智联确认了，20套，每套2.5万", store(deal("深圳市前海智联科技有限公司", amount="500000"))),
    # --- hedged amounts ---
    ("en", F, "hedged", "druckerei trier would go to 14k", store(deal("Druckerei Trier", amount="14000"))),
    ("en", N, "hedged", "peoria family law could do 6k i think", ASK),
    ("zh", ZL, "hedged", "深圳德信那边好像是13万，我再确认下", ASK),
    ("en", F, "hedged", "elbmarsch agrar might stretch to 30k if we add training", ASK),
    ("zh", CJ, "hedged", "維港數碼個單應該係22萬左右，唔太肯定", ASK),
    ("en", N, "hedged", "cedar rapids surgical came in at about 90k", store(deal("Cedar Rapids Surgical Center", amount="90000"))),
    ("zh", CJ, "hedged", "維港數碼大概二十四萬", store(deal("維港數碼科技有限公司", amount="240000"))),
    ("en", N, "hedged", "prairie lantern liked the demo, i think it went well. deal now 19k", store(deal("Prairie Lantern Brewing Co", amount="19000"), alt=[{"deals": [{"customer": "Prairie Lantern Brewing Co", "amount": "19000"}], "activities": [{"customer": "Prairie Lantern Brewing Co", "kind": ["meeting", "call", "note", "visit"], "contact": None}]}])),
    # --- a relative change of the amount (written before its change, 21:42) ---
    ("en", F, "relative", "rheinblick hotels agreed, 10% off the 60k", store(deal("Rheinblick Hotels GmbH", amount="54000"))),
    ("en", N, "relative", "naperville dental: we gave them 5% off, they're happy", store(deal("Naperville Dental Studio", amount="18050"), alt=[{"deals": [{"customer": "Naperville Dental Studio", "amount": "18050"}], "activities": [{"customer": "Naperville Dental Studio", "kind": NOTE, "contact": None}]}])),
    ("zh", ZL, "relative", "深圳德信最后打了八折", store(deal("深圳市德信食品有限公司", amount="120000"))),
    ("zh", CJ, "relative", "荃灣安達五金個價減咗一成", store(deal("荃灣安達五金有限公司", amount="72000"))),
    ("zh", ZL, "relative", "潮味食品报价降了5%", store(deal("汕头市潮味食品有限公司", amount="266000"))),
    ("en", F, "relative", "donautal: signed off on 25k, the 10% off the 27k", ASK),
    ("en", F, "relative", "hafenkante ok'd 135k, that's the 10% off we discussed", store(deal("Hafenkante Reederei GmbH", amount="135000"))),
    ("en", N, "relative", "riverbend asking for 10% off the 64k, will talk to my manager", store(act("Riverbend Senior Living", NOTE), also_ok="ask")),
    ("zh", ZL, "relative", "深圳德信说他们预算砍了三成", ASK),
    ("en", F, "relative", "thornleigh's budget got cut by 20%", ASK),
    ("zh", CJ, "relative", "維港數碼話預算少咗兩成，我哋報價都跟住減兩成", store(deal("維港數碼科技有限公司", amount="200000"))),
    ("zh", ZL, "relative", "海川物流给了九折", ASK),
    # --- a colleague's deal (written 21:54, after the first try on focus G en052/zh066/zh072, before any
    # other half was measured for it) ---
    ("en", F, "colleague", "pilatus reisen pushed their decision to september", ASK),
    ("en", F, "colleague", "lone star freightways 95k now", ASK),
    ("en", N, "colleague", "rheintal kliniken signed!", ASK),
    ("zh", ZL, "colleague", "维港数码那单改到30万", ASK),
    ("zh", CJ, "colleague", "鹏远电子签咗", ASK),
    ("zh", CJ, "colleague", "維港會展個單傾掂咗", ASK),
    ("en", F, "colleague", "called carsten at bodensee, they moved the decision to end of august", store(act("Bodensee Medizintechnik GmbH", "call"), also_ok="ask")),
    ("en", F, "colleague", "rheinblick hotels pushed their decision to end of october", store(deal("Rheinblick Hotels GmbH", close_date="2028-10-31"))),
    ("zh", ZL, "colleague", "鹏远电子那单改到85万", store(deal("深圳市鹏远电子科技有限公司", amount="850000"))),
]


def main() -> None:
    out: list[dict] = []
    counters: dict[str, int] = {}
    for lang, user, family, text, expect in M:
        counters[lang] = counters.get(lang, 0) + 1
        kinds = expect.get("changes", {})
        klass = "must_ask" if expect["outcome"] == "ask" else "deal_update" if "deals" in kinds else "log"
        out.append({"id": f"g23-{lang}{counters[lang]:03d}", "lang": lang, "class": klass, "family": family, "user": user, "text": text, "expect": expect})
    path = Path(__file__).with_name("guess_s23_w10.json")
    path.write_text(json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out)} messages -> {path}")


if __name__ == "__main__":
    main()
