"""Own set of i34-asks (session 34): must-asks stored silently, by what the reader took as certain.

Written before any change of session 34, from the causes of the lane's ids in focus Q's read half (set 6's
world), never copying a read message (other customers, other words, both languages), in **set 6's world**
(focus Q's files: Thursday 2027-03-04 17:40) and **set 12's world** (set 12's files: Thursday 2029-04-26).
Families (what the reader took as certain, and the property of the words that should have made it doubt):

- `budget`: a sum of theirs put aside or approved ("has 15k earmarked for…", "预算批了50万", "budget 30w,
  不是我们的报价"): their money, not our price; asked; twins say our price (stored);
- `sarcasm`: news said mockingly ("yeah right, X's signing this week 🙄", "呵呵，…月底签，鬼才信", "才怪"):
  the writer believes the opposite; asked; twins say it plainly (stored);
- `not_saying`: a saying denied both ways ("not saying X will walk, but not saying they'll stay either",
  "不是说X不签，也没说一定签"): no outcome; asked; twins tell the outcome;
- `discount_asked`: a discount they ask for, not one agreed ("wants 15% off", "让我们报个九折的价"): asked;
  twins say it agreed with the new figure (stored);
- `rough`: a figure said as a range with no unit or roughly and left open ("between 12 and 14", "7到9之间",
  "大概十六万左右吧，…还没说死"): asked; twins say it firmly;
- `no_value`: a change with no value or no day ("update the stage on X", "X的阶段要改一下", "slipped to next
  quarter", "推到下个季度"): to what? asked; twins say the value.

Twins end in `_twin`. Two files: `i34-asks_s34.json` (focus Q's harness) and `i34-asks_s34_w12.json`:

    B=$PWD/benchmarks/understanding  # absolute paths: relative ones fail the import
    for W in :focus-q _w12:set12; do F=${W#*:}; .venv/bin/python $B/quick.py \
        --file $B/own/i34-asks_s34${W%:*}.json --customers $B/$F/customers.csv --setup $B/$F/setup.txt \
        --harness $B/$F; done
"""

from __future__ import annotations

import json
from pathlib import Path

ASK = {"outcome": "ask"}


def deal(customer: str, **fields: str) -> dict:
    return {"outcome": "store", "changes": {"deals": [{"customer": customer, **fields}]}}


def lost(customer: str) -> dict:
    return {"outcome": "store", "changes": {"deals": [{"customer": customer, "stage": "lost"}]}}


W6 = "w6"
W12 = "w12"
# (world, family, lang, user, text, expect)
MESSAGES: list[tuple[str, str, str, str, str, dict]] = [
    # --- budget: their money, not our price
    (W6, "budget", "en", "Priya", "Tidewater has roughly 15k earmarked for dock software this year", ASK),
    (W6, "budget", "en", "Priya", "Granger put aside 20k for parts tracking in 2027", ASK),
    (W6, "budget", "zh", "王磊", "江门嘉盛今年这方面的预算批了50万", ASK),
    (W6, "budget", "zh", "王磊", "岳阳众诚的预算批下来了，60万", ASK),
    (W6, "budget", "mixed", "王磊", "老灶 budget 30w 左右，不是我们报的价", ASK),
    (W12, "budget", "en", "Marcus", "Hawkeye has about 45k budgeted for the grain system this yr", ASK),
    (W12, "budget", "en", "Marcus", "Fox River set aside 60k for paper handling upgrades", ASK),
    (W12, "budget", "zh", "孙丽", "嘉善金穗今年这块预算批了20万", ASK),
    (W12, "budget", "mixed", "孙丽", "慈溪明珠 budget 大概 18w, 不是我们的报价", ASK),
    (
        W6,
        "budget_twin",
        "en",
        "Priya",
        "Tidewater agreed to 15k for the dock software",
        deal("Tidewater Marina", amount="15000"),
    ),
    (
        W6,
        "budget_twin",
        "zh",
        "王磊",
        "江门嘉盛的报价改成50万",
        deal("江门嘉盛陶瓷有限公司", amount="500000"),
    ),
    (
        W12,
        "budget_twin",
        "en",
        "Marcus",
        "Hawkeye agreed to 45k for the grain system",
        deal("Hawkeye Ag Supply", amount="45000"),
    ),
    (
        W12,
        "budget_twin",
        "zh",
        "孙丽",
        "嘉善金穗的单子谈到20万了",
        deal("嘉善金穗木业有限公司", amount="200000"),
    ),
    # --- sarcasm: said mockingly
    (W6, "sarcasm", "en", "Priya", "yeah right, Glenrock's signing friday 🙄", ASK),
    (
        W6,
        "sarcasm",
        "en",
        "Priya",
        "oh sure, Keller Logistics is definitely closing 3/31, after ghosting us for a month",
        ASK,
    ),
    (W6, "sarcasm", "zh", "王磊", "呵呵，泰安建材说月底签，鬼才信", ASK),
    (W6, "sarcasm", "zh", "王磊", "岳阳众诚说下周一就下单，才怪", ASK),
    (W12, "sarcasm", "en", "Marcus", "sure, Badger State is totally signing friday 🙄", ASK),
    (W12, "sarcasm", "zh", "孙丽", "呵呵，温岭东方说5月10号签合同，信他才怪", ASK),
    (
        W6,
        "sarcasm_twin",
        "en",
        "Priya",
        "Glenrock signs friday 3/12, Garrett confirmed",
        deal("Glenrock Garden Center", close_date="2027-03-12"),
    ),
    (
        W6,
        "sarcasm_twin",
        "zh",
        "王磊",
        "泰安建材月底签",
        deal("泰安泰山建材有限公司", close_date="2027-03-31"),
    ),
    (
        W12,
        "sarcasm_twin",
        "zh",
        "孙丽",
        "温岭东方5月10号签合同",
        deal("温岭东方泵业有限公司", close_date="2029-05-10"),
    ),
    # --- not_saying: a saying denied both ways
    (W6, "not_saying", "en", "Priya", "not saying Lakota will walk, but not saying they'll stay either", ASK),
    (W6, "not_saying", "en", "Priya", "I'm not saying Granger's out, I'm just not saying they're in", ASK),
    (W6, "not_saying", "zh", "王磊", "不是说汕头同舟不签，也没说一定签", ASK),
    (W12, "not_saying", "en", "Marcus", "not saying Thunder Bay is lost, just not saying it isn't", ASK),
    (W12, "not_saying", "zh", "周建国", "我没说醴陵华彩丢了，也没说还能成", ASK),
    (
        W6,
        "not_saying_twin",
        "en",
        "Priya",
        "Lakota walked, they went with another installer",
        lost("Lakota Solar Installers"),
    ),
    (W6, "not_saying_twin", "zh", "王磊", "汕头同舟这单丢了，选了别家", lost("汕头同舟塑胶有限公司")),
    (W12, "not_saying_twin", "zh", "周建国", "醴陵华彩这单丢了", lost("醴陵华彩陶瓷有限公司")),
    # --- discount_asked: asked for, not agreed
    (W6, "discount_asked", "en", "Priya", "Tri-County Waste wants 15% off", ASK),
    (W6, "discount_asked", "en", "Priya", "Apex asked us for 10% off the quote", ASK),
    (W6, "discount_asked", "zh", "王磊", "金华瑞祥让我们报个九折的价", ASK),
    (W6, "discount_asked", "zh", "王磊", "三明华泰想要打个九五折", ASK),
    (W12, "discount_asked", "en", "Marcus", "Rockford is pushing for 8% off", ASK),
    (W12, "discount_asked", "zh", "孙丽", "诸暨华翔要我们给个八五折的报价", ASK),
    (
        W6,
        "discount_asked_twin",
        "en",
        "Priya",
        "we gave Apex 10% off, 16.2k now",
        deal("Apex Roofing & Gutters", amount="16200"),
    ),
    (
        W6,
        "discount_asked_twin",
        "zh",
        "王磊",
        "金华瑞祥同意打九折，5.4万",
        deal("金华瑞祥印务有限公司", amount="54000"),
    ),
    (
        W12,
        "discount_asked_twin",
        "zh",
        "孙丽",
        "诸暨华翔打了八五折，现在4.93万",
        deal("诸暨华翔袜业有限公司", amount="49300"),
    ),
    # --- rough: a range or a rough figure left open
    (W6, "rough", "en", "Priya", "Hazelton came back with something between 12 and 14", ASK),
    (W6, "rough", "zh", "王磊", "西湖龙井那边给了个数，7到9之间", ASK),
    (W6, "rough", "zh", "王磊", "丽水德隆大概十六万左右吧，郝主管还没把话说死", ASK),
    (W12, "rough", "en", "Marcus", "Twin Ports gave me a number, somewhere between 30 and 35", ASK),
    (W12, "rough", "zh", "周建国", "宜城楚都大约九万上下吧，蔡老板没说死", ASK),
    (
        W6,
        "rough_twin",
        "en",
        "Priya",
        "Hazelton came back at 14k, final",
        deal("Hazelton Chiropractic", amount="14000"),
    ),
    (W6, "rough_twin", "zh", "王磊", "丽水德隆定了十六万", deal("丽水德隆陶瓷有限公司", amount="160000")),
    (W12, "rough_twin", "zh", "周建国", "宜城楚都定了九万", deal("宜城楚都食品有限公司", amount="90000")),
    # --- no_value: a change with no value
    (W6, "no_value", "en", "Priya", "update the stage on Rosedale Chiropractic", ASK),
    (W6, "no_value", "en", "Priya", "Lochmoor Auto Body slipped to next quarter", ASK),
    (W6, "no_value", "zh", "王磊", "汕头同舟的阶段要改一下", ASK),
    (W6, "no_value", "zh", "王磊", "中鼎精工推到下个季度了", ASK),
    (W12, "no_value", "en", "Marcus", "need to change the stage for Cedar Rapids Millwork", ASK),
    (W12, "no_value", "en", "Marcus", "Hawkeye got pushed to next quarter", ASK),
    (W12, "no_value", "zh", "周建国", "黄冈大别山延到下季度了", ASK),
    (
        W6,
        "no_value_twin",
        "en",
        "Priya",
        "move Rosedale Chiropractic to negotiation",
        deal("Rosedale Chiropractic", stage="negotiation"),
    ),
    (
        W6,
        "no_value_twin",
        "zh",
        "王磊",
        "中鼎精工推到6月30号签",
        deal("中鼎精工有限公司", close_date="2027-06-30"),
    ),
    (
        W12,
        "no_value_twin",
        "en",
        "Marcus",
        "Hawkeye got pushed to June 30",
        deal("Hawkeye Ag Supply", close_date="2029-06-30"),
    ),
]


# Batch 2: other shapes of the same causes, written after the first fixes (never used to find a cause).
MESSAGES_B2: list[tuple[str, str, str, str, str, dict]] = [
    (W6, "budget", "en", "Priya", "Birchwood's owner allocated 9k for shop software this year", ASK),
    (W6, "budget", "zh", "王磊", "湖州永安今年信息化经费批了25万", ASK),
    (W12, "budget", "en", "Marcus", "Badger State has maybe 30k budgeted, not our number", ASK),
    (W12, "budget", "zh", "周建国", "汉川银河的预算下来了，三十五万", ASK),
    (W6, "sarcasm", "en", "Priya", "Juniper Lane will sign tomorrow, as if 🙄", ASK),
    (W6, "sarcasm", "zh", "王磊", "肇庆金诺说这周下单，信他个鬼", ASK),
    (W12, "sarcasm", "en", "Marcus", "oh sure, Driftless Brewing is totally closing at 20k", ASK),
    (W6, "not_saying", "en", "Priya", "not saying Hazelton Chiropractic is dead, not saying it's alive", ASK),
    (W12, "not_saying", "zh", "孙丽", "我没说如皋长寿不做了，也没说一定做", ASK),
    (W6, "discount_asked", "en", "Priya", "Northgate Pediatric Dentistry is after 12% off", ASK),
    (W12, "discount_asked", "zh", "周建国", "当阳玉泉让我们打个九折", ASK),
    (W6, "rough", "zh", "王磊", "荆州聚丰报了个数，6到8之间", ASK),
    (W12, "rough", "en", "Marcus", "Saskatoon came back with something between 70 and 80", ASK),
    (W6, "no_value", "en", "Priya", "fix the stage for Quarry Hill Garden Center", ASK),
    (W6, "no_value", "zh", "王磊", "扬州鼎新的阶段得改", ASK),
    (W12, "no_value", "en", "Marcus", "Thunder Bay got bumped to next quarter", ASK),
    (W6, "week_close", "zh", "王磊", "金华瑞祥麻经理来电话，说下周签", ASK),
    (W12, "week_close", "en", "Marcus", "Gretchen called, Fox River is signing next week", ASK),
    (
        W6,
        "other_one",
        "en",
        "Priya",
        "Oakmont HVAC moved to negotiation. the other chiropractic one wants a demo Fri",
        ASK,
    ),
    (W12, "no_customer", "en", "Marcus", "they moved the pilot to june", ASK),
    (W6, "no_customer", "zh", "王磊", "下周二见，地方还没定", ASK),
    (
        W6,
        "budget_twin",
        "en",
        "Priya",
        "Birchwood agreed to 9k for the shop software",
        deal("Birchwood Auto Body", amount="9000"),
    ),
    (
        W12,
        "budget_twin",
        "zh",
        "周建国",
        "汉川银河的报价确认了，三十五万",
        deal("汉川银河电缆有限公司", amount="350000"),
    ),
    (
        W6,
        "week_close_twin",
        "zh",
        "王磊",
        "金华瑞祥麻经理来电话，说3月10号签",
        {
            "outcome": "store",
            "changes": {
                "activities": [{"customer": "金华瑞祥印务有限公司", "kind": "call"}],
                "deals": [{"customer": "金华瑞祥印务有限公司", "close_date": "2027-03-10"}],
            },
        },
    ),
    (
        W12,
        "no_value_twin",
        "en",
        "Marcus",
        "Thunder Bay got bumped to June 30",
        deal("Thunder Bay Timberworks", close_date="2029-06-30"),
    ),
]


def main() -> None:
    here = Path(__file__).resolve().parent
    for world, name in ((W6, "i34-asks_s34.json"), (W12, "i34-asks_s34_w12.json")):
        out = [
            {"id": f"{w}-{family}-{n:02d}", "lang": lang, "user": user, "text": text, "expect": expect,
             "class": "must_ask" if expect.get("outcome") == "ask" else "deal_update",
             "cause": family.removesuffix("_twin")}
            for n, (w, family, lang, user, text, expect) in enumerate(MESSAGES)
            if w == world
        ]  # fmt: skip
        path = here / name
        path.write_text(json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(out))
        second = [
            {"id": f"{w}-b2-{family}-{n:02d}", "lang": lang, "user": user, "text": text, "expect": expect,
             "class": "must_ask" if expect.get("outcome") == "ask" else "deal_update",
             "cause": family.removesuffix("_twin")}
            for n, (w, family, lang, user, text, expect) in enumerate(MESSAGES_B2)
            if w == world
        ]  # fmt: skip
        path = here / name.replace(".json", "_b2.json")
        path.write_text(
            json.dumps({"messages": second}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(path.name, len(second))


if __name__ == "__main__":
    main()
