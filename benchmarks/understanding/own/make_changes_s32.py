# ruff: noqa: E501  (one labelled message per line)
"""Changes families, written by i32-changes (session 32) before any change, in our own words (not focus O's or
focus N's read messages), grouped by the mechanism that failed on those read halves:
in set 8's world (Thu 2027-09-30 16:40 in each user's zone; focus O's world) -> changes_s32_w8.json, and
in set 11's world (Tue 2029-01-09 16:40) -> changes_s32_w11.json.

K. (correction) a second message says the interaction just logged was of another kind ("it was on the phone
   actually, not in person", "其实是打电话，不是上门", "video call actually"): the one activity changes its kind,
   no second record and no "which customer?". Twins: a second message that is news of its own (another
   interaction) is a second record.
S. (correction) a win taken back with the stage it is really at ("hold on, not signed yet - still negotiating",
   "啊不对，还在议价，没签"): the win undone and the deal moved to that stage. Twins: a take-back alone only undoes;
   a stage the deal is at already changes nothing.
U. (correction) an outcome or stage moved to the right customer while the first one is said to be as it was
   ("…, calder valley's still alive", "不对，X还在方案阶段，我说的是Y"): only the right customer changes, no note about
   the first. Twin: a second outcome that is news of its own (both stored).
R. (reminder_change) a reminder named by its day or its time, not its customer ("tomorrow's reminder", "明天早上那个
   reminder", "下周五那个提醒", "the 1pm one tomorrow"), moved or dropped. Twins: where two reminders fit the words,
   asked.
Q. (question) the user's reminders of a day and the deals closing today asked in few words.

    python benchmarks/understanding/own/make_changes_s32.py
    B=$PWD/benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/changes_s32_w8.json --customers $B/focus-o/customers.csv \
        --setup $B/focus-o/setup.txt --harness $B/focus-o
    .venv/bin/python $B/quick.py --file $B/own/changes_s32_w11.json --customers $B/set11/customers.csv \
        --setup $B/set11/setup.txt --harness $B/set11
"""

from __future__ import annotations

import json
from pathlib import Path

# set 8's world
OL, PR, HM, ZT, HE = "Oliver", "Priya", "黄敏", "周涛", "Helen"
# set 11's world
TO, DI, WF, LY = "Tom", "Diego", "王芳", "刘洋"
NOTHING = {"outcome": "nothing"}
ASK = {"outcome": "ask"}
MEET = ["visit", "meeting"]


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def act(customer: str, kind: list[str], contact: list[str | None] | None = None, **more: object) -> dict:
    return {"customer": customer, "kind": kind, **({"contact": contact} if contact else {}), **more}


def deal(customer: str, **fields: object) -> dict:
    return store({"deals": [{"customer": customer, **fields}]})


def change(customer: str, was: str, action: str | list[str], due: str | list[str] | None = None) -> dict:
    row: dict = {"customer": customer, "was": was, "action": action}
    if due:
        row["due"] = due
    return store({"reminder_changes": [row]})


def answer(*mentions: str) -> dict:
    return {"outcome": "nothing", "answer_mentions": list(mentions)}


W8 = [
    # K: the kind of the interaction just logged put right.
    ("K", "correction", "en", OL, ["met fiona at thornbury bristol about the chairside tablets", "it was on the phone really, not in person"], store({"activities": [act("Thornbury Dental Care Bristol", ["call"], ["Dr. Fiona Marsh"])]})),
    ("K", "correction", "zh", HM, ["今天拜访了创维达何志强，聊了四季度报价", "其实是打电话，不是上门"], store({"activities": [act("深圳创维达电子有限公司", ["call"], ["何志强"])]})),
    ("K", "correction", "en", PR, ["met melissa at straits marine re the spares portal", "that was a teams call btw, not face to face"], store({"activities": [act("Straits Marine Supplies Pte Ltd", ["call", "meeting"], ["Melissa Yeo"])]})),
    ("K", "log", "en", OL, ["met fiona at thornbury bristol about the chairside tablets", "also had a call with paul at brightwater about the workshop"], store({"activities": [act("Thornbury Dental Care Bristol", MEET, ["Dr. Fiona Marsh"]), act("Brightwater Housing Association", ["call"], ["Paul Everett"])]})),
    ("K", "log", "zh", HM, ["今天拜访了创维达何志强，聊了四季度报价", "另外给华美食品翟国华打了个电话"], store({"activities": [act("深圳创维达电子有限公司", MEET, ["何志强"]), act("惠州华美食品有限公司", ["call"], ["翟国华"])]})),
    # S: a win taken back, with the stage it is really at.
    ("S", "correction", "en", OL, ["marston brewery signed!", "hold on, not signed yet - they're still negotiating"], deal("Marston Brewery Ltd", stage="negotiation")),
    ("S", "correction", "zh", ZT, ["天津泰和物流签了", "搞错了，还没签，在谈判阶段"], deal("天津泰和物流有限公司", stage="negotiation")),
    ("S", "correction", "en", OL, ["marston brewery signed!", "scratch that, not signed yet"], NOTHING),
    ("S", "correction", "en", PR, ["orchid bay signed today", "not signed yet sorry, still negotiating"], NOTHING),
    # U: the right customer, the first one said to be as it was.
    ("U", "correction", "en", OL, ["calder valley foods lost, budget gone", "wrong one - it's marsden brewing we lost, calder valley is still alive"], store({"deals": [{"customer": "Marsden Brewing Co", "stage": "lost"}]})),
    ("U", "correction", "zh", HM, ["华美食品进谈判了", "不对，华美早就在谈判了，我说的是深圳聚源包装"], deal("深圳聚源包装材料有限公司", stage="negotiation")),
    ("U", "lose", "en", OL, ["calder valley foods lost, budget gone", "and marsden brewing lost too, they went with a local supplier"], store({"deals": [{"customer": "Calder Valley Foods", "stage": "lost"}, {"customer": "Marsden Brewing Co", "stage": "lost"}]})),
    # R: a reminder named by its day or time.
    ("R", "reminder_change", "en", OL, "fiona rang me back so ditch the reminder for tomorrow", store({"activities": [act("Thornbury Dental Care Bristol", ["call"], ["Dr. Fiona Marsh"])], "reminder_changes": [{"customer": "Thornbury Dental Care Bristol", "was": "2027-10-01T10:00", "action": ["done", "cancel"]}]})),
    ("R", "reminder_change", "mixed", PR, "明天早上那个 reminder 推到下午两点", change("Straits Marine Supplies Pte Ltd", "2027-10-01T10:00", "move", "2027-10-01T14:00")),
    ("R", "reminder_change", "zh", HM, "下周五那个提醒改到下午三点", change("深圳前海云图数据有限公司", "2027-10-08T10:00", "move", "2027-10-08T15:00")),
    ("R", "reminder_change", "en", OL, "move tuesday's reminder to wednesday, same time", change("Brightwater Housing Association", "2027-10-05T14:00", "move", "2027-10-06T14:00")),
    ("R", "must_ask", "zh", HM, "节后那个提醒推一天", ASK),
    ("R", "reminder", "en", OL, "remind me to call fiona at thornbury bristol tomorrow at 3", store({"reminders": [{"customer": "Thornbury Dental Care Bristol", "due": "2027-10-01T15:00"}]})),
    # Q: questions in few words.
    ("Q", "question", "en", OL, "reminders for tomorrow?", answer("Thornbury")),
    ("Q", "question", "en", HE, "anything closing today across the team", answer("Ashcombe", "Lion Gate")),
]

W11 = [
    ("K", "correction", "en", TO, ["met Nigel at Blackwater Rail re signalling", "video call actually, not in person"], store({"activities": [act("Blackwater Rail Services Ltd", ["call", "meeting"], ["Nigel Ashworth"])]})),
    ("K", "correction", "zh", LY, ["去天府云数见了罗晓峰，聊POC", "不是见面，是视频会议"], store({"activities": [act("成都天府云数科技有限公司", ["call", "meeting"], ["罗晓峰"])]})),
    ("K", "correction", "zh", WF, ["跟海润于海燕见面谈了运费", "哦，其实是电话聊的，不是见面"], store({"activities": [act("青岛海润进出口有限公司", ["call"], ["于海燕"])]})),
    ("K", "log", "zh", LY, ["去天府云数见了罗晓峰，聊POC", "另外给科创精密王俊打了个电话"], store({"activities": [act("成都天府云数科技有限公司", MEET, ["罗晓峰"]), act("绵阳科创精密机械有限公司", ["call"], ["王俊"])]})),
    ("S", "correction", "en", DI, ["mojave solar signed the contract", "scratch that, they only agreed verbally, still in negotiation"], deal("Mojave Solar Installers", stage="negotiation")),
    ("S", "correction", "zh", WF, ["蓝海教育那单成交了", "啊不对，还在议价，没签"], deal("北京蓝海教育科技有限公司", stage="negotiation")),
    ("S", "correction", "zh", WF, ["蓝海教育那单成交了", "撤回，还没签"], NOTHING),
    ("U", "correction", "en", TO, ["Brandt lost, went with Siemens", "my mistake, it's Cork Harbour we lost - Brandt's still live"], deal("Cork Harbour Biotech Ltd", stage="lost")),
    ("U", "correction", "zh", WF, ["海润进谈判了", "不对，海润还在方案阶段，我说的是蓝海教育"], deal("北京蓝海教育科技有限公司", stage="negotiation")),
    ("R", "reminder_change", "en", DI, "push tomorrow's 1pm one to 3", change("Redwood Valley Health System", "2029-01-10T13:00", "move", "2029-01-10T15:00")),
    ("R", "reminder_change", "zh", LY, "明天下午那个提醒改到后天上午十点", change("成都宽窄文旅发展有限公司", "2029-01-10T16:00", "move", "2029-01-11T10:00")),
    ("R", "reminder_change", "en", TO, "move wednesday's reminder to thursday same time", change("Blackwater Rail Services Ltd", "2029-01-10T10:00", "move", "2029-01-11T10:00")),
    ("R", "must_ask", "zh", WF, "下周那个提醒改到周五", ASK),
    ("R", "must_ask", "en", DI, "move my reminder to 5pm", ASK),
    ("Q", "question", "en", TO, "reminders tmrw?", answer("Blackwater")),
    ("Q", "question", "zh", WF, "我明天有啥提醒", answer("博远")),
]


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
    write(W8, "changes_s32_w8.json")
    write(W11, "changes_s32_w11.json")


if __name__ == "__main__":
    main()
