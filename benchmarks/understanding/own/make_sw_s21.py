# ruff: noqa: E501  (one labelled message per line)
"""Silent-wrong families, written by i21-sw (session 21) before any change, one family per structural cause
seen on the readable halves (the messages here are our own words, not theirs): A. a reminder whose words hold
no task or keep date words its date did not read (a self-correction "make it monday", a done/cancel of a
reminder already set, "the second tuesday of july", 後日); B. a day guessed from a period said by the
other side ("she'll come back next week", "下个月来深圳"); C. a new deal's currency taken from the team's
default while the user works in another; D (written after A-C were measured, before its change): a part of a
name two customers share ("lantern signed today"). Controls in each family must stay right. The world is set 10's
(../set10: customers, setup with base reminders, harness; Wednesday 2028-06-28 11:05 in each user's zone).

    python benchmarks/understanding/own/make_sw_s21.py   # writes sw_s21.json next to it
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/sw_s21.json \
        --customers benchmarks/understanding/set10/customers.csv --setup benchmarks/understanding/set10/setup.txt \
        --harness benchmarks/understanding/set10
"""

from __future__ import annotations

import json
from pathlib import Path

F, N, Z, C = "Felix", "Nadia", "赵磊", "陳嘉欣"
ASK = {"outcome": "ask"}
NEXT_WEEK = ["2028-07-03", "2028-07-04", "2028-07-05", "2028-07-06", "2028-07-07"]


def store(changes: dict, also_ask: bool = False) -> dict:
    out: dict = {"outcome": "store", "changes": changes}
    if also_ask:
        out["also_ok"] = "ask"
    return out


def rem(customer: str, due) -> dict:  # type: ignore[no-untyped-def]
    return {"customer": customer, "due": due}


def act(customer: str, kind, contact=None) -> dict:  # type: ignore[no-untyped-def]
    return {"customer": customer, "kind": kind, "contact": contact}


def new_deal(customer: str, amount: str, currency: str) -> dict:
    return {"customer": customer, "new": True, "amount": amount, "currency": currency}


def done(customer: str, was: str, action=("done", "cancel")) -> dict:  # type: ignore[no-untyped-def]
    return {"customer": customer, "was": was, "action": list(action)}


HF, KM, ST, RB, WC = (
    "Halden Facility Services GmbH",
    "Kaltenbach Maschinenbau AG",
    "Sternwarte Optik GmbH",
    "Riverbend Senior Living",
    "Windy City Bike Co",
)
HX, PY, LH, WG, NT, HT = (
    "东莞市恒信五金制品有限公司",
    "深圳市鹏远电子科技有限公司",
    "深圳市蓝海云计算有限公司",
    "維港冷鏈物流有限公司",
    "新界農莊有機食品有限公司",
    "火炭建興印刷有限公司",
)

# (lang, user, cause, text or [texts], expect)
M = [
    # --- A. a reminder's words that hold no task, or date words its date did not read ---
    ("en", F, "no_task", "call with Uwe at Halden Facility fri 2pm.. no wait, make it monday 2pm", store({"reminders": [rem(HF, "2028-07-03T14:00")]}, True)),
    ("en", F, "no_task", "kaltenbach reminder this afternoon - already done, Heike got the revised quote this morning", store({"activities": [act(KM, ["email", "note"], ["Heike Roth", None])], "reminder_changes": [done(KM, "2028-06-28T16:00")]}, True)),
    ("en", N, "no_task", "Windy City Bike: same time next tuesday", ASK),
    ("en", F, "no_task", "sternwarte tomorrow 10am — scrap that, Katrin cancelled", store({"reminder_changes": [done(ST, "2028-06-29T10:00", ("cancel", "done"))]}, True)),
    ("zh", Z, "no_task", "周五下午三点提醒我给恒信五金杨一帆打电话 不对 改成周四吧", store({"reminders": [rem(HX, "2028-06-29T15:00")]}, True)),
    ("zh", Z, "no_task", "鹏远电子明天那个提醒不用了，刘建华已经确认了", store({"reminder_changes": [done(PY, "2028-06-29T15:00")]}, True)),
    ("zh", C, "no_task", "維港冷鏈聽日個提醒改做後日，同一個時間", store({"reminder_changes": [{"customer": WG, "was": "2028-06-29T10:30", "action": "move", "due": "2028-06-30T10:30"}]}, True)),
    ("en", F, "date_run_on", "remind me second tuesday of july to call Leonie at Isarwerk", store({"reminders": [rem("Isarwerk Studios", "2028-07-11")]}, True)),
    ("zh", Z, "date_run_on", "7月第二个周一提醒我去蓝海云拜访孙悦然", store({"reminders": [rem(LH, "2028-07-10")]}, True)),
    ("zh", C, "date_run_on", "後日下晝兩點提醒我打俾新界農莊張家明", store({"reminders": [rem(NT, "2028-06-30T14:00")]}, True)),
    ("en", N, "date_run_on", "ping me the last friday of july about the Riverbend renewal", store({"reminders": [rem(RB, "2028-07-28")]}, True)),
    # controls: a task said plainly, or a short follow-up with nothing else
    ("en", F, "control", "remind me fri 10am to send Katrin at Sternwarte Optik the revised offer", store({"reminders": [rem(ST, "2028-06-30T10:00")]})),
    ("en", N, "control", "riverbend friday", store({"reminders": [rem(RB, "2028-06-30")]}, True)),
    ("zh", C, "control", "明天上午十點提醒我跟火炭建興印刷陳詠欣確認報價", store({"reminders": [rem(HT, "2028-06-29T10:00")]})),
    ("zh", Z, "control", "下周三提醒我给蓝海云孙悦然打电话", store({"reminders": [rem(LH, "2028-07-05")]})),
    # --- B. a day guessed from a period the other side said ---
    ("en", N, "their_period", "talked to Alexis at Windy City Bike, she'll come back to us next week with numbers", store({"activities": [act(WC, "call", "Alexis Kim")]}, True)),
    ("en", N, "their_period", "Riverbend: Carla emailed, they want a demo sometime next month", store({"activities": [act(RB, "email", "Carla Dominguez")]}, True)),
    ("zh", Z, "their_period", "跟蓝海云孙悦然通了电话，她说下周给答复", store({"activities": [act(LH, "call", "孙悦然")]}, True)),
    ("zh", C, "their_period", "同維港冷鏈陳志強傾咗電話，佢話下個月先落單", store({"activities": [act(WG, "call", "陳志強")]}, True)),
    ("zh", Z, "their_period", "恒信五金杨一帆微信说下个月来深圳看样品", store({"activities": [act(HX, ["message"], "杨一帆")]}, True)),
    ("en", F, "their_period", "Halden Facility: Uwe says they'll decide next month", store({"activities": [act(HF, ["note", "call"], "Uwe Brandt")]}, True)),
    # control: a follow-up asked for next week is the user's own task
    ("en", N, "control", "follow up with Travis at Heartland Cold next week", store({"reminders": [rem("Heartland Cold Storage", NEXT_WEEK)]}, True)),
    # --- C. a new deal's currency from the team's default, not from the words ---
    ("en", F, "currency_default", "Autohaus Trier wants a quote for the workshop app, 9k - new deal", store({"deals": [new_deal("Autohaus Trier", "9000", "EUR")]}, True)),
    ("en", F, "currency_default", "new opportunity at Steuerkanzlei Rostock, 3.5k for the client portal", store({"deals": [new_deal("Steuerkanzlei Rostock", "3500", "EUR")]}, True)),
    ("en", F, "currency_default", "Druckerei Erfurt new deal 6,800 for the print shop software", store({"deals": [new_deal("Druckerei Erfurt", "6800", "EUR")]}, True)),
    ("en", F, "control", "Tierklinik Trier new deal 5k EUR, booking system", store({"deals": [new_deal("Tierklinik Trier", "5000", "EUR")]})),
    ("en", N, "control", "Peoria Auto Repair new deal 6k for the scheduling add-on", store({"deals": [new_deal("Peoria Auto Repair", "6000", "USD")]})),
    ("zh", Z, "control", "恒信五金 新商机 12万，二期设备", store({"deals": [new_deal(HX, "120000", "CNY")]}, True)),
    # --- D. a part of a name two customers share, linked to the one it starts (written after A-C landed) ---
    ("en", N, "shared_word", "lantern signed today", ASK),
    ("en", F, "shared_word", "adler wants 12k now", ASK),
    ("zh", C, "shared_word", "濠江今日落單喇", ASK),
    ("en", F, "control", "called the adler apotheken folks, all good", store({"activities": [act("Adler Apotheken Gruppe", "call", ["Frank Wolf", None])]}, True)),
    ("en", N, "control", "prairie lantern 20k now", store({"deals": [{"customer": "Prairie Lantern Brewing Co", "amount": "20000", "currency": "USD"}]}, True)),
]


def main() -> None:
    out = []
    for i, (lang, user, cause, text, expect) in enumerate(M, 1):
        msg: dict = {"id": f"sw21-{lang}{i:03d}", "class": cause, "lang": lang, "user": user}
        msg["texts" if isinstance(text, list) else "text"] = text
        msg["expect"] = expect
        out.append(msg)
    path = Path(__file__).with_name("sw_s21.json")
    path.write_text(json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out)} messages -> {path}")


if __name__ == "__main__":
    main()
