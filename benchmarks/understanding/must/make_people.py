# ruff: noqa: E501  (one labelled message per line)
"""Which customer and which person: phrasings written by i19-people (session 19) against this folder's
people_customers.csv / people_setup.txt, before any change to the reader. Traps: customer names that are
everyday words (Summit, Harvest, 长城, 顺风, 天平), one brand twice (Apex), a name kept in traditional script
(臺灣精密) and one typed in traditional (華東電氣), a family name at two customers (王), a person who left.
Labels: what a careful human does.

    python3 benchmarks/understanding/must/make_people.py   # writes people.json next to it
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/must/people.json \
        --customers $PWD/benchmarks/understanding/must/people_customers.csv \
        --setup $PWD/benchmarks/understanding/must/people_setup.txt --failures
"""

from __future__ import annotations

import json
from pathlib import Path

from make_must import ASK, MEET, act, changes, deal, store

S, L = "Sam", "李雷"
NOTHING = {"outcome": "nothing"}


def answer(*mentions: str) -> dict:
    return {"outcome": "nothing", "answer_mentions": list(mentions)}


def contact(customer: str, name: str, **fields: object) -> dict:
    return {"customer": customer, "name": name, **fields}


def store_contacts(*items: dict, also: tuple = ()) -> dict:
    out = store(*also) if also else {"outcome": "store", "changes": {}}
    out["changes"]["contacts"] = list(items)
    return out


SD, HT, AF, AFC, GW, OC, LL, KP = (
    "Summit Dental",
    "Harvest Table Catering",
    "Apex Freight",
    "Apex Fitness Club",
    "Granite Works",
    "Oakridge Clinic",
    "Lumen Labs",
    "Keller Pharma",
)
HD, TJ, CC, SF, TP, MH, DF, YH = (
    "华东电气有限公司",
    "臺灣精密工業股份有限公司",
    "长城包装有限公司",
    "顺风食品有限公司",
    "天平医疗器械有限公司",
    "明辉建材有限公司",
    "东方红农机有限公司",
    "远航物流有限公司",
)
CALLISH = ["call", "note"]

M = [
    # must ask: which customer, which person
    ("must_ask", "en", S, "apex wants the updated rate card by thursday", ASK),  # two Apexes
    ("must_ask", "en", S, "Apex said yes to the pilot!", ASK),
    ("must_ask", "en", S, "spoke w/ Nadia at Granite Works, she wants a site walk next week", ASK),  # Nadia left
    ("must_ask", "en", S, "met the team at Riverbend Mills today, they need sensors for 3 sites, maybe 20k", ASK),  # not in the CRM
    ("must_ask", "zh", L, "王经理说下个月下单", ASK),  # 王磊 (明辉) or 王芳 (远航)?
    ("must_ask", "zh", L, "今天去了金桥物流，他们想上一套仓储系统", ASK),  # not in the CRM
    ("must_ask", "zh", L, "华东那边签了，金额大概七八十万吧", ASK),  # hedged amount
    ("must_ask", "mixed", S, "Apex 那边 wants a demo friday", ASK),
    # named clearly, words of a name that are also everyday words: store, no question
    ("log", "en", S, "called Rita at Summit Dental, she'll review the contract this week", store(act(SD, "call", "Rita Gomez"))),
    ("win", "en", S, "harvest signed the holiday events contract!", store(deal(HT, stage="won"))),
    ("log", "en", S, "quick call with Dana from Apex Fitness, she wants to start in january", store(act(AFC, "call", "Dana Wolfe"), alt=[changes(act(AFC, "call", "Dana Wolfe"), deal(AFC, close_date="2027-01-31"))])),
    ("log", "en", S, "Joel at Apex Freight emailed, they want the fleet tracking contract redlined", store(act(AF, "email", "Joel Kim"))),
    ("log", "zh", L, "華東電氣陳總來電，問報價進度", store(act(HD, "call", "陈建国"))),  # traditional for a simplified name
    ("log", "zh", L, "台湾精密林经理打电话说样品收到了", store(act(TJ, "call", "林美玲"))),  # simplified for a traditional name
    ("log", "zh", L, "拜访了长城包装赵总，聊了明年的采购计划", store(act(CC, MEET, "赵刚"))),
    ("log", "zh", L, "天平医疗孙主任电话里说预算批下来了", store(act(TP, "call", "孙丽"))),
    ("log", "zh", L, "顺风食品钱主管加了微信，发了产品手册", store(act(SF, ["message", "email", "note"], "钱伟"))),
    ("log", "zh", L, "远航王总上午来公司坐了坐", store(act(YH, MEET, "王芳"))),
    # questions: an answer, nothing stored
    ("question", "en", S, "what's going on with summit dental?", answer("Summit Dental")),
    ("question", "en", S, "who do we know at harvest?", answer("Ben Ortiz")),
    ("question", "en", S, "is the apex freight deal still open?", answer("Apex Freight")),
    ("question", "en", S, "how much is the Keller Pharma deal worth again", answer("150")),
    ("question", "zh", L, "華東電氣的聯繫人是誰", answer("陈建国|陳建國")),
    ("question", "zh", L, "长城包装现在到哪一步了", answer("长城包装")),
    ("question", "zh", L, "天平医疗那个单子多少钱来着", answer("60")),
    ("question", "zh", L, "明辉的王磊电话多少", answer("13900000406")),
    # chit-chat: nothing stored (some with a customer's name as an everyday word)
    ("chitchat", "en", S, "coffee machine on 4 is broken again 😩", NOTHING),
    ("chitchat", "en", S, "that harvest moon last night was unreal", NOTHING),
    ("chitchat", "en", S, "back from the sales summit in Denver, totally wiped", NOTHING),
    ("chitchat", "en", S, "thanks all, great team effort this month 🙌", NOTHING),
    ("chitchat", "zh", L, "今天降温了，大家注意保暖", NOTHING),
    ("chitchat", "zh", L, "祝大家新的一周顺风顺水！", NOTHING),
    ("chitchat", "zh", L, "周末去爬了长城，腿还在酸", NOTHING),
    ("chitchat", "zh", L, "中午吃啥？", NOTHING),
    # contacts: new, changed, left
    ("contact", "en", S, "Summit Dental has a new office manager, Carla Diaz, carla@summitdental.com", store_contacts(contact(SD, "Carla Diaz", email="carla@summitdental.com"))),
    ("contact", "en", S, "Joel Kim's new cell is 201-555-7788", store_contacts(contact(AF, "Joel Kim", phone="201-555-7788"))),
    ("contact", "en", S, "Ben Ortiz left Harvest Table, Lucy Park took over events", store_contacts(contact(HT, "Ben Ortiz", left=True), contact(HT, "Lucy Park"))),
    ("contact", "en", S, "FYI Chris Vale is now CEO at Lumen Labs", store_contacts(contact(LL, "Chris Vale", title="CEO"))),
    ("contact", "zh", L, "长城包装的赵刚升副总了", store_contacts(contact(CC, "赵刚", title="副总"))),
    ("contact", "zh", L, "天平医疗新来的采购叫周婷，电话13800001111", store_contacts(contact(TP, "周婷", phone="13800001111"))),
    ("contact", "zh", L, "明辉建材的何静已经离职了", store_contacts(contact(MH, "何静", left=True))),
    # two customers in one message
    ("two_customers", "en", S, "emailed Rita at Summit Dental and Joel at Apex Freight the new pricing", store(act(SD, "email", "Rita Gomez"), act(AF, "email", "Joel Kim"))),
    ("two_customers", "en", S, "harvest signed! lumen labs still waiting on legal", store(deal(HT, stage="won"), alt=[changes(deal(HT, stage="won"), act(LL, "note"))])),
    ("two_customers", "en", S, "visited Granite Works this morning and Oakridge Clinic after lunch", store(act(GW, MEET, [None, "Tom Keller"]), act(OC, MEET, [None, "Priya Nair", "Raj Shah"]))),
    ("two_customers", "en", S, "Tom at Granite says Lumen Labs is shopping for a new vendor", store(act(GW, [*CALLISH, "meeting"], "Tom Keller"))),
    ("two_customers", "en", S, "Lumen Labs 45k, Oakridge 28k", store(deal(LL, amount="45000"), deal(OC, amount="28000"))),
    ("two_customers", "zh", L, "今天跑了长城包装和天平医疗，两边都要报价", store(act(CC, MEET, [None, "赵刚"]), act(TP, MEET, [None, "孙丽"]))),
    ("two_customers", "zh", L, "華東電氣簽了，臺灣精密還在比價", store(deal(HD, stage="won"), alt=[changes(deal(HD, stage="won"), act(TJ, "note"))])),
    ("two_customers", "zh", L, "给明辉建材王经理打了电话，下午又去东方红农机见了刘总", store(act(MH, "call", "王磊"), act(DF, MEET, "刘洋"))),
    ("two_customers", "mixed", L, "远航 down to 40万, 顺风 up to 10万", store(deal(YH, amount="400000"), deal(SF, amount="100000"))),
    # corrections of the customer or the person
    ("correction", "en", S, ["visited Granite Works today", "sorry, that was Lumen Labs not Granite"], store(act(LL, MEET))),
    ("correction", "en", S, ["called Priya at Oakridge Clinic about the rollout", "sorry, it was Raj not Priya"], store(act(OC, "call", "Raj Shah"))),
    ("correction", "zh", L, ["长城包装赵总来电话了", "不是长城，是天平医疗"], store(act(TP, "call", [None, "孙丽"]))),
    ("correction", "zh", L, ["给明辉王经理发了报价", "不对，是何静不是王经理"], store(act(MH, "email", "何静"))),
]  # fmt: skip

if __name__ == "__main__":
    messages = []
    for i, (cls, lang, user, text, expect) in enumerate(M, 1):
        texts = text if isinstance(text, list) else None
        item = {
            "id": f"pe{i:03d}",
            "class": cls,
            "lang": lang,
            "user": user,
            "text": texts[-1] if texts else text,
        }
        if texts:
            item["texts"] = texts
        messages.append({**item, "expect": expect})
    out = Path(__file__).with_name("people.json")
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(messages)} messages -> {out}")
