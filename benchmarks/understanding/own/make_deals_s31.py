"""Own set of i31-deals (session 31): deal news a careful human stores, said beside what a contact said.

Written before any change of session 31, from the causes of the lane's ids in focus N's read half (set 9's
world), never copying a read message (other customers, other words, both languages), in **set 9's world**
(focus N's files) and **set 10's world** (focus M's files). Grouped by why the reader held a part in doubt:

- `reopen_news`: a lost deal coming back said as news ("又回来了", "重新開案", "reopen了，X说按原价做"), with
  or without its amount; twins: a reopen said as a maybe ("可能会回来", "might come back") must ask;
- `outcome_reason`: a win or a loss said with what the contact said beside it ("签了，X说下周开始上线",
  "掉了，X说集团统一采购", "X walked - Y rang, staying with …"); twins: a rumoured or hedged loss must ask;
- `stage_plan`: a stage move said as an event with the contact's plan beside it
  ("推进到谈判了，X要下周过合同", "進入議價了，X要再便宜一點",
  "moved to negotiation, X wants to go over the terms next week");
  twins: a stage only expected must ask;
- `local_dollar`: a bare "$" from a rep whose own dollar is the deal's (an Australian rep on an AUD deal, a
  Canadian one on a CAD deal); twins: "$" where two dollars fit (an Australian rep on an NZD deal) must ask;
- `two_outcomes`: two customers, each with its outcome or stage, no reason said.

Twins end in `_twin`. Two files: `deals_s31_w9.json` (set 9's world, focus N's harness) and
`deals_s31_w10.json` (set 10's world, focus M's harness):

    B=$PWD/benchmarks/understanding  # absolute paths: relative ones fail the import
    for W in w9:focus-n w10:focus-m; do F=${W#*:}; quick.py --file $B/own/deals_s31_${W%:*}.json \
        --customers $B/$F/customers.csv --setup $B/$F/setup.txt --harness $B/$F; done
"""

from __future__ import annotations

import json
from pathlib import Path

ASK = {"outcome": "ask"}
ANY_KIND = ["note", "call", "meeting", "visit", "message", "email"]


def deal(customer: str, contact: str | None = None, **fields: str) -> dict:
    """The deal change; with the contact's words also stored as a note (or a call …) with them."""
    out: dict = {"outcome": "store", "changes": {"deals": [{"customer": customer, **fields}]}}
    if contact:
        out["alt_changes"] = [
            {
                "deals": [{"customer": customer, **fields}],
                "activities": [{"customer": customer, "kind": ANY_KIND, "contact": contact}],
            }
        ]
    return out


def deal_and_log(customer: str, kind: list[str], contact: str, **fields: str) -> dict:
    return {
        "outcome": "store",
        "changes": {
            "deals": [{"customer": customer, **fields}],
            "activities": [{"customer": customer, "kind": kind, "contact": contact}],
        },
    }


def deals(*changes: dict) -> dict:
    return {"outcome": "store", "changes": {"deals": list(changes)}}


W9 = "w9"
W10 = "w10"
# (world, family, lang, user, text, expect)
MESSAGES: list[tuple[str, str, str, str, str, dict]] = [
    # --- reopen_news: a lost deal coming back, said as news
    (
        W9,
        "reopen_news",
        "zh",
        "李娜",
        "启明星教育又回来了，翁校长说预算批下来了，还是15万",
        deal("上海启明星教育科技有限公司", "翁佩君", status="open", amount="150000"),
    ),
    (
        W9,
        "reopen_news",
        "en",
        "Emma",
        "redgum bbq came back to us, shane says the cheaper mob let them down. same 7k",
        deal("Redgum BBQ Supplies", "Shane Doherty", status="open"),
    ),
    (
        W9,
        "reopen_news",
        "en",
        "Marcus",
        "beacon hill accounting reopened - laura says the other firm fell over, back at 9k",
        deal("Beacon Hill Accounting", "Laura Pritchett", status="open", amount="9000"),
    ),
    (
        W10,
        "reopen_news",
        "zh",
        "赵磊",
        "惠州雅居又回来了，何丽芬说还是按18万做",
        deal("惠州雅居装饰工程有限公司", "何丽芬", status="open", amount="180000"),
    ),
    (
        W10,
        "reopen_news",
        "zh",
        "陳嘉欣",
        "觀塘明德重新開案，蔡校長話預算批咗，20萬",
        deal("觀塘明德教育中心", "蔡美玲", status="open", amount="200000"),
    ),
    (
        W10,
        "reopen_news",
        "mixed",
        "赵磊",
        "金帆灯饰 reopen了，冯德明说按原价做",
        deal("中山市金帆灯饰有限公司", "冯德明", status="open"),
    ),
    (
        W10,
        "reopen_news",
        "zh",
        "陳嘉欣",
        "港珠澳物流又返嚟了！馮經理話預算解凍，照舊30萬",
        deal("珠海港珠澳物流有限公司", "馮志遠", status="open", amount="300000"),
    ),
    (
        W10,
        "reopen_news",
        "en",
        "Felix",
        "Pembury Print is back on - Owen says the local printer fell through, same 9k",
        deal("Pembury Print Ltd", "Owen Whitby", status="open"),
    ),
    (W9, "reopen_news_twin", "zh", "李娜", "启明星教育可能会回来，翁校长说下学期再看", ASK),
    (
        W10,
        "reopen_news_twin",
        "en",
        "Felix",
        "Isarwerk might come back at 20k if Leonie gets her budget back",
        ASK,
    ),
    (W10, "reopen_news_twin", "zh", "陳嘉欣", "灣仔華興話可能會重新開案，麥老闆仲考慮緊", ASK),
    # --- outcome_reason: a win or a loss with what the contact said beside it
    (
        W9,
        "outcome_reason",
        "zh",
        "李娜",
        "杭州新禾签了，俞美琴说下周开始上线",
        deal("杭州新禾食品有限公司", "俞美琴", stage="won"),
    ),
    (
        W9,
        "outcome_reason",
        "zh",
        "林志明",
        "好日子餐飲簽約了，簡嘉玲說下個月開始導入",
        deal("台北好日子餐飲股份有限公司", "簡嘉玲", stage="won"),
    ),
    (
        W9,
        "outcome_reason",
        "zh",
        "李娜",
        "湖州天诚掉了，房嘉伟说集团统一采购",
        deal("湖州天诚食品有限公司", "房嘉伟", stage="lost"),
    ),
    (
        W9,
        "outcome_reason",
        "zh",
        "林志明",
        "台北鴻泰掉了，卓承翰說老闆決定繼續用舊系統",
        deal("台北鴻泰電子股份有限公司", "卓承翰", stage="lost"),
    ),
    (
        W9,
        "outcome_reason",
        "en",
        "Marcus",
        "summit roofing walked - kevin rang, they're sticking with their spreadsheets",
        deal_and_log("Summit Roofing Inc", ["call"], "Kevin Doucette", stage="lost"),
    ),
    (
        W10,
        "outcome_reason",
        "zh",
        "赵磊",
        "深圳德信签了，潘老板说下周开始培训",
        deal("深圳市德信食品有限公司", "潘海涛", stage="won"),
    ),
    (
        W10,
        "outcome_reason",
        "zh",
        "赵磊",
        "汕头潮味掉了，陈少雄说他们老板要继续用原来的系统",
        deal("汕头市潮味食品有限公司", "陈少雄", stage="lost"),
    ),
    (
        W10,
        "outcome_reason",
        "en",
        "Felix",
        "Feldberg walked. Markus called, they're staying with their old supplier",
        deal_and_log("Feldberg Brauerei", ["call"], "Markus Feld", stage="lost"),
    ),
    (W9, "outcome_reason_twin", "zh", "李娜", "听说湖州天诚可能要掉了，房嘉伟最近不回消息", ASK),
    (
        W9,
        "outcome_reason_twin",
        "en",
        "Marcus",
        "muskoka might walk, natalie keeps hinting at a cheaper vendor",
        ASK,
    ),
    (W10, "outcome_reason_twin", "zh", "赵磊", "深圳德信应该快签了，潘老板说下周给答复", ASK),
    # --- stage_plan: a stage move with the contact's plan beside it
    (
        W9,
        "stage_plan",
        "zh",
        "李娜",
        "新禾推进到谈判了，俞美琴要下周过一遍条款",
        deal("杭州新禾食品有限公司", "俞美琴", stage="negotiation"),
    ),
    (
        W9,
        "stage_plan",
        "zh",
        "李娜",
        "宏达鞋业进入谈判了，施雅琴说3月10号签",
        deal("温州宏达鞋业有限公司", "施雅琴", stage="negotiation", close_date="2028-03-10"),
    ),
    (
        W9,
        "stage_plan",
        "zh",
        "林志明",
        "好日子餐飲進入議價了，簡嘉玲要再便宜一點",
        deal("台北好日子餐飲股份有限公司", "簡嘉玲", stage="negotiation"),
    ),
    (
        W9,
        "stage_plan",
        "zh",
        "林志明",
        "永福食品進入議價，楊淑芬說下禮拜看合約",
        deal("台南永福食品股份有限公司", "楊淑芬", stage="negotiation"),
    ),
    (
        W9,
        "stage_plan",
        "en",
        "Emma",
        "sandstone legal moved to negotiation, olivia wants to go over the terms next week",
        deal("Sandstone Legal", "Olivia Hartnett", stage="negotiation"),
    ),
    (
        W10,
        "stage_plan",
        "zh",
        "赵磊",
        "顺德雅居进入谈判了，梁伟要下周过合同",
        deal("佛山顺德雅居家具有限公司", "梁伟", stage="negotiation"),
    ),
    (
        W10,
        "stage_plan",
        "zh",
        "赵磊",
        "侨乡陈皮推进到谈判，李国强说7月15号签",
        deal("江门市侨乡陈皮有限公司", "李国强", stage="negotiation", close_date="2028-07-15"),
    ),
    (
        W10,
        "stage_plan",
        "en",
        "Felix",
        "Rheinblick is in negotiation now, Sabine wants a bit more off",
        deal("Rheinblick Hotels GmbH", "Sabine Krüger", stage="negotiation"),
    ),
    (W9, "stage_plan_twin", "zh", "李娜", "新禾下周应该会进入谈判，俞美琴还在看条款", ASK),
    (
        W10,
        "stage_plan_twin",
        "en",
        "Felix",
        "Rheinblick should move to negotiation next week if Sabine signs off the budget",
        ASK,
    ),
    # --- local_dollar: a bare "$" from a rep whose own dollar is the deal's
    (
        W9,
        "local_dollar",
        "en",
        "Emma",
        "sandstone legal now $28,000, olivia ok'd the extra seats",
        deal("Sandstone Legal", amount="28000", currency="AUD"),
    ),
    (
        W9,
        "local_dollar",
        "en",
        "Emma",
        "epping vet up to $25k",
        deal("Epping Vet Clinic", amount="25000", currency="AUD"),
    ),
    (
        W9,
        "local_dollar",
        "en",
        "Marcus",
        "summit roofing now $9,500 - kevin approved the gutter add",
        deal("Summit Roofing Inc", amount="9500", currency="CAD"),
    ),
    (
        W9,
        "local_dollar",
        "en",
        "Marcus",
        "laurentian foods is $45k now",
        deal("Laurentian Foods Inc", amount="45000", currency="CAD"),
    ),
    (W9, "local_dollar_twin", "en", "Emma", "SCF NZ now $44k", ASK),
    (W10, "local_dollar_twin", "en", "Felix", "Thornleigh now $33k", ASK),
    # --- two_outcomes: two customers, each with its outcome or stage
    (
        W9,
        "two_outcomes",
        "en",
        "Marcus",
        "kelowna hvac lost, moncton realty won",
        deals({"customer": "Kelowna HVAC", "stage": "lost"}, {"customer": "Moncton Realty", "stage": "won"}),
    ),
    (
        W9,
        "two_outcomes",
        "en",
        "Marcus",
        "nanaimo animal hospital lost, red deer auto body moved to proposal",
        deals(
            {"customer": "Nanaimo Animal Hospital", "stage": "lost"},
            {"customer": "Red Deer Auto Body", "stage": "proposal"},
        ),
    ),
    (
        W10,
        "two_outcomes",
        "zh",
        "赵磊",
        "侨乡陈皮赢了，德信食品输了",
        deals(
            {"customer": "江门市侨乡陈皮有限公司", "stage": "won"},
            {"customer": "深圳市德信食品有限公司", "stage": "lost"},
        ),
    ),
]


def build() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {W9: [], W10: []}
    for n, (world, family, lang, user, text, expect) in enumerate(MESSAGES, 1):
        twin = family.endswith("_twin")
        changes = expect.get("changes", {})
        cls = "must_ask" if expect["outcome"] == "ask" else "deal_update"
        if len(changes.get("deals", [])) > 1:
            cls = "two_customers"
        elif "deals" in changes and changes["deals"][0].get("stage") in ("won", "lost"):
            cls = "win" if changes["deals"][0]["stage"] == "won" else "lose"
        elif "deals" in changes and changes["deals"][0].get("status") == "open":
            cls = "reopen"
        out[world].append(
            {
                "id": f"{world}-{family}-{n:02d}",
                "lang": lang,
                "class": cls,
                "user": user,
                "text": text,
                "expect": expect,
                "cause": family.removesuffix("_twin"),
                "twin": twin,
            }
        )
    return out


def main() -> None:
    here = Path(__file__).resolve().parent
    for world, messages in build().items():
        path = here / f"deals_s31_{world}.json"
        path.write_text(
            json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(path, len(messages))


if __name__ == "__main__":
    main()
