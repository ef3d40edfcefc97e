# ruff: noqa: E501  (one labelled message per line)
"""Silent-wrong families, written by i22-sw (session 22) before any change, one family per structural cause
seen on set 11's dev half and focus G's read part (our own words, not theirs). The world is set 10's (focus G
shares it): Wednesday 2028-06-28 11:05 in each user's zone.

J. a currency said that no amount takes, for a customer whose open deal is kept in another currency ("wants the
   quote in euros now", "嘉盛要改人民币"): storing the amount in the deal's old currency, or a note, drops it.
B. a period the other side said for their own plan ("she'll circle back next week", "下周内部开会定方案") made
   into a reminder on the period's first day, though nobody asked for one (three blind writers: log only).
M. a reminder asked for again at the day and time one is already set for that customer: no second one.
Controls in each family must stay right.

    python benchmarks/understanding/own/make_sw_s22.py   # writes sw_s22.json next to it
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/sw_s22.json \
        --customers benchmarks/understanding/set10/customers.csv --setup benchmarks/understanding/set10/setup.txt \
        --harness benchmarks/understanding/set10
"""

from __future__ import annotations

import json
from pathlib import Path

F, N, Z, C = "Felix", "Nadia", "赵磊", "陳嘉欣"
ASK = {"outcome": "ask"}
NOTHING = {"outcome": "nothing"}
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


def deal(customer: str, amount: str, currency: str) -> dict:
    return {"customer": customer, "amount": amount, "currency": currency}


PP, AG, HA, TB, TH, FB = (
    "Pembury Print Ltd",
    "Alpenglanz Reinigung AG",
    "Hacienda Azul Tequilas",
    "Transportes del Bajío",
    "Thornleigh Packaging Ltd",
    "Feldberg Brauerei",
)
MA, BS = "Midwest Auto Parts Supply", "Badger State Credit Union"
XG, PA, YH, NT, HC, OT, LH = (
    "香港新港源贸易有限公司",
    "太平洋航運代理有限公司",
    "深圳市远航跨境电商有限公司",
    "新界農莊有機食品有限公司",
    "深圳市海川物流有限公司",
    "九龍灣安達物流有限公司",
    "深圳市蓝海云计算有限公司",
)

# (lang, user, cause, text or [texts], expect)
M = [
    # --- J. a currency said that no amount takes, other than the open deal's ---
    ("en", F, "currency_word", "pembury asked for the quote in euros, not pounds", ASK),
    ("en", F, "currency_word", "Alpenglanz would rather pay in EUR now, 13.5k", store({"deals": [deal(AG, "13500", "EUR")]}, True)),
    ("en", N, "currency_word", "hacienda azul wants to be invoiced in dollars going forward", ASK),
    ("en", N, "currency_word", "transportes bajio: switch the quote to USD, 65k US", store({"deals": [deal(TB, "65000", "USD")]}, True)),
    ("zh", Z, "currency_word", "新港源想用美金结算", ASK),
    ("zh", C, "currency_word", "太平洋航運話想轉用港幣報價", ASK),
    ("zh", Z, "currency_word", "远航跨境那单改成人民币，五十万", store({"deals": [deal(YH, "500000", "CNY")]}, True)),
    ("mx", C, "currency_word", "太平洋航運 want the quote in RMB instead", ASK),
    # controls: the deal's own currency, or none said
    ("en", F, "control", "pembury print 9.5k now", store({"deals": [deal(PP, "9500", "GBP")]})),
    ("en", N, "control", "Hacienda Azul 320k MXN now", store({"deals": [deal(HA, "320000", "MXN")]})),
    ("zh", Z, "control", "新港源 改成 65万港币", store({"deals": [deal(XG, "650000", "HKD")]}, True)),
    ("en", F, "control", "Thornleigh: Gemma called, they paid the deposit in pounds as agreed", store({"activities": [act(TH, "call", "Gemma Price")]}, True)),
    # --- B. their plan for a period made into a reminder nobody asked for ---
    ("en", F, "their_period", "Feldberg Brauerei: Markus emailed, they'll sort out the budget next month", store({"activities": [act(FB, "email", "Markus Feld")]}, True)),
    ("en", N, "their_period", "spoke w/ Gina at midwest auto parts, she's gonna circle back next week", store({"activities": [act(MA, "call", "Gina Russo")]}, True)),
    ("zh", Z, "their_period", "海川物流陈志伟电话里说下周内部开会定方案", store({"activities": [act(HC, "call", "陈志伟")]}, True)),
    ("zh", C, "their_period", "安達物流李偉明WhatsApp話下個禮拜再覆我哋", store({"activities": [act(OT, "message", "李偉明")]}, True)),
    ("en", N, "their_period", "Linda at badger state emailed: the board reviews vendors next month", store({"activities": [act(BS, "email", "Linda Schultz")]}, True)),
    # controls: the user's own follow-up, asked for
    ("en", N, "control", "remind me next week to chase Gina at midwest auto parts", store({"reminders": [rem(MA, NEXT_WEEK)]}, True)),
    ("zh", Z, "control", "下周三提醒我跟海川物流陈志伟确认方案", store({"reminders": [rem(HC, "2028-07-05")]})),
    # --- M. a reminder already set, asked for again ---
    ("en", N, "same_reminder", "remind me jul 6 10am: security review w linda at badger state", NOTHING),
    ("zh", Z, "same_reminder", "提醒我6月30号上午11点给蓝海云孙悦然打电话", NOTHING),
    ("en", F, "same_reminder", "Sternwarte Optik: remind me tomorrow 10am to call Katrin about the final offer", NOTHING),
    # controls: another time, or another customer
    ("en", N, "control", "remind me jul 6 2pm to call linda at badger state", store({"reminders": [rem(BS, "2028-07-06T14:00")]})),
    ("zh", Z, "control", "提醒我6月30号下午3点给蓝海云孙悦然发合同", store({"reminders": [rem(LH, "2028-06-30T15:00")]})),
    # --- E. a contact named by family name and a title the reader did not know, or by an English name (written
    # after the first change, 副总/姑娘/太太, was tried on set10 zh092; before it was measured or landed) ---
    ("zh", C, "people_named", "維港數碼黃姑娘打嚟投訴，系統又死機", store({"activities": [act("維港數碼科技有限公司", "complaint", ["黃詠詩", "黃姑娘"])]})),
    ("zh", Z, "people_named", "横琴智慧医疗郑副总微信说方案收到了", store({"activities": [act("珠海横琴智慧医疗科技有限公司", "message", ["郑博文", "郑副总"])]})),
    ("zh", C, "people_named", "同觀塘明德教育蔡太太通咗電話，佢話仲考慮緊", store({"activities": [act("觀塘明德教育中心", "call", ["蔡美玲", "蔡太太"])]})),
    ("zh", Z, "people_named", "远航跨境Amy发邮件说样品到了", store({"activities": [act(YH, "email", ["周雅琴", "Amy"])]})),
    ("mx", C, "people_named", "濠江海景Tony話IT部要再睇下報價", store({"activities": [act("澳門濠江海景酒店有限公司", ["call", "message", "note"], ["林子健", "Tony"])]})),
    ("zh", Z, "control", "给恒信五金杨总打了电话，聊了二期", store({"activities": [act("东莞市恒信五金制品有限公司", "call", "杨一帆")]})),
    ("zh", C, "control", "新界農莊張老闆嚟過，試咗新樣品", store({"activities": [act(NT, ["visit", "meeting"], "張家明")]})),
    # --- A2. a reminder whose words only change another one, said in Cantonese (written before its change) ---
    ("zh", C, "no_task", "個提醒改去下晝3點", ASK),
    ("zh", C, "no_task", "嗰個提醒改咗去後日", ASK),
    ("zh", Z, "no_task", "那个提醒挪到周五上午", ASK),
    ("mx", C, "no_task", "個reminder改去聽日10點", ASK),
    ("zh", C, "control", "聽日10點提醒我打俾新界農莊張家明", store({"reminders": [rem(NT, "2028-06-29T10:00")]})),
]


def main() -> None:
    out = []
    for i, (lang, user, cause, text, expect) in enumerate(M, 1):
        msg: dict = {"id": f"sw22-{lang}{i:03d}", "class": cause, "lang": lang, "user": user}
        msg["texts" if isinstance(text, list) else "text"] = text
        msg["expect"] = expect
        out.append(msg)
    path = Path(__file__).with_name("sw_s22.json")
    path.write_text(json.dumps({"messages": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out)} messages -> {path}")


if __name__ == "__main__":
    main()
