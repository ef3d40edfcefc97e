"""Own set of i28-asks (session 28): a value, a day, an outcome or a record resting on doubt, two worlds.

Written before any change of session 28, in other words than focus K read's failures (other customers,
both languages, and mostly **set 11's world**: other users, customers and clock), each family with twins
that say the same thing without the doubt (they must still store, so that asking everything does not
pass). Families: a day said as a span or roughly, for a close or a reminder (`vague_day`); a range or an
estimate said as the amount (`rough_amount`); an expectation, a lean, a rumour or a condition about the
outcome (`expected`); a change said with no value (`no_value`); a currency not settled (`currency`); a
person or a pronoun that names nobody, or two people (`who`); a half said after 万 (`half`). Twins end in
`_twin`. Five labels were mended after the first run, before any change (a close already on the
day said, a day in the Spring Festival holiday, "next wed" said on a Tuesday): the messages were
re-pointed, not re-worded. Two files: `asks_s28.json` (set 12's world, judged with focus K's harness)
and `asks_s28_w11.json` (set 11's world):

    B=benchmarks/understanding
    quick.py --file $B/own/asks_s28.json --customers $B/focus-k/customers.csv --setup $B/focus-k/setup.txt \
        --harness $B/focus-k
    quick.py --file $B/own/asks_s28_w11.json --customers $B/set11/customers.csv --setup $B/set11/setup.txt \
        --harness $B/set11
"""

from __future__ import annotations

import json
from pathlib import Path

ASK = {"outcome": "ask"}
ASK_OR_NOTHING = {"outcome": "ask", "also_ok": "nothing"}


def deal(customer: str, **fields: str | list[str]) -> dict:
    return {"outcome": "store", "changes": {"deals": [{"customer": customer, **fields}]}}


def reminder(customer: str, due: str | list[str]) -> dict:
    return {"outcome": "store", "changes": {"reminders": [{"customer": customer, "due": due}]}}


def log(customer: str, kind: str | list[str], contact: str | None = None) -> dict:
    activity: dict = {"customer": customer, "kind": kind}
    if contact:
        activity["contact"] = contact
    return {"outcome": "store", "changes": {"activities": [activity]}}


W11 = "w11"
W12 = "w12"

# (world, family, lang, user, text, expect)
MESSAGES: list[tuple[str, str, str, str, str, dict]] = [
    # --- a day said as a span or roughly: no day to store (a close or a reminder)
    (W11, "vague_day", "en", "Priya", "raffles marine PO slipping, now sometime in feb", ASK),
    (W11, "vague_day", "en", "Tom", "Schulze close moved to mid-Feb", ASK),
    (W11, "vague_day", "en", "Diego", "pacific crest CU signing early march-ish", ASK),
    (W11, "vague_day", "en", "Tom", "Thameside want to sign around Easter", ASK),
    (W11, "vague_day", "zh", "王芳", "鼎盛建设签约推到三月上旬", ASK),
    (W11, "vague_day", "zh", "刘洋", "黔云大数据合同估计二月下旬签", ASK),
    (W11, "vague_day", "zh", "王芳", "京北新能源那单春节前后签", ASK),
    (W11, "vague_day", "zh", "刘洋", "科创精密说下个月中左右定", ASK),
    (W11, "vague_day", "en", "Priya", "remind me mid next week to chase sinar borneo on the PO", ASK),
    (W11, "vague_day", "zh", "刘洋", "下个月中旬提醒我回访锦疆调味品", ASK),
    (W12, "vague_day", "en", "Marcus", "kpp now closing late june or so", ASK),
    (W12, "vague_day", "en", "Sinead", "Belfast Harbour close pushed out to mid-July", ASK),
    (W12, "vague_day", "zh", "周建国", "大冶铜都签约改到六月上旬", ASK),
    (W12, "vague_day", "zh", "何志明", "葵涌恒發份合約大約六月頭簽", ASK),
    (
        W11,
        "vague_day_twin",
        "en",
        "Priya",
        "raffles marine PO slipping, now 20 feb",
        deal("Raffles Marine Engineering Pte Ltd", close_date="2029-02-20"),
    ),
    (
        W11,
        "vague_day_twin",
        "en",
        "Tom",
        "Schulze close moved to 15/02",
        deal("Schulze Verpackung GmbH", close_date="2029-02-15"),
    ),
    (
        W11,
        "vague_day_twin",
        "en",
        "Diego",
        "pacific crest CU signing march 6",
        deal("Pacific Crest Credit Union", close_date="2029-03-06"),
    ),
    (
        W11,
        "vague_day_twin",
        "zh",
        "王芳",
        "鼎盛建设签约推到3月8号",
        deal("北京鼎盛建设工程有限公司", close_date="2029-03-08"),
    ),
    (
        W11,
        "vague_day_twin",
        "zh",
        "刘洋",
        "黔云大数据合同二月底签",
        deal("贵阳黔云大数据有限公司", close_date="2029-02-28"),
    ),
    (
        W11,
        "vague_day_twin",
        "zh",
        "刘洋",
        "黔云大数据那单春节前签",
        deal("贵阳黔云大数据有限公司", close_date=["2029-02-09", "2029-02-12"]),
    ),
    (
        W11,
        "vague_day_twin",
        "zh",
        "刘洋",
        "科创精密说二月下旬签，就写2月26号",
        deal("绵阳科创精密机械有限公司", close_date="2029-02-26"),
    ),
    (
        W11,
        "vague_day_twin",
        "en",
        "Priya",
        "remind me wed 17 jan to chase sinar borneo on the PO",
        reminder("PT Sinar Borneo Timber", "2029-01-17"),
    ),
    (
        W11,
        "vague_day_twin",
        "zh",
        "刘洋",
        "2月26号提醒我回访锦疆调味品",
        reminder("重庆锦疆调味品有限公司", "2029-02-26"),
    ),
    (
        W12,
        "vague_day_twin",
        "en",
        "Marcus",
        "kpp now closing june 22",
        deal("Kalamazoo Pharma Packaging", close_date="2029-06-22"),
    ),
    (
        W12,
        "vague_day_twin",
        "en",
        "Sinead",
        "Belfast Harbour close pushed out to mid-July, put down 16/07",
        deal("Belfast Harbour Engineering Ltd", close_date="2029-07-16"),
    ),
    (
        W12,
        "vague_day_twin",
        "zh",
        "周建国",
        "大冶铜都签约改到6月8号",
        deal("大冶铜都矿山机械有限公司", close_date="2029-06-08"),
    ),
    # --- a range or an estimate said as the amount
    (W11, "rough_amount", "en", "Tom", "Glenbrae budget is somewhere between 35 and 40k", ASK),
    (W11, "rough_amount", "en", "Diego", "mojave solar, trent reckons roughly 55k if they go ahead", ASK),
    (W11, "rough_amount", "zh", "王芳", "京北新能源预算在一百一到一百三十万之间", ASK),
    (W11, "rough_amount", "zh", "刘洋", "宽窄文旅杨丹说要做的话大概二十万出头", ASK),
    (W11, "rough_amount", "zh", "王芳", "蓝海教育刘薇说价格差不多就可以", ASK_OR_NOTHING),
    (W12, "rough_amount", "en", "Sinead", "Ennis Dairy reckon 40 to 50k for the lot", ASK),
    (W12, "rough_amount", "zh", "孙丽", "嘉善金穗朱总说预算大约二十万上下", ASK),
    (W12, "rough_amount", "mixed", "何志明", "Harbourfront budget 大概8萬至9萬", ASK),
    (
        W11,
        "rough_amount_twin",
        "en",
        "Tom",
        "Glenbrae budget confirmed at 40k",
        deal("Glenbrae Distillery Ltd", amount="40000", currency="GBP"),
    ),
    (
        W11,
        "rough_amount_twin",
        "zh",
        "王芳",
        "京北新能源金额改成一百三十万",
        deal("北京京北新能源科技有限公司", amount="1300000", currency="CNY"),
    ),
    (
        W11,
        "rough_amount_twin",
        "zh",
        "刘洋",
        "宽窄文旅金额改成二十一万",
        deal("成都宽窄文旅发展有限公司", amount="210000", currency="CNY"),
    ),
    (
        W12,
        "rough_amount_twin",
        "en",
        "Sinead",
        "Ennis Dairy at 48k for the lot",
        deal("Ennis Dairy Co-operative", amount="48000", currency="EUR"),
    ),
    (
        W12,
        "rough_amount_twin",
        "zh",
        "孙丽",
        "嘉善金穗预算定了二十万",
        deal("嘉善金穗木业有限公司", amount="200000", currency="CNY"),
    ),
    # --- an outcome expected, leaned towards, rumoured or on a condition
    (
        W11,
        "expected",
        "en",
        "Diego",
        "tahoe ridge leaning towards the other vendor from what sofia hinted",
        ASK,
    ),
    (W11, "expected", "en", "Tom", "Cork Harbour Biotech are minded to sign before their year end", ASK),
    (
        W11,
        "expected",
        "en",
        "Priya",
        "heard from a friend that Saigon Harvest may drop us for a local supplier",
        ASK,
    ),
    (W11, "expected", "zh", "刘洋", "听朋友说锦疆调味品可能要换供应商", ASK),
    (W11, "expected", "zh", "王芳", "天津启航孟总说下个月初应该能定下来", ASK),
    (W11, "expected", "zh", "王芳", "润康制药要是集团批了就签，48万", ASK),
    (W12, "expected", "en", "Kenji", "Okinawa Blue will sign if the owner approves, 40k", ASK),
    (W12, "expected", "zh", "周建国", "汉川银河倾向于年中前签", ASK),
    (
        W11,
        "expected_twin",
        "en",
        "Diego",
        "tahoe ridge went with the other vendor, sofia emailed",
        {
            "outcome": "store",
            "changes": {"deals": [{"customer": "Tahoe Ridge Resorts", "stage": "lost"}]},
            "alt_changes": [
                {
                    "deals": [{"customer": "Tahoe Ridge Resorts", "stage": "lost"}],
                    "activities": [
                        {"customer": "Tahoe Ridge Resorts", "kind": "email", "contact": "Sofia Marchetti"}
                    ],
                }
            ],
        },
    ),
    (
        W11,
        "expected_twin",
        "zh",
        "王芳",
        "润康制药集团批了，签了，48万",
        deal("石家庄润康制药有限公司", stage="won"),
    ),
    (
        W11,
        "expected_twin",
        "zh",
        "刘洋",
        "锦疆调味品换供应商了，这单丢了",
        deal("重庆锦疆调味品有限公司", stage="lost"),
    ),
    (
        W12,
        "expected_twin",
        "en",
        "Kenji",
        "Okinawa Blue signed, 40k",
        deal("Okinawa Blue Resort KK", stage="won"),
    ),
    # --- a change said with no value
    (W11, "no_value", "en", "Tom", "Schulze want a different package", ASK_OR_NOTHING),
    (
        W11,
        "no_value",
        "en",
        "Diego",
        "redwood scheduling demo got moved, megan will tell me when",
        ASK_OR_NOTHING,
    ),
    (W11, "no_value", "en", "Tom", "push the Pendle thing back a bit", ASK),
    (W11, "no_value", "zh", "王芳", "远洋货代要重新报价？", ASK),
    (W11, "no_value", "zh", "刘洋", "川味坊的签约时间要往后挪", ASK),
    (W12, "no_value", "zh", "何志明", "觀塘恒發個價要改", ASK),
    (W12, "no_value", "en", "Sinead", "Dundalk want to move the close, Gerry will confirm", ASK_OR_NOTHING),
    (
        W11,
        "no_value_twin",
        "en",
        "Tom",
        "push Pendle Valley close back to 28/02",
        deal("Pendle Valley Dairies Ltd", close_date="2029-02-28"),
    ),
    (
        W11,
        "no_value_twin",
        "zh",
        "刘洋",
        "川味坊的签约时间往后挪到3月20号",
        deal("成都川味坊食品有限公司", close_date="2029-03-20"),
    ),
    (
        W11,
        "no_value_twin",
        "zh",
        "王芳",
        "远洋货代重新报价，改成9万美金",
        deal("北京远洋国际货运代理有限公司", amount="90000", currency="USD"),
    ),
    # --- a currency not settled
    (W11, "currency", "en", "Priya", "penang silicon now 600k, MYR or USD not confirmed", ASK),
    (W11, "currency", "zh", "王芳", "海润进出口金额32万，人民币还是美金还没定", ASK),
    (W11, "currency", "en", "Diego", "los altos 900k - pesos or dollars, tbc", ASK),
    (W12, "currency", "mixed", "何志明", "九龍灣雲端 amount 15萬，HKD定RMB仲未知", ASK),
    (
        W11,
        "currency_twin",
        "zh",
        "王芳",
        "海润进出口金额改成52000美金",
        deal("青岛海润进出口有限公司", amount="52000", currency="USD"),
    ),
    (
        W11,
        "currency_twin",
        "en",
        "Diego",
        "los altos now 900k pesos",
        deal("Grupo Tequilero Los Altos SA de CV", amount="900000", currency="MXN"),
    ),
    # --- a person or a pronoun that names nobody, or two people
    (W11, "who", "en", "Priya", "jeremy says they want to meet next week", ASK),
    (W11, "who", "en", "Tom", "Hamish says the contract is fine", ASK),
    (W11, "who", "en", "Diego", "marisol called, wants the quote redone", ASK),
    (W11, "who", "en", "Tom", "he said OK", ASK),
    (W11, "who", "zh", "刘洋", "他说可以", ASK),
    (W11, "who", "zh", "王芳", "张总说合同这周能签", ASK),
    (W11, "who", "zh", "王芳", "刘总说报价月底前回复", ASK),
    (W12, "who", "en", "Sinead", "Fionnuala says they're happy to proceed", ASK),
    (W12, "who", "zh", "何志明", "佢哋話冇問題", ASK),
    (W12, "who", "en", "Kenji", "Hiroshi-san said the quote is fine", ASK),
    (
        W11,
        "who_twin",
        "en",
        "Priya",
        "jeremy teo called, kallang bay want to meet next week",
        log("Kallang Bay Logistics Pte Ltd", "call", "Jeremy Teo"),
    ),
    (
        W11,
        "who_twin",
        "en",
        "Tom",
        "Spoke to Hamish Drummond, Glenbrae happy with the contract",
        log("Glenbrae Distillery Ltd", ["call", "meeting"], "Hamish Drummond"),
    ),
    (
        W11,
        "who_twin",
        "zh",
        "王芳",
        "张国栋说鼎盛的合同没问题",
        log("北京鼎盛建设工程有限公司", ["note", "call", "message"], "张国栋"),
    ),
    (
        W12,
        "who_twin",
        "en",
        "Kenji",
        "Ogawa Hiroshi-san called, the quote is fine",
        log("Fukuoka Semicon Testing KK", "call", "Ogawa Hiroshi"),
    ),
    # --- half a 万 said after it: 十二萬半 = 125,000
    (
        W12,
        "half",
        "zh",
        "何志明",
        "九龍灣雲端金額改做十二萬半",
        deal("九龍灣雲端科技有限公司", amount="125000", currency="HKD"),
    ),
    (
        W11,
        "half",
        "zh",
        "刘洋",
        "天府会展金额改成二十二万半",
        deal("成都天府国际会展服务有限公司", amount="225000", currency="CNY"),
    ),
]


def main() -> None:
    here = Path(__file__).resolve().parent
    for world, name in ((W12, "asks_s28.json"), (W11, "asks_s28_w11.json")):
        out, counts = [], {"en": 0, "zh": 0, "mixed": 0}
        for w, family, lang, user, text, expect in MESSAGES:
            if w != world:
                continue
            counts[lang] += 1
            prefix = {"en": "en", "zh": "zh", "mixed": "mx"}[lang]
            out.append(
                {
                    "id": f"a28{world[1:]}-{prefix}{counts[lang]:03d}",
                    "class": "must_ask" if expect["outcome"] == "ask" else "deal_update",
                    "lang": "mx" if lang == "mixed" else lang,
                    "user": user,
                    "text": text,
                    "family": family,
                    "expect": expect,
                }
            )
        (here / name).write_text(
            json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
