# ruff: noqa: E501  (one labelled message per line)
"""Deal changes of two customers in one message, and deal words read from the structure, written by i21-deals
(session 21) before any change, one family per cause seen on readable halves (set 10 dev, focus F read),
in both languages, typos and other customers than the failing messages:

- one_clause: one clause names two customers, each with its own change ("A 135k and B down to 13k"): each
  customer gets the words after its own name; a change said once for both ("A and B 30k") is asked;
- sibling: the second customer named only by the words that set it apart from the first one's
  ("kessler medical up to 65k, logistics moved to negotiation": Kessler Logistics);
- stage_move_zh: a stage moved with 升到/降回/晋级 ("东方贸易升到谈判"), not an amount raised;
- cantonese_outcome: a win or a loss said in Hong Kong Cantonese ("落單喇", "唔做喇", "嗰單冇咗").

The world is the base one (../customers.csv) with `deals_s21_setup.txt` (i19-deals' setup plus one deal
each for the sibling customers Orion, Atlas, Lakeside, Redwood, Sterling Paper, 闽江茶叶进出口); the clock
is Monday 2026-11-30 10:00 in each user's time zone.

    python benchmarks/understanding/own/make_deals_s21.py   # writes deals_s21.json next to it
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/deals_s21.json \
        --customers $PWD/benchmarks/understanding/customers.csv \
        --setup $PWD/benchmarks/understanding/own/deals_s21_setup.txt
"""

from __future__ import annotations

import json
from pathlib import Path

from make_logs import act, rem, store  # the same labels as the log set (run as a script from this folder)

S, L = "Sam", "李雷"
PJ, TF = "上海浦江医疗器械有限公司", "成都天府软件有限公司"
BH, MJ, MJX, DM, DG, HWD = (
    "天津渤海钢铁有限公司",
    "福建闽江茶业有限公司",
    "福州闽江茶叶进出口有限公司",
    "东方贸易有限公司",
    "东方国际贸易有限公司",
    "华为终端有限公司",
)
ASK = {"outcome": "ask"}
NOTE = ["note", "call", "message", "email", "meeting"]
FEB = ["2027-02-01", "2027-02-28"]
MAR = ["2027-03-01", "2027-03-31"]
DEC = ["2026-12-01", "2026-12-31"]


def moved(name, left, joined):
    """A contact who left one customer for another: the move stored, or asked; no visit at either."""
    contacts = [{"customer": left, "name": name, "left": True}, {"customer": joined, "name": name}]
    return {"outcome": "store", "changes": {"contacts": contacts}, "also_ok": "ask"}


def deal(customer, **fields):
    return {"customer": customer, **fields}


# (lang, user, family, text, expect)
M = [
    # --- one clause, two customers, each with its own change ---
    ("en", S, "one_clause", "kessler medical 65k and kessler logistics down to 15k", store(deal("Kessler Medical", amount="65000"), deal("Kessler Logistics", amount="15000"))),
    ("en", S, "one_clause", "zenith up to 220k and northwind moved to negotiation", store(deal("Zenith Telecom", amount="220000"), deal("Northwind Traders", stage="negotiation"))),
    ("en", S, "one_clause", "umbrella health now 25k plus brightwater energy slipped to end of march", store(deal("Umbrella Health", amount="25000"), deal("Brightwater Energy", close_date="2027-03-31"))),
    ("en", S, "one_clause", "orion software signed 42k & atlas freight lost to a cheaper vendor", store(deal("Orion Software", stage="won", amount="42000"), deal("Atlas Freight", stage="lost", lost_reason_contains="cheaper"))),
    ("en", S, "one_clause", "redwood analytics 33k redwood capital 95k", store(deal("Redwood Analytics", amount="33000"), deal("Redwood Capital Partners", amount="95000"))),
    ("en", S, "one_clause", "kesler medical 65k and northwind 10k", store(deal("Kessler Medical", amount="65000"), deal("Northwind Traders", amount="10000"), also_ok="ask")),
    ("zh", L, "one_clause", "渤海钢铁涨到320万 东方国际贸易进入谈判", store(deal(BH, amount="3200000"), deal(DG, stage="negotiation"))),
    ("zh", L, "one_clause", "闽江茶业降到7万和东方贸易签了", store(deal(MJ, amount="70000"), deal(DM, stage="won"))),
    ("tw", L, "one_clause", "華為終端改成90萬 渤海鋼鐵延到明年三月", store(deal(HWD, amount="900000"), deal(BH, close_date=MAR))),
    ("mx", L, "one_clause", "闽江茶业 signed 8万 and 东方国际 moved to negotiation", store(deal(MJ, stage="won", amount="80000"), deal(DG, stage="negotiation"))),
    ("en", S, "one_clause", "zenith and northwind 30k", ASK),
    ("zh", L, "one_clause", "拜访了渤海钢铁和闽江茶业，报价30万", ASK),
    # --- the second customer named by the words that set it apart from the first one ---
    ("en", S, "sibling", "kessler medical up to 65k, logistics moved to negotiation", store(deal("Kessler Medical", amount="65000"), deal("Kessler Logistics", stage="negotiation"))),
    ("en", S, "sibling", "brightwater foods lost on price, energy up to 160k", store(deal("Brightwater Foods", stage="lost", lost_reason_contains="price"), deal("Brightwater Energy", amount="160000"))),
    ("en", S, "sibling", "orion software 45k now; marine signed", store(deal("Orion Software", amount="45000"), deal("Orion Marine Services", stage="won"))),
    ("en", S, "sibling", "lakeside clinic moved to negotiation - dental lost, went with a local vendor", store(deal("Lakeside Clinic", stage="negotiation"), deal("Lakeside Dental Group", stage="lost", lost_reason_contains="local"))),
    ("en", S, "sibling", "atlas freight pushed to feb, fitness up to 9k", store(deal("Atlas Freight", close_date=FEB), deal("Atlas Fitness Clubs", amount="9000"))),
    ("en", S, "sibling", "Redwood Capital 100k. Analytics down to 28k", store(deal("Redwood Capital Partners", amount="100000"), deal("Redwood Analytics", amount="28000"))),
    ("en", S, "sibling", "kessler medical 65k, logistics on their side is the holdup", store(deal("Kessler Medical", amount="65000"), alt=[{"deals": [deal("Kessler Medical", amount="65000")], "activities": [act("Kessler Medical", NOTE, None)]}], also_ok="ask")),
    ("zh", L, "sibling", "东方国际贸易进入谈判，东方贸易降到18万", store(deal(DG, stage="negotiation"), deal(DM, amount="180000"))),
    ("zh", L, "sibling", "闽江茶业签了，茶叶进出口那家降到5万", store(deal(MJ, stage="won"), deal(MJX, amount="50000"), also_ok="ask")),
    # --- a stage moved with 升到/降回/晋级 ---
    ("zh", L, "stage_move_zh", "东方贸易升到谈判了", store(deal(DM, stage="negotiation"))),
    ("tw", L, "stage_move_zh", "東方國際貿易 升到談判，金額不變", store(deal(DG, stage="negotiation"))),
    ("zh", L, "stage_move_zh", "闽江茶业降回线索", store(deal(MJ, stage="lead"))),
    ("mx", L, "stage_move_zh", "渤海钢铁 升到 negotiation", store(deal(BH, stage="negotiation"))),
    ("hk", L, "stage_move_zh", "東方貿易升咗去談判", store(deal(DM, stage="negotiation"))),
    ("zh", L, "stage_move_zh", "华为终端晋级到方案", store(deal(HWD, stage="proposal"))),
    ("zh", L, "stage_move_zh", "东方贸易的报价升到25万", store(deal(DM, amount="250000"))),
    # --- a win or a loss said in Hong Kong Cantonese ---
    ("hk", L, "cantonese_outcome", "東方貿易落單喇，最後22萬", store(deal(DM, stage="won", amount="220000"))),
    ("hk", L, "cantonese_outcome", "閩江茶業唔做喇，話預算冇咗", store(deal(MJ, stage="lost", lost_reason_contains="预算"), alt=[{"deals": [deal(MJ, stage="lost", lost_reason_contains="預算")]}])),
    ("hk", L, "cantonese_outcome", "渤海鋼鐵嗰單冇咗，老闆話唔買", store(deal(BH, stage="lost"))),
    ("hk", L, "cantonese_outcome", "東方國際貿易簽咗喇！", store(deal(DG, stage="won"))),
    ("hk", L, "cantonese_outcome", "華為終端落咗單，80萬", store(deal(HWD, stage="won", amount="800000"))),
    ("hk", L, "cantonese_outcome", "東方貿易話下個月先落單", store(act(DM, NOTE, None), alt=[{"deals": [deal(DM, close_date=DEC)]}, {"deals": [deal(DM, close_date=DEC)], "activities": [act(DM, NOTE, None)]}], also_ok="ask")),
    # --- an amount said as old → new ("6万改7万"): a change of the open deal, asked when there is none ---
    ("zh", L, "old_to_new", "东方贸易 20万改22万", store(deal(DM, amount="220000"))),
    ("zh", L, "old_to_new", "天府软件 25万改28万", ASK),
    ("tw", L, "old_to_new", "成都天府軟件 25萬改成28萬", ASK),
    ("en", S, "old_to_new", "hooli 30k -> 35k", ASK),
    ("zh", L, "old_to_new", "浦江医疗 60万改65万", store(deal(PJ, which="设备", amount="650000"), also_ok="ask")),
    ("mx", L, "old_to_new", "pied piper 5k改8k", ASK),
    ("zh", L, "old_to_new", "海洋渔业 10万改12万", ASK),
    ("en", S, "old_to_new", "vandelay 5k → 6k", ASK),
    ("mx", S, "old_to_new", "acme industrial 12k改15k", ASK),
    # --- a close put off, said half in English: "pushed 到3月" ---
    ("mx", L, "pushed_mixed", "渤海钢铁 pushed 到3月", store(deal(BH, close_date=MAR))),
    ("mx", L, "pushed_mixed", "东方国际 signing delay 到明年2月", store(deal(DG, close_date=FEB))),
    ("mx", S, "pushed_mixed", "zenith 推到 march", store(deal("Zenith Telecom", close_date=MAR))),
    ("mx", L, "pushed_mixed", "闽江茶业 slipped 到下个月底", store(deal(MJ, close_date="2026-12-31"))),
    ("mx", L, "pushed_mixed", "渤海钢铁的会 pushed 到周四", store(rem(BH, "2026-12-03"), also_ok="ask")),
    # --- a contact moving from one customer to another: no visit at either (asked, or the move stored) ---
    ("zh", L, "contact_moved", "王芳从东方贸易跳槽去了渤海钢铁，做采购经理", moved("王芳", DM, BH)),
    ("zh", L, "contact_moved", "陈静从东方国际贸易离职了，现在在小米做采购", moved("陈静", DG, "北京小米科技有限责任公司")),
    ("tw", L, "contact_moved", "王芳從東方貿易跳槽到渤海鋼鐵了", moved("王芳", DM, BH)),
    ("hk", L, "contact_moved", "王芳由東方貿易轉咗去渤海鋼鐵做採購", moved("王芳", DM, BH)),
    ("en", S, "contact_moved", "Nancy Davolio moved from Northwind to Zenith Telecom", moved("Nancy Davolio", "Northwind Traders", "Zenith Telecom")),
    ("zh", L, "contact_moved", "今天从东方贸易出来，又去了渤海钢铁拜访", store(act(DM, ["visit", "meeting"], None), act(BH, ["visit", "meeting"], None), also_ok="ask")),
]


def main() -> None:
    counters: dict[str, int] = {}
    messages = []
    for lang, user, family, text, expect in M:
        counters[lang] = counters.get(lang, 0) + 1
        msg = {
            "id": f"s21-{lang}{counters[lang]:03d}",
            "class": family,
            "family": family,
            "lang": lang,
            "user": user,
            "text": text,
            "expect": expect,
        }
        messages.append(msg)
    out = Path(__file__).with_name("deals_s21.json")
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(messages)} messages -> {out}")


if __name__ == "__main__":
    main()
