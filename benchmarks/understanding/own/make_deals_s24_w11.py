# ruff: noqa: E501  (one labelled message per line)
"""A second batch by i24-deals (session 24), written at 00:25 AFTER the four changes of make_deals_s24.py and
before any run on it, in another world (set 11's: ../set11/customers.csv, setup.txt, its harness; Tuesday
2029-01-09 16:40 in each user's zone: Priya Singapore, Tom London, 王芳 / 刘洋 Beijing / Chengdu): does each
mechanism carry to other words and other customers? One family per mechanism, as in make_deals_s24.py.

    python benchmarks/understanding/own/make_deals_s24_w11.py   # writes deals_s24_w11.json next to it
    B=benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/deals_s24_w11.json --customers $B/set11/customers.csv \
        --setup $B/set11/setup.txt --harness $B/set11
"""

from __future__ import annotations

import json
from pathlib import Path

from make_deals import deal
from make_logs import act, store

P, T, WF, LY = "Priya", "Tom", "王芳", "刘洋"
ASK = {"outcome": "ask"}

# (lang, user, family, text, expect)
M = [
    ("en", P, "quantity", "called kelvin, raffles marine wants 12 more hull inspection drones on the order", store(act("Raffles Marine Engineering Pte Ltd", "call", "Kelvin Sim"))),
    ("zh", WF, "quantity", "给郝文静打了电话，润康制药新厂房有5万平 要300台监控", store(act("石家庄润康制药有限公司", "call", "郝文静"))),
    ("en", T, "quantity", "Rang Saskia at Haven Koeltechniek, they're adding 600 extra cold store racks", store(act("Rotterdam Haven Koeltechniek BV", "call", "Saskia Verhoeven"))),
    ("en", P, "outcome", "kallang bay fleet telematics is a go, jeremy sent over the signed PO", store(deal("Kallang Bay Logistics Pte Ltd", which="telematics", stage="won"))),
    ("zh", LY, "outcome", "蓉城停车的PO到了，搞定", store(deal("成都蓉城智慧停车有限公司", stage="won"))),
    ("en", T, "outcome", "Schulze Verpackung opted for a cheaper supplier in the end", store(deal("Schulze Verpackung GmbH", stage="lost"))),
    ("zh", WF, "outcome", "鼎盛建设最后选了其他供应商", store(deal("北京鼎盛建设工程有限公司", stage="lost"))),
    ("zh", LY, "outcome", "乐山峨眉茶业预算又有了，单子重新开起来吧", store(deal("乐山峨眉茶业有限公司", status="open"))),
    ("en", P, "must_ask", "seng heng maybe 20-30k, not confirmed", ASK),
    ("zh", WF, "must_ask", "京北新能源签约时间往后推了", ASK),
    ("en", T, "must_ask", "Lyon Textiles decision date has slipped", ASK),
    ("en", P, "carries_nothing", "Short call from Ooi at Penang Silicon, all on track", store(act("Penang Silicon Test Sdn Bhd", "call", "Ooi Chee Keong"))),
    ("en", T, "carries_nothing", "Cork Harbour Biotech close is now end of March (end of their Q1).", store(deal("Cork Harbour Biotech Ltd", close_date="2029-03-31"))),
]


def main() -> None:
    out: list[dict] = []
    counters: dict[str, int] = {}
    for lang, user, family, text, expect in M:
        counters[lang] = counters.get(lang, 0) + 1
        kinds = expect.get("changes", {})
        klass = "must_ask" if expect["outcome"] == "ask" else "deal_update" if "deals" in kinds else "log"
        out.append({"id": f"d24b-{lang}{counters[lang]:03d}", "lang": lang, "class": klass, "family": family, "user": user, "text": text, "expect": expect})
    path = Path(__file__).with_name("deals_s24_w11.json")
    path.write_text(json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out)} messages -> {path}")


if __name__ == "__main__":
    main()
