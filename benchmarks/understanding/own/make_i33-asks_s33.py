"""Own set of i33-asks (session 33): must-asks stored silently, by what the reader took as certain.

Written before any change of session 33, from the causes of the lane's ids in focus P's read half (set 7's
world), never copying a read message (other customers, other words, both languages), in **set 7's world**
(focus P's files: Monday 2027-06-07 08:50) and **set 12's world** (set 12's files: Thursday 2029-04-26).
Families (the value the reader took as certain, and the property of the words that should have made it doubt):

- `no_value`: a change said with no new value ("need to change the X amount", "move the X close date out",
  "金额要改一下", "結案日期要往後延", "wants it priced without the install, send a new one"): to what? asked;
  twins say the value (stored);
- `rough_figure`: a figure said roughly beside other news (大概/大约/估计 before it, 来万/上下/左右 after it,
  先估個/先抓: a placeholder): asked; twins say it firmly (stored);
- `per_period`: an amount per month or for one phase while the rest is open ("1.2k a month", "每月一万五",
  "第一階段60萬，後面的再看"): not the deal's amount; asked; twins say the whole ("14.4k total", the second
  phase dropped by the customer: the first phase's figure is the deal, written down here as a store);
- `rough_stage_close`: a close said as a quarter guessed ("大概四季度吧") or a stage said as one of two
  ("進議價還是再等一輪提案，看…怎麼說", "negotiation or stays at proposal, depends on…"): asked; twins firm;
- `double_negation`: an outcome said under a negated saying ("wouldn't say X is out of the running",
  "也不能说X就没戏了"): no loss; asked; twins tell the loss;
- `target`: a figure said as a goal or someone else's budget for a larger whole ("aim is to get X up to 35k",
  "目标是把X做到25万", "approved 120k for all of it, we're just one piece"): asked; twins say it as done.

Twins end in `_twin`. Two files: `i33-asks_s33_w7.json` (focus P's harness) and `i33-asks_s33_w12.json`:

    B=$PWD/benchmarks/understanding  # absolute paths: relative ones fail the import
    for W in w7:focus-p w12:set12; do F=${W#*:}; .venv/bin/python $B/quick.py \
        --file $B/own/i33-asks_s33_${W%:*}.json --customers $B/$F/customers.csv --setup $B/$F/setup.txt \
        --harness $B/$F; done
"""

from __future__ import annotations

import json
from pathlib import Path

ASK = {"outcome": "ask"}
ASK_OR_NOTHING = {"outcome": "ask", "also_ok": "nothing"}


def deal(customer: str, **fields: str) -> dict:
    return {"outcome": "store", "changes": {"deals": [{"customer": customer, **fields}]}}


W7 = "w7"
W12 = "w12"
# (world, family, lang, user, text, expect)
MESSAGES: list[tuple[str, str, str, str, str, dict]] = [
    # --- no_value: a change with no value
    (W7, "no_value", "en", "Dana", "need to change the stillwater sports med amount", ASK),
    (W7, "no_value", "en", "Dana", "move the mill creek plumbing close date out", ASK),
    (W7, "no_value", "zh", "刘洋", "临沂恒通的金额要改一下", ASK),
    (W7, "no_value", "zh", "陈静", "聯茂的結案日期要往後延", ASK),
    (
        W7,
        "no_value",
        "en",
        "Dana",
        "ashgrove auto glass wants it priced without the install, send a new one",
        ASK,
    ),
    (W12, "no_value", "en", "Marcus", "revise the rockford gear number", ASK),
    (W12, "no_value", "zh", "孙丽", "诸暨华翔的预计成交日期得改", ASK),
    (
        W12,
        "no_value",
        "en",
        "Sinead",
        "galway bay software want the quote without the training days, redo it",
        ASK,
    ),
    (W12, "no_value", "zh", "周建国", "汉川银河要去掉安装费重新报价", ASK),
    (
        W7,
        "no_value_twin",
        "en",
        "Dana",
        "change the stillwater sports med amount to 48k",
        deal("Stillwater Sports Medicine", amount="48000"),
    ),
    (
        W7,
        "no_value_twin",
        "zh",
        "刘洋",
        "临沂恒通的金额改成20万",
        deal("临沂恒通纸业有限公司", amount="200000"),
    ),
    (
        W7,
        "no_value_twin",
        "en",
        "Dana",
        "push the mill creek plumbing close date to july 30",
        deal("Mill Creek Plumbing", close_date="2027-07-30"),
    ),
    (
        W12,
        "no_value_twin",
        "en",
        "Marcus",
        "rockford gear number is 99k now",
        deal("Rockford Gear & Axle", amount="99000"),
    ),
    (
        W12,
        "no_value_twin",
        "zh",
        "孙丽",
        "诸暨华翔预计成交日期改到6月15号",
        deal("诸暨华翔袜业有限公司", close_date="2029-06-15"),
    ),
    (
        W12,
        "no_value_twin",
        "en",
        "Sinead",
        "galway bay software took the training days out, 44k now",
        deal("Galway Bay Software", amount="44000"),
    ),
    # --- rough_figure: a figure said roughly beside other news
    (W7, "rough_figure", "zh", "刘洋", "鸿运机械那边价格估计得压到十来万", ASK),
    (W7, "rough_figure", "zh", "陈静", "長興印刷說要重新報，大概二十萬上下", ASK),
    (W7, "rough_figure", "zh", "陈静", "億豐機械想改用美金報價，大約一萬五美金", ASK),
    (W7, "rough_figure", "zh", "陈静", "泰豐建材另外要一套監控，先估個15萬", ASK),
    (W7, "rough_figure", "zh", "刘洋", "利民化工大概会加到50来万", ASK),
    (W12, "rough_figure", "zh", "孙丽", "嘉善金穗大概会压到15万左右", ASK),
    (W12, "rough_figure", "zh", "孙丽", "常熟虞山想再谈谈，大约八万上下", ASK),
    (W12, "rough_figure", "zh", "周建国", "随州神农想改成美元付，大概六万美元", ASK),
    (
        W7,
        "rough_figure_twin",
        "zh",
        "刘洋",
        "鸿运机械价格降到12万了",
        deal("保定鸿运机械制造有限公司", amount="120000"),
    ),
    (
        W7,
        "rough_figure_twin",
        "zh",
        "陈静",
        "億豐機械改用美金付，一萬五美金",
        deal("屏東億豐機械股份有限公司", amount="15000", currency="USD"),
    ),
    (
        W12,
        "rough_figure_twin",
        "zh",
        "孙丽",
        "嘉善金穗压到15万了",
        deal("嘉善金穗木业有限公司", amount="150000"),
    ),
    (
        W12,
        "rough_figure_twin",
        "zh",
        "孙丽",
        "常熟虞山重新开始谈了，8万",
        deal("常熟虞山服饰有限公司", status="open", amount="80000"),
    ),
    # --- per_period: an amount per month or for one phase
    (W7, "per_period", "en", "Dana", "gilmore park storage wants to pay monthly, 1.2k a month", ASK),
    (W7, "per_period", "en", "Dana", "mill creek plumbing would rather do $600/month than the lump sum", ASK),
    (W7, "per_period", "zh", "刘洋", "恒通纸业想按月付，每月一万五", ASK),
    (W7, "per_period", "zh", "陈静", "聯茂機電先做第一階段，60萬，後面的再看", ASK),
    (W12, "per_period", "zh", "孙丽", "启东海工一期先上40万，二期等明年", ASK),
    (W12, "per_period", "en", "Sinead", "dundalk cold stores want a subscription instead, 2k a month", ASK),
    (
        W12,
        "per_period",
        "en",
        "Marcus",
        "omaha stockyards phase one is 20k, the rest we'll see next year",
        ASK,
    ),
    (
        W7,
        "per_period_twin",
        "en",
        "Dana",
        "gilmore park storage goes monthly, 1.2k a month for 12 months, 14.4k total",
        deal("Gilmore Park Storage", amount="14400"),
    ),
    (
        W12,
        "per_period_twin",
        "zh",
        "孙丽",
        "启东海工一期二期一起签，一共95万",
        deal("启东海工装备有限公司", amount="950000"),
    ),
    (
        W7,
        "per_period_twin",
        "zh",
        "陈静",
        "聯茂機電只做第一階段，第二階段他們不要了，60萬",
        deal("台灣聯茂機電股份有限公司", amount="600000"),
    ),
    # --- rough_stage_close: a quarter guessed, a stage one of two
    (W7, "rough_stage_close", "zh", "刘洋", "鸿运机械签约大概四季度吧", ASK),
    (W7, "rough_stage_close", "zh", "陈静", "裕民機械要進議價還是再等一輪提案，看詹經理下週怎麼說", ASK),
    (
        W7,
        "rough_stage_close",
        "en",
        "Dana",
        "stillwater sports med moves to negotiation or stays at proposal, "
        "depends on what dr pryce says friday",
        ASK,
    ),
    (W12, "rough_stage_close", "zh", "孙丽", "溧阳天目湖进谈判还是维持方案，要看老板的意思", ASK),
    (W12, "rough_stage_close", "zh", "孙丽", "如皋长寿估计三季度签吧", ASK),
    (
        W7,
        "rough_stage_close_twin",
        "zh",
        "刘洋",
        "鸿运机械签约定在四季度末",
        deal("保定鸿运机械制造有限公司", close_date="2027-12-31"),
    ),
    (
        W7,
        "rough_stage_close_twin",
        "en",
        "Dana",
        "stillwater sports med is in negotiation now",
        deal("Stillwater Sports Medicine", stage="negotiation"),
    ),
    (
        W12,
        "rough_stage_close_twin",
        "zh",
        "孙丽",
        "溧阳天目湖进谈判了",
        deal("溧阳天目湖旅游开发有限公司", stage="negotiation"),
    ),
    # --- double_negation
    (W7, "double_negation", "en", "Dana", "wouldn't say driftwood feed & seed is out of the running", ASK),
    (W7, "double_negation", "en", "Dana", "can't say ashgrove auto glass is dead, not yet anyway", ASK),
    (W12, "double_negation", "en", "Marcus", "I wouldn't call twin ports marine lost", ASK),
    (W7, "double_negation", "zh", "刘洋", "也不能说渝新汽配就没戏了", ASK),
    (W12, "double_negation", "zh", "孙丽", "不能说如皋长寿就丢了", ASK),
    (
        W7,
        "double_negation_twin",
        "en",
        "Dana",
        "driftwood feed & seed is out of the running, they went with a local shop",
        deal("Driftwood Feed & Seed", stage="lost"),
    ),
    (
        W12,
        "double_negation_twin",
        "zh",
        "孙丽",
        "如皋长寿丢了，选了别家",
        deal("如皋长寿食品有限公司", stage="lost"),
    ),
    # --- target: a goal, or someone's budget for a larger whole
    (W7, "target", "en", "Dana", "aim is to get kingsbury auto glass up to 35k by month end", ASK_OR_NOTHING),
    (W7, "target", "en", "Dana", "goal for larkin hills family medicine: 18k", ASK_OR_NOTHING),
    (W7, "target", "zh", "刘洋", "目标是把星拓做到25万美金", ASK_OR_NOTHING),
    (
        W12,
        "target",
        "en",
        "Marcus",
        "trying to get kalamazoo pharma to 175k before their budget freezes",
        ASK_OR_NOTHING,
    ),
    (
        W12,
        "target",
        "en",
        "Sinead",
        "cobh harbour pharma's board signed off 200k for the whole fit-out, we're only the IT part",
        ASK_OR_NOTHING,
    ),
    (
        W7,
        "target",
        "en",
        "Dana",
        "stillwater sports med's district approved 120k for all of it, we're just the scheduling piece",
        ASK_OR_NOTHING,
    ),
    (W12, "target", "zh", "孙丽", "目标是把溧阳天目湖拉到35万", ASK_OR_NOTHING),
    (
        W7,
        "target_twin",
        "en",
        "Dana",
        "got kingsbury auto glass up to 35k",
        deal("Kingsbury Auto Glass", amount="35000"),
    ),
    (W7, "target_twin", "zh", "刘洋", "星拓做到25万美金了", deal("深圳星拓电子有限公司", amount="250000")),
    (
        W12,
        "target_twin",
        "en",
        "Sinead",
        "cobh harbour pharma approved 160k for our part",
        deal("Cobh Harbour Pharma", amount="160000"),
    ),
]


# Second batch, written after the landing (f736c48) in other words, scored on it before any further change:
# do the mechanisms carry to shapes the first batch did not write? (`i33-asks_s33_<world>_b2.json`)
MESSAGES_B2: list[tuple[str, str, str, str, str, dict]] = [
    (W7, "no_value", "en", "Dana", "gotta fix the foxhollow dental studio quote", ASK),
    (W7, "no_value", "zh", "刘洋", "利民化工的结单日期得往后挪", ASK),
    (W7, "per_period", "zh", "陈静", "億豐機械說要改成按季付，每季三萬", ASK),
    (
        W7,
        "rough_figure",
        "en",
        "Dana",
        "red oak dental studio would come to roughly 25k if they add the second chair",
        ASK,
    ),
    (W7, "rough_figure", "zh", "刘洋", "鸿运机械估摸着能到十五万上下", ASK),
    (W7, "double_negation", "en", "Dana", "wouldn't write off coldwater plumbing just yet", ASK),
    (W7, "target", "en", "Dana", "target: kingsbury auto glass at 40k by Q3", ASK_OR_NOTHING),
    (W7, "per_period", "zh", "陈静", "長興印刷第一批先做20萬，剩下的看效果", ASK),
    (
        W7,
        "no_value_twin",
        "en",
        "Dana",
        "fix the foxhollow dental studio quote to 26k",
        deal("Foxhollow Dental Studio", amount="26000"),
    ),
    (W12, "no_value", "en", "Marcus", "need to redo the hawkeye ag pricing", ASK),
    (W12, "per_period", "zh", "孙丽", "平湖晶光说想按月结，每个月三千美元", ASK),
    (W12, "double_negation", "zh", "孙丽", "不好说嘉善金穗黄了", ASK),
    (W12, "target", "en", "Marcus", "goal is 60k on driftless dairy", ASK_OR_NOTHING),
    (
        W12,
        "rough_figure_twin",
        "zh",
        "孙丽",
        "嘉善金穗谈到16万了",
        deal("嘉善金穗木业有限公司", amount="160000"),
    ),
]


def main() -> None:
    here = Path(__file__).resolve().parent
    for world in (W7, W12):
        out = [
            {"id": f"{w}-{family}-{n:02d}", "lang": lang, "user": user, "text": text, "expect": expect,
             "class": "must_ask" if expect.get("outcome") == "ask" else "deal_update",
             "cause": family.removesuffix("_twin")}
            for n, (w, family, lang, user, text, expect) in enumerate(MESSAGES)
            if w == world
        ]  # fmt: skip
        path = here / f"i33-asks_s33_{world}.json"
        path.write_text(json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(out))
        second = [
            {"id": f"{w}-b2-{family}-{n:02d}", "lang": lang, "user": user, "text": text, "expect": expect,
             "class": "must_ask" if expect.get("outcome") == "ask" else "deal_update",
             "cause": family.removesuffix("_twin")}
            for n, (w, family, lang, user, text, expect) in enumerate(MESSAGES_B2)
            if w == world
        ]  # fmt: skip
        path = here / f"i33-asks_s33_{world}_b2.json"
        path.write_text(
            json.dumps({"messages": second}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(path.name, len(second))


if __name__ == "__main__":
    main()
