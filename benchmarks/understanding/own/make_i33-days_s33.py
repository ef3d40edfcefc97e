# ruff: noqa: E501  (one labelled message per line)
"""Days families, written by i33-days (session 33) before any change, in our own words (not focus P's read
messages), grouped by the mechanism that failed on focus P's read half:
in set 7's world (Mon 2027-06-07 08:50; the Dragon Boat Festival on Wed 06-09, Taipei and Shanghai) ->
i33-days_s33.json, and in set 12's world (Thu 2029-04-26 10:20; 五一 on Tue 05-01, 端午 on Sat 06-16,
Shanghai and Hong Kong) -> i33-days_s33_w12.json.

H. A short holiday's break (端午, 中秋, 清明): "after" it is the first working day after the holiday in every
   way the break may be arranged (Taiwan moves no days since 2026: the holiday alone; a mainland year whose
   调休 is not out: the holiday alone, or three days joined to the nearest weekend); stored. Twins: "before" a
   Wednesday holiday in the mainland (Tue, or the Friday before a Mon-Wed break) asked; in Taiwan stored.
D. A visit, meeting or demo with a customer put on the holiday by its weekday alone: asked (their office is
   closed). Twins: the rep says the customer works that day (加班, 照常上班, 不放假) -> stored; a call or desk
   task by weekday, or the day after the holiday -> stored.
W. A weekday and a day of the month that disagree ("下周四6月18号" when the 18th is a Friday): asked. Twins:
   the two agree -> stored.
R. (written after the first landing, before its fix) A reminder change naming a day alone on which the user has
   no reminder ("drop my friday reminder", "把禮拜五的提醒取消"): asked which, not "none" (missed). Twins: a day
   with one reminder due -> that one changed.
L. (written after the first landing, before its fix) A deadline said with "by"/"前" and a reminder asked for an
   earlier day with its own task ("X wants the forms by fri - remind me thu 10am to chase her"): one reminder,
   when asked. Twin: a second task with its own day (no "by") -> both reminded.
O. (written after the second landing, before its fix) "N weeks out" / "N days out" said as when to follow up:
   that far from today, stored.

    python benchmarks/understanding/own/make_i33-days_s33.py
    B=$PWD/benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/i33-days_s33.json --customers $B/focus-p/customers.csv \
        --setup $B/focus-p/setup.txt --harness $B/focus-p
    .venv/bin/python $B/quick.py --file $B/own/i33-days_s33_w12.json --customers $B/set12/customers.csv \
        --setup $B/set12/setup.txt --harness $B/set12
"""

from __future__ import annotations

import json
from pathlib import Path

CJ, LY, DA = "陈静", "刘洋", "Dana"  # set 7's world
SL, HZ = "孙丽", "何志明"  # set 12's world
ASK = {"outcome": "ask"}


def change(customer: str, was: str, action: str, due: str | None = None) -> dict:
    row: dict = {"customer": customer, "was": was, "action": action, **({"due": due} if due else {})}
    return {"outcome": "store", "changes": {"reminder_changes": [row]}}


def rem(customer: str, due: str | list[str], **more: object) -> dict:
    return {"outcome": "store", "changes": {"reminders": [{"customer": customer, "due": due}]}, **more}


YK, LY2, LM, CR = "台南永康紡織股份有限公司", "宜蘭蘭陽酒莊股份有限公司", "台灣聯茂機電股份有限公司", "桃園長榮塑膠股份有限公司"
BY, JL, XJ, ZY, MJ, CJX = (
    "苏州博远智能装备有限公司", "南京金陵印染有限公司", "长沙湘江物业管理有限公司", "郑州中原粮仓物流有限公司",
    "福州闽江茶油有限公司", "江苏长江新材料有限公司",
)  # fmt: skip
TS = "唐山新世纪家具有限公司"
W7 = [
    # H: after a short holiday
    ("H01", CJ, "reminder", "端午節過後提醒我寄樣品給永康紡織楊經理", rem(YK, "2027-06-10")),
    ("H02", CJ, "reminder", "過了端午再提醒我跟蘭陽酒莊游老闆約試飲", rem(LY2, "2027-06-10")),
    ("H03", LY, "reminder", "端午节后第一个工作日上午十点提醒我给博远费厂长打电话", rem(BY, "2027-06-10T10:00")),
    ("H04", LY, "reminder", "节后第二个工作日提醒我催湘江物业蒙经理回款", rem(XJ, "2027-06-11")),
    ("H05", LY, "reminder", "端午过后 remind 我 call 长江新材料鲁总", rem(CJX, "2027-06-10")),
    ("H06", CJ, "reminder", "過完節提醒我把估價單寄給聯茂許廠長", rem(LM, "2027-06-10"), "過完節"),
    # H twins: before the holiday
    ("H07", LY, "must_ask", "端午前提醒我给中原粮仓阎总发合同", ASK),
    ("H08", CJ, "reminder", "端午節前提醒我把合約寄給長榮曾副總", rem(CR, "2027-06-08")),
    ("H09", LY, "must_ask", "节前最后一个工作日提醒我跟金陵印染季厂长对账", ASK),
    # D: with the customer on the holiday by weekday
    ("D01", LY, "must_ask", "周三下午去闽江茶油跟翁老板谈续约", ASK),
    ("D02", CJ, "must_ask", "禮拜三早上十點到長榮塑膠開會", ASK),
    ("D03", LY, "must_ask", "湘江物业蒙经理那边周三上午演示新系统", ASK),
    ("D04", CJ, "must_ask", "週三下午兩點去聯茂看產線", ASK),
    # D twins
    ("D05", LY, "reminder", "金陵印染季厂长说端午照常上班，约了周三上午十点去厂里看设备", rem(JL, "2027-06-09T10:00")),
    ("D06", CJ, "reminder", "蘭陽酒莊端午不休息，游老闆約禮拜三下午兩點去酒莊", rem(LY2, "2027-06-09T14:00")),
    ("D07", LY, "reminder", "周四上午十点去中原粮仓拜访阎总", rem(ZY, "2027-06-10T10:00")),
    ("D08", CJ, "reminder", "禮拜四下午去永康紡織找楊經理", rem(YK, "2027-06-10")),
    ("D09", LY, "reminder", "周三提醒我把博远的报价单再核对一遍", rem(BY, "2027-06-09"), "desk"),
    # W: weekday and date disagree
    ("W01", LY, "must_ask", "下周四6月18号去唐山新世纪拜访邵经理", ASK),
    ("W02", LY, "reminder", "下周四6月17号去唐山新世纪拜访邵经理", rem(TS, "2027-06-17")),
    ("W03", CJ, "must_ask", "6/16禮拜四下午去永康紡織", ASK),
    ("W04", CJ, "reminder", "6/16禮拜三下午去永康紡織", rem(YK, "2027-06-16")),
    ("W05", DA, "must_ask", "site visit at ironclad fence tue 6/17", ASK),
    ("W06", DA, "reminder", "site visit at ironclad fence thu 6/17", rem("Ironclad Fence Co", "2027-06-17")),
    ("W07", DA, "must_ask", "remind me fri june 15 to call kirby at coldwater plumbing", ASK),
    ("W08", DA, "reminder", "remind me tue june 15 to call kirby at coldwater plumbing", rem("Coldwater Plumbing", "2027-06-15")),
    # R: a reminder named by a day with none due
    ("R01", DA, "reminder_change", "drop my friday reminder", ASK),
    ("R02", DA, "reminder_change", "drop my wednesday reminder", change("Red River Power Cooperative", "2027-06-09T10:00", "cancel")),
    ("R03", CJ, "reminder_change", "把禮拜五的提醒取消", ASK),
    ("R04", CJ, "reminder_change", "把禮拜四的提醒取消", change("統達物流股份有限公司", "2027-06-10T14:00", "cancel")),
    ("R05", LY, "reminder_change", "取消周四的提醒", ASK),
    # O: N weeks out
    ("O01", DA, "reminder", "2 weeks out - check in with kendra at tallgrass on the reorder", rem("Tallgrass Veterinary Supply", "2027-06-21")),
    ("O02", DA, "reminder", "ten days out, circle back w/ boyd at quillen brothers", rem("Quillen Brothers HVAC", "2027-06-17")),
    # L: a deadline and the reminder asked for before it
    ("L01", DA, "reminder", "magnolia title wants the signed forms by fri - remind me thu 10am to chase charlene", rem("Magnolia Title & Escrow", "2027-06-10T10:00")),
    ("L02", LY, "reminder", "金陵印染要我们周五前把打样寄过去，周四上午十点提醒我寄", rem(JL, "2027-06-10T10:00")),
    ("L03", CJ, "reminder", "永康紡織楊經理要估價單，禮拜五以前要給，禮拜四下午兩點提醒我準備", rem(YK, "2027-06-10T14:00")),
    ("L04", DA, "reminder", "call charlene at magnolia title fri, and remind me thu 10am to print the forms",
     {"outcome": "store", "changes": {"reminders": [{"customer": "Magnolia Title & Escrow", "due": "2027-06-11"}, {"customer": "Magnolia Title & Escrow", "due": "2027-06-10T10:00"}]}}),
]

HX, CS, GH, JY = "诸暨华翔袜业有限公司", "如皋长寿食品有限公司", "太仓港汇物流有限公司", "江阴宏远金属制品有限公司"
HY, HS = "惠州華耀塑膠製品有限公司", "東莞恒信電子廠"
W12 = [
    ("H21", SL, "reminder", "端午后第一天提醒我去江阴宏远找吴晓敏", rem(JY, "2029-06-19")),
    ("H22", SL, "reminder", "端午前提醒我把报价发给诸暨华翔", rem(HX, "2029-06-15")),
    ("H23", HZ, "reminder", "端午後第一日提我打俾東莞恒信周廠長", rem(HS, "2029-06-18")),
    ("H24", SL, "reminder", "中秋节后第一天提醒我给太仓港汇顾伟打电话", rem(GH, "2029-09-25")),
    ("H25", SL, "reminder", "过完五一提醒我去如皋长寿", rem(CS, "2029-05-07")),
    ("D21", SL, "must_ask", "下周二上午去如皋长寿看新线", ASK),
    ("D22", SL, "reminder", "如皋长寿五一不放假，下周二上午去看新线", rem(CS, "2029-05-01")),
    ("D23", SL, "reminder", "下周一上午去如皋长寿看新线", rem(CS, "2029-04-30")),
    ("W21", SL, "must_ask", "5月9号周四去太仓港汇", ASK),
    ("W22", SL, "reminder", "5月9号周三去太仓港汇", rem(GH, "2029-05-09")),
    ("W23", HZ, "must_ask", "5月8號禮拜三去惠州華耀開會", ASK),
    ("W24", HZ, "reminder", "5月8號禮拜二去惠州華耀開會", rem(HY, "2029-05-08")),
    ("R21", "Marcus", "reminder_change", "cancel my saturday reminder", ASK),
    ("R22", "Marcus", "reminder_change", "cancel my monday reminder", change("Kalamazoo Pharma Packaging", "2029-04-30T11:00", "cancel")),
    ("R23", "Kenji", "reminder_change", "delete my wednesday reminder", ASK),
    ("O21", "Marcus", "reminder", "follow up with quad cities cold storage 3 weeks out", rem("Quad Cities Cold Storage", "2029-05-17")),
    ("L21", "Marcus", "reminder", "rockford gear wants the revised quote by tue - remind me mon 9am to finish it", rem("Rockford Gear & Axle", "2029-04-30T09:00")),
    ("L22", SL, "reminder", "诸暨华翔要我们5月10号前报价，5月9号上午十点提醒我做报价", rem(HX, "2029-05-09T10:00")),
]


def build(rows: list[tuple]) -> list[dict]:
    out = []
    for row in rows:
        mid, user, cls, text, expect = row[:5]
        lang = "en" if user in (DA, "Marcus", "Kenji") else "mixed" if any(c.isascii() and c.isalpha() for c in text) else "zh"
        out.append({"id": f"d33-{mid}", "class": cls, "lang": lang, "user": user, "text": text, "expect": expect})
    return out


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    for name, rows in (("i33-days_s33.json", W7), ("i33-days_s33_w12.json", W12)):
        (here / name).write_text(json.dumps({"messages": build(rows)}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
