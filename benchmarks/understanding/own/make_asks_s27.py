"""Own set of i27-asks (session 27), set 12's world (focus I's and focus J's): a value, an outcome or a
record that rests on doubt.

Written before the changes, in other words than focus J read's failures (other customers, both languages),
each family with twins that say the same thing without the doubt (they must still store, so that asking
everything does not pass). Families: a figure only floated, offered on a condition or a ceiling
(`floated`); a price still open with an approximate figure (`still_open`); a question about a value that
reads like an order (`question`); an outcome or order on a condition (`conditional`); an outcome only
expected (`expected`); one person's yes with another's still missing (`half_given`); said then unsaid
(`unsaid`); a decision put off to their event (`deferred`); a change they want with no value, a wish
stored as a fact (`wish`); a contact handing over with nobody named (`handoff`); a hedged return beside a
logged meeting (`return_logged`). Twins end in `_twin`. Judge with set 12's harness:

    B=benchmarks/understanding
    quick.py --file $B/own/asks_s27.json --customers $B/focus-j/customers.csv --setup $B/focus-j/setup.txt \
        --harness $B/focus-j
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


def contact(customer: str, name: str) -> dict:
    return {"outcome": "store", "changes": {"contacts": [{"customer": customer, "name": name}]}}


MESSAGES: list[tuple[str, str, str, str, dict]] = [
    # (family, lang, user, text, expect)
    # --- a figure only floated, offered on a condition, or a ceiling
    ("floated", "en", "Marcus", "fox river threw out 50k on the phone, nothing committed", ASK),
    ("floated", "en", "Sinead", "Galway Bay Software mentioned 45k as a ballpark, no commitment", ASK),
    ("floated", "en", "Marcus", "pete said rockford would do 90k if we add the training days", ASK),
    ("floated", "en", "Sinead", "Dundalk Cold Stores would go to 58k provided we include installation", ASK),
    (
        "floated",
        "en",
        "Kenji",
        "Nagoya Precision: Yamaguchi-san could accept 80k if delivery is in June",
        ASK,
    ),
    ("floated", "zh", "孙丽", "嘉善金穗朱总说预算顶多十七万", ASK),
    ("floated", "zh", "周建国", "大冶铜都柯总说最高能给到七十五万", ASK),
    ("floated", "zh", "何志明", "荃灣美景黃總話最多俾到二十萬", ASK),
    (
        "floated_twin",
        "en",
        "Marcus",
        "fox river agreed 50k",
        deal("Fox River Paper Co", amount="50000"),
    ),
    ("floated_twin", "zh", "孙丽", "嘉善金穗金额定了十七万", deal("嘉善金穗木业有限公司", amount="170000")),
    (
        "floated_twin",
        "zh",
        "何志明",
        "荃灣美景金額改做二十萬",
        deal("荃灣美景酒店管理有限公司", amount="200000"),
    ),
    (
        "floated_twin",
        "en",
        "Marcus",
        "rockford deal now 90k with the training days",
        deal("Rockford Gear & Axle", amount="90000"),
    ),
    # --- a price still open, an approximate figure
    ("still_open", "en", "Kenji", "Okinawa Blue Resort price still under discussion, roughly 38k", ASK),
    ("still_open", "zh", "孙丽", "太仓港汇 价格还在谈 大概五万五美金", ASK),
    ("still_open", "zh", "何志明", "九龍灣雲端 price 仲傾緊，大約十二萬", ASK),
    ("still_open", "zh", "孙丽", "江阴宏远 大概二十几万", ASK),
    ("still_open", "zh", "孙丽", "启东海工 大概80几万", ASK),
    (
        "still_open_twin",
        "en",
        "Kenji",
        "Okinawa Blue Resort price settled at 38k",
        deal("Okinawa Blue Resort KK", amount="38000"),
    ),
    (
        "still_open_twin",
        "zh",
        "孙丽",
        "太仓港汇 价格谈好了 五万五美金",
        deal("太仓港汇物流有限公司", amount="55000", currency="USD"),
    ),
    # --- a question about a value that reads like an order
    ("question", "zh", "孙丽", "慈溪明珠要不要改成谈判阶段？", ASK),
    ("question", "en", "Sinead", "Should I move Drogheda Brewing to negotiation?", ASK),
    ("question", "en", "Marcus", "cedar rapids millwork 45k ok?", ASK),
    ("question", "zh", "周建国", "汉川银河 close date 改到6月底好不好？", ASK),
    ("question", "en", "Kenji", "Hiroshima Auto Parts amount 8 million, is that right?", ASK),
    (
        "question_twin",
        "en",
        "Sinead",
        "move Drogheda Brewing to negotiation",
        deal("Drogheda Brewing Company", stage="negotiation"),
    ),
    (
        "question_twin",
        "zh",
        "孙丽",
        "慈溪明珠改成谈判阶段",
        deal("慈溪明珠电器有限公司", stage="negotiation"),
    ),
    (
        "question_twin",
        "en",
        "Marcus",
        "cedar rapids millwork now 45k",
        deal("Cedar Rapids Millwork LLC", amount="45000"),
    ),
    (
        "question_twin",
        "en",
        "Sinead",
        "can you move Drogheda Brewing to negotiation?",
        deal("Drogheda Brewing Company", stage="negotiation"),
    ),
    (
        "question_twin",
        "zh",
        "周建国",
        "帮我把汉川银河的close date改到6月底",
        deal("汉川银河电缆有限公司", close_date="2029-06-30"),
    ),
    # --- an outcome or an order on a condition
    ("conditional", "en", "Marcus", "kalamazoo will sign if legal clears the contract next week", ASK),
    (
        "conditional",
        "en",
        "Sinead",
        "Wicklow Mountain Water: if the pilot goes well they'll order in June",
        ASK,
    ),
    ("conditional", "zh", "周建国", "当阳玉泉要是董事长同意就下单", ASK),
    ("conditional", "zh", "孙丽", "如果六月份资金到位 如皋长寿就签合同", ASK),
    ("conditional", "zh", "何志明", "沙田明德如果校董會批咗就簽", ASK),
    (
        "conditional_twin",
        "en",
        "Marcus",
        "kalamazoo signed, legal cleared the contract",
        deal("Kalamazoo Pharma Packaging", stage="won"),
    ),
    (
        "conditional_twin",
        "zh",
        "周建国",
        "当阳玉泉董事长同意了，合同签了",
        deal("当阳玉泉酒业有限公司", stage="won"),
    ),
    # --- an outcome only expected
    ("expected", "zh", "周建国", "醴陵华彩 应该能签下来吧", ASK),
    ("expected", "zh", "孙丽", "平湖晶光 应该会 win 的", ASK),
    ("expected", "en", "Sinead", "Ennis Dairy will probably go for it, Seán reckons", ASK),
    ("expected", "en", "Marcus", "green bay fire looks like they'll buy, fingers crossed", ASK),
    ("expected_twin", "zh", "周建国", "醴陵华彩签下来了", deal("醴陵华彩陶瓷有限公司", stage="won")),
    (
        "expected_twin",
        "en",
        "Sinead",
        "Ennis Dairy went for it, Seán signed today",
        deal("Ennis Dairy Co-operative", stage="won"),
    ),
    # --- one person's yes, another's still missing
    ("half_given", "en", "Marcus", "KPP: Tom's happy to proceed but Jen hasn't approved the PO yet", ASK),
    ("half_given", "zh", "孙丽", "海宁恒泰沈总同意了 但老板还没签字", ASK),
    (
        "half_given",
        "en",
        "Kenji",
        "Yokohama Kemikaru: Hayashi-san said yes, but head office has not approved",
        ASK,
    ),
    (
        "half_given_twin",
        "en",
        "Marcus",
        "KPP signed, Jen approved the PO",
        deal("Kalamazoo Pharma Packaging", stage="won"),
    ),
    # --- said then unsaid
    ("unsaid", "zh", "孙丽", "溧阳天目湖说月底签 后来又说不一定", ASK),
    ("unsaid", "en", "Marcus", "des moines said close end of may, then said maybe not", ASK),
    ("unsaid", "zh", "何志明", "葵涌恒發話下個月簽，之後又話未必", ASK),
    (
        "unsaid_twin",
        "zh",
        "孙丽",
        "溧阳天目湖说月底签",
        deal("溧阳天目湖旅游开发有限公司", close_date="2029-04-30"),
    ),
    # --- a decision put off to their event
    ("deferred", "en", "Marcus", "saskatoon potash decision comes after their quarterly review meeting", ASK),
    ("deferred", "zh", "周建国", "黄冈大别山童主任说等他们开完董事会再定", ASK),
    ("deferred", "en", "Sinead", "Belfast Harbour will decide after their board meets", ASK),
    ("deferred", "zh", "何志明", "荃灣美景話等佢哋開完會先決定", ASK),
    (
        "deferred_twin",
        "en",
        "Marcus",
        "had a meeting with Arjun at saskatoon potash today, went well",
        log("Saskatoon Potash Services", ["meeting", "visit"], "Arjun Dhillon"),
    ),
    (
        "deferred_twin",
        "zh",
        "周建国",
        "今天跟黄冈大别山童主任开了个会，聊得不错",
        log("黄冈大别山旅游有限公司", "meeting", "童俊"),
    ),
    # --- a change they want with no value; a wish stored as a fact
    ("wish", "zh", "孙丽", "丹阳视远想减价", ASK),
    ("wish", "zh", "何志明", "馮曉敏話要改報價", ASK),
    ("wish", "en", "Sinead", "Firenze Pelletteria wants the price lowered", ASK),
    ("wish", "en", "Marcus", "twin ports want it quoted in canadian dollars", ASK),
    # (written ASK first; focus G read's writer stores a wish about the currency told with its amount
    # after it, en004 "wants the quote in euros now, 36k": relabelled to that convention)
    (
        "wish_twin",
        "en",
        "Kenji",
        "Kansai Erebeta would like the quote in US dollars, 30k",
        deal("Kansai Erebeta Service KK", amount="30000", currency="USD"),
    ),
    (
        "wish_twin",
        "en",
        "Sinead",
        "Firenze Pelletteria price lowered to 25k",
        deal("Firenze Pelletteria Srl", amount="25000"),
    ),
    (
        "wish_twin",
        "en",
        "Kenji",
        "Kansai Erebeta amount 4.2 million",
        deal("Kansai Erebeta Service KK", amount="4200000"),
    ),
    # --- a contact handing over, nobody named
    ("handoff", "en", "Sinead", "new contact at Galway Bay, Eoin's moving on", ASK),
    ("handoff", "en", "Marcus", "driftless brewing has a new buyer, ben's stepping back", ASK),
    ("handoff", "zh", "周建国", "恩施硒源那边换人对接了，向总不管了", ASK),
    (
        "handoff_twin",
        "en",
        "Sinead",
        "new contact at Galway Bay: Clodagh Byrne, CFO",
        contact("Galway Bay Software", "Clodagh Byrne"),
    ),
    # --- a hedged return beside a logged meeting (their deal was lost)
    (
        "return_logged",
        "en",
        "Marcus",
        "bumped into dr menendez at the conference, sioux falls vet might come back",
        ASK,
    ),
    ("return_logged", "zh", "孙丽", "在展会上碰到常熟虞山的邵经理，她说可能还会回来找我们", ASK),
    (
        "return_logged_twin",
        "en",
        "Marcus",
        "bumped into dr menendez at the conference",
        log("Sioux Falls Veterinary Hospital", ["meeting", "visit"], "Dr. Carla Menendez"),
    ),
    # --- batch 2 (written after the first landing, before the second change): the writer's own doubt
    ("opinion", "zh", "孙丽", "嘉善金穗说下周签 但我觉得悬", ASK),
    ("opinion", "en", "Marcus", "saskatoon potash close june 15, I think", ASK),
    ("opinion", "en", "Marcus", "green bay fire at 26k, not sure though", ASK),
    ("opinion", "en", "Marcus", "fox river might sign friday, 50/50", ASK),
    ("opinion", "zh", "周建国", "黄冈大别山 金额大概率是十六万", ASK),
    ("opinion", "zh", "何志明", "九龍灣雲端話下個月落單，不過我唔肯定", ASK),
    ("opinion", "en", "Sinead", "Drogheda Brewing close end of June, we'll see", ASK),
    (
        "opinion_twin",
        "en",
        "Marcus",
        "saskatoon potash close june 15",
        deal("Saskatoon Potash Services", close_date="2029-06-15"),
    ),
    (
        "opinion_twin",
        "zh",
        "周建国",
        "黄冈大别山 金额改成十六万",
        deal("黄冈大别山旅游有限公司", amount="160000"),
    ),
    (
        "opinion_twin",
        "en",
        "Sinead",
        "Drogheda Brewing close end of June",
        deal("Drogheda Brewing Company", close_date="2029-06-30"),
    ),
    # --- said, then taken back or put off again
    ("taken_back", "en", "Marcus", "twin ports said yes then backtracked", ASK),
    ("taken_back", "zh", "周建国", "赤壁青砖 本来说月底签 现在又说要再等等", ASK),
    ("taken_back", "zh", "孙丽", "如皋长寿冒厂长答应了 后来又反悔了", ASK),
    ("taken_back", "en", "Sinead", "Letterkenny were keen to reopen but Gráinne changed her mind", ASK),
    (
        "taken_back_twin",
        "en",
        "Marcus",
        "twin ports said yes, signed today",
        deal("Twin Ports Marine Supply", stage="won"),
    ),
    (
        "taken_back_twin",
        "zh",
        "周建国",
        "赤壁青砖说月底签",
        deal("赤壁青砖茶业有限公司", close_date="2029-04-30"),
    ),
    # --- batch 3 (written before the third change): a figure only floated or countered, conditions said
    # with unless / 只要 / 一旦 / 等…就
    ("floated", "en", "Marcus", "omaha stockyards threw out 48k on the phone", ASK),
    ("floated", "en", "Sinead", "Galway Bay countered at 44k", ASK),
    ("floated", "zh", "孙丽", "嘉善金穗还价到十六万", ASK),
    ("floated_twin", "en", "Sinead", "Galway Bay agreed 44k", deal("Galway Bay Software", amount="44000")),
    ("conditional", "en", "Sinead", "Kölner Druckluft will sign unless the board objects", ASK),
    ("conditional", "zh", "孙丽", "启东海工 等预算批下来就签", ASK),
    ("conditional", "zh", "周建国", "大冶铜都 只要价格降到七十万就下单", ASK),
    ("conditional", "zh", "何志明", "沙田明德要係校董會批咗就簽", ASK),
    ("conditional", "zh", "何志明", "荃灣美景一旦批咗預算就落單", ASK),
    (
        "conditional_twin",
        "zh",
        "孙丽",
        "启东海工 预算批下来了 合同签了",
        deal("启东海工装备有限公司", stage="won"),
    ),
    # --- batch 4 (written after the second landing, before the fourth change): nearly there, considering,
    # let's see whether
    ("nearly", "en", "Marcus", "kalamazoo is close to signing, 165k", ASK),
    ("nearly", "zh", "周建国", "当阳玉泉差不多签了", ASK),
    ("nearly", "zh", "孙丽", "平湖晶光快签了，九万美金", ASK),
    ("nearly", "en", "Sinead", "Athlone Credit Union almost there, 27k", ASK),
    (
        "nearly_twin",
        "en",
        "Marcus",
        "kalamazoo signed, 165k",
        deal("Kalamazoo Pharma Packaging", stage="won", amount="165000"),
    ),
    ("considering", "en", "Kenji", "Tomoe Shokuhin considering going up to 2.6 million", ASK),
    ("considering", "zh", "孙丽", "丹阳视远在考虑加到五万", ASK),
    ("considering", "zh", "周建国", "樟树本草堂看看能不能重新启动", ASK),
    ("considering", "zh", "周建国", "醴陵华彩争取下个月签下来，金额十五万吧", ASK),
    ("considering_twin", "zh", "孙丽", "丹阳视远加到五万", deal("丹阳视远眼镜有限公司", amount="50000")),
]


def main() -> None:
    counters: dict[str, int] = {}
    out = []
    for family, lang, user, text, expect in MESSAGES:
        counters[lang] = counters.get(lang, 0) + 1
        cls = "must_ask" if expect["outcome"] == "ask" else "store"
        out.append(
            {
                "id": f"a27-{lang}{counters[lang]:03d}",
                "lang": lang,
                "class": cls,
                "family": family,
                "user": user,
                "text": text,
                "expect": expect,
            }
        )
    Path(__file__).with_name("asks_s27.json").write_text(
        json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
