"""Own set of i29-asks (session 29): must-asks stored silently wrong, by cause, two worlds, with twins.

Written before any change of session 29, from the causes of the lane's ids in focus L's read half (never
copying a read message: other customers, other words, both languages), in **set 11's world** (focus L's) and
**set 12's world** (focus K's). Each family has twins that drop the doubt and must still store, so that asking
everything does not pass. Families:

- `no_value`: the deal's price changes (a cut, a discount, renegotiated, "not X any more", "让一点") with no
  new figure, or a figure said only as "over X" ("出头", "north of");
- `currency`: the currency said to be undecided beside a new figure;
- `moved`: a meeting, call or visit said moved or pushed with no new day (no interaction held);
- `rough_day`: a signing on "some day next week", "下周找个时间", a whole month with 大概…吧;
- `weekday`: "wednesday the 18th" where the 18th is another weekday;
- `new_known`: a "new company"/"new customer" whose name is a slip of a known one.

Twins end in `_twin`. Before any change (main 3a77b92): w11 29/0/14/5 of 48, w12 18/0/10/4 of 32 (one twin re-
pointed off the May Day holiday after the first run). Two files: `asks_s29_w11.json` (set 11's world, judged
with set 11's harness) and
`asks_s29_w12.json` (set 12's world, focus K's harness); focus L's folder holds set 11's world files:

    B=benchmarks/understanding
    for W in w11:focus-l w12:focus-k; do F=${W#*:}; quick.py --file $B/own/asks_s29_${W%:*}.json \
        --customers $B/$F/customers.csv --setup $B/$F/setup.txt --harness $B/$F; done
"""

from __future__ import annotations

import json
from pathlib import Path

ASK = {"outcome": "ask"}
KINDS_MET = ["meeting", "visit"]


def deal(customer: str, **fields: str) -> dict:
    return {"outcome": "store", "changes": {"deals": [{"customer": customer, **fields}]}}


def deal_and_log(customer: str, kind: list[str], **fields: str) -> dict:
    return {
        "outcome": "store",
        "changes": {
            "deals": [{"customer": customer, **fields}],
            "activities": [{"customer": customer, "kind": kind}],
        },
    }


def reminder(customer: str, due: str) -> dict:
    return {"outcome": "store", "changes": {"reminders": [{"customer": customer, "due": due}]}}


def log(customer: str, kind: list[str], contact: str | None = None) -> dict:
    activity: dict = {"customer": customer, "kind": kind}
    if contact:
        activity["contact"] = contact
    return {"outcome": "store", "changes": {"activities": [activity]}}


def moved(customer: str, was: str, due: str) -> dict:
    return {
        "outcome": "store",
        "changes": {"reminder_changes": [{"customer": customer, "was": was, "action": "move", "due": due}]},
    }


W11 = "w11"
W12 = "w12"

# (world, family, lang, user, text, expect)
MESSAGES: list[tuple[str, str, str, str, str, dict]] = [
    # --- no_value: the price changes, to no figure said
    (
        W11,
        "no_value",
        "en",
        "Tom",
        "stroud lettings quote no longer 26k, they dropped two flats. revised figure tbc",
        ASK,
    ),
    (W11, "no_value", "en", "Tom", "kendal opticians want a discount, didn't say how much", ASK),
    (W11, "no_value", "en", "Tom", "malvern bakery price needs renegotiating", ASK),
    (
        W11,
        "no_value",
        "en",
        "Tom",
        "Met Hamish at Glenbrae today, he says the price will probably come down a bit",
        ASK,
    ),
    (W11, "no_value", "zh", "王芳", "润康制药那单要打个折，具体多少还没说", ASK),
    (W11, "no_value", "zh", "刘洋", "川味坊那单价钱要重新谈", ASK),
    (W11, "no_value", "zh", "王芳", "今天去恒源纸业见了客户，金额估计要让一些", ASK),
    (W11, "no_value", "zh", "刘洋", "川味坊那单十二万出头", ASK),
    (W11, "no_value", "en", "Diego", "tahoe ridge deal a little north of 100k now", ASK),
    (
        W12,
        "no_value",
        "en",
        "Sinead",
        "Tralee Bay price not 32k any more, they're cutting the scope, new number to follow",
        ASK,
    ),
    (W12, "no_value", "en", "Marcus", "hawkeye ag wants a discount on the quote, amount not said", ASK),
    (W12, "no_value", "zh", "周建国", "汉川银河电缆那单价格要重新谈一下", ASK),
    (W12, "no_value", "zh", "周建国", "醴陵华彩那单要打折 打几折还没讲", ASK),
    (W12, "no_value", "zh", "孙丽", "今天拜访了如皋长寿，价格可能要让一点", ASK),
    (W12, "no_value", "zh", "孙丽", "嘉善金穗那单二十万出头", ASK),
    (
        W11,
        "no_value_twin",
        "en",
        "Tom",
        "stroud lettings quote no longer 26k, they dropped two flats, now 22k",
        deal("Stroud Lettings", amount="22000"),
    ),
    (
        W11,
        "no_value_twin",
        "en",
        "Tom",
        "kendal opticians got their discount, agreed 14k",
        deal("Kendal Opticians", amount="14000"),
    ),
    (
        W11,
        "no_value_twin",
        "en",
        "Tom",
        "malvern bakery price renegotiated to 12k",
        deal("Malvern Bakery", amount="12000"),
    ),
    (
        W11,
        "no_value_twin",
        "zh",
        "王芳",
        "润康制药那单打了个折，最后45万",
        deal("石家庄润康制药有限公司", amount="450000"),
    ),
    (
        W11,
        "no_value_twin",
        "zh",
        "刘洋",
        "川味坊那单价钱重新谈好了，10万",
        deal("成都川味坊食品有限公司", amount="100000"),
    ),
    (
        W11,
        "no_value_twin",
        "zh",
        "王芳",
        "今天去恒源纸业见了客户，金额让到6万5",
        deal_and_log("保定恒源纸业有限公司", KINDS_MET, amount="65000"),
    ),
    (W11, "no_value_twin", "zh", "刘洋", "川味坊那单十二万", deal("成都川味坊食品有限公司", amount="120000")),
    (
        W11,
        "no_value_twin",
        "en",
        "Diego",
        "tahoe ridge deal is 102k now",
        deal("Tahoe Ridge Resorts", amount="102000"),
    ),
    (
        W12,
        "no_value_twin",
        "en",
        "Sinead",
        "Tralee Bay price not 32k any more, they're cutting the scope, now 28k",
        deal("Tralee Bay Seafoods", amount="28000"),
    ),
    (
        W12,
        "no_value_twin",
        "en",
        "Marcus",
        "hawkeye ag got a discount on the quote, now 35k",
        deal("Hawkeye Ag Supply", amount="35000"),
    ),
    (
        W12,
        "no_value_twin",
        "zh",
        "周建国",
        "汉川银河电缆那单价格重新谈了 降到30万",
        deal("汉川银河电缆有限公司", amount="300000"),
    ),
    (
        W12,
        "no_value_twin",
        "zh",
        "孙丽",
        "今天拜访了如皋长寿，价格让到6万",
        deal_and_log("如皋长寿食品有限公司", KINDS_MET, amount="60000"),
    ),
    (W12, "no_value_twin", "zh", "孙丽", "嘉善金穗那单二十万", deal("嘉善金穗木业有限公司", amount="200000")),
    # --- currency: said to be undecided beside the figure
    (W11, "currency", "en", "Priya", "yishun physio new quote 12k, sgd or usd still undecided", ASK),
    (W11, "currency", "en", "Tom", "Lyon Textiles revised to 30k, not sure yet if euros or pounds", ASK),
    (W11, "currency", "zh", "王芳", "海润进出口那单改成5万，美元还是人民币还没定", ASK),
    (
        W12,
        "currency",
        "en",
        "Sinead",
        "Newry Agri quote now 34k, currency not agreed yet, sterling or euro",
        ASK,
    ),
    (W12, "currency", "zh", "孙丽", "太仓港汇新报价6万5，币种还没确定", ASK),
    (
        W11,
        "currency_twin",
        "en",
        "Priya",
        "yishun physio new quote 12k sgd",
        deal("Yishun Physio Centre", amount="12000", currency="SGD"),
    ),
    (
        W11,
        "currency_twin",
        "en",
        "Tom",
        "Lyon Textiles revised to 30k, in euros",
        deal("Lyon Textiles Durables SAS", amount="30000", currency="EUR"),
    ),
    (
        W11,
        "currency_twin",
        "zh",
        "王芳",
        "海润进出口那单改成5万美元",
        deal("青岛海润进出口有限公司", amount="50000", currency="USD"),
    ),
    (
        W12,
        "currency_twin",
        "en",
        "Sinead",
        "Newry Agri quote now 34k sterling",
        deal("Newry Agri Machinery", amount="34000", currency="GBP"),
    ),
    (
        W12,
        "currency_twin",
        "zh",
        "孙丽",
        "太仓港汇新报价6万5美元",
        deal("太仓港汇物流有限公司", amount="65000", currency="USD"),
    ),
    # --- moved: a meeting, call or visit moved to no day
    (W11, "moved", "en", "Priya", "pasir panjang site visit postponed", ASK),
    (W11, "moved", "en", "Tom", "push the glenbrae tasting room visit", ASK),
    (W11, "moved", "en", "Diego", "need to move the redwood security review", ASK),
    (W11, "moved", "zh", "王芳", "中科启航合同评审要挪一下", ASK),
    (W11, "moved", "zh", "刘洋", "锦江冷链那边会议推迟了 下周再说", ASK),
    (W12, "moved", "en", "Kenji", "Yokohama Kemikaru plant tour is moved", ASK),
    (W12, "moved", "en", "Marcus", "rockford demo got pushed", ASK),
    (W12, "moved", "zh", "周建国", "潜江楚源那个会要改时间", ASK),
    (
        W11,
        "moved_twin",
        "en",
        "Priya",
        "pasir panjang site visit postponed to 12 jan 3pm",
        moved("Pasir Panjang Cold Chain Pte Ltd", "2029-01-11T15:00", "2029-01-12T15:00"),
    ),
    (
        W11,
        "moved_twin",
        "en",
        "Tom",
        "push the glenbrae tasting room visit to 19 Jan 11am",
        moved("Glenbrae Distillery Ltd", "2029-01-18T11:00", "2029-01-19T11:00"),
    ),
    (
        W11,
        "moved_twin",
        "zh",
        "王芳",
        "中科启航合同评审挪到1月17日上午10点",
        moved("北京中科启航信息技术有限公司", "2029-01-16T10:00", "2029-01-17T10:00"),
    ),
    (
        W12,
        "moved_twin",
        "en",
        "Kenji",
        "Yokohama Kemikaru plant tour is moved to 10 May 11am",
        moved("Yokohama Kemikaru KK", "2029-05-08T11:00", "2029-05-10T11:00"),
    ),
    (
        W12,
        "moved_twin",
        "zh",
        "周建国",
        "潜江楚源那个会改到5月8号下午3点",
        moved("潜江楚源化工有限公司", "2029-04-30T15:00", "2029-05-08T15:00"),
    ),
    # --- rough_day: a signing on some day of a week, a whole month guessed
    (W11, "rough_day", "zh", "王芳", "京北新能源下周找个时间签", ASK),
    (W11, "rough_day", "en", "Tom", "Thameside want to sign some day next week", ASK),
    (W11, "rough_day", "zh", "王芳", "蓝海签约大概4月吧", ASK),
    (W12, "rough_day", "zh", "孙丽", "溧阳天目湖下周找时间签合同", ASK),
    (W12, "rough_day", "en", "Sinead", "Ennis Dairy will sign one day next week", ASK),
    (W12, "rough_day", "zh", "周建国", "银河电缆合同大概六月份吧", ASK),
    (
        W11,
        "rough_day_twin",
        "zh",
        "王芳",
        "京北新能源下周三签",
        deal("北京京北新能源科技有限公司", close_date="2029-01-17"),
    ),
    (
        W11,
        "rough_day_twin",
        "en",
        "Tom",
        "Thameside want to sign on the 18th",
        deal("Thameside Care Homes Ltd", close_date="2029-01-18"),
    ),
    (
        W11,
        "rough_day_twin",
        "zh",
        "王芳",
        "蓝海签约定在4月10号",
        deal("北京蓝海教育科技有限公司", close_date="2029-04-10"),
    ),
    (
        W12,
        "rough_day_twin",
        "zh",
        "孙丽",
        "溧阳天目湖5月8号签合同",
        deal("溧阳天目湖旅游开发有限公司", close_date="2029-05-08"),
    ),
    (
        W12,
        "rough_day_twin",
        "en",
        "Sinead",
        "Ennis Dairy will sign on the 3rd of May",
        deal("Ennis Dairy Co-operative", close_date="2029-05-03"),
    ),
    # --- weekday: a weekday and a date that disagree
    (W11, "weekday", "en", "Diego", "inland empire call wednesday the 18th, remind me", ASK),
    (W11, "weekday", "en", "Tom", "remind me friday the 20th to chase Kendal Vets", ASK),
    (W11, "weekday", "en", "Priya", "seng heng meeting on tuesday the 17th, pls remind", ASK),
    (W12, "weekday", "en", "Marcus", "remind me wednesday the 3rd to call omaha stockyards", ASK),
    (W12, "weekday", "en", "Sinead", "Galway Bay Software demo on monday the 1st, remind me", ASK),
    (
        W11,
        "weekday_twin",
        "en",
        "Diego",
        "inland empire call thursday the 18th, remind me",
        reminder("Inland Empire Logistics", "2029-01-18"),
    ),
    (
        W11,
        "weekday_twin",
        "en",
        "Tom",
        "remind me friday the 19th to chase Kendal Vets",
        reminder("Kendal Vets", "2029-01-19"),
    ),
    (
        W11,
        "weekday_twin",
        "en",
        "Priya",
        "seng heng meeting on wednesday the 17th, pls remind",
        reminder("Seng Heng Hardware Pte Ltd", "2029-01-17"),
    ),
    (
        W12,
        "weekday_twin",
        "en",
        "Marcus",
        "remind me thursday the 3rd to call omaha stockyards",
        reminder("Omaha Stockyards Logistics", "2029-05-03"),
    ),
    (
        W12,
        "weekday_twin",
        "en",
        "Sinead",
        "Galway Bay Software demo on friday the 4th, remind me",
        reminder("Galway Bay Software", "2029-05-04"),
    ),
    # --- new_known: said new, a slip of a known name
    (W11, "new_known", "en", "Tom", "new company Malvern Bakeries, spoke to the owner", ASK),
    (W11, "new_known", "en", "Diego", "new company: Yuma Chiropractics, called their front desk", ASK),
    (W11, "new_known", "en", "Priya", "new customer Serangon Aircon Service, met jeremy chua today", ASK),
    (W12, "new_known", "en", "Sinead", "new company Dundalk Cold Store, met the ops manager", ASK),
    (W12, "new_known", "en", "Marcus", "new customer: Hawkeye Ag Supplies, talked to their buyer", ASK),
    (
        W11,
        "new_known_twin",
        "en",
        "Tom",
        "spoke to the owner at Malvern Bakery today",
        log("Malvern Bakery", ["call", "meeting", "visit"]),
    ),
    (
        W11,
        "new_known_twin",
        "en",
        "Priya",
        "met jeremy chua at Serangoon Aircon today",
        log("Serangoon Aircon Services", KINDS_MET, "Jeremy Chua"),
    ),
    (
        W12,
        "new_known_twin",
        "en",
        "Sinead",
        "met the ops manager at Dundalk Cold Stores today",
        log("Dundalk Cold Stores", KINDS_MET),
    ),
]


def build() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {W11: [], W12: []}
    for n, (world, family, lang, user, text, expect) in enumerate(MESSAGES, 1):
        twin = family.endswith("_twin")
        cls = (
            "must_ask"
            if expect["outcome"] == "ask"
            else ("deal_update" if "deals" in expect.get("changes", {}) else "log")
        )
        if "reminders" in expect.get("changes", {}):
            cls = "reminder"
        if "reminder_changes" in expect.get("changes", {}):
            cls = "reminder_change"
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
        path = here / f"asks_s29_{world}.json"
        path.write_text(
            json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(path, len(messages))


if __name__ == "__main__":
    main()
