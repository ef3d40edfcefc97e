"""Own set of i31-asks (session 31): must-asks stored silently or missed, by why the reader was sure.

Written before any change of session 31, from the causes of the lane's ids in focus N's read half (set 9's
world), never copying a read message (other customers, other words, both languages), in **set 9's world**
(focus N's files) and **set 10's world** (focus M's files). Each family has twins that drop the doubt and must
still store, so that asking everything does not pass. Families (the word that should have made the reader
doubt):

- `rough_figure`: a figure said roughly by the rep, no one else's figure: "40k-ish", "15ish", "somewhere
  between 80 and 95", "in the 50 to 70 range", "大概二十到二十五万", "大約五十到六十萬"; twins say one
  figure firmly;
- `still_open`: the price said still talked about in a passive or Taiwan shape: "still being hammered out",
  "terms still being worked out", "還在議價中"; twins say it agreed;
- `request_or_wait`: an order to us followed by its own alternative ("… or should I hold off", "… or is it too
  early?", "…，还是先不动？"): the writer asks whether to; twins are the bare order;
- `feared_outcome`: a loss feared, not told ("pretty sure X is gonna walk", "怕是要丢了"); twins tell it;
- `asked_outcome`: an outcome asked with a question mark or 吗 ("X dead in the water?", "可以算成交吗"); twins
  tell it;
- `two_days`: a reminder given two days to choose from ("wed or thu, either works", "周四或者周五"); twins
  give one;
- `bare_reminder`: "remind me" with a day and nothing else (no customer, no task); twins name both.

Twins end in `_twin`. After the first run on start code (main 46283d2) and before any fix, messages at
customers whose short name two customers share (德信食品, 天诚食品, 利达服饰) or whose deal is lost
(大肚山物流, Timberline, Beacon Hill) were re-pointed to other customers, and three twins reworded ("walked",
"is dead", "is 15k after …" were asked or read as a new deal: over-asking, not this lane's cause). Two files:
`i31-asks_s31_w9.json` (set 9's world, focus N's harness) and `i31-asks_s31_w10.json` (set 10's world, focus
M's harness):

    B=$PWD/benchmarks/understanding  # absolute paths: relative ones fail the import
    for W in w9:focus-n w10:focus-m; do F=${W#*:}; quick.py --file $B/own/i31-asks_s31_${W%:*}.json \
        --customers $B/$F/customers.csv --setup $B/$F/setup.txt --harness $B/$F; done
"""

from __future__ import annotations

import json
from pathlib import Path

ASK = {"outcome": "ask"}


def deal(customer: str, **fields: str) -> dict:
    return {"outcome": "store", "changes": {"deals": [{"customer": customer, **fields}]}}


def remind(customer: str, due: str) -> dict:
    return {"outcome": "store", "changes": {"reminders": [{"customer": customer, "due": due}]}}


W9 = "w9"
W10 = "w10"
# (world, family, lang, user, text, expect)
MESSAGES: list[tuple[str, str, str, str, str, dict]] = [
    # --- rough_figure
    (W9, "rough_figure", "en", "Emma", "ironbark looking at 40k-ish for stage two", ASK),
    (W9, "rough_figure", "en", "Marcus", "kelowna hvac should be 30ish after the extra rooftop units", ASK),
    (W9, "rough_figure", "en", "Marcus", "muskoka quote somewhere between 80 and 95", ASK),
    (W9, "rough_figure", "zh", "李娜", "新禾食品报价大概二十到二十五万之间", ASK),
    (W9, "rough_figure", "zh", "林志明", "遠揚旅行社金額大約五十到六十萬", ASK),
    (
        W10,
        "rough_figure",
        "en",
        "Nadia",
        "midway auto glass at 11k-ish now, terrell wants the extra bay",
        ASK,
    ),
    (W10, "rough_figure", "en", "Nadia", "red river co-op somewhere in the 50 to 70 range", ASK),
    (W10, "rough_figure", "zh", "赵磊", "侨乡陈皮金额大概十五到十八万", ASK),
    (W10, "rough_figure", "zh", "陳嘉欣", "長洲海鮮酒家報價大約六到八萬", ASK),
    (
        W9,
        "rough_figure_twin",
        "en",
        "Emma",
        "ironbark now 40k for stage two",
        deal("Ironbark Civil Pty Ltd", amount="40000"),
    ),
    (
        W9,
        "rough_figure_twin",
        "en",
        "Marcus",
        "kelowna hvac amount now 30k after the extra rooftop units",
        deal("Kelowna HVAC", amount="30000"),
    ),
    (
        W9,
        "rough_figure_twin",
        "en",
        "Marcus",
        "muskoka quote came in at 95k",
        deal("Muskoka Resorts Group", amount="95000"),
    ),
    (
        W9,
        "rough_figure_twin",
        "zh",
        "李娜",
        "新禾食品报价二十五万",
        deal("杭州新禾食品有限公司", amount="250000"),
    ),
    (
        W9,
        "rough_figure_twin",
        "zh",
        "林志明",
        "遠揚旅行社金額改成六十萬",
        deal("台北遠揚旅行社股份有限公司", amount="600000"),
    ),
    (
        W10,
        "rough_figure_twin",
        "en",
        "Nadia",
        "midway auto glass now 11k, terrell wants the extra bay",
        deal("Midway Auto Glass", amount="11000"),
    ),
    (
        W10,
        "rough_figure_twin",
        "zh",
        "赵磊",
        "侨乡陈皮金额改成十八万",
        deal("江门市侨乡陈皮有限公司", amount="180000"),
    ),
    (W10, "rough_figure_twin", "zh", "陳嘉欣", "長洲海鮮酒家報價八萬", deal("長洲海鮮酒家", amount="80000")),
    # --- still_open
    (W9, "still_open", "en", "Emma", "pohutukawa 75k nzd, still being hammered out with mere", ASK),
    (W10, "still_open", "en", "Nadia", "thunder bay marine 28k, terms still being worked out with erin", ASK),
    (W9, "still_open", "zh", "林志明", "樂活健身七十五萬，還在議價中", ASK),
    (
        W9,
        "still_open_twin",
        "en",
        "Emma",
        "pohutukawa 75k nzd, all agreed with mere",
        deal("Pohutukawa Hotels Ltd", amount="75000"),
    ),
    (
        W10,
        "still_open_twin",
        "en",
        "Nadia",
        "thunder bay marine now 28k, erin confirmed the terms",
        deal("Thunder Bay Marine Supply", amount="28000"),
    ),
    (
        W9,
        "still_open_twin",
        "zh",
        "林志明",
        "樂活健身金額談定了，七十五萬",
        deal("新北樂活健身股份有限公司", amount="750000"),
    ),
    # --- request_or_wait
    (
        W9,
        "request_or_wait",
        "en",
        "Marcus",
        "can you bump rideau to negotiation or do we wait for colin",
        ASK,
    ),
    (W9, "request_or_wait", "en", "Emma", "pls move murray river to negotiation, or is it too early?", ASK),
    (
        W10,
        "request_or_wait",
        "en",
        "Nadia",
        "could you set midway auto glass to negotiation or better wait for terrell",
        ASK,
    ),
    (W9, "request_or_wait", "zh", "李娜", "帮我把华悦酒店改成谈判阶段，还是先不动？", ASK),
    (W10, "request_or_wait", "zh", "赵磊", "帮我把永兴包装改到谈判阶段还是等等再说", ASK),
    (
        W9,
        "request_or_wait_twin",
        "en",
        "Marcus",
        "can you bump rideau to negotiation",
        deal("Rideau Property Management", stage="negotiation"),
    ),
    (
        W10,
        "request_or_wait_twin",
        "en",
        "Nadia",
        "could you set midway auto glass to negotiation",
        deal("Midway Auto Glass", stage="negotiation"),
    ),
    (
        W9,
        "request_or_wait_twin",
        "zh",
        "李娜",
        "帮我把华悦酒店改成谈判阶段",
        deal("嘉兴华悦酒店管理有限公司", stage="negotiation"),
    ),
    # --- feared_outcome
    (
        W9,
        "feared_outcome",
        "en",
        "Marcus",
        "pretty sure fraser valley is gonna walk, harjit stopped replying",
        ASK,
    ),
    (
        W10,
        "feared_outcome",
        "en",
        "Nadia",
        "pretty sure prairie lantern's about to bail, kyle sounded annoyed on the phone",
        ASK,
    ),
    (W9, "feared_outcome", "zh", "李娜", "千岛湖文旅那单怕是要丢了", ASK),
    (W10, "feared_outcome", "zh", "赵磊", "潮味食品那单怕是保不住了", ASK),
    (
        W9,
        "feared_outcome_twin",
        "en",
        "Marcus",
        "fraser valley is lost, harjit went with another firm",
        deal("Fraser Valley Greenhouses", stage="lost"),
    ),
    (
        W9,
        "feared_outcome_twin",
        "zh",
        "李娜",
        "千岛湖文旅那单丢了，选了别家",
        deal("杭州千岛湖文旅发展有限公司", stage="lost"),
    ),
    # --- asked_outcome
    (W9, "asked_outcome", "en", "Marcus", "sudbury hvac dead in the water?", ASK),
    (W10, "asked_outcome", "en", "Nadia", "red river co-op lost for good?", ASK),
    (W9, "asked_outcome", "zh", "李娜", "锦程医疗那单可以直接算赢单吗", ASK),
    (W9, "asked_outcome", "zh", "林志明", "好日子餐飲那單可以算成交嗎", ASK),
    (W10, "asked_outcome", "zh", "赵磊", "潮味食品那单能不能标成赢单", ASK),
    (
        W9,
        "asked_outcome_twin",
        "en",
        "Marcus",
        "lost sudbury hvac, they went with another supplier",
        deal("Sudbury HVAC", stage="lost"),
    ),
    (
        W9,
        "asked_outcome_twin",
        "zh",
        "林志明",
        "好日子餐飲那單成交了",
        deal("台北好日子餐飲股份有限公司", stage="won"),
    ),
    # --- two_days
    (W9, "two_days", "en", "Emma", "remind me to call glenn at murray river thu or fri, either works", ASK),
    (
        W9,
        "two_days",
        "en",
        "Marcus",
        "remind me to email natalie at muskoka monday or tuesday, whichever",
        ASK,
    ),
    (
        W10,
        "two_days",
        "en",
        "Nadia",
        "remind me to ping erin at thunder bay marine fri or mon, whatever suits",
        ASK,
    ),
    (W10, "two_days", "zh", "赵磊", "周四或者周五提醒我给侨乡陈皮打电话", ASK),
    (
        W9,
        "two_days_twin",
        "en",
        "Emma",
        "remind me to call glenn at murray river thu",
        remind("Murray River Orchards", "2028-01-27T09:00"),
    ),
    (
        W10,
        "two_days_twin",
        "en",
        "Nadia",
        "remind me to ping erin at thunder bay marine fri",
        remind("Thunder Bay Marine Supply", "2028-06-30T09:00"),
    ),
    (
        W10,
        "two_days_twin",
        "zh",
        "赵磊",
        "周五提醒我给侨乡陈皮打电话",
        remind("江门市侨乡陈皮有限公司", "2028-06-30T09:00"),
    ),
    # --- bare_reminder
    (W9, "bare_reminder", "en", "Marcus", "remind me thursday morning", ASK),
    (W10, "bare_reminder", "en", "Nadia", "remind me friday at 2", ASK),
    (W10, "bare_reminder", "zh", "赵磊", "周五上午提醒我一下", ASK),
    (W10, "bare_reminder", "zh", "陳嘉欣", "禮拜五下晝提醒我", ASK),
    (
        W10,
        "bare_reminder_twin",
        "en",
        "Nadia",
        "remind me friday at 2 to call terrell at midway auto glass",
        remind("Midway Auto Glass", "2028-06-30T14:00"),
    ),
    (
        W10,
        "bare_reminder_twin",
        "zh",
        "赵磊",
        "周五上午10点提醒我给侨乡陈皮打电话",
        remind("江门市侨乡陈皮有限公司", "2028-06-30T10:00"),
    ),
]


def build() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {W9: [], W10: []}
    for n, (world, family, lang, user, text, expect) in enumerate(MESSAGES, 1):
        twin = family.endswith("_twin")
        changes = expect.get("changes", {})
        cls = "must_ask" if expect["outcome"] == "ask" else "deal_update"
        if "reminders" in changes:
            cls = "reminder"
        if "deals" in changes and changes["deals"][0].get("stage") in ("won", "lost"):
            cls = "win" if changes["deals"][0]["stage"] == "won" else "lose"
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
        path = here / f"i31-asks_s31_{world}.json"
        path.write_text(
            json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(path, len(messages))


if __name__ == "__main__":
    main()
