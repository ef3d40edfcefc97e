"""Own set of i35-asks (session 35): must-asks stored or missed, and changes put on the wrong record.

Written before any change of session 35, from the causes of the lane's ids in focus R's read half (set 13, a
new world), never copying a read message (other customers, other words, both languages), in **set 13's world**
(focus R's files: Wednesday 2029-09-26 15:10) and **set 12's world** (set 12's files: Thursday 2029-04-26).
Families (what the reader took as certain, and the property of the words that should have made it doubt):

- `no_value`: a change asked for with the verb first and no article, no value ("change X close date", "update
  X amount", "改一下X的成交日期"): to what? asked; twins say the value (stored);
- `currency_swap`: the deal's known figure wished in another currency, no new figure ("wants the 60k in SGD
  instead", "想把那九万改成人民币"): convert or relabel? asked; twins give the new figure in it (stored);
- `split`: a deal to be split in two, no parts said ("split the 66k into two POs", "那个案子要拆成两个"):
  asked; twins split the payment only (a note, stored);
- `asked_back`: news said as a question tag ("we can sign already right?", "可以下单了吧？"): asked, not
  answered with the customer card; twins say it done (stored);
- `per_unit`: a price per unit with no count ("每坪1200", "$55 per hour, hours not fixed"): no deal value;
  asked; twins give the count or the total (stored);
- `corr_other`: a change put right onto another record, the first said to stay ("不对，是宝安云图，南山那个不
  动", "correction: the cold storage one is 15k, LIMS unchanged"): the first undone, the other changed; twins
  correct the value only;
- `rival`: unhappy with their current vendor (not with us) beside a visit or call: the visit/call is logged,
  no complaint; twins complain about us (a complaint);
- `chat_app`: a contact's message said by its app ("WeChat：", "whatsapp:", "LINE"): a message logged;
- `mixed_name`: a name made of two customers' names ("sonoma ridge creamery", "深圳南山云图包装"): which?
  asked; twins name one in full (stored).

Twins end in `_twin`. Two files: `i35-asks_s35.json` (focus R's harness) and `i35-asks_s35_w12.json`; a second
batch (`MESSAGES_B2`, written after the first fixes, see there) in `i35-asks_s35_b2.json` and
`i35-asks_s35_w12_b2.json`; a third (`MESSAGES_B3`, set 8's world, focus O's files, after the first
landing) in `i35-asks_s35_w8_b3.json`:

    B=$PWD/benchmarks/understanding  # absolute paths: relative ones fail the import
    for W in :focus-r _w12:set12; do F=${W#*:}; .venv/bin/python $B/quick.py \
        --file $B/own/i35-asks_s35${W%:*}.json --customers $B/$F/customers.csv --setup $B/$F/setup.txt \
        --harness $B/$F; done
"""

from __future__ import annotations

import json
from pathlib import Path

ASK = {"outcome": "ask"}


def deal(customer: str, **fields: str) -> dict:
    return {"outcome": "store", "changes": {"deals": [{"customer": customer, **fields}]}}


def act(customer: str, kind: str | list[str], contact: str | None = None) -> dict:
    a: dict = {"customer": customer, "kind": kind}
    if contact:
        a["contact"] = contact
    return {"outcome": "store", "changes": {"activities": [a]}}


R = "r"  # set 13 (focus R's world)
W12 = "w12"
SG, LDN, LA, TPE, SZ = "Shermaine", "Fergus", "Landon", "許雅雯", "邓俊峰"
CHI, DUB, TYO, SH, WH = "Marcus", "Sinead", "Kenji", "孙丽", "周建国"

# (world, family, lang, user, text or [texts], expect)
MESSAGES: list[tuple[str, str, str, str, str | list[str], dict]] = [
    # --- no_value: the verb first, no article, no value
    (R, "no_value", "en", SG, "pls change kranji close date", ASK),
    (R, "no_value", "en", SG, "update clementi amount", ASK),
    (R, "no_value", "en", LDN, "need to change hull docks close date", ASK),
    (R, "no_value", "en", LA, "gotta update reno data vault value", ASK),
    (R, "no_value", "zh", SZ, "改一下龙华智造的成交日期", ASK),
    (R, "no_value", "zh", SZ, "帮我更新下汕头澄海的金额", ASK),
    (R, "no_value", "zh", TPE, "基隆海洋電子的結案日期要改一下", ASK),
    (
        R,
        "no_value_twin",
        "en",
        SG,
        "pls change kranji close date to 19/10",
        deal("Kranji Agritech Pte Ltd", close_date="2029-10-19"),
    ),
    (
        R,
        "no_value_twin",
        "en",
        SG,
        "update clementi amount to 45k",
        deal("Clementi Robotics Lab Pte Ltd", amount="45000"),
    ),
    (
        R,
        "no_value_twin",
        "zh",
        SZ,
        "改一下龙华智造的成交日期，改到11月15号",
        deal("深圳龙华智造科技有限公司", close_date="2029-11-15"),
    ),
    (W12, "no_value", "en", CHI, "change fox river close date", ASK),
    (W12, "no_value", "en", CHI, "update hawkeye amount pls", ASK),
    (W12, "no_value", "zh", SH, "改下温岭东方泵业的签约日期", ASK),
    (W12, "no_value", "zh", WH, "随州神农的金额要改一下", ASK),
    (
        W12,
        "no_value_twin",
        "en",
        CHI,
        "change fox river close date to june 15",
        deal("Fox River Paper Co", close_date="2029-06-15"),
    ),
    (
        W12,
        "no_value_twin",
        "zh",
        SH,
        "温岭东方泵业签约日期改到6月20号",
        deal("温岭东方泵业有限公司", close_date="2029-06-20"),
    ),
    # --- currency_swap: the known figure wished in another currency, no new figure
    (R, "currency_swap", "en", SG, "ahmad wants the 60k in SGD instead", ASK),
    (R, "currency_swap", "en", SG, "PT batam asked for the 52k to be quoted in rupiah", ASK),
    (R, "currency_swap", "en", LA, "vancouver island would rather have the 85k in US dollars", ASK),
    (R, "currency_swap", "zh", SZ, "苏州精测钱总想把九万改成人民币", ASK),
    (R, "currency_swap", "zh", TPE, "基隆海洋電子簡經理希望那六萬改用台幣報", ASK),
    (
        R,
        "currency_swap_twin",
        "en",
        SG,
        "ahmad wants it in SGD instead: 81k",
        deal("Johor Palm Logistics Sdn Bhd", amount="81000", currency="SGD"),
    ),
    (
        R,
        "currency_swap_twin",
        "zh",
        SZ,
        "苏州精测钱总说改成人民币报，六十五万人民币",
        deal("苏州工业园区精测仪器有限公司", amount="650000", currency="CNY"),
    ),
    (W12, "currency_swap", "en", TYO, "Yamaguchi-san wants the 85k to be in yen instead", ASK),
    (W12, "currency_swap", "zh", SH, "平湖晶光陆总希望那八万五改成人民币", ASK),
    (
        W12,
        "currency_swap_twin",
        "en",
        TYO,
        "Nagoya wants it in JPY instead, 12,500,000 JPY",
        deal("Nagoya Precision Motors Co Ltd", amount="12500000", currency="JPY"),
    ),
    # --- split: a deal to be split in two, no parts said
    (R, "split", "en", SG, "rajesh wants to split the 66k into two POs", ASK),
    (R, "split", "en", LDN, "aberdeen subsea deal to be split into 2 phases", ASK),
    (R, "split", "zh", TPE, "高雄港灣蔡協理說那個案子要拆成兩個", ASK),
    (R, "split", "zh", SZ, "汕头澄海蔡老板说这单要分成两单签", ASK),
    (
        R,
        "split_twin",
        "en",
        SG,
        "rajesh says they will pay the 66k in two instalments",
        act("Sembawang Shipcare Pte Ltd", "note", "Rajesh Nair"),
    ),
    (W12, "split", "en", CHI, "kalamazoo wants to break the 160k into two separate deals", ASK),
    (W12, "split", "zh", SH, "启东海工黄总说那个九十万的单要拆成两期", ASK),
    # --- asked_back: news said as a question tag
    (R, "asked_back", "en", SG, "derek says we can sign already right?", ASK),
    (R, "asked_back", "en", LDN, "kieran reckons hull docks can close this month, yeah?", ASK),
    (R, "asked_back", "zh", TPE, "新竹晶耀陳經理說可以簽約了吧？", ASK),
    (R, "asked_back", "zh", SZ, "汕头澄海蔡老板说可以下单了吧？", ASK),
    (
        R,
        "asked_back_twin",
        "zh",
        SZ,
        "汕头澄海蔡老板说合同已经签了",
        deal("汕头澄海玩具有限公司", stage="won"),
    ),
    (
        R,
        "asked_back_twin",
        "en",
        SG,
        "derek signed the contract this morning",
        deal("Seletar Aero Spares Pte Ltd", stage="won"),
    ),
    (W12, "asked_back", "en", TYO, "Yamaguchi says we can sign now, right?", ASK),
    (W12, "asked_back", "zh", SH, "温岭东方泵业林总说可以签了吧？", ASK),
    (
        W12,
        "asked_back_twin",
        "zh",
        SH,
        "温岭东方泵业林总说合同签了",
        deal("温岭东方泵业有限公司", stage="won"),
    ),
    # --- per_unit: a price per unit with no count
    (R, "per_unit", "en", SG, "clementi wants us to quote per hour, $55 an hour, hours not fixed yet", ASK),
    (R, "per_unit", "zh", TPE, "高雄港灣要報價 每坪1200", ASK),
    (R, "per_unit", "zh", SZ, "东莞鸿昇要按件算，每件1.8元", ASK),
    (
        R,
        "per_unit_twin",
        "zh",
        SZ,
        "东莞鸿昇按件算，每件1.8元，总价改成36万",
        deal("东莞鸿昇电子有限公司", amount="360000"),
    ),
    (W12, "per_unit", "zh", SH, "温岭东方泵业要按台报价，每台8500", ASK),
    (W12, "per_unit", "en", CHI, "hawkeye wants pricing per bin, 900 a bin", ASK),
    (
        W12,
        "per_unit_twin",
        "zh",
        SH,
        "温岭东方泵业26台，每台8500，总价改成22.1万",
        deal("温岭东方泵业有限公司", amount="221000"),
    ),
    # --- corr_other: the change put right onto another record, the first to stay
    (
        R,
        "corr_other",
        "en",
        LDN,
        ["cardiff bay LIMS upgrade now 15k", "correction: the cold storage one is 15k, LIMS unchanged"],
        deal("Cardiff Bay Biolabs Ltd", which="cold storage monitoring", amount="15000"),
    ),
    (
        R,
        "corr_other",
        "en",
        LA,
        [
            "palo alto edge gateways now 28k",
            "scratch that, it's the support plan that's 28k, gateways stay the same",
        ],
        deal("Palo Alto Sensor Works Inc", which="support plan", amount="28000"),
    ),
    (
        R,
        "corr_other",
        "zh",
        SZ,
        ["仲恺储能柜改成20万", "更正，是BMS测试台改成20万，储能柜不动"],
        deal("惠州仲恺新能源电池有限公司", which="BMS测试台", amount="200000"),
    ),
    (
        R,
        "corr_other",
        "zh",
        SZ,
        ["南山云图改成十八万", "不对，是宝安云图，南山那个不动"],
        deal("深圳宝安云图包装有限公司", amount="180000"),
    ),
    (
        R,
        "corr_other",
        "zh",
        TPE,
        ["台南府城食品改成50萬", "不對，是府城醫療器材，食品那邊不變"],
        deal("台南府城醫療器材有限公司", amount="500000"),
    ),
    (
        R,
        "corr_other_twin",
        "en",
        LDN,
        ["cardiff bay LIMS upgrade now 66k", "sorry, 68k"],
        deal("Cardiff Bay Biolabs Ltd", which="LIMS upgrade", amount="68000"),
    ),
    (
        W12,
        "corr_other",
        "en",
        CHI,
        [
            "prairie forge press brake now 20k",
            "sorry, meant the tooling service plan is 20k, press brake stays",
        ],
        deal("Prairie Forge Metals Inc", which="tooling service plan", amount="20000"),
    ),
    (
        W12,
        "corr_other",
        "en",
        CHI,
        ["driftless brewing now 70k", "wrong one, driftless dairy. brewing stays as it was"],
        deal("Driftless Dairy Cooperative", amount="70000"),
    ),
    (
        W12,
        "corr_other",
        "zh",
        SH,
        ["海宁恒泰仓储条码改成70万", "更正，是MES改成70万，仓储条码不动"],
        deal("海宁恒泰经编有限公司", which="MES", amount="700000"),
    ),
    (
        W12,
        "corr_other",
        "zh",
        SH,
        ["张家港宏远改成30万", "不对，是江阴宏远，张家港的不动"],
        deal("江阴宏远金属制品有限公司", amount="300000"),
    ),
    (
        W12,
        "corr_other_twin",
        "zh",
        SH,
        ["张家港宏远改成30万", "不对，是35万"],
        deal("张家港宏远金属制品有限公司", amount="350000"),
    ),
    # --- rival: unhappy with their current vendor beside a visit or call
    (
        R,
        "rival",
        "en",
        SG,
        "met derek at seletar, they're fed up with their old vendor's delays",
        act("Seletar Aero Spares Pte Ltd", ["visit", "meeting"], "Derek Sim"),
    ),
    (
        R,
        "rival",
        "en",
        LA,
        "call with jared, reno unhappy with their current colo provider",
        act("Reno Data Vault LLC", "call", "Jared Whitlock"),
    ),
    (
        R,
        "rival",
        "zh",
        TPE,
        "拜訪了高雄港灣蔡協理，他們對現在的廠商很不滿意",
        act("高雄港灣冷鏈物流股份有限公司", ["visit", "meeting"], "蔡明勳"),
    ),
    (
        R,
        "rival",
        "zh",
        SZ,
        "跟苏州精测钱总见了面，她们对原来的供应商不满意",
        act("苏州工业园区精测仪器有限公司", ["visit", "meeting"], "钱晓岚"),
    ),
    (
        R,
        "rival_twin",
        "en",
        SG,
        "derek called to complain about our late delivery",
        act("Seletar Aero Spares Pte Ltd", "complaint", "Derek Sim"),
    ),
    (
        W12,
        "rival",
        "en",
        CHI,
        "met ingrid at driftless dairy, they're not happy with their current vendor",
        act("Driftless Dairy Cooperative", ["visit", "meeting"], "Ingrid Solberg"),
    ),
    (
        W12,
        "rival",
        "zh",
        SH,
        "去温岭东方见了林总，他们对现在的供应商很不满意",
        act("温岭东方泵业有限公司", ["visit", "meeting"], "林国强"),
    ),
    # --- chat_app: a contact's message said by its app
    (
        R,
        "chat_app",
        "mx",
        SZ,
        "汕头澄海蔡老板 WeChat：样品已经收到了",
        act("汕头澄海玩具有限公司", "message", "蔡少鹏"),
    ),
    (
        R,
        "chat_app",
        "en",
        SG,
        "derek whatsapp: PO is being processed",
        act("Seletar Aero Spares Pte Ltd", "message", "Derek Sim"),
    ),
    (
        R,
        "chat_app",
        "mx",
        TPE,
        "新竹晶耀陳經理 LINE：樣品收到了",
        act("新竹晶耀光電股份有限公司", "message", "陳怡君"),
    ),
    (
        W12,
        "chat_app",
        "mx",
        SH,
        "太仓港汇顾伟 微信：货已经到了",
        act("太仓港汇物流有限公司", "message", "顾伟"),
    ),
    (
        W12,
        "chat_app",
        "en",
        CHI,
        "gretchen at fox river texted: samples arrived fine",
        act("Fox River Paper Co", "message", "Gretchen Ahlers"),
    ),
    # --- mixed_name: a name made of two customers' names
    (R, "mixed_name", "en", LA, "sonoma ridge creamery wants to go ahead", ASK),
    (R, "mixed_name", "en", LDN, "sheffield forge collective signed", ASK),
    (R, "mixed_name", "zh", SZ, "深圳南山云图包装要推进", ASK),
    (
        R,
        "mixed_name_twin",
        "en",
        LA,
        "sonoma coast creamery wants to go ahead at 15k",
        deal("Sonoma Coast Creamery", amount="15000"),
    ),
    (W12, "mixed_name", "en", CHI, "driftless dairy brewing wants to go ahead", ASK),
    (W12, "mixed_name", "zh", SH, "张家港宏远塑料制品说要推进", ASK),
]


# Second batch, written after the first fixes from two more causes of the lane's ids (never copying them),
# scored first on the start code: a kind word that is a word of the customer's own name ("<name> coffee …"
# for a customer called "… Coffee …": no meeting had), and a contact's message said by its app with a word
# in letters first ("WeChat: thanks, …", "微信：samples 收到了": what was said, no WeChat id).
MESSAGES_B2: list[tuple[str, str, str, str, str | list[str], dict]] = [
    (
        R,
        "kind_in_name",
        "en",
        LDN,
        "brighton coffee now 12k, zoe wants it invoiced quarterly",
        deal("Brighton Roastworks Coffee", amount="12000"),
    ),
    (
        R,
        "kind_in_name",
        "en",
        SG,
        "ipoh coffee deal up to 21k",
        deal("Ipoh Heritage Coffee Trading", amount="21000"),
    ),
    (
        R,
        "kind_in_name_twin",
        "en",
        LDN,
        "had coffee with zoe from brighton roastworks this morning",
        act("Brighton Roastworks Coffee", "meeting", "Zoë Tarrant"),
    ),
    (
        R,
        "app_said",
        "mx",
        SZ,
        "苏州精测钱总 WeChat：samples 都收到了",
        act("苏州工业园区精测仪器有限公司", "message", "钱晓岚"),
    ),
    (
        R,
        "app_said",
        "mx",
        TPE,
        "三重鼎新李廠長 wechat: thanks，下週回覆",
        act("三重鼎新模具有限公司", "message", "李宗諺"),
    ),
    (
        R,
        "app_said",
        "en",
        SG,
        "kranji wei jie wechat: invoice received, will pay next week",
        act("Kranji Agritech Pte Ltd", "message", "Koh Wei Jie"),
    ),
    (
        W12,
        "app_said",
        "mx",
        SH,
        "温岭东方林总 WeChat：drawing 已经确认了",
        act("温岭东方泵业有限公司", "message", "林国强"),
    ),
    (
        W12,
        "app_said",
        "mx",
        WH,
        "大冶铜都柯总 微信：quotation 收到了，下周开会讨论",
        act("大冶铜都矿山机械有限公司", "message", "柯志华"),
    ),
]


# Third batch, written after the first landing to measure how far the mechanisms carry to a third world (set
# 8's, focus O's files), in words of its own, both languages; scored first on the start code.
W8 = "w8"
PRI, OLI, HM, ZT = "Priya", "Oliver", "黄敏", "周涛"
MESSAGES_B3: list[tuple[str, str, str, str, str | list[str], dict]] = [
    (W8, "no_value", "en", PRI, "pls amend orchid bay close date", ASK),
    (W8, "no_value", "en", OLI, "revise ashcombe number", ASK),
    (W8, "no_value", "zh", ZT, "更新下北京瑞康达的成交时间", ASK),
    (W8, "no_value", "zh", HM, "调整一下惠州德润的签约日期", ASK),
    (W8, "currency_swap", "en", PRI, "Kevin wants the 150k billed in SGD instead", ASK),
    (W8, "currency_swap", "en", PRI, "budi prefers the 60k in rupiah", ASK),
    (W8, "currency_swap", "zh", HM, "梁志恒希望把四十五万改成人民币", ASK),
    (W8, "currency_swap", "mx", ZT, "Frank Li 想把九万换成人民币结算", ASK),
    (
        W8,
        "currency_swap_twin",
        "en",
        PRI,
        "Kevin wants it in SGD now, 200k",
        deal("Orchid Bay Resorts", amount="200000", currency="SGD"),
    ),
    (W8, "split", "en", OLI, "pennington care homes want to break the deal into 3 phases", ASK),
    (W8, "split", "zh", HM, "惠州德润那单要拆成三期", ASK),
    (W8, "split", "zh", HM, "佛山南海铝业冯厂长说这单分两个合同签", ASK),
    (
        W8,
        "split_twin",
        "en",
        OLI,
        "pennington will pay the 42k in 3 instalments",
        act("Pennington Care Homes", "note"),
    ),
    (W8, "asked_back", "en", PRI, "Kevin reckons Orchid Bay will sign this week, right?", ASK),
    (W8, "asked_back", "en", PRI, "ravi says straits marine can close by friday, isn't it?", ASK),
    (W8, "asked_back", "zh", ZT, "王建邦说这周可以签了，对吧？", ASK),
    (W8, "asked_back", "zh", HM, "冯伟说下周可以下单了是吧？", ASK),
    (
        W8,
        "rival",
        "en",
        PRI,
        "visited lion gate logistics, marcus tan frustrated with their current freight forwarder",
        act("Lion Gate Logistics Pte Ltd", ["visit", "meeting"], "Marcus Tan"),
    ),
    (
        W8,
        "rival",
        "en",
        PRI,
        "call with kevin ng, orchid bay upset about their existing booking system provider",
        act("Orchid Bay Resorts", "call", "Kevin Ng"),
    ),
    (
        W8,
        "rival",
        "zh",
        HM,
        "拜访了佛山南海铝业冯厂长，他们对现在的供应商很不满",
        act("佛山南海铝业有限公司", ["visit", "meeting"], "冯伟"),
    ),
    (
        W8,
        "rival",
        "zh",
        ZT,
        "跟北京首信杜云飞开了个会，他们对原来的系统集成商不满意",
        act("北京首信金融科技有限公司", ["visit", "meeting"], "杜云飞"),
    ),
    (
        W8,
        "rival_twin",
        "en",
        PRI,
        "marcus tan called to complain about our late invoices",
        act("Lion Gate Logistics Pte Ltd", "complaint", "Marcus Tan"),
    ),
    (
        W8,
        "chat_app",
        "mx",
        HM,
        "创维达电子何志强 微信：sample 收到了",
        act("深圳创维达电子有限公司", "message", "何志强"),
    ),
    (
        W8,
        "chat_app",
        "mx",
        ZT,
        "北京泰和赵倩 WeChat：contract 法务在看",
        act("北京泰和信息技术有限公司", "message", "赵倩"),
    ),
    (W8, "mixed_name", "en", PRI, "jurong precision tools wants a quote", ASK),
    (W8, "mixed_name", "zh", HM, "深圳创维达精密五金要推进", ASK),
    (W8, "mixed_name", "zh", ZT, "北京泰和物流说要推进", ASK),
]


def main() -> None:
    here = Path(__file__).resolve().parent
    for world, name, messages in (
        (R, "i35-asks_s35.json", MESSAGES),
        (W12, "i35-asks_s35_w12.json", MESSAGES),
        (R, "i35-asks_s35_b2.json", MESSAGES_B2),
        (W12, "i35-asks_s35_w12_b2.json", MESSAGES_B2),
        (W8, "i35-asks_s35_w8_b3.json", MESSAGES_B3),
    ):
        out = []
        counter: dict[str, int] = {}
        for w, family, lang, user, text, expect in messages:
            if w != world:
                continue
            counter[family] = counter.get(family, 0) + 1
            msg: dict = {"id": f"{world}-{family}-{counter[family]:02d}", "lang": lang, "user": user}
            msg["class"] = (
                "correction"
                if family.startswith("corr")
                else ("must_ask" if expect["outcome"] == "ask" else "deal_update")
            )
            msg["texts" if isinstance(text, list) else "text"] = text
            msg["expect"] = expect
            out.append(msg)
        (here / name).write_text(
            json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(name, len(out))


if __name__ == "__main__":
    main()
