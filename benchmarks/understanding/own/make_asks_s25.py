"""Own set of i25-asks (session 25), set 12's world (focus H's): asking when a slot rests on doubt.

Written before the changes, in other words than focus H's failures, both languages, each family with twins
that say the same thing without the doubt (they must still store, so that asking everything does not pass).
Judge with set 12's harness:

    B=benchmarks/understanding
    quick.py --file $B/own/asks_s25.json --customers $B/set12/customers.csv --setup $B/set12/setup.txt \
        --harness $B/set12
"""

from __future__ import annotations

import json
from pathlib import Path

ASK = {"outcome": "ask"}
ASK_OR_NOTHING = {"outcome": "ask", "also_ok": ["nothing"]}


def amount(customer: str, value: str, currency: str) -> dict:
    return {
        "outcome": "store",
        "changes": {"deals": [{"customer": customer, "amount": value, "currency": currency}]},
    }


def close(customer: str, day: str | list[str]) -> dict:
    return {"outcome": "store", "changes": {"deals": [{"customer": customer, "close_date": day}]}}


def remind(customer: str | None, day: str) -> dict:
    return {"outcome": "store", "changes": {"reminders": [{"customer": customer, "due": day}]}}


PINGXIANG = "萍乡安源电瓷有限公司"
HANCHUAN = "汉川银河电缆有限公司"
ZHUJI = "诸暨华翔袜业有限公司"
YUEQING = "乐清正达电气有限公司"
LILING = "醴陵华彩陶瓷有限公司"
CHIBI = "赤壁青砖茶业有限公司"
WANCHAI = "灣仔利達會計師行"
HSINCHU = "新竹晶創半導體股份有限公司"
RUGAO = "如皋长寿食品有限公司"
TSUENWAN = "荃灣美景酒店管理有限公司"
KOWLOONBAY = "九龍灣雲端科技有限公司"
HUANGGANG = "黄冈大别山旅游有限公司"
DANYANG = "丹阳视远眼镜有限公司"
SUIZHOU = "随州神农汽车配件有限公司"
XIANNING = "咸宁康泰医药有限公司"

MESSAGES: list[tuple[str, str, str, str, dict]] = [
    # (family, lang, user, text, expect)
    # --- a range said with Chinese numerals or words, with or without a dash (must ask) + twins
    ("range", "zh", "周建国", "萍乡安源钟总说预算二十到二十五万", ASK),
    ("range_twin", "zh", "周建国", "萍乡安源钟总说预算改成二十五万", amount(PINGXIANG, "250000", "CNY")),
    ("range", "zh", "孙丽", "如皋长寿冒厂长讲预算大概十一二万", ASK),
    ("range_twin", "zh", "孙丽", "如皋长寿冒厂长讲预算大概十二万", amount(RUGAO, "120000", "CNY")),
    ("range", "zh", "何志明", "荃灣美景話個budget約莫廿五萬至廿六萬", ASK),
    ("range_twin", "zh", "何志明", "荃灣美景話個budget廿六萬", amount(TSUENWAN, "260000", "HKD")),
    ("range", "zh", "何志明", "九龍灣雲端話預算十二到十三萬左右", ASK),
    ("range_twin", "zh", "何志明", "九龍灣雲端話預算改做十四萬左右", amount(KOWLOONBAY, "140000", "HKD")),
    ("range", "zh", "周建国", "汉川银河汪经理说金额三十三四万的样子", ASK),
    ("range_twin", "zh", "周建国", "汉川银河汪经理说金额改成三十四万", amount(HANCHUAN, "340000", "CNY")),
    ("range", "zh", "周建国", "恩施硒源向总说预算七万到八万块", ASK),
    ("range", "zh", "孙丽", "诸暨华翔何经理说金额在六至七万", ASK),
    ("range_twin", "zh", "孙丽", "诸暨华翔何经理说金额在七万", amount(ZHUJI, "70000", "CNY")),
    (
        "range",
        "en",
        "Sinead",
        "Dundalk Cold Stores - Gerry reckons sixty to sixty-five thousand for the lot",
        ASK,
    ),
    (
        "range_twin",
        "en",
        "Sinead",
        "Dundalk Cold Stores - Gerry says sixty-five thousand for the lot",
        amount("Dundalk Cold Stores", "65000", "EUR"),
    ),
    ("range", "en", "Marcus", "hawkeye ag budget is 40 or 45k", ASK),
    ("range_twin", "en", "Marcus", "hawkeye ag budget is 45k", amount("Hawkeye Ag Supply", "45000", "USD")),
    ("range", "mx", "何志明", "灣仔利達馬太話budget三至四萬", ASK),
    # --- a ceiling said as what they could do, not what is agreed (must ask) + twins
    ("ceiling", "zh", "周建国", "黄冈大别山童主任说可以加到十八万", ASK),
    (
        "ceiling_twin",
        "zh",
        "周建国",
        "黄冈大别山童主任说已经加到十八万了",
        amount(HUANGGANG, "180000", "CNY"),
    ),
    ("ceiling", "zh", "孙丽", "丹阳视远贺经理说预算能涨到五万", ASK),
    ("ceiling_twin", "zh", "孙丽", "丹阳视远贺经理说预算涨到五万", amount(DANYANG, "50000", "CNY")),
    # "willing to" is what they would do (focus G's writer stored "they'd go to 17k"): either is right
    (
        "ceiling",
        "zh",
        "何志明",
        "荃灣美景話佢哋肯加到廿五萬",
        {**amount(TSUENWAN, "250000", "HKD"), "also_ok": ["ask"]},
    ),
    ("ceiling", "en", "Sinead", "Tralee Bay - Maeve says they could go up to 38k", ASK),
    (
        "ceiling_twin",
        "en",
        "Sinead",
        "Tralee Bay - Maeve agreed 38k",
        amount("Tralee Bay Seafoods", "38000", "EUR"),
    ),
    ("ceiling", "en", "Marcus", "hawkeye could probably stretch to 42k", ASK),
    # --- a change said with no value (must ask or nothing) + twins
    ("no_value", "zh", "周建国", "醴陵华彩的金额可能要改，文经理说下周给数", ASK_OR_NOTHING),
    ("no_value_twin", "zh", "周建国", "醴陵华彩的金额改成15万", amount(LILING, "150000", "CNY")),
    ("no_value", "zh", "周建国", "潜江楚源那单的预算有变化，具体多少万曾总还没说", ASK_OR_NOTHING),
    ("no_value", "zh", "何志明", "九龍灣雲端嗰單個銀碼要改，等佢哋覆", ASK_OR_NOTHING),
    ("no_value", "zh", "周建国", "赤壁青砖那个价格得调一调", ASK_OR_NOTHING),
    ("no_value_twin", "zh", "周建国", "赤壁青砖那个价格调到六万", amount(CHIBI, "60000", "CNY")),
    (
        "no_value",
        "en",
        "Sinead",
        "Drogheda Brewing: Fionnuala says the amount will change, new figure next week",
        ASK_OR_NOTHING,
    ),
    (
        "no_value_twin",
        "en",
        "Sinead",
        "Drogheda Brewing: Fionnuala says the amount changes to 42k",
        amount("Drogheda Brewing Company", "42000", "EUR"),
    ),
    (
        "no_value",
        "en",
        "Marcus",
        "value on the hawkeye deal needs updating, waiting on dave's numbers",
        ASK_OR_NOTHING,
    ),
    # --- the speaker unsure which customer (must ask) + twins
    ("unsure_customer", "zh", "孙丽", "不记得是张家港宏远还是江阴宏远了，反正宏远说要加量", ASK),
    ("unsure_customer", "zh", "周建国", "仙桃鑫达还是天门鑫达我分不清了，鑫达那边说预算加到四十万", ASK),
    (
        "unsure_customer_twin",
        "zh",
        "周建国",
        "天门鑫达那边说预算加到四十万",
        amount("天门鑫达塑业有限公司", "400000", "CNY"),
    ),
    (
        "unsure_customer",
        "en",
        "Sinead",
        "Sligo Medical or Sligo Harbour Hotel, can't remember which, said budget goes to 30k",
        ASK,
    ),
    (
        "unsure_customer_twin",
        "en",
        "Sinead",
        "Sligo Harbour Hotel said budget goes to 30k",
        amount("Sligo Harbour Hotel", "30000", "EUR"),
    ),
    ("unsure_customer", "zh", "何志明", "唔記得係葵涌恒發定觀塘恒發，總之恒發話預算加到九萬", ASK),
    # --- a vague day for a reminder (must ask) + twins
    ("vague_day", "zh", "周建国", "端午前后提醒我找黎总聊续约", ASK),
    ("vague_day", "zh", "孙丽", "五一左右提醒我约一下乐清正达的叶经理", ASK),
    ("vague_day_twin", "zh", "孙丽", "4月30号提醒我约一下乐清正达的叶经理", remind(YUEQING, "2029-04-30")),
    ("vague_day", "en", "Sinead", "remind me around the bank holiday to ring Maeve at Tralee", ASK),
    (
        "vague_day_twin",
        "en",
        "Sinead",
        "remind me the day after the bank holiday to ring Maeve at Tralee",
        remind("Tralee Bay Seafoods", "2029-05-08"),
    ),
    ("vague_day", "zh", "何志明", "佛誕前後提我約灣仔利達馬太", ASK),
    # --- a person named by a role several of the user's contacts have (must ask) + twins
    ("role_person", "en", "Marcus", "remind me monday to ring the dentist about the chairs", ASK),
    ("role_person", "en", "Marcus", "ping me tomorrow to follow up with the vet", ASK),
    (
        "role_person_twin",
        "en",
        "Marcus",
        "remind me monday to ring dr raman about the chairs",
        remind("Peoria Heights Dental", "2029-04-30"),
    ),
    # --- deal updates that must store: the old value said as left, a close said before a holiday, a deal
    # named by what it is, a close said in a pasted mail
    (
        "deal_store",
        "en",
        "Sinead",
        "Athlone Precision now want it signed end of June not end of May. pls update close",
        close("Athlone Precision Plastics Ltd", "2029-06-30"),
    ),
    (
        "deal_store",
        "en",
        "Marcus",
        "prairie forge press brake: dave says close july 4th week, not june. update it",
        {
            "outcome": "store",
            "also_ok": ["ask"],
            "changes": {
                "deals": [
                    {
                        "customer": "Prairie Forge Metals Inc",
                        "close_date": ["2029-07-02", "2029-07-03", "2029-07-04", "2029-07-05", "2029-07-06"],
                    }
                ]
            },
        },
    ),
    (
        "deal_store",
        "zh",
        "孙丽",
        "溧阳天目湖史经理说签约改到六月底，不是五月底",
        close("溧阳天目湖旅游开发有限公司", "2029-06-30"),
    ),
    (
        "deal_store",
        "zh",
        "周建国",
        "萍乡安源钟总说合同端午前一定签，预计成交日期改到端午前",
        close(PINGXIANG, "2029-06-15"),
    ),
    (
        "deal_store",
        "zh",
        "周建国",
        "随州神农王部长说那个刹车片的单子涨到四十五万",
        amount(SUIZHOU, "450000", "CNY"),
    ),
    (
        "deal_store",
        "zh",
        "周建国",
        "咸宁康泰程科长说那个冷链的单子涨到十万",
        amount(XIANNING, "100000", "CNY"),
    ),
    (
        "deal_store",
        "zh",
        "孙丽",
        "海宁恒泰沈总说那个仓储条码的单子降到十万",
        amount("海宁恒泰经编有限公司", "100000", "CNY"),
    ),
    (
        "deal_store",
        "en",
        "Kenji",
        "Yokohama Kemikaru Hayashi-san email: they want close date end of July",
        {
            "outcome": "store",
            "changes": {"deals": [{"customer": "Yokohama Kemikaru KK", "close_date": "2029-07-31"}]},
        },
    ),
    (
        "deal_store",
        "en",
        "Sinead",
        "Sligo Medical - Aoife emailed: close date end of July now",
        {
            "outcome": "store",
            "changes": {
                "activities": [
                    {
                        "customer": "Sligo Medical Devices Ltd",
                        "kind": ["email", "message"],
                        "contact": "Dr. Aoife Gallagher",
                    }
                ],
                "deals": [{"customer": "Sligo Medical Devices Ltd", "close_date": "2029-07-31"}],
            },
            "alt_changes": [
                {"deals": [{"customer": "Sligo Medical Devices Ltd", "close_date": "2029-07-31"}]}
            ],
        },
    ),
    ("deal_store", "zh", "何志明", "新竹晶創林小姐話張單升到十萬美金", amount(HSINCHU, "100000", "USD")),
    # --- a 万 amount with no currency on a USD deal (must ask) + twin
    ("currency", "zh", "何志明", "新竹晶創林小姐話張單升到十萬", ASK),
    ("currency", "zh", "孙丽", "平湖晶光陆总说金额改成九万", ASK),
    (
        "currency_twin",
        "zh",
        "孙丽",
        "平湖晶光陆总说金额改成九万美金",
        amount("平湖晶光电子有限公司", "90000", "USD"),
    ),
    # --- second batch, probed before its changes (bounds, hedges after the amount, hedged outcomes) + twins
    ("bound", "en", "Marcus", "hawkeye ag budget north of 45k", ASK),
    ("bound", "en", "Marcus", "hawkeye ag - dave says upwards of 50k", ASK),
    ("bound", "en", "Sinead", "Tralee Bay want it at least 40k", ASK),
    ("bound", "zh", "孙丽", "诸暨华翔金额至少八万", ASK),
    ("bound", "zh", "孙丽", "诸暨华翔何经理说预算八万以上", ASK),
    ("bound_twin", "zh", "孙丽", "诸暨华翔金额改成八万", amount(ZHUJI, "80000", "CNY")),
    ("bound_twin", "en", "Sinead", "Tralee Bay now 40k", amount("Tralee Bay Seafoods", "40000", "EUR")),
    ("hedge_after", "en", "Sinead", "Tralee Bay around 40k, maybe less", ASK),
    ("hedge_after", "zh", "何志明", "荃灣美景話大約二十萬，可能少啲", ASK),
    ("hedge_after_twin", "zh", "何志明", "荃灣美景改做二十萬", amount(TSUENWAN, "200000", "HKD")),
    ("hedged_outcome", "zh", "周建国", "萍乡安源好像黄了", ASK_OR_NOTHING),
    ("hedged_outcome", "zh", "孙丽", "诸暨华翔看样子签了", ASK_OR_NOTHING),
    ("hedged_outcome", "zh", "孙丽", "诸暨华翔应该签了吧", ASK_OR_NOTHING),
    ("hedged_outcome", "en", "Marcus", "hawkeye ag likely won, waiting on PO", ASK_OR_NOTHING),
    ("hedged_outcome", "en", "Sinead", "Tralee Bay looks like it's dead", ASK_OR_NOTHING),
    ("hedged_outcome", "zh", "周建国", "汉川银河估计要黄", ASK_OR_NOTHING),
    ("hedged_outcome", "en", "Marcus", "hawkeye ag is 90% there", ASK_OR_NOTHING),
    (
        "hedged_outcome_twin",
        "zh",
        "周建国",
        "萍乡安源黄了",
        {"outcome": "store", "changes": {"deals": [{"customer": PINGXIANG, "stage": "lost"}]}},
    ),
    (
        "hedged_outcome_twin",
        "zh",
        "孙丽",
        "诸暨华翔合同已经签了",
        {"outcome": "store", "changes": {"deals": [{"customer": ZHUJI, "stage": "won"}]}},
    ),
    (
        "hedged_outcome_twin",
        "en",
        "Marcus",
        "hawkeye ag won, PO in",
        {"outcome": "store", "changes": {"deals": [{"customer": "Hawkeye Ag Supply", "stage": "won"}]}},
    ),
    # --- third batch, probed before its change (an amount said only roughly) + twins
    ("vague_amount", "zh", "何志明", "荃灣美景話預算廿幾萬", ASK),
    ("vague_amount", "zh", "周建国", "萍乡安源说预算小三十万", ASK),
    ("vague_amount", "en", "Marcus", "hawkeye budget mid-fifties", ASK),
    ("vague_amount", "zh", "周建国", "汉川银河那个单子几十万吧", ASK),
    ("vague_amount_twin", "zh", "周建国", "萍乡安源说预算改成三十万", amount(PINGXIANG, "300000", "CNY")),
    (
        "vague_amount_twin",
        "en",
        "Marcus",
        "hawkeye budget now 55k",
        amount("Hawkeye Ag Supply", "55000", "USD"),
    ),
]


def main() -> None:
    counters: dict[str, int] = {}
    out = []
    for family, lang, user, text, expect in MESSAGES:
        counters[lang] = counters.get(lang, 0) + 1
        cls = "must_ask" if expect["outcome"] == "ask" else "deal_update"
        if expect["outcome"] == "store" and "reminders" in expect["changes"]:
            cls = "reminder"
        out.append(
            {
                "id": f"a25-{lang}{counters[lang]:03d}",
                "lang": lang,
                "class": cls,
                "family": family,
                "user": user,
                "text": text,
                "expect": expect,
            }
        )
    Path(__file__).with_name("asks_s25.json").write_text(
        json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
