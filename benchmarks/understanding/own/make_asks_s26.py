"""Own set of i26-asks (session 26), set 12's world (focus I's): a clause that carries doubt.

Written before the changes, in other words than focus I read's failures (other customers, both languages),
each family with twins that say the same thing without the doubt (they must still store, so that asking
everything does not pass). Families: a hedge or a not-yet beside the value (`hedged`), hearsay (`hearsay`),
a time said only by reference (`ref_time`), a change with no value (`no_value`), a reference that fits another
record (`other_record`), and messages that must store although they name a source, a duration or a count
(`store_*`). Judge with set 12's harness:

    B=benchmarks/understanding
    quick.py --file $B/own/asks_s26.json --customers $B/focus-i/customers.csv --setup $B/focus-i/setup.txt \
        --harness $B/focus-i
"""

from __future__ import annotations

import json
from pathlib import Path

ASK = {"outcome": "ask"}


def deal(customer: str, **fields: str) -> dict:
    return {"outcome": "store", "changes": {"deals": [{"customer": customer, **fields}]}}


def log(customer: str, kind: str | list[str], contact: str | None = None) -> dict:
    activity: dict = {"customer": customer, "kind": kind}
    if contact:
        activity["contact"] = [contact]
    return {"outcome": "store", "changes": {"activities": [activity]}}


def remind(customer: str | None, day: str) -> dict:
    return {"outcome": "store", "changes": {"reminders": [{"customer": customer, "due": day}]}}


MESSAGES: list[tuple[str, str, str, str, dict]] = [
    # (family, lang, user, text, expect)
    # --- a hedge or a not-yet beside the value: every slot of the clause is a question
    (
        "hedged",
        "en",
        "Marcus",
        "Sioux Falls Vet could be back in play, Dr Menendez emailed, nothing confirmed",
        ASK,
    ),
    ("hedged", "en", "Marcus", "peoria heights dental may come back to us, not firm yet", ASK),
    (
        "hedged_twin",
        "en",
        "Marcus",
        "peoria heights dental is back on, reopen it",
        deal("Peoria Heights Dental", status="open"),
    ),
    ("hedged", "en", "Marcus", "fox river PO possibly mid june, not confirmed yet", ASK),
    (
        "hedged_twin",
        "en",
        "Marcus",
        "fox river close moved to june 15, gretchen confirmed",
        deal("Fox River Paper Co", close_date="2029-06-15"),
    ),
    ("hedged", "en", "Sinead", "Wicklow Mountain Water around 25k, nothing final yet", ASK),
    (
        "hedged_twin",
        "en",
        "Sinead",
        "Wicklow Mountain Water deal now 25k",
        deal("Wicklow Mountain Water Ltd", amount="25000"),
    ),
    ("hedged", "en", "Sinead", "Drogheda Brewing might move to negotiation next week, tbc", ASK),
    (
        "hedged_twin",
        "en",
        "Sinead",
        "Drogheda Brewing moving to negotiation",
        deal("Drogheda Brewing Company", stage="negotiation"),
    ),
    ("hedged", "zh", "孙丽", "溧阳天目湖金额大约三十二万，还没最后定", ASK),
    (
        "hedged_twin",
        "zh",
        "孙丽",
        "溧阳天目湖金额改成三十二万",
        deal("溧阳天目湖旅游开发有限公司", amount="320000"),
    ),
    ("hedged", "zh", "孙丽", "嘉善金穗可能下个月中签，还没敲定", ASK),
    (
        "hedged_twin",
        "zh",
        "孙丽",
        "嘉善金穗5月15号签约",
        deal("嘉善金穗木业有限公司", close_date="2029-05-15"),
    ),
    ("hedged", "zh", "周建国", "枣阳汉城那单说不定能救回来，暂时没准信", ASK),
    ("hedged", "zh", "何志明", "灣仔利達可能會重新考慮我哋，仲未落實", ASK),
    ("hedged", "zh", "何志明", "九龍灣雲端個單大概下個月尾簽，未確認", ASK),
    (
        "hedged_twin",
        "zh",
        "何志明",
        "九龍灣雲端個單五月三十一號簽",
        deal("九龍灣雲端科技有限公司", close_date="2029-05-31"),
    ),
    ("hedged", "mx", "孙丽", "太仓港汇 close date 可能 push 到 June，还没 confirm", ASK),
    ("hedged", "mx", "周建国", "黄冈大别山 amount 也许 要加 一点", ASK),
    ("hedged", "zh", "周建国", "当阳玉泉的预算可能还会涨一些", ASK),
    (
        "hedged_twin",
        "zh",
        "周建国",
        "当阳玉泉的预算涨到二十万了",
        deal("当阳玉泉酒业有限公司", amount="200000"),
    ),
    # --- hearsay: what somebody else heard is no fact to store
    (
        "hearsay",
        "en",
        "Marcus",
        "heard through the grapevine Thunder Bay Timberworks went with another vendor",
        ASK,
    ),
    (
        "hearsay_twin",
        "en",
        "Marcus",
        "Thunder Bay Timberworks went with another vendor",
        deal("Thunder Bay Timberworks", stage="lost"),
    ),
    ("hearsay", "en", "Sinead", "word is Brasserie Saint-Étienne want to talk to us again", ASK),
    ("hearsay", "en", "Marcus", "apparently fargo sugarbeet might reopen the project", ASK),
    ("hearsay", "zh", "周建国", "听别人说恩施硒源又想找我们了", ASK),
    ("hearsay", "zh", "周建国", "据说樟树本草堂那个项目又要重新启动", ASK),
    ("hearsay", "zh", "何志明", "聽人講沙田明德已經揀咗第二間", ASK),
    ("hearsay_twin", "zh", "何志明", "沙田明德揀咗第二間，冇咗", deal("沙田明德教育中心", stage="lost")),
    ("hearsay", "zh", "孙丽", "听说丹阳视远要签了", ASK),
    # --- a time said only by reference or vaguely, for a close or a follow-up
    ("ref_time", "en", "Marcus", "omaha stockyards wants to sign around the same time as last year", ASK),
    ("ref_time", "en", "Sinead", "Tralee Bay want to close same as last time", ASK),
    (
        "ref_time_twin",
        "en",
        "Sinead",
        "Tralee Bay want to close end of June",
        deal("Tralee Bay Seafoods", close_date="2029-06-30"),
    ),
    ("ref_time", "zh", "孙丽", "桐乡锦绣说跟去年一样的时间签", ASK),
    ("ref_time", "zh", "周建国", "醴陵华彩文经理说等中秋过了再说", ASK),
    ("ref_time", "zh", "周建国", "黄冈大别山说等忙完这阵子再谈", ASK),
    (
        "ref_time_twin",
        "zh",
        "周建国",
        "黄冈大别山说5月10号再谈，提醒我",
        remind("黄冈大别山旅游有限公司", "2029-05-10"),
    ),
    ("ref_time", "zh", "何志明", "沙田明德話等暑假之後再傾", ASK),
    # --- a change with no value
    ("no_value", "zh", "周建国", "当阳玉泉换了个对接的人", ASK),
    ("no_value", "zh", "孙丽", "诸暨华翔那边负责人换了", ASK),
    (
        "no_value_twin",
        "zh",
        "孙丽",
        "诸暨华翔负责人换成了周敏，财务经理",
        {"outcome": "store", "changes": {"contacts": [{"customer": "诸暨华翔袜业有限公司", "name": "周敏"}]}},
    ),
    ("no_value", "zh", "何志明", "元朗大昌換咗負責人", ASK),
    ("no_value", "en", "Marcus", "omaha stockyards has a new point of contact now", ASK),
    ("no_value", "en", "Sinead", "Firenze Pelletteria changed buyer", ASK),
    # --- a reference that fits another record
    ("other_record", "en", "Sinead", "Spoke with Ciarán about the Credit Union deal, all fine", ASK),
    ("other_record", "en", "Marcus", "met ingrid re the brewing quote, good chat", ASK),
    (
        "other_record_twin",
        "en",
        "Marcus",
        "met ingrid re the dairy quote, good chat",
        log("Driftless Dairy Cooperative", ["meeting", "visit"], "Ingrid Solberg"),
    ),
    ("other_record", "en", "Marcus", "scrap the prairie forge thing", ASK),
    # --- must store: who said it, a duration, a count
    (
        "store_source",
        "en",
        "Sinead",
        "Tralee Bay Seafoods: Maeve approved the budget, moving to negotiation",
        deal("Tralee Bay Seafoods", stage="negotiation"),
    ),
    (
        "store_source",
        "en",
        "Sinead",
        "Dundalk Cold Stores agreed €62k, Gerry's sending the PO",
        deal("Dundalk Cold Stores", amount="62000"),
    ),
    (
        "store_source",
        "en",
        "Marcus",
        "Rockford Gear: Pete says the amount is 98k now",
        deal("Rockford Gear & Axle", amount="98000"),
    ),
    (
        "store_duration",
        "zh",
        "周建国",
        "萍乡安源钟总电话说要8台设备，交货期60天",
        log("萍乡安源电瓷有限公司", "call", "钟国梁"),
    ),
    (
        "store_duration",
        "en",
        "Marcus",
        "call with wade at omaha stockyards, 45 day trial wanted, lead time 30 days",
        log("Omaha Stockyards Logistics", "call", "Wade Pickett"),
    ),
    (
        "store_count",
        "en",
        "Marcus",
        "visited twin ports marine, 80 staff, 12 in the warehouse, erik wants a demo",
        log("Twin Ports Marine Supply", ["visit", "meeting"], "Erik Halvorsen"),
    ),
    (
        "store_count",
        "zh",
        "孙丽",
        "拜访诸暨华翔，何经理说厂里500人，其中30个在仓库",
        log("诸暨华翔袜业有限公司", ["visit", "meeting"], "何佳"),
    ),
    # --- batch 2 (written with the second change): a stage pushed to, more of the families above
    (
        "store_stage",
        "zh",
        "孙丽",
        "丹阳视远 deal 推到 proposal 了",
        deal("丹阳视远眼镜有限公司", stage="proposal"),
    ),
    (
        "store_stage",
        "en",
        "Marcus",
        "cafe boreal deal pushed to proposal",
        deal("Café Boréal Montréal", stage="proposal"),
    ),
    ("postponed", "zh", "孙丽", "丹阳视远的单子推迟了", ASK),
    ("other_record", "en", "Sinead", "Talked to Declan about the Medical Devices order", ASK),
    (
        "other_record_twin",
        "en",
        "Sinead",
        "Talked to Declan about the hotel order",
        log("Sligo Harbour Hotel", "call", "Declan Hart"),
    ),
    (
        "store_source",
        "en",
        "Sinead",
        "Londonderry Print Works agreed £15k, Siobhán's sending the order",
        deal("Londonderry Print Works", amount="15000"),
    ),
    (
        "store_count",
        "en",
        "Marcus",
        "met colleen at thunder bay timberworks, 300 employees, 25 in the office",
        log("Thunder Bay Timberworks", ["meeting", "visit"], "Colleen Makela"),
    ),
    (
        "store_duration",
        "zh",
        "孙丽",
        "给丹阳视远贺丽打了电话，试用期 30 天",
        log("丹阳视远眼镜有限公司", "call", "贺丽"),
    ),
    # --- batch 3 (written before the third change, probing more forms of the same doubt)
    ("condition", "en", "Sinead", "Ennis Dairy will sign end of May subject to board approval", ASK),
    ("condition", "en", "Marcus", "hawkeye close end of june depending on the grain prices", ASK),
    ("condition", "zh", "周建国", "萍乡安源月底签，要看董事会批不批", ASK),
    ("condition", "zh", "何志明", "屯門嘉利話下個月落單，視乎老闆批唔批", ASK),
    (
        "condition_twin",
        "zh",
        "周建国",
        "萍乡安源月底签，董事会已经批了",
        deal("萍乡安源电瓷有限公司", close_date="2029-04-30"),
    ),
    ("tentative", "en", "Sinead", "Wicklow Mountain Water close pencilled in for June 15, tentative", ASK),
    ("tentative", "en", "Marcus", "twin ports marine - amount 36k tentatively", ASK),
    ("tentative", "zh", "孙丽", "桐乡锦绣暂定6月10号签约", ASK),
    ("tentative", "zh", "周建国", "当阳玉泉初步定在二十万左右，还要再谈", ASK),
    (
        "tentative_twin",
        "zh",
        "孙丽",
        "桐乡锦绣定了6月10号签约",
        deal("桐乡锦绣羊毛衫有限公司", close_date="2029-06-10"),
    ),
    ("not_yet", "en", "Marcus", "omaha stockyards amount 55k, still waiting on their sign-off", ASK),
    ("not_yet", "en", "Sinead", "Galway Bay moving to negotiation once Eoin gets approval, not yet", ASK),
    ("not_yet", "zh", "孙丽", "嘉善金穗金额二十万，朱总还在考虑", ASK),
    ("not_yet", "zh", "周建国", "随州神农说下个月签，但是领导还没批", ASK),
    ("two_options", "en", "Marcus", "green bay fire moving to proposal or negotiation, not sure which", ASK),
    ("two_options", "zh", "孙丽", "丹阳视远签约5月10号或者5月17号", ASK),
    ("two_options", "en", "Sinead", "Kölner Druckluft close either mid May or end of June", ASK),
    ("vague_time", "en", "Marcus", "thunder bay wants to sign sometime later this year", ASK),
    ("vague_time", "zh", "孙丽", "太仓港汇说过阵子再签", ASK),
    ("vague_time", "zh", "何志明", "高雄港順話遲啲先落單", ASK),
    ("reference", "en", "Marcus", "saskatoon potash wants the same price as last time", ASK),
    ("reference", "zh", "周建国", "赤壁青砖说价格按上次的来", ASK),
    ("no_value", "en", "Sinead", "Belfast Harbour stage changed after today's meeting", ASK),
    ("no_value", "zh", "孙丽", "启东海工的阶段变了", ASK),
]


def main() -> None:
    counters: dict[str, int] = {}
    out = []
    for family, lang, user, text, expect in MESSAGES:
        counters[lang] = counters.get(lang, 0) + 1
        cls = "must_ask" if expect["outcome"] == "ask" else "store"
        out.append(
            {
                "id": f"a26-{lang}{counters[lang]:03d}",
                "lang": lang,
                "class": cls,
                "family": family,
                "user": user,
                "text": text,
                "expect": expect,
            }
        )
    Path(__file__).with_name("asks_s26.json").write_text(
        json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
