# ruff: noqa: E501  (one labelled message per line)
"""Over-asking families, written by i30-overask (session 30) before any change, in our own words (not focus M
read's), in two worlds: set 10's (Wed 2028-06-28 11:05 in each user's zone) → `overask_s30.json`, and set 11's
(Tue 2029-01-09 16:40) → `overask_s30_w11.json`.

P. (log) what a known contact said, wanted or noticed, their name right before the word of saying, with no
   channel, no count, no figure and no day: "Clara says the new labels should match the old bottles",
   "孙悦然说他们的机房要搬到东莞", "馮志遠話想要中文版嘅報表". A note with that person, stored at once: the
   note card ("Not sure about: a note about X") asks about a channel word nobody said.
   Twins (PA…, must_ask): the same shape where what they said is a change with no value, a feared loss or a
   maybe: "Clara says they want to change the price", "孙悦然说合同金额要降一点", "馮志遠話可能會揀第二間".
Y. (log) a budget year said in Chinese ("2029年的预算还没批", "2029年先有預算"): a year, not an amount to
   ask the unit of. Twins (YA…, must_ask): a budget figure that is a ceiling or bare ("预算最多30万").
T. (contact) a new contact's phone in two fours right after a Chinese name ("樓面經理 鄭家輝 6123 8876"):
   their phone, not numbers left unused. Twins (TA…, must_ask): the same new contact with a rumour after it.

    python benchmarks/understanding/own/make_overask_s30.py   # writes overask_s30.json and overask_s30_w11.json
    B=$PWD/benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/overask_s30.json --customers $B/focus-m/customers.csv \
        --setup $B/focus-m/setup.txt --harness $B/focus-m
    .venv/bin/python $B/quick.py --file $B/own/overask_s30_w11.json --customers $B/set11/customers.csv \
        --setup $B/set11/setup.txt --harness $B/set11
"""

from __future__ import annotations

import json
from pathlib import Path

FE, NA, ZL, CJ = "Felix", "Nadia", "赵磊", "陳嘉欣"  # set 10
PR, TO, DI, WF, LY = "Priya", "Tom", "Diego", "王芳", "刘洋"  # set 11
ASK = {"outcome": "ask"}
ANY = ["note", "call", "meeting", "visit", "message"]


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def logged(customer: str, contact: str) -> dict:
    return store({"activities": [{"customer": customer, "kind": ANY, "contact": contact}]})


def contact(customer: str, name: str, title: str, phone: str) -> dict:
    return store({"contacts": [{"customer": customer, "name": name, "title": title, "phone": phone}]})


# fmt: off
W10 = [
    # P: a known contact's news, no channel, no count, no figure, no day.
    ("P", "log", "en", FE, "Weingut Adler: Clara says the new labels should match the old bottle design", logged("Weingut Adler", "Clara Adler")),
    ("P", "log", "en", FE, "Isarwerk - Leonie said the editors prefer the bigger screens", logged("Isarwerk Studios", "Leonie Bauer")),
    ("P", "log", "en", NA, "gateway arch: greg said their claims team likes the dark theme better", logged("Gateway Arch Insurance", "Greg Holloway")),
    ("P", "log", "en", NA, "Riverbend Senior Living - Carla mentioned the residents love the new tablets", logged("Riverbend Senior Living", "Carla Dominguez")),
    ("P", "log", "en", NA, "red river co-op, shawn wants the invoices addressed to the board from now on", logged("Red River Valley Co-op", "Shawn McLeod")),
    ("P", "log", "zh", ZL, "蓝海云孙悦然说他们的机房要搬到东莞", logged("深圳市蓝海云计算有限公司", "孙悦然")),
    ("P", "log", "zh", ZL, "侨乡陈皮李国强说包装盒要换成环保材料", logged("江门市侨乡陈皮有限公司", "李国强")),
    ("P", "log", "zh", ZL, "前海智联林涛反馈说后台界面有点卡", logged("深圳市前海智联科技有限公司", "林涛")),
    ("P", "log", "zh", CJ, "港珠澳物流馮志遠話想要中文版嘅報表", logged("珠海港珠澳物流有限公司", "馮志遠")),
    ("P", "log", "zh", CJ, "銅鑼灣健康梁慧敏話啲護士好鍾意個新介面", logged("銅鑼灣健康醫務中心", "梁慧敏")),
    # P twins: what they said is a change with no value, a feared loss or a maybe.
    ("PA", "must_ask", "en", FE, "Weingut Adler: Clara says they want to change the price", ASK),
    ("PA", "must_ask", "en", NA, "riverbend - carla mentioned they might go with another vendor", ASK),
    ("PA", "must_ask", "zh", ZL, "蓝海云孙悦然说合同金额要降一点", ASK),
    ("PA", "must_ask", "zh", CJ, "港珠澳物流馮志遠話可能會揀第二間", ASK),
    ("PA", "must_ask", "zh", ZL, "侨乡陈皮李国强说可能下个月签", ASK),
    # Y: a budget year in Chinese.
    ("Y", "log", "zh", ZL, "康宁口腔许静怡说2029年的IT预算还在做", logged("深圳市南山康宁口腔门诊部", "许静怡")),
    ("Y", "log", "zh", CJ, "華興印刷麥志輝話2029年先有預算", logged("灣仔華興印刷有限公司", "麥志輝")),
    ("YA", "must_ask", "zh", ZL, "康宁口腔许静怡说预算最多30万", ASK),
    # T: a new contact's phone in two fours after a Chinese name.
    ("T", "contact", "zh", CJ, "長洲海鮮新聯絡人：樓面經理 鄭家輝 6123 8876", contact("長洲海鮮酒家", "鄭家輝", "樓面經理", "6123 8876")),
    ("T", "contact", "zh", CJ, "西貢海濱新聯絡人：船務主任 林嘉欣 9345 6672", contact("西貢海濱遊艇服務有限公司", "林嘉欣", "船務主任", "9345 6672")),
    ("TA", "must_ask", "zh", CJ, "長洲海鮮新聯絡人：樓面經理 鄭家輝 6123 8876，聽講佢哋想換供應商", ASK),
]

W11 = [
    ("P", "log", "en", TO, "Aldgate Coffee - Zeynep says the baristas find the app easy", logged("Aldgate Coffee Roasters", "Zeynep Kaya")),
    ("P", "log", "en", PR, "fremantle reef: bronwyn said the harvest app needs a dark mode", logged("Fremantle Reef Aquaculture Pty Ltd", "Bronwyn Kelly")),
    ("P", "log", "en", DI, "pacific crest brewing, tyler mentioned they're switching to cans", logged("Pacific Crest Brewing Co", "Tyler Bramwell")),
    ("P", "log", "en", TO, "Malvern Plumbing: Hattie wants the job sheets printed in colour", logged("Malvern Plumbing & Heating", "Hattie Marsh")),
    ("P", "log", "zh", WF, "海润进出口于海燕说她们外贸部更喜欢英文界面", logged("青岛海润进出口有限公司", "于海燕")),
    ("P", "log", "zh", LY, "滇池花卉段春梅说冷库的温控报表要加一栏", logged("昆明滇池花卉有限公司", "段春梅")),
    ("P", "log", "zh", LY, "川味坊钟大勇觉得新的出库流程顺多了", logged("成都川味坊食品有限公司", "钟大勇")),
    ("PA", "must_ask", "en", TO, "Aldgate Coffee - Zeynep says they may pull out", ASK),
    ("PA", "must_ask", "zh", WF, "海润进出口于海燕说价格还要再砍一点", ASK),
    ("PA", "must_ask", "zh", LY, "滇池花卉段春梅说可能要加单，金额没定", ASK),
    ("Y", "log", "zh", WF, "恒源纸业杜春生说2030年的预算还没定", logged("保定恒源纸业有限公司", "杜春生")),
    ("YA", "must_ask", "zh", WF, "恒源纸业杜春生说预算大概20", ASK),
    ("T", "contact", "zh", WF, "光华印刷新联系人：车间主任 孙立新 8123 4567", contact("北京光华印刷有限公司", "孙立新", "车间主任", "8123 4567")),
    ("TA", "must_ask", "zh", WF, "光华印刷新联系人：车间主任 孙立新 8123 4567，听说他们在看别家", ASK),
]
# fmt: on


def write(rows: list, name: str) -> None:
    messages = []
    counters: dict[str, int] = {}
    for family, klass, lang, user, text, expect in rows:
        counters[family] = counters.get(family, 0) + 1
        said = {"texts": text} if isinstance(text, list) else {"text": text}
        messages.append({"id": f"{family}{counters[family]:02d}", "lang": lang, "class": klass, "user": user, **said,
                         "expect": expect})  # fmt: skip
    out = Path(__file__).with_name(name)
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    write(W10, "overask_s30.json")
    write(W11, "overask_s30_w11.json")


if __name__ == "__main__":
    main()
