"""Own set of i32-asks (session 32): silent wrong writes, by why the reader was sure.

Written before any change of session 32, from the causes of the lane's ids in focus O's read half (set 8's
world) and focus N's (set 9's), never copying a read message (other customers, other words, both languages),
in **set 8's world** (focus O's files) and **set 12's world** (set 12's files: Thursday 2029-04-26, the
mainland May Day holiday 05-01…05-05, the May bank holiday Mon 05-07). Families (the value the reader took as
certain, and the word that should have told it otherwise):

- `their_day`: another party's plan on a day said only relative to a holiday ("X说节后再碰一下", "说五一后给
  答复", "says they'll come back to us after the bank holiday"): their plan, kept in a note with that contact,
  no reminder of ours; twins: the same said by "王总"/"陈总" who fit two customers (asked), and our own
  plan on that day (a reminder);
- `loss_to_come`: a loss feared, not told ("怕是要丢", "估计要黄", "afraid we'll lose this one"): asked;
  twins tell it (stored lost);
- `hedged_reopen`: a lost customer who wants to talk again, the reopen only floated ("maybe restart",
  "说不定重启"): asked; twins say it reopened;
- `preference`: a contact's standing preference with a clock in it ("no calls after 5pm", "下午三点以后别打
  电话"): a note with that contact, no reminder at that hour; twins: our own call at that hour (a reminder);
- `addon_total`: an add-on said with the new total ("+£6k so 82k all in", "加10万，总共140万"): the total is
  the deal's amount, no new deal; twins say the total roughly (asked);
- `introduced`: a contact who introduces a new person ("craig introduced their new ops lead, Sam …",
  "马晓东介绍了财务部周婷婷，电话…"): the new person is a new contact, the one who introduced stays as is.

Twins end in `_twin`. A second batch (`MESSAGES_B2`: an offer said accepted, a signing to come after 应该)
was written after the first fixes and scored on start code before its own (`…_b2.json`), a third
(`MESSAGES_B3`: an add-on of "the second <part>" with its total) after those (`…_b3.json`). Two files
each: `i32-asks_s32_w8.json` (focus O's harness) and `i32-asks_s32_w12.json` (set 12's harness):

    B=$PWD/benchmarks/understanding  # absolute paths: relative ones fail the import
    for W in w8:focus-o w12:set12; do F=${W#*:}; quick.py --file $B/own/i32-asks_s32_${W%:*}.json \
        --customers $B/$F/customers.csv --setup $B/$F/setup.txt --harness $B/$F; done
"""

from __future__ import annotations

import json
from pathlib import Path

ASK = {"outcome": "ask"}
ASK_OR_NOTHING = {"outcome": "ask", "also_ok": "nothing"}
ANY_KIND = ["call", "visit", "meeting", "message", "email", "note"]


def note(customer: str, contact: str) -> dict:
    return {
        "outcome": "store",
        "changes": {"activities": [{"customer": customer, "kind": ANY_KIND, "contact": contact}]},
    }


def deal(customer: str, **fields: str) -> dict:
    return {"outcome": "store", "changes": {"deals": [{"customer": customer, **fields}]}}


def remind(customer: str, due: str) -> dict:
    return {"outcome": "store", "changes": {"reminders": [{"customer": customer, "due": due}]}}


def contact(customer: str, **fields: str) -> dict:
    return {"outcome": "store", "changes": {"contacts": [{"customer": customer, **fields}]}}


W8 = "w8"
W12 = "w12"
# (world, family, lang, user, text, expect)
MESSAGES: list[tuple[str, str, str, str, str, dict]] = [
    # --- their_day
    (W8, "their_day", "zh", "周涛", "瑞康达高磊说节后再碰一下", note("北京瑞康达医药有限公司", "高磊")),
    (
        W8,
        "their_day",
        "zh",
        "黄敏",
        "格瑞医疗苏晓燕说国庆后给我们回复",
        note("珠海格瑞医疗科技有限公司", "苏晓燕"),
    ),
    (W8, "their_day", "zh", "周涛", "海纳宋佳怡讲节后再定", note("青岛海纳家电有限公司", "宋佳怡")),
    (W12, "their_day", "zh", "孙丽", "海宁恒泰沈建华说节后再谈", note("海宁恒泰经编有限公司", "沈建华")),
    (W12, "their_day", "zh", "孙丽", "平湖晶光陆俊说五一后给答复", note("平湖晶光电子有限公司", "陆俊")),
    (
        W12,
        "their_day",
        "en",
        "Sinead",
        "tralee bay - maeve says they'll come back to us after the bank holiday",
        note("Tralee Bay Seafoods", "Maeve Fitzgerald"),
    ),
    (W8, "their_day_twin", "zh", "周涛", "王总说节后再碰一下", ASK),
    (W8, "their_day_twin", "zh", "黄敏", "陈总说国庆后给回复", ASK),
    (
        W8,
        "their_day_twin",
        "zh",
        "周涛",
        "节后约瑞康达高磊再碰一下",
        remind("北京瑞康达医药有限公司", "2027-10-08"),
    ),
    (
        W12,
        "their_day_twin",
        "zh",
        "孙丽",
        "节后去海宁恒泰找沈建华再谈",
        remind("海宁恒泰经编有限公司", "2029-05-07"),
    ),
    # --- loss_to_come
    (W8, "loss_to_come", "zh", "周涛", "海纳怕是要丢", ASK_OR_NOTHING),
    (W8, "loss_to_come", "zh", "黄敏", "南海铝业那单估计要黄", ASK_OR_NOTHING),
    (
        W8,
        "loss_to_come",
        "en",
        "Oliver",
        "calder valley - afraid we're going to lose this one",
        ASK_OR_NOTHING,
    ),
    (W12, "loss_to_come", "zh", "孙丽", "江阴宏远这单怕是要丢", ASK_OR_NOTHING),
    (W12, "loss_to_come", "zh", "周建国", "汉川银河电缆看样子要黄", ASK_OR_NOTHING),
    (
        W12,
        "loss_to_come",
        "en",
        "Sinead",
        "athlone credit union - afraid we'll lose this one",
        ASK_OR_NOTHING,
    ),
    (W8, "loss_to_come_twin", "zh", "周涛", "海纳丢了，选了别家", deal("青岛海纳家电有限公司", stage="lost")),
    (
        W8,
        "loss_to_come_twin",
        "en",
        "Oliver",
        "calder valley lost, went with a competitor",
        deal("Calder Valley Foods", stage="lost"),
    ),
    (
        W12,
        "loss_to_come_twin",
        "zh",
        "孙丽",
        "江阴宏远丢了，价格太高",
        deal("江阴宏远金属制品有限公司", stage="lost"),
    ),
    # --- hedged_reopen
    (
        W8,
        "hedged_reopen",
        "en",
        "Oliver",
        "greystone - tom wants to chat again, maybe restart things",
        ASK_OR_NOTHING,
    ),
    (W8, "hedged_reopen", "zh", "黄敏", "鑫宝邱国栋想再谈谈，可能重新开始", ASK_OR_NOTHING),
    (
        W12,
        "hedged_reopen",
        "en",
        "Sinead",
        "letterkenny - gráinne wants to talk again, might restart",
        ASK_OR_NOTHING,
    ),
    (W12, "hedged_reopen", "zh", "孙丽", "乐清正达叶小峰想再聊聊，说不定重启", ASK_OR_NOTHING),
    (
        W8,
        "hedged_reopen_twin",
        "en",
        "Oliver",
        "greystone is back on, tom wants to restart, reopen it",
        deal("Greystone Property Group", status="open"),
    ),
    (
        W12,
        "hedged_reopen_twin",
        "en",
        "Sinead",
        "letterkenny is back on, reopen the deal",
        deal("Letterkenny Textiles", status="open"),
    ),
    # --- preference
    (
        W8,
        "preference",
        "en",
        "Oliver",
        "pennington joanne prefers afternoon visits, no calls before 11am",
        note("Pennington Care Homes", "Joanne Pike"),
    ),
    (
        W8,
        "preference",
        "zh",
        "黄敏",
        "格瑞医疗苏晓燕只接受上午拜访，下午三点以后别打电话",
        note("珠海格瑞医疗科技有限公司", "苏晓燕"),
    ),
    (
        W12,
        "preference",
        "en",
        "Sinead",
        "sligo harbour hotel - declan prefers whatsapp, no calls after 5pm",
        note("Sligo Harbour Hotel", "Declan Hart"),
    ),
    (
        W12,
        "preference",
        "zh",
        "孙丽",
        "慈溪明珠徐海峰喜欢微信沟通，中午12点到2点不要打电话",
        note("慈溪明珠电器有限公司", "徐海峰"),
    ),
    (
        W8,
        "preference_twin",
        "en",
        "Oliver",
        "call joanne at pennington tomorrow at 11am",
        remind("Pennington Care Homes", "2027-10-01T11:00"),
    ),
    (
        W12,
        "preference_twin",
        "en",
        "Sinead",
        "ring declan at sligo harbour hotel tomorrow at 5pm",
        remind("Sligo Harbour Hotel", "2029-04-27T17:00"),
    ),
    # --- addon_total
    (
        W8,
        "addon_total",
        "en",
        "Oliver",
        "albion packaging adding the night shift line, +£6k so 82k all in",
        deal("Albion Packaging Ltd", amount="82000"),
    ),
    (
        W8,
        "addon_total",
        "en",
        "Oliver",
        "northern rail +£12k for the extra depot, total now 100k",
        deal("Northern Rail Spares Ltd", amount="100000"),
    ),
    (
        W8,
        "addon_total",
        "zh",
        "周涛",
        "瑞康达加了一个仓库模块，加10万，总共140万",
        deal("北京瑞康达医药有限公司", amount="1400000"),
    ),
    (
        W12,
        "addon_total",
        "en",
        "Marcus",
        "hawkeye ag adding 2 more branches, +$8k, 46k total now",
        deal("Hawkeye Ag Supply", amount="46000"),
    ),
    (
        W12,
        "addon_total",
        "zh",
        "孙丽",
        "诸暨华翔加了一个分厂，加2万，一共7.8万",
        deal("诸暨华翔袜业有限公司", amount="78000"),
    ),
    (
        W8,
        "addon_total_twin",
        "en",
        "Oliver",
        "albion might add the night shift line, roughly 82k all in?",
        ASK,
    ),
    (
        W12,
        "addon_total_twin",
        "en",
        "Marcus",
        "hawkeye ag could add a branch or two, maybe 46k-ish total",
        ASK,
    ),
    # --- introduced
    (
        W8,
        "introduced",
        "en",
        "Oliver",
        "pennington: craig introduced their new ops lead, Sam Whitfield, sam@penningtoncare.co.uk",
        contact("Pennington Care Homes", name="Sam Whitfield", email="sam@penningtoncare.co.uk"),
    ),
    (
        W8,
        "introduced",
        "zh",
        "周涛",
        "联信马晓东介绍了财务部周婷婷，电话13912345678",
        contact("北京联信通讯设备有限公司", name="周婷婷", phone="13912345678"),
    ),
    (
        W12,
        "introduced",
        "en",
        "Sinead",
        "dundalk cold stores: gerry introduced us to their new finance lead, Aisling Walsh, 087 123 4567",
        contact("Dundalk Cold Stores", name="Aisling Walsh", phone="087 123 4567"),
    ),
    (
        W12,
        "introduced",
        "zh",
        "周建国",
        "咸宁康泰程刚介绍了药房主任李雯，电话13800001111",
        contact("咸宁康泰医药有限公司", name="李雯", phone="13800001111"),
    ),
]

# Second batch, written after the first fixes and scored on start code before its own: an offer taken said
# with "accepted" ("quote accepted", "accepted our proposal", "报价被接受了"): a win; twins: acceptance hoped
# for or on a condition (stored nothing, or asked); a signing to come said with 应该/能 and a time between
# ("应该这个月能签下来"): asked; twin: signed (a win).
MESSAGES_B2: list[tuple[str, str, str, str, str, dict]] = [
    (
        W8,
        "offer_accepted",
        "en",
        "Oliver",
        "spoke to ian at northern rail, revised quote accepted!",
        {
            "outcome": "store",
            "changes": {
                "deals": [{"customer": "Northern Rail Spares Ltd", "stage": "won"}],
                "activities": [
                    {"customer": "Northern Rail Spares Ltd", "kind": "call", "contact": "Ian Cartwright"}
                ],
            },
        },
    ),
    (
        W8,
        "offer_accepted",
        "en",
        "Oliver",
        "calder valley accepted our proposal",
        deal("Calder Valley Foods", stage="won"),
    ),
    (W8, "offer_accepted", "zh", "周涛", "瑞康达的报价被接受了", deal("北京瑞康达医药有限公司", stage="won")),
    (
        W12,
        "offer_accepted",
        "en",
        "Sinead",
        "ennis dairy - proposal has been accepted",
        deal("Ennis Dairy Co-operative", stage="won"),
    ),
    (
        W12,
        "offer_accepted",
        "zh",
        "孙丽",
        "诸暨华翔接受了我们的方案",
        deal("诸暨华翔袜业有限公司", stage="won"),
    ),
    (
        W8,
        "offer_accepted_twin",
        "en",
        "Oliver",
        "calder valley - if the proposal is accepted they start in november?",
        ASK_OR_NOTHING,
    ),
    (
        W12,
        "offer_accepted_twin",
        "en",
        "Sinead",
        "ennis dairy: hoping the proposal gets accepted, maybe next week",
        ASK_OR_NOTHING,
    ),
    (W8, "signing_to_come", "zh", "黄敏", "美佳化妆品应该这个月能签下来", ASK),
    (W12, "signing_to_come", "zh", "孙丽", "桐乡锦绣应该下周能签", ASK),
    (
        W8,
        "signing_to_come_twin",
        "zh",
        "黄敏",
        "美佳化妆品签下来了",
        deal("广州美佳化妆品有限公司", stage="won"),
    ),
]

# Third batch, written after the second batch's fixes and scored on start code before its own: an add-on
# said by "the second <part>" with the new total ("adding the second home, +£8k so 50k total now"): the
# total is the deal's amount (the first batch's add-ons said no "second" and were already right); twin: the
# add-on only floated (asked).
MESSAGES_B3: list[tuple[str, str, str, str, str, dict]] = [
    (
        W8,
        "addon_second",
        "en",
        "Oliver",
        "pennington adding the second home, +£8k so 50k total now",
        deal("Pennington Care Homes", amount="50000"),
    ),
    (
        W8,
        "addon_second",
        "zh",
        "黄敏",
        "美佳化妆品加了第二个仓库，加3万，总共21万",
        deal("广州美佳化妆品有限公司", amount="210000"),
    ),
    (
        W12,
        "addon_second",
        "en",
        "Marcus",
        "hawkeye ag adding the second branch, +$8k, 46k total now",
        deal("Hawkeye Ag Supply", amount="46000"),
    ),
    (
        W12,
        "addon_second",
        "en",
        "Sinead",
        "athlone credit union adding the second office, +€5k so 30k all in",
        deal("Athlone Credit Union", amount="30000"),
    ),
    (W8, "addon_second_twin", "en", "Oliver", "pennington might add the second home, maybe +8k?", ASK),
]


def main() -> None:
    here = Path(__file__).resolve().parent
    for world in (W8, W12):
        out = []
        for n, (w, family, lang, user, text, expect) in enumerate(MESSAGES):
            if w != world:
                continue
            cls = "must_ask" if expect.get("outcome") == "ask" else family.removesuffix("_twin")
            out.append(
                {"id": f"{w}-{family}-{n:02d}", "lang": lang, "class": cls, "user": user, "text": text,
                 "expect": expect, "cause": family.removesuffix("_twin")}
            )  # fmt: skip
        path = here / f"i32-asks_s32_{world}.json"
        path.write_text(json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(out))
        second = [
            {"id": f"{w}-b2-{family}-{n:02d}", "lang": lang, "user": user, "text": text, "expect": expect,
             "class": "must_ask" if expect.get("outcome") == "ask" else family.removesuffix("_twin"),
             "cause": family.removesuffix("_twin")}
            for n, (w, family, lang, user, text, expect) in enumerate(MESSAGES_B2)
            if w == world
        ]  # fmt: skip
        path = here / f"i32-asks_s32_{world}_b2.json"
        path.write_text(
            json.dumps({"messages": second}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(path.name, len(second))
        third = [
            {"id": f"{w}-b3-{family}-{n:02d}", "lang": lang, "user": user, "text": text, "expect": expect,
             "class": "must_ask" if expect.get("outcome") == "ask" else family.removesuffix("_twin"),
             "cause": family.removesuffix("_twin")}
            for n, (w, family, lang, user, text, expect) in enumerate(MESSAGES_B3)
            if w == world
        ]  # fmt: skip
        path = here / f"i32-asks_s32_{world}_b3.json"
        path.write_text(
            json.dumps({"messages": third}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(path.name, len(third))


if __name__ == "__main__":
    main()
