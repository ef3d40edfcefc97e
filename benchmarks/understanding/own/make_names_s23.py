# ruff: noqa: E501  (one labelled message per line)
"""i23-names' own messages (session 23), written before each change, one family per linking cause. Our own
words, not a read half's.

World A is set 11's (Tuesday 2029-01-09 16:40): one brand in several cities, some cities on the index's old
region list (天津, 北京, 重庆) and some not (廊坊, 保定, 唐山, 呼和浩特, 自贡, 泸州, 绵阳, 遵义, 宜宾):

- namesake (ask): the brand said alone ("嘉禾食品的经理来电话") names four customers: which one is asked,
  never the one whose region happened to be stripped.
- told (store): the same brands told apart by the city said with them ("保定的益民超市", "自贡那边的天禾"),
  a known contact of one of them, or the amount its open deal is at ("瑞丰14万那单丢了").

    python benchmarks/understanding/own/make_names_s23.py  # writes own/names_s23.json and own/names_s23_w10.json
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/names_s23.json \
        --customers benchmarks/understanding/set11/customers.csv --setup benchmarks/understanding/set11/setup.txt \
        --harness benchmarks/understanding/set11

World B is set 10's (Wednesday 2028-06-28 11:05; focus G shares it; `names_s23_w10.json`, run with set10's
customers, setup and harness): 深圳市海川物流 (two open deals: 仓储系统, TMS) and 广州海川食品 (one), both
regions on the list.

- shared_start (store): the short brand 海川 with words that tell which ("海川 TMS", a contact of one): the
  linker weighs both (both names start with 海川 once the region is off), so no second question is needed.
- shared_start_ask (ask): nothing tells ("海川改成32万").
- exonym (store): a name whose alias holds a place in its own language (Sternwarte München, Rheinblick Köln,
  Sternwarte Schweiz) said with the English name of the place ("sternwarte munich", "rheinblick cologne").
"""

from __future__ import annotations

import json
from pathlib import Path

W, L = "王芳", "刘洋"
Z, F = "赵磊", "Felix"
SO, SS, RB = "Sternwarte Optik GmbH", "Sternwarte Optik Schweiz AG", "Rheinblick Hotels GmbH"
ASK = {"outcome": "ask"}


def store(changes: dict, also_ask: bool = False) -> dict:
    out: dict = {"outcome": "store", "changes": changes}
    if also_ask:
        out["also_ok"] = "ask"
    return out


def act(customer: str, kind, contact=None) -> dict:  # type: ignore[no-untyped-def]
    return {"customer": customer, "kind": kind, "contact": contact}


VISIT = ["visit", "meeting"]

# (id, family, lang, user, text, expect)
WORLD_A = [
    # --- namesake: the brand alone names several customers in several cities: asked ---
    ("a01", "namesake", "zh", W, "嘉禾食品的经理刚来电话，问年前能不能送货", ASK),
    ("a02", "namesake", "zh", W, "益民超市下周三过去拜访一下，提醒我", ASK),
    ("a03", "namesake", "zh", W, "永信会计师事务所那边说审计报告周五前给我们", ASK),
    ("a04", "namesake", "zh", L, "盛达汽配 今天通了电话 说年后再定", ASK),
    ("a05", "namesake", "zh", L, "明德教育那边想看下演示 下周约个时间", ASK),
    ("a06", "namesake", "zh", L, "天禾农业的报价今天发过去了", ASK),
    ("a07", "namesake", "mx", W, "嘉禾 wants a quote before 春节", ASK),
    ("a08", "namesake", "zh", L, "鑫源建材改成20万", ASK),
    ("a09", "namesake", "zh", W, "瑞丰物流今天来电话催报价", ASK),
    ("a10", "namesake", "zh", L, "拜访了蜀香食品，聊得挺好", ASK),
    # --- told: the same brands told apart by a city, a contact or an amount ---
    ("a11", "told", "zh", W, "去了保定的益民超市，高经理说下个月续约", store({"activities": [act("保定益民超市有限公司", VISIT, [None, "高建新"])]})),
    ("a12", "told", "zh", L, "自贡那边的天禾农业 邹敏打电话来 要看合同", store({"activities": [act("自贡天禾农业科技有限公司", "call", [None, "邹敏"])]})),
    ("a13", "told", "zh", W, "跟唐山嘉禾食品的魏东通了电话，聊了聊新品", store({"activities": [act("唐山嘉禾食品有限公司", "call", "魏东")]})),
    ("a14", "told", "zh", L, "盛达汽配的敖勇来电话，说样品收到了", store({"activities": [act("自贡盛达汽配有限公司", "call", "敖勇")]})),
    ("a15", "told", "zh", W, "呼和浩特瑞丰的段晓来电话问报价", store({"activities": [act("呼和浩特瑞丰物流有限公司", "call", "段晓")]})),
    ("a16", "told", "zh", W, "瑞丰14万那单丢了，客户选了别家", store({"deals": [{"customer": "呼和浩特瑞丰物流有限公司", "stage": "lost"}]})),
    ("a17", "told", "zh", L, "宜宾鑫源 今天拜访了 熊伟说还在比价", store({"activities": [act("宜宾鑫源建材有限公司", VISIT, "熊伟")]})),
    ("a18", "told", "zh", W, "廊坊永信会计师事务所的侯志强来电话，说合同盖好章了", store({"activities": [act("廊坊永信会计师事务所有限公司", "call", "侯志强")]})),
    ("a19", "told", "zh", L, "泸州明德教育 彭涛 微信说下周可以来看演示", store({"activities": [act("泸州明德教育有限公司", "message", "彭涛")]})),
    ("a20", "told", "zh", L, "绵阳天禾今天去拜访了，冉经理说预算批了", store({"activities": [act("绵阳天禾农业科技有限公司", VISIT, [None, "冉飞"])]})),
    # --- told by the city said just before the brand (written with a11/a12, before the change) ---
    ("a21", "told", "zh", W, "唐山那家益民超市打电话来，说要续约", store({"activities": [act("唐山益民超市有限公司", "call", [None, "宋晓梅"])]})),
    ("a22", "told", "zh", W, "今天拜访了廊坊的嘉禾食品，聊了聊年货", store({"activities": [act("廊坊嘉禾食品有限公司", VISIT, [None, "常海"])]})),
    ("a23", "told", "zh", L, "遵义那边的盛达汽配来电话问报价", store({"activities": [act("遵义盛达汽配有限公司", "call", [None, "向丽"])]})),
    # --- two of the same brand, each said with its city (written before the change) ---
    ("a25", "told_two", "zh", W, "廊坊嘉禾和唐山嘉禾都来电话了，两边都要报价", store({"activities": [act("廊坊嘉禾食品有限公司", "call", [None, "常海"]), act("唐山嘉禾食品有限公司", "call", [None, "魏东"])]})),
    ("a26", "told_two", "zh", L, "今天拜访了自贡盛达和遵义盛达，都在等年后的预算", store({"activities": [act("自贡盛达汽配有限公司", VISIT, [None, "敖勇"]), act("遵义盛达汽配有限公司", VISIT, [None, "向丽"])]})),
    ("a27", "told_two", "zh", W, "保定益民和天津益民今天都通了电话", store({"activities": [act("保定益民超市有限公司", "call", [None, "高建新"]), act("天津益民超市有限公司", "call", [None, "常海"])]})),
    # --- a second customer in a clause of its own, named by a brand several cities hold and its contact ---
    ("a28", "second", "zh", L, "明天上午提醒我给天府云数罗晓峰打电话，还有周五下午3点打给盛达汽配敖勇", store({"reminders": [{"customer": "成都天府云数科技有限公司", "due": "2029-01-10"}, {"customer": "自贡盛达汽配有限公司", "due": "2029-01-12T15:00"}]}, True)),
    ("a29", "second", "zh", W, "上午给润康制药郝经理打了电话，下午又跟益民超市高建新通了电话", store({"activities": [act("石家庄润康制药有限公司", "call", "郝文静"), act("保定益民超市有限公司", "call", "高建新")]}, True)),
    ("a30", "second", "zh", L, "周四提醒我去趟锦江冷链，顺便下午4点打给天禾农业邹敏", store({"reminders": [{"customer": "四川锦江冷链物流有限公司", "due": "2029-01-11"}, {"customer": "自贡天禾农业科技有限公司", "due": "2029-01-11T16:00"}]}, True)),
    ("a31", "second", "zh", L, "明早9点提醒我跟罗晓峰确认天府云数的报价单 还有周五下午3点打给盛达汽配敖勇", store({"reminders": [{"customer": "成都天府云数科技有限公司", "due": "2029-01-10T09:00"}, {"customer": "自贡盛达汽配有限公司", "due": "2029-01-12T15:00"}]}, True)),
    ("a32", "second", "zh", W, "明天提醒我跟郝经理确认润康制药的合同 还有下周一上午10点打给嘉禾食品魏东", store({"reminders": [{"customer": "石家庄润康制药有限公司", "due": "2029-01-10"}, {"customer": "唐山嘉禾食品有限公司", "due": "2029-01-15T10:00"}]}, True)),
    ("a24", "told", "mx", W, "保定的永信会计师事务所 sent the audit draft by email", store({"activities": [act("保定永信会计师事务所有限公司", "email", [None, "贾丽娜"])]})),
]

WORLD_B = [
    ("b01", "shared_start", "mx", Z, "海川 TMS 改成40万", store({"deals": [{"customer": "深圳市海川物流有限公司", "which": "TMS", "amount": "400000"}]}, True)),
    ("b02", "shared_start", "zh", Z, "海川仓储系统那单改成115万", store({"deals": [{"customer": "深圳市海川物流有限公司", "which": "仓储", "amount": "1150000"}]}, True)),
    ("b03", "shared_start", "zh", Z, "海川的陈志伟发邮件确认了需求", store({"activities": [act("深圳市海川物流有限公司", "email", "陈志伟")]}, True)),
    ("b04", "shared_start", "zh", Z, "海川食品陈总来电话，说下周要样品", store({"activities": [act("广州海川食品有限公司", "call", "陈志明")]})),
    ("b05", "shared_start", "zh", Z, "海川那边王丽娟打电话来问仓储系统的上线时间", store({"activities": [act("深圳市海川物流有限公司", "call", "王丽娟")]}, True)),
    ("b06", "shared_start_ask", "zh", Z, "海川改成32万", ASK),
    ("b07", "shared_start_ask", "zh", Z, "海川那边说下周再谈", ASK),
    # --- exonym: a place in a name said in English (Sternwarte München, Rheinblick Köln, Sternwarte Schweiz) ---
    ("b08", "exonym", "en", F, "spoke to katrin at sternwarte munich about the lens order", store({"activities": [act(SO, ["call", "meeting"], "Katrin Vollmer")]})),
    ("b09", "exonym", "en", F, "sternwarte munich 45k -> 47k", store({"deals": [{"customer": SO, "amount": "47000"}]})),
    ("b10", "exonym", "en", F, "sternwarte switzerland: reto wants a call next tue", store({"reminders": [{"customer": SS, "due": "2028-07-04"}]})),
    ("b11", "exonym", "en", F, "Rheinblick Cologne - Sabine emailed, they want the revised quote", store({"activities": [act(RB, "email", "Sabine Krüger")]})),
    ("b12", "exonym", "en", F, "met sabine from rheinblick cologne today, went well", store({"activities": [act(RB, ["meeting", "visit"], "Sabine Krüger")]})),
    ("b13", "exonym", "en", F, "sternwarte zurich 40k", store({"deals": [{"customer": SS, "amount": "40000"}]})),
    ("b14", "exonym_ask", "en", F, "sternwarte 41k", ASK),
]


def messages(rows: list, prefix: str) -> list[dict]:
    return [
        {"id": f"{prefix}-{i}", "class": family, "lang": lang, "user": user, "text": text, "expect": expect}
        for i, family, lang, user, text, expect in rows
    ]


if __name__ == "__main__":
    here = Path(__file__).parent
    for name, rows in (("names_s23.json", WORLD_A), ("names_s23_w10.json", WORLD_B)):
        out = here / name
        out.write_text(
            json.dumps({"split": "own", "messages": messages(rows, "s23-names")}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
        print(f"{len(rows)} messages → {out}")
