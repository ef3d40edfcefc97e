# ruff: noqa: E501  (one labelled message per line)
"""Field-log phrasings written by i17-log (session 17) over the demo customers (../customers.csv,
../setup.txt), before any change: the development set for logs. Labels: what a careful human stores.

    python benchmarks/understanding/own/make_logs.py   # writes logs.json next to it
"""

from __future__ import annotations

import json
from pathlib import Path

S, L = "Sam", "李雷"


def act(customer, kind, contact=None, occurred=None):
    a = {"customer": customer, "kind": kind, "contact": contact}
    if occurred:
        a["occurred"] = occurred
    return a


def rem(customer, due):
    return {"customer": customer, "due": due}


def store(*items, alt=None, also_ok=None):
    changes = {}
    for item in items:
        key = "reminders" if "due" in item else "activities" if "kind" in item else "deals"
        changes.setdefault(key, []).append(item)
    out = {"outcome": "store", "changes": changes}
    if alt:
        out["alt_changes"] = alt
    if also_ok:
        out["also_ok"] = also_ok
    return out


def changes(*items):
    return store(*items)["changes"]


MEET = ["meeting", "visit"]
ZH = "深圳市华为技术有限公司"
M = [
    ("en", S, "globex call ok", store(act("Globex Corporation", "call"))),
    ("en", S, "Hank at globex - called, he wants the revised pricing by thursday",
     store(act("Globex Corporation", "call", "Hank Scorpio"), rem("Globex Corporation", "2026-12-03"))),
    ("en", S, "Bill Lumbergh called back re support renewal, all good",
     store(act("Initech", "call", "Bill Lumbergh"))),
    ("en", S, "forgot to log friday's call w/ Nancy at northwind, she's reviewing the quote",
     store(act("Northwind Traders", "call", "Nancy Davolio", "2026-11-27"))),
    ("en", S, "visited kessler medical yesterday, lukas showed us the new wing, going back wed 2pm",
     store(act("Kessler Medical", "visit", "Lukas Brandt", "2026-11-29"), rem("Kessler Medical", "2026-12-02T14:00"))),
    ("en", S, "met w/ Sofia at Orion Software, she'll be out next week on pto",
     store(act("Orion Software", MEET, "Sofia Rossi"))),
    ("en", S, "tried to see Lucius at wayne, didnt get to see him, left brochures",
     store(act("Wayne Enterprises", MEET))),
    ("en", S, "emailed falcon aerospace the spec sheet", store(act("Falcon Aerospace", "email"))),
    ("en", S, "sent pinecrest and blue harbor the proposal",
     store(act("Pinecrest Hotels", "email"), act("Blue Harbor Seafood", "email"))),
    ("en", S, "Pinecrest: Grace complained about late delivery again",
     store(act("Pinecrest Hotels", "complaint", "Grace Howard"))),
    ("en", S, "call w cascade water 2moro 10am", store(rem("Cascade Water Systems", "2026-12-01T10:00"))),
    ("en", S, "had a good mtg with Ethan Park (cascade water) tuesday, demo'd the monitoring kit. he wants a quote, send it by fri",
     store(act("Cascade Water Systems", "meeting", "Ethan Park", "2026-11-24"), rem("Cascade Water Systems", "2026-12-04"))),
    ("en", S, "helios solar: spoke to noah, they're budgeting 50k for next yr, competitor quoted 42k",
     store(act("Helios Solar", "call", "Noah Kim"), also_ok="ask")),
    ("en", S, "ok so um I swung by Atlas Freight this morning, Maria was there, we went over the rates and uh she said they'd probably sign in january, I need to call her back next tuesday",
     store(act("Atlas Freight", "visit", "Maria Lopez"), rem("Atlas Freight", "2026-12-08"))),
    ("en", S, "Redwood Analytics call today w/ Carla, and a follow up meeting set for thursday 3pm",
     store(act("Redwood Analytics", "call", "Carla Gomez"), rem("Redwood Analytics", "2026-12-03T15:00"))),
    ("en", S, "lunch with daniel wu from redwood capital last thursday, nice guy",
     store(act("Redwood Capital Partners", "meeting", "Daniel Wu", "2026-11-26"))),
    ("en", S, "Fwd: email from Hannah Cole (Sterling Pharma) - asks for the onboarding schedule, reply by wed",
     store(act("Sterling Pharma", "email", "Hannah Cole"), rem("Sterling Pharma", "2026-12-02"))),
    ("en", S, "Mon 30 Nov 14:00-15:00 Demo - Zenith Telecom (Victor Chen)",
     store(rem("Zenith Telecom", "2026-11-30T14:00"))),
    ("en", S, "texted michael scott at dunder mifflin, no reply yet",
     store(act("Dunder Mifflin", "message", "Michael Scott"))),
    ("en", S, "dunder mifflin - left vm for michael", store(act("Dunder Mifflin", "call", ["Michael Scott", None]))),
    ("en", S, "Maple Leaf: Sarah O'Neil on vacation until dec 14, f/u after",
     store(act("Maple Leaf Dairy", "note", ["Sarah O'Neil", None]), rem("Maple Leaf Dairy", "2026-12-15"),
           alt=[changes(rem("Maple Leaf Dairy", "2026-12-15"))])),
    ("en", S, ["call initech tomorrow 3pm", "initech resched to thurs same time"],
     store(rem("Initech", "2026-12-03T15:00"))),
    ("en", S, "stopped by vandelay, art wasn't in", store(act("Vandelay Industries", "visit"))),
    ("en", S, "quick call with Nordic Freight's Erik, he asked for the invoice copy. sending today",
     store(act("Nordic Freight AB", "call", "Erik Lindqvist"),
           alt=[changes(act("Nordic Freight AB", "call", "Erik Lindqvist"), rem("Nordic Freight AB", "2026-11-30"))])),
    ("en", S, "Contoso meeting went well. Élodie wants a pilot in Q1, i'll draft the SOW next week",
     store(act("Contoso Ltd", "meeting", "Élodie Martin"), rem("Contoso Ltd", "2026-12-07"))),
    ("en", S, "Grace from pinecrest called to say thanks for the samples",
     store(act("Pinecrest Hotels", "call", "Grace Howard"))),
    ("en", S, "Blue Harbor — Chloe — phone — price ok, PO coming next wk",
     store(act("Blue Harbor Seafood", "call", "Chloe Bennett"))),
    ("en", S, "2 calls today: summit dental (liam) and lakeside dental (mark), both want the new catalog",
     store(act("Summit Dental Supply", "call", "Liam O'Brien"), act("Lakeside Dental Group", "call", "Mark Ellis"))),
    ("en", S, "silverline logistics omar dispatch issue complaint trucks late 3 days straight",
     store(act("Silverline Logistics", "complaint", "Omar Haddad"))),
    ("en", S, "granite builders paul - estimate review mtg tmrw 9",
     store(rem("Granite State Builders", "2026-12-01T09:00"))),
    ("en", S, "zoom with harbor foods (henry) this am, went fine, next call in 2 weeks",
     store(act("Harbor Foods", ["meeting", "call"], "Henry Vance"), rem("Harbor Foods", "2026-12-14"))),
    ("zh", L, "拜访了小米李娜，聊了明年的采购计划，下周三再去",
     store(act("北京小米科技有限责任公司", "visit", "李娜"), rem("北京小米科技有限责任公司", "2026-12-09"))),
    ("zh", L, ["明天下午3点给华为打电话", "华为 改到周四"], store(rem(ZH, "2026-12-03T15:00"))),
    ("zh", L, "昨天跟东方贸易王芳通了电话，她说下周给答复",
     store(act("东方贸易有限公司", "call", "王芳", "2026-11-29"),
           alt=[changes(act("东方贸易有限公司", "call", "王芳", "2026-11-29"), rem("东方贸易有限公司", "2026-12-07"))])),
    ("zh", L, "前天去了闽江茶业，林总不在，见了采购", store(act("福建闽江茶业有限公司", MEET, None, "2026-11-28"))),
    ("zh", L, "钟山化工冯厂长来电投诉交货慢", store(act("南京钟山化工有限公司", "complaint", "冯刚"))),
    ("zh", L, "给西湖酒店和金山软件都发了报价邮件",
     store(act("杭州西湖酒店管理有限公司", "email"), act("北京金山软件有限公司", "email"))),
    ("zh", L, "渤海钢铁 电话 ok", store(act("天津渤海钢铁有限公司", "call"))),
    ("zh", L, "上週五拜訪永豐電子陳志明，談得不錯，下週二再約",
     store(act("台北永豐電子股份有限公司", "visit", "陳志明", "2026-11-27"), rem("台北永豐電子股份有限公司", "2026-12-08"))),
    ("zh", L, "和海晶啤酒曹阳吃了个饭，他们预算大概30万，竞争对手报了28万",
     store(act("青岛海晶啤酒有限公司", "meeting", "曹阳"), also_ok="ask")),
    ("zh", L, "长城机械邓总周五下午两点过来谈合同", store(rem("广州长城机械有限公司", "2026-12-04T14:00"))),
    ("zh", L, "今天上午去了湘江环保，彭丽不在，下午给她打电话",
     store(act("长沙湘江环保科技有限公司", "visit"), rem("长沙湘江环保科技有限公司", "2026-11-30"))),
    ("zh", L, "光谷生物 杨帆 视频会议 顺利 下周一发方案",
     store(act("武汉光谷生物科技有限公司", "meeting", "杨帆"), rem("武汉光谷生物科技有限公司", "2026-12-07"))),
    ("zh", L, "秦川汽配史磊打电话来催交货，已经答应周三前发货",
     store(act("西安秦川汽车配件有限公司", ["call", "complaint"], "史磊"), rem("西安秦川汽车配件有限公司", "2026-12-02"),
           alt=[changes(act("西安秦川汽车配件有限公司", ["call", "complaint"], "史磊"))])),
    ("zh", L, "金鼎贸易 蔡明 上周四开会 讨论了价格",
     store(act("厦门金鼎贸易有限公司", "meeting", "蔡明", "2026-11-26"))),
    ("zh", L, "忘了记上周二给海洋渔业于总打的电话",
     store(act("大连海洋渔业集团有限公司", "call", "于洋", "2026-11-24"))),
    ("zh", L, "浦江医疗赵主任来邮件了，要新的报价单，周五前",
     store(act("上海浦江医疗器械有限公司", "email", "赵敏"), rem("上海浦江医疗器械有限公司", "2026-12-04"))),
    ("mixed", L, "call 宏达物流 郑宏 ok, 他们下周盘点", store(act("苏州宏达物流有限公司", "call", "郑宏"))),
    ("mixed", L, "met 华信科技 马超 today, follow up next mon",
     store(act("深圳华信科技有限公司", "meeting", "马超"), rem("深圳华信科技有限公司", "2026-12-07"))),
    ("zh", L, "恒泰塑料何平 微信聊了下 样品收到了", store(act("宁波恒泰塑料制品有限公司", "message", "何平"))),
    ("zh", L, "昨天下午在金顶建材开会，蔡亮说下个月再下单，我周四把合同发给他",
     store(act("厦门金顶建材有限公司", MEET, "蔡亮", "2026-11-29"), rem("厦门金顶建材有限公司", "2026-12-03"))),
    ("zh", L, "山城火锅 罗老板 没见到 明天再去", store(act("重庆山城火锅餐饮有限公司", "visit"), rem("重庆山城火锅餐饮有限公司", "2026-12-01"),
     alt=[changes(rem("重庆山城火锅餐饮有限公司", "2026-12-01"))])),
    ("en", S, "Lakeside Clinic - Dr Ross - onsite walkthrough done, she wants the contract by the 10th",
     store(act("Lakeside Clinic", "visit", "Emily Ross"), rem("Lakeside Clinic", "2026-12-10"))),
    ("en", S, "atlas fitness kevin mtg rescheduled to next fri 11am",
     store(rem("Atlas Fitness Clubs", ["2026-12-04T11:00", "2026-12-11T11:00"]), also_ok="ask")),
    ("en", S, "lunch w/ Jane Doe and Raj Patel at Acme Corp, good vibes",
     store(act("Acme Corp", "meeting", ["Jane Doe", "Raj Patel"]))),
    ("en", S, "couldn't meet hank at globex, did a call instead", store(act("Globex Corporation", "call", "Hank Scorpio"))),
    ("zh", L, "钟山化工冯厂长没时间见面，电话里聊了十分钟", store(act("南京钟山化工有限公司", "call", "冯刚"))),
    ("zh", L, "东方国际陈静说他们下周内部开会讨论", store(act("东方国际贸易有限公司", "note", "陈静"))),
    ("en", S, "called bill at initech, their budget review is on the 14th, nothing to do until then",
     store(act("Initech", "call", "Bill Lumbergh"))),
    ("zh", L, "给小米李娜打了电话，她说他们下个月启动招标", store(act("北京小米科技有限责任公司", "call", "李娜"))),
    ("zh", L, "【会议】12月2日（周三）15:00-16:00 海晶啤酒 曹阳 视频会", store(rem("青岛海晶啤酒有限公司", "2026-12-02T15:00"))),
    ("zh", L, "天府物流吴敏打电话来问发票怎么开", store(act("成都天府物流有限公司", "call", "吴敏"))),
    ("zh", L, ["周三下午两点去宁波恒通塑料", "恒通那个改到下周一上午十点了"], store(rem("宁波恒通塑料有限公司", "2026-12-07T10:00"))),
    ("en", S, "Fri 12/4 10:00-11:00 site visit Helios Solar w/ Noah", store(rem("Helios Solar", "2026-12-04T10:00"))),
    ("en", S, "Umbrella Health - Alice - phone call, she's out next week, try again the week after",
     store(act("Umbrella Health", "call", "Alice Abernathy"), rem("Umbrella Health", ["2026-12-14", "2026-12-07"]),
           alt=[changes(act("Umbrella Health", "call", "Alice Abernathy"))])),
]


def write(rows: list, prefix: str, name: str) -> None:  # type: ignore[type-arg]
    """The labelled log messages (lang, user, text, expect[, extra fields]) as `name` next to this file."""
    messages = []
    for i, (lang, user, text, expect, *extra) in enumerate(rows, 1):
        m = {"id": f"{prefix}{i:03d}", "lang": lang, "class": "log", **(extra[0] if extra else {}), "user": user}
        m["texts" if isinstance(text, list) else "text"] = text
        m["expect"] = expect
        messages.append(m)
    out = Path(__file__).with_name(name)
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(messages)} messages -> {out}")


def main() -> None:
    write(M, "lg", "logs.json")


if __name__ == "__main__":
    main()
