# ruff: noqa: E501  (one labelled message per line)
"""Changes families, written by i28-changes (session 28) before any change, in our own words (not focus K read's),
in ANOTHER world: set 11's (Tue 2029-01-09 16:40 in each user's zone; its customers, base deals and base reminders;
Tom writes day-first dates).

C. (correction) a second message puts right a detail of the record just written, whatever the words: the day
   ("sorry, that was on monday not today"), the kind ("it was a zoom, not a phone call", "不是电话，是当面拜访的"),
   the close ("不对，他说的是二月底"), the amount ("是六十六万 我听错了"), the person and customer ("sorry wrong jeremy
   - jeremy chua at serangoon aircon", "不对 见的是何丽君 天府会展的"), the whole record ("scratch that, it was janet at
   pacific crest cu"), an outcome taken back with the truth ("说错了，当我没说，他们还在比较"), a currency dithered
   back ("95k GBP... no wait, EUR"), a detail added to a contact just written (e-mail, phone).
   Twins (C17, C18): the second message is separate news about another customer; both stored.
B. (reminder_change) one of the user's own reminders said done loosely ("jeremy call done, can tick that off",
   "天府云数POC验收那个搞定了哈"): marked done, no activity logged, never a win.
   Twins (B09, B10): a call really made (logged), a deal really won (won).
I. (must_ask) a date that does not exist ("30/02", "6月31日", "2/30", "2月29号" in 2029): asked.
   Twins (I08-I10): the same with a real date, stored.
W. (log) their wish or their plan with a day ("he needs the updated drawings by friday", "他们下周要发货"): logged,
   no reminder of ours. Twins (W06, W07): "remind me" / "提醒我": a reminder.

    python benchmarks/understanding/own/make_changes_s28.py   # writes changes_s28_w11.json
    B=benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/changes_s28_w11.json --customers $PWD/$B/set11/customers.csv \
        --setup $PWD/$B/set11/setup.txt --harness $PWD/$B/set11
"""

from __future__ import annotations

import json
from pathlib import Path

PR, TO, DI, WF, LY = "Priya", "Tom", "Diego", "王芳", "刘洋"
NOTHING = {"outcome": "nothing"}
ASK = {"outcome": "ask"}


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def act(customer: str, kind: list[str], contact: list[str | None] | None = None, **more: object) -> dict:
    return {"customer": customer, "kind": kind, **({"contact": contact} if contact else {}), **more}


def deal(customer: str, **fields: object) -> dict:
    return store({"deals": [{"customer": customer, **fields}]})


def done(customer: str, was: str) -> dict:
    return store({"reminder_changes": [{"customer": customer, "was": was, "action": "done"}]})


MEET = ["visit", "meeting"]
ROWS = [
    # C: a detail of the record just written put right.
    ("C", "correction", "en", TO, ["Met Ewan at Pendle Valley, they want a revised quote", "sorry, that was on monday not today"], store({"activities": [act("Pendle Valley Dairies Ltd", MEET, ["Ewan Metcalfe"], occurred="2029-01-08")]})),
    ("C", "correction", "en", PR, ["Called Kelvin at Raffles Marine re the quote", "no wait it was a zoom, not a phone call"], store({"activities": [act("Raffles Marine Engineering Pte Ltd", ["meeting", "call"], ["Kelvin Sim"])]})),
    ("C", "correction", "zh", WF, ["今天给博远刘伟打了电话", "不是电话，是当面拜访的"], store({"activities": [act("北京博远医疗器械有限公司", MEET, ["刘伟"])]})),
    ("C", "correction", "zh", LY, ["锦疆调味品谭永华说预计一月底签", "不对，他说的是二月底"], deal("重庆锦疆调味品有限公司", close_date="2029-02-28")),
    ("C", "correction", "en", DI, ["tahoe ridge closing end of feb", "actually sofia said end of march"], deal("Tahoe Ridge Resorts", close_date="2029-03-31")),
    ("C", "correction", "zh", WF, ["鼎盛建设金额改成六十八万", "是六十六万 我听错了"], deal("北京鼎盛建设工程有限公司", amount=660000)),
    ("C", "correction", "en", TO, ["Schulze Verpackung up to €52k", "my bad, it's 51.5k"], deal("Schulze Verpackung GmbH", amount=51500, currency="EUR")),
    ("C", "correction", "en", PR, ["met jeremy at kallang bay, they liked the demo", "sorry wrong jeremy - jeremy chua at serangoon aircon"], store({"activities": [act("Serangoon Aircon Services", MEET, ["Jeremy Chua"])]})),
    ("C", "correction", "zh", LY, ["今天拜访了宽窄文旅杨丹", "不对 见的是何丽君 天府会展的"], store({"activities": [act("成都天府国际会展服务有限公司", MEET, ["何丽君"])]})),
    ("C", "correction", "en", DI, ["log call w/ megan at redwood, went over the staffing module", "scratch that, it was janet at pacific crest cu"], store({"activities": [act("Pacific Crest Credit Union", ["call"], ["Janet Whitaker"])]})),
    ("C", "correction", "en", TO, ["Glenbrae Distillery - Hamish wants the quote at 40k", "Ignore that, wrong one - it was Tayside Joinery, Hamish Pollock, 13k"], deal("Tayside Joinery Ltd", amount=13000)),
    ("C", "correction", "zh", WF, ["蓝海教育刘薇说项目黄了", "说错了，当我没说，他们还在比较"], NOTHING),
    ("C", "correction", "en", PR, ["Saigon Harvest lost, went with a local vendor", "oops my mistake, forget that, they're still deciding"], NOTHING),
    ("C", "correction", "en", TO, ["Cork Harbour Biotech revised to 95k", "sorry that's 95k GBP... no wait, EUR. EUR it is"], deal("Cork Harbour Biotech Ltd", amount=95000, currency="EUR")),
    ("C", "correction", "en", PR, ["Penang Silicon new contact: Tan Wei Ming, QA lead", "oh and his email is weiming.tan@penangsilicon.example.com"], store({"contacts": [{"customer": "Penang Silicon Test Sdn Bhd", "name": "Tan Wei Ming", "title": "QA lead", "email": "weiming.tan@penangsilicon.example.com"}]})),
    ("C", "correction", "zh", WF, ["润康制药新联系人 孙磊 IT主管", "对了 他电话是13911112222"], store({"contacts": [{"customer": "石家庄润康制药有限公司", "name": "孙磊", "title": "IT主管", "phone": "13911112222"}]})),
    ("C", "log", "en", TO, ["Met Ewan at Pendle Valley, they want a revised quote", "called Jonas at Brandt, no answer"], store({"activities": [act("Pendle Valley Dairies Ltd", MEET, ["Ewan Metcalfe"]), act("Brandt Elektrotechnik GmbH", ["call"], ["Jonas Brandt"])]})),
    ("C", "log", "zh", WF, ["鼎盛建设金额改成六十八万", "下午给于海燕打了电话"], store({"deals": [{"customer": "北京鼎盛建设工程有限公司", "amount": 680000}], "activities": [act("青岛海润进出口有限公司", ["call"], ["于海燕"])]})),
    # B: a reminder of the user's said done loosely.
    ("B", "reminder_change", "en", PR, "jeremy call done, can tick that off", done("Kallang Bay Logistics Pte Ltd", "2029-01-09T18:00")),
    ("B", "reminder_change", "en", TO, "the Pendle PO chase is sorted, cross it off", done("Pendle Valley Dairies Ltd", "2029-01-09T11:00")),
    ("B", "reminder_change", "en", DI, "dr ruiz callback - done ✅", done("Sierra Vista Dental Group", "2029-01-09T17:00")),
    ("B", "reminder_change", "zh", WF, "远洋那个跟Kevin确认运价的 已经搞定了 划掉吧", done("北京远洋国际货运代理有限公司", "2029-01-12T14:00")),
    ("B", "reminder_change", "zh", LY, "宽窄那个送报价的提醒 已经弄完了", done("成都宽窄文旅发展有限公司", "2029-01-10T16:00")),
    ("B", "reminder_change", "zh", LY, "天府云数POC验收那个搞定了哈", done("成都天府云数科技有限公司", "2029-01-11T10:00")),
    ("B", "reminder_change", "zh", WF, "博远给刘伟回电话那个办完了", done("北京博远医疗器械有限公司", "2029-01-10T15:00")),
    ("B", "reminder_change", "en", TO, "Nigel signalling call - ticked off, all done", done("Blackwater Rail Services Ltd", "2029-01-10T10:00")),
    ("B", "log", "en", DI, "called dr ruiz back, she wants the 3D scanner add-on quoted", store({"activities": [act("Sierra Vista Dental Group", ["call"], ["Dr Carmen Ruiz"])]}, alt_changes=[{"activities": [act("Sierra Vista Dental Group", ["call"], ["Dr Carmen Ruiz"])], "reminder_changes": [{"customer": "Sierra Vista Dental Group", "was": "2029-01-09T17:00", "action": "done"}]}])),
    ("B", "win", "zh", WF, "远洋货代的单子搞定了 合同签了", deal("北京远洋国际货运代理有限公司", stage="won")),
    # I: a date that does not exist: asked; twins with a real date stored.
    ("I", "must_ask", "en", TO, "Schulze signing on 30/02", ASK),
    ("I", "must_ask", "en", PR, "Penang Silicon decision on 31/6", ASK),
    ("I", "must_ask", "en", DI, "tahoe ridge wants to close 2/30", ASK),
    ("I", "must_ask", "zh", WF, "蓝海教育2月30号签合同", ASK),
    ("I", "must_ask", "zh", LY, "天府会展 6月31日 定", ASK),
    ("I", "must_ask", "en", DI, "remind me to call janet at pacific crest 4/31", ASK),
    ("I", "must_ask", "zh", WF, "提醒我2月29号给刘薇打电话", ASK),
    ("I", "deal_update", "en", TO, "Schulze signing on 27/02", deal("Schulze Verpackung GmbH", close_date="2029-02-27")),
    ("I", "deal_update", "zh", WF, "蓝海教育2月28号签合同", deal("北京蓝海教育科技有限公司", close_date="2029-02-28")),
    ("I", "reminder", "en", DI, "remind me to call janet at pacific crest 4/30", store({"reminders": [{"customer": "Pacific Crest Credit Union", "due": "2029-04-30"}]})),
    # W: their wish or plan is no reminder of ours; "remind me" is.
    ("W", "log", "en", PR, "spoke to kelvin at raffles marine on the phone, he needs the updated drawings by friday", store({"activities": [act("Raffles Marine Engineering Pte Ltd", ["call"], ["Kelvin Sim"])]})),
    ("W", "log", "en", TO, "Rang Matthias at Schulze - he wants the price review pack before Monday", store({"activities": [act("Schulze Verpackung GmbH", ["call"], ["Matthias Schulze"])]})),
    ("W", "log", "en", DI, "phoned alejandro at los altos, they want the samples shipped next week", store({"activities": [act("Grupo Tequilero Los Altos SA de CV", ["call"], ["Alejandro Fuentes"])]})),
    ("W", "log", "zh", WF, "和青岛海润于海燕通了电话，她希望周五前拿到报价", store({"activities": [act("青岛海润进出口有限公司", ["call"], ["于海燕"])]})),
    ("W", "log", "zh", LY, "给科创精密王俊打了电话，他们下周要发货", store({"activities": [act("绵阳科创精密机械有限公司", ["call"], ["王俊"])]})),
    ("W", "log", "en", TO, "Rang Matthias at Schulze - remind me to send the price review pack on Friday", store({"activities": [act("Schulze Verpackung GmbH", ["call"], ["Matthias Schulze"])], "reminders": [{"customer": "Schulze Verpackung GmbH", "due": "2029-01-12"}]})),
    ("W", "reminder", "zh", WF, "和青岛海润于海燕通了电话，提醒我周五把报价发过去", store({"activities": [act("青岛海润进出口有限公司", ["call"], ["于海燕"])], "reminders": [{"customer": "青岛海润进出口有限公司", "due": "2029-01-12"}]})),
]


def main() -> None:
    messages = []
    counters: dict[str, int] = {}
    for family, klass, lang, user, text, expect in ROWS:
        counters[family] = counters.get(family, 0) + 1
        said = {"texts": text} if isinstance(text, list) else {"text": text}
        messages.append({"id": f"{family}{counters[family]:02d}", "lang": lang, "class": klass, "user": user, **said,
                         "expect": expect})  # fmt: skip
    out = Path(__file__).with_name("changes_s28_w11.json")
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
