# ruff: noqa: E501  (one labelled message per line)
"""Over-asked messages of session 34 (lane i34-overask), written before any change, in our own words (not focus
Q's read messages), in two worlds: set 6's (Thu 2027-03-04 17:40 in each user's zone; focus Q's world) →
`i34-overask_s34.json`, and set 8's (Thu 2027-09-30 16:40; focus O's world) → `i34-overask_s34_w8.json`; batch 2
(P, below) → `i34-overask_s34_b2.json`, `i34-overask_s34_w8_b2.json`; S → `i34-overask_s34_s.json` (set 6's world); H →
`i34-overask_s34_h.json`, `i34-overask_s34_w8_h.json`, `i34-overask_s34_n_h.json` (focus N's world:
`--customers/--setup/--harness` of `focus-n`). Batch 2 was written after its
fixes were drafted; its "before" is scored on the start code all the same.

L. (lose) a loss said with the chat's "w" for "with" ("went w a rival", "signed w <another vendor>") or whose words
   go on from a win's ("they signed w <another vendor>, we lost it": "they signed" is no win there). Twins (LA…,
   must_ask): the same words with a doubt ("might go w a competitor", "may sign w …"); (LW…, win) "signed w us".
A. (contact / lose) a customer named by its whole acronym alias where another customer's alias is a longer
   acronym starting with the same letters ("TCW" beside "TCWA"): that customer. Twins (AA…, must_ask): words that
   only start both names ("Tri-County: …").
I. (not_money) a record's code with letters glued to its digits ("订单号TS2027-118", "ticket RQ-4471", "work order
   WO88213-2"): an identifier kept in the note, no figure left out. Twins (IA…, must_ask): a rough price beside it.
R. (note) what a named contact likes, enjoys or is handling ("欧阳倩喜欢…", "爱喝…", "Mia loves…", "Luke's on it",
   "Pam's handling it"): their news, a note stored at once. Twins (RA…, must_ask): the liking is of our price,
   hedged ("likes the proposal, might do 30k").
C. (correction) a correction sent with nothing recent to correct that says the whole change itself
   ("更正：X的金额是75万，不是70万", "correction: X is 45k not 40k"): read as the message it states. Twins (CA…,
   must_ask): the stated value hedged ("更正：X大概…吧").

    python benchmarks/understanding/own/make_i34-overask_s34.py
    B=$PWD/benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/i34-overask_s34.json --customers $B/focus-q/customers.csv \
        --setup $B/focus-q/setup.txt --harness $B/focus-q
    .venv/bin/python $B/quick.py --file $B/own/i34-overask_s34_w8.json --customers $B/focus-o/customers.csv \
        --setup $B/focus-o/setup.txt --harness $B/focus-o
"""

from __future__ import annotations

import json
from pathlib import Path

PR, OM, WL = "Priya", "Omar", "王磊"  # set 6
OL, PS, HM, ZT = "Oliver", "Priya", "黄敏", "周涛"  # set 8
ASK = {"outcome": "ask"}
ANY = ["call", "visit", "meeting", "message", "email", "note"]


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def logged(customer: str, contact: str) -> dict:
    return store({"activities": [{"customer": customer, "kind": ANY, "contact": contact}]})


def lost(customer: str, reason: str, contact: str | None = None, kind: list[str] | str = ANY) -> dict:
    deal = {"customer": customer, "stage": "lost", "lost_reason_contains": reason}
    if contact is None:
        return store({"deals": [deal]})
    act = {"customer": customer, "kind": kind, "contact": contact}
    return store({"deals": [deal], "activities": [act]}, alt_changes=[{"deals": [deal]}])


def won(customer: str) -> dict:
    return store({"deals": [{"customer": customer, "stage": "won"}]})


def amount(customer: str, value: str) -> dict:
    return store({"deals": [{"customer": customer, "amount": value}]})


# fmt: off
W6 = [
    ("L", "lose", "en", PR, "Bayside Printing went w a cheaper shop, Sunil just told me", lost("Bayside Printing Co", "cheaper", "Sunil Rao")),
    ("L", "lose", "en", PR, "glenrock decided to go w a rival nursery supplier, we're done there", lost("Glenrock Garden Center", "rival")),
    ("L", "lose", "en", PR, "Tidewater: Alan says they signed w HarborSoft last week, we lost it", lost("Tidewater Marina", "HarborSoft", "Alan Fenwick")),
    ("L", "lose", "en", PR, "apex roofing signed w RoofTrack, that one's gone", lost("Apex Roofing & Gutters", "RoofTrack")),
    ("LA", "must_ask", "en", PR, "Bayside Printing might go w a cheaper shop, Sunil wasn't sure", ASK),
    ("LA", "must_ask", "en", PR, "tidewater may sign w HarborSoft, Alan's still deciding", ASK),
    ("LW", "win", "en", PR, "Halcyon Spa & Wellness signed w us today!", won("Halcyon Spa & Wellness")),
    ("L", "lose", "zh", WL, "永安服装跟别家签了，这单丢了", lost("湖州永安服装有限公司", "别家")),
    ("A", "contact", "en", PR, "TCW: Bo's new dispatcher is Wendy Carrasco, wendy@tcw.com", store({"contacts": [{"customer": "Tri-County Waste Services", "name": "Wendy Carrasco", "email": "wendy@tcw.com"}]})),
    ("A", "lose", "en", PR, "TCW: Bo says they signed w GreenHaul, we lost it", lost("Tri-County Waste Services", "GreenHaul", "Bo Henley")),
    ("A", "note", "en", PR, "TCW: Bo mentioned two new transfer stations opening in the fall", logged("Tri-County Waste Services", "Bo Henley")),
    ("AA", "note", "en", PR, "TCWA: Joan mentioned the new filtration plant opens in june", logged("Tri-County Water Authority", "Joan Mercer")),
    ("AA", "must_ask", "en", PR, "Tri-County: new dispatcher is Wendy Carrasco", ASK),
    ("I", "not_money", "zh", WL, "泰山建材的工单号GD20270302-57，鲍文让我记一下", logged("泰安泰山建材有限公司", "鲍文")),
    ("I", "not_money", "zh", WL, "恒源食品发票号HY2027-0311已经开好，欧阳倩确认收到", logged("广州恒源食品有限公司", "欧阳倩")),
    ("I", "not_money", "en", PR, "Granger: Luke opened work order WO88213-2 for the lift repair", logged("Granger Auto Parts", "Luke Dimarco")),
    ("I", "not_money", "en", PR, "Elmstead HVAC: Miles logged ticket HV-20931 for the thermostat bug", logged("Elmstead HVAC", "Miles Iverson")),
    ("IA", "must_ask", "zh", WL, "泰山建材订单号TS2027-88，鲍文说金额大概30万左右", ASK),
    ("IA", "must_ask", "en", PR, "Elmstead HVAC: Miles opened ticket HV-20931, says the upgrade might run 25k or so", ASK),
    ("R", "note", "zh", WL, "储建国喜欢打高尔夫，下回约他去球场", logged("合肥金穗粮油有限公司", "储建国")),
    ("R", "note", "zh", WL, "蔺芳爱吃辣，下次去山城老灶请她吃饭", logged("重庆山城老灶火锅有限公司", "蔺芳")),
    ("R", "note", "zh", WL, "鹭达的柴敏喜欢喝咖啡，不喝茶", logged("厦门鹭达物流有限公司", "柴敏")),
    ("R", "note", "en", PR, "Mia at Cobblestone loves sourdough, bring a loaf next visit", logged("Cobblestone Bakery", "Mia Lindqvist")),
    ("R", "note", "en", PR, "Ostrander: the printer jam issue, Pam's handling it", logged("Ostrander Law Group", "Pam Whitacre")),
    ("R", "note", "en", PR, "Lakota's inverter glitch - Shane's on it", logged("Lakota Solar Installers", "Shane Morrow")),
    ("RA", "must_ask", "zh", WL, "储建国喜欢我们的方案，价格可能要降一点", ASK),
    ("RA", "must_ask", "en", PR, "Shane at Lakota likes the proposal, might do 30k or so", ASK),
    ("C", "correction", "zh", WL, "更正：齐鲁钢构的金额是190万，不是180万", amount("济南齐鲁钢构有限公司", "1900000")),
    ("C", "correction", "zh", WL, "纠正一下：麓山教育金额是50万，不是48万", amount("长沙麓山教育科技有限公司", "500000")),
    ("C", "correction", "en", PR, "correction: Vantage Point is 7k not 6k", amount("Vantage Point Realty", "7000")),
    ("CA", "must_ask", "zh", WL, "更正：齐鲁钢构的金额大概190万吧", ASK),
    ("CA", "must_ask", "en", PR, "correction: Vantage Point is maybe 7k, not sure", ASK),
]

W8 = [
    ("L", "lose", "en", PS, "Merlion Fresh went w another seafood vendor, Goh confirmed", lost("Merlion Fresh Foods Pte Ltd", "vendor", "Goh Chee Keong")),
    ("L", "lose", "en", PS, "Yishun Printing: Desmond says they signed w InkHub, we lost it", lost("Yishun Printing", "InkHub", "Desmond Poh")),
    ("L", "lose", "en", PS, "woodlands bakery decided to go w a local supplier, deal's dead", lost("Woodlands Bakery", "local")),
    ("LA", "must_ask", "en", PS, "woodlands bakery might go w a local supplier, Daniel's weighing it", ASK),
    ("LW", "win", "en", PS, "Tampines Aircon signed w us this morning!", won("Tampines Aircon Services")),
    ("L", "lose", "zh", HM, "佛山兴业电子跟别家签了，我们丢了", lost("佛山兴业电子有限公司", "别家")),
    ("I", "not_money", "zh", ZT, "燕华环保的工单号YH2027-0930-12，刘洪涛让我记一下", logged("北京燕华环保科技有限公司", "刘洪涛")),
    ("I", "not_money", "zh", HM, "美佳化妆品订单号MJ20270929-7，林婷说已经下到仓库了", logged("广州美佳化妆品有限公司", "林婷")),
    ("I", "not_money", "en", PS, "Clementi Family Clinic: Alvin raised ticket CF-30177 for the login issue", logged("Clementi Family Clinic", "Alvin Toh")),
    ("IA", "must_ask", "zh", ZT, "燕华环保工单号YH2027-12，刘洪涛说预算可能40万左右", ASK),
    ("R", "note", "zh", HM, "冯伟喜欢钓鱼，周末常去水库", logged("佛山南海铝业有限公司", "冯伟")),
    ("R", "note", "zh", ZT, "白雪梅爱喝普洱，下次带一饼", logged("北京连心养老服务有限公司", "白雪梅")),
    ("R", "note", "en", PS, "Darren at Sentosa Cove loves sailing, talk boats next time", logged("Sentosa Cove Yacht Services", "Darren Chew")),
    ("R", "note", "en", PS, "Serangoon Tuition: the invoice mixup, Bryan's handling it", logged("Serangoon Tuition Centre", "Bryan Seah")),
    ("RA", "must_ask", "zh", HM, "冯伟喜欢我们的报价，可能还要再压一点", ASK),
    ("C", "correction", "zh", ZT, "更正：燕华环保的金额是38万，不是36万", amount("北京燕华环保科技有限公司", "380000")),
    ("C", "correction", "en", PS, "correction: Yishun Printing is 6.5k not 6k", amount("Yishun Printing", "6500")),
    ("CA", "must_ask", "zh", ZT, "更正：燕华环保金额应该是38万左右吧", ASK),
]

# Batch 2, written after the fix of P was drafted (scored on start code all the same):
# P. (correction) the loss's reason put right ("不是交期的问题，是…", "wasn't the price - …"): the clause of the
#    stored loss that names the same topic is replaced by the right reason. No twins (a reason said wrong that no
#    clause names falls to the corrections as before).
B2_W6 = [
    ("P", "correction", "zh", WL, ["齐鲁钢构丢了，交期太长", "不是交期的问题，是他们换了供应商"], lost("济南齐鲁钢构有限公司", "供应商")),
    ("P", "correction", "zh", WL, ["麓山教育输了，服务不到位", "纠正：不是服务的原因，是他们预算砍了"], lost("长沙麓山教育科技有限公司", "预算")),
    ("P", "correction", "en", PR, ["lost apex roofing, price too high", "sorry, wasn't the price - their budget got pulled"], lost("Apex Roofing & Gutters", "budget")),
]
B2_W8 = [
    ("P", "correction", "zh", ZT, ["燕华环保丢了，价格太高", "更正：不是价格的原因，是他们改用国产设备"], lost("北京燕华环保科技有限公司", "国产")),
    ("P", "correction", "en", PS, ["lost yishun printing, timing was bad", "correction: not the timing, they merged with another printer"], lost("Yishun Printing", "merged")),
]
# S. (contact) a customer's Chinese short name that another customer's name holds only across its place and its
#    name (华瑞 in 金华瑞祥印务: 金华 the city, 瑞祥 the name): no word of that name, the customer stored at once.
#    Only one such pair is in set 6's and set 8's customers, so the family is small and has no twin of its own
#    (the twins first written, "丰华纺织…" in focus N's world, were mislabelled: each of the two 丰华纺织 is one
#    user's, and the sender's own is meant, stored at start as after).
B2_S = [
    ("S", "contact", "zh", WL, "华瑞的采购换人了，新来的叫闵晓光，电话13906611234", store({"contacts": [{"customer": "杭州华瑞科技有限公司", "name": "闵晓光", "phone": "13906611234"}]})),
    ("S", "note", "zh", WL, "华瑞周嘉怡说他们下个月搬到滨江新园区", logged("杭州华瑞科技有限公司", "周嘉怡")),
]
# H. (note) a heading that starts several customers' names ("Elmstead: …", "Thornbury: …") with a known contact
#    of exactly one of them after it: that one, as when the name is not a heading. Twins (HA…, must_ask): the
#    same heading with nobody of theirs named.
B2_H6 = [
    ("H", "note", "en", PR, "Elmstead: Kurt says the spring catalogue goes out in april", logged("Elmstead Garden Center", "Kurt Sorensen")),
    ("H", "note", "en", PR, "Elmstead: Reuben mentioned they're adding a second adjusting room", logged("Elmstead Chiropractic", "Reuben Prescott")),
    ("HA", "must_ask", "en", PR, "Elmstead: they're adding a second showroom in the spring", ASK),
]
B2_H8 = [
    ("H", "note", "en", OL, "Thornbury: Gareth says the new hygienist starts in november", logged("Thornbury Dental Care Bath", "Gareth Vaughan-Pryce")),
    ("H", "note", "en", PS, "Lion Gate: Ahmad mentioned they're moving office within KL", logged("Lion Gate Properties Sdn Bhd", "Ahmad Rizal")),
    ("HA", "must_ask", "en", OL, "Thornbury: the new hygienist starts in november", ASK),
]
B2_HN = [
    ("H", "note", "zh", "林志明", "华鼎精密：吴俊贤说他们下个月搬新厂", logged("台中華鼎精密股份有限公司", "吳俊賢")),
    ("HA", "must_ask", "zh", "林志明", "华鼎精密：他们下个月搬新厂", ASK),
]
# fmt: on


def build(rows: list[tuple], prefix: str) -> list[dict]:
    out, seen = [], {}
    for fam, cls, lang, user, text, expect in rows:
        seen[fam] = seen.get(fam, 0) + 1
        out.append(
            {
                "id": f"{prefix}{fam}{seen[fam]:02d}",
                "class": cls,
                "lang": lang,
                "user": user,
                **({"texts": text} if isinstance(text, list) else {"text": text}),
                "expect": expect,
                "cause": fam,
            }
        )
    return out


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    for rows, name, prefix in (
        (W6, "i34-overask_s34.json", "w6"),
        (W8, "i34-overask_s34_w8.json", "w8"),
        (B2_W6, "i34-overask_s34_b2.json", "b2w6"),
        (B2_W8, "i34-overask_s34_w8_b2.json", "b2w8"),
        (B2_S, "i34-overask_s34_s.json", "b2w6"),
        (B2_H6, "i34-overask_s34_h.json", "b2w6"),
        (B2_H8, "i34-overask_s34_w8_h.json", "b2w8"),
        (B2_HN, "i34-overask_s34_n_h.json", "b2w9"),
    ):
        (here / name).write_text(
            json.dumps({"messages": build(rows, prefix)}, ensure_ascii=False, indent=1) + "\n"
        )
