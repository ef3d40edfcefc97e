# ruff: noqa: E501  (one labelled message per line)
"""Over-asked reports, close dates and reminders, written by i32-overask (session 32) before any change, in our own
words (not focus O's or focus N's read messages), in two worlds: set 8's (Thu 2027-09-30 16:40 in each user's zone,
China's National Day week ahead) → `i32-overask_s32.json`, and set 10's (Wed 2028-06-28 11:05) →
`i32-overask_s32_w10.json`.

R. (note / not_money) a known contact's news with a count or a rival's price, said with a bare verb ("bev want 3 more
   lines"), with the name after the news ("…, says owen lloyd", "…，张丽说的") or a rival's price with no word of our
   moving ours ("a rival quoted them £35k", "对手报了55万"): a note with them, stored at once.
   Twins (RA…, must_ask): the same shapes where the figure may be the deal's or ours may move ("want it at 20k",
   "we'll have to come down", "我们可能也得降", "预算大概80万").
C. (close_date / two_customers) a close said plainly: slipped to a day ("拖到12月底", both of two customers), or
   settled on a day after a looser one ("按12月20号算", "put down 22/12"). Twins (CA…, must_ask): the day rough or
   not said ("大概…左右", "具体哪天还不知道", "maybe the 22nd").
CM. (close_date) a close moved to the middle of a month named by its number or name, said plainly ("延到12月中",
   "pushed to mid november"): that month's 15th, as the writers label it. Twins (CMA…): 中旬 (a ten days'
   stretch), "下个月中", a hedge or "sometime".
H. (reminder) a reminder of our own desk work on a holiday of the user's calendar, day and clock said
   ("明天下午两点提醒我把报价发给林婷"): stored. Twins (HA…, must_ask): a customer meeting put on the holiday.
L. (reminder) a dated plan naming the customer by part of its name and one of its contacts ("fri 8 oct 10am clementi
   clinic review with alvin"): the contact settles the customer, stored. Twins (LA…, must_ask): no contact, a word
   several customers share ("ashby catch-up").
M. (contact) a new contact said half in English, half in Chinese ("Jurong Precision 新 contact: Ryan Goh, QA
   manager, 9456 7788", "华鹏物流 new 联系人：王小川…"): the contact with their phone. Twins (MA…, must_ask): the name not
   known yet.
O. (reopen) a lost deal restarted, named by a word of its own ("want to restart the pos thing at 9k"): reopened at
   the figure. Twins (OA…, must_ask): a restart only guessed at ("might restart … maybe 20k").
S. (note) a score said as N/10 beside a contact's report ("we came out 7/10 on their scoring"): a note, no date.
   Twins (SA…, reminder or must_ask): a real day-first date with a task.

    python benchmarks/understanding/own/make_i32-overask_s32.py
    B=$PWD/benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/i32-overask_s32.json --customers $B/focus-o/customers.csv \
        --setup $B/focus-o/setup.txt --harness $B/focus-o
    .venv/bin/python $B/quick.py --file $B/own/i32-overask_s32_w10.json --customers $B/focus-m/customers.csv \
        --setup $B/focus-m/setup.txt --harness $B/focus-m
"""

from __future__ import annotations

import json
from pathlib import Path

OL, PR, HM, ZT = "Oliver", "Priya", "黄敏", "周涛"  # set 8
FE, NA, ZL = "Felix", "Nadia", "赵磊"  # set 10
ASK = {"outcome": "ask"}
ANY = ["call", "visit", "meeting", "message", "email", "note"]


def store(changes: dict, **more: object) -> dict:
    return {"outcome": "store", "changes": changes, **more}


def logged(customer: str, contact: str) -> dict:
    return store({"activities": [{"customer": customer, "kind": ANY, "contact": contact}]})


def closes(*pairs: tuple[str, str]) -> dict:
    return store({"deals": [{"customer": c, "close_date": d} for c, d in pairs]})


def contact(customer: str, name: str, phone: str) -> dict:
    return store({"contacts": [{"customer": customer, "name": name, "phone": phone}]})


def reopened(customer: str, value: str, contact: str) -> dict:
    return store({"deals": [{"customer": customer, "amount": value, "status": "open"}],
                  "activities": [{"customer": customer, "kind": "call", "contact": contact}]})  # fmt: skip


def reminded(customer: str, due: str) -> dict:
    return store({"reminders": [{"customer": customer, "due": due}]})


# fmt: off
W8 = [
    ("R", "note", "en", OL, "calder valley: bev want 3 more lines running by spring", logged("Calder Valley Foods", "Bev Sutcliffe")),
    ("R", "note", "en", PR, "jurong precision - lee kok wah say they run 45 machines over two shifts", logged("Jurong Precision Pte Ltd", "Lee Kok Wah")),
    ("R", "not_money", "en", OL, "pennington: joanne pike told me a rival quoted them £35k, we're still in the running", logged("Pennington Care Homes", "Joanne Pike")),
    ("R", "note", "en", OL, "fairhaven are opening 4 new branches next year, says owen lloyd", logged("Fairhaven Veterinary Group", "Dr. Owen Lloyd")),
    ("R", "note", "en", PR, "straits marine: melissa need 60 handhelds for the crews", logged("Straits Marine Supplies Pte Ltd", "Melissa Yeo")),
    ("R", "not_money", "zh", ZT, "海纳宋佳怡说对手报了55万", logged("青岛海纳家电有限公司", "宋佳怡")),
    ("R", "note", "zh", HM, "南海铝业冯伟说他们厂里有12条挤压线", logged("佛山南海铝业有限公司", "冯伟")),
    ("R", "note", "zh", ZT, "永泰制药员工明年要涨到1200人，张丽说的", logged("石家庄永泰制药有限公司", "张丽")),
    ("RA", "must_ask", "en", OL, "calder valley: bev want it at 20k", ASK),
    ("RA", "must_ask", "en", OL, "pennington: joanne pike says a rival quoted them £35k, we'll have to come down", ASK),
    ("RA", "must_ask", "en", OL, "fairhaven might go for 20k, says owen lloyd", ASK),
    ("RA", "must_ask", "en", PR, "straits marine: melissa say maybe 60k for the lot", ASK),
    ("RA", "must_ask", "zh", ZT, "海纳宋佳怡说对手报了55万，我们可能也得降", ASK),
    ("RA", "must_ask", "zh", ZT, "永泰制药预算大概80万，张丽说的", ASK),
    ("C", "close_date", "zh", HM, "格瑞医疗拖到12月底", closes(("珠海格瑞医疗科技有限公司", "2027-12-31"))),
    ("C", "close_date", "zh", ZT, "海纳家电十二月签，按12月20号算", closes(("青岛海纳家电有限公司", "2027-12-20"))),
    ("C", "two_customers", "zh", HM, "宏泰电池和南海铝业都拖到12月底", closes(("深圳宏泰电池有限公司", "2027-12-31"), ("佛山南海铝业有限公司", "2027-12-31"))),
    ("C", "close_date", "en", OL, "fairhaven slipped to end of november", closes(("Fairhaven Veterinary Group", "2027-11-30"))),
    ("C", "close_date", "en", OL, "albion will sign before christmas, put down 22/12", closes(("Albion Packaging Ltd", "2027-12-22"))),
    ("CA", "must_ask", "zh", ZT, "海纳家电年底前签，大概按12月20号左右算吧", ASK),
    ("CA", "must_ask", "zh", HM, "宏泰电池和南海铝业可能都要拖，具体哪天还不知道", ASK),
    ("CA", "must_ask", "en", OL, "albion will sign before christmas hopefully, maybe the 22nd", ASK),
    ("CA", "must_ask", "zh", ZT, "连心养老可能拖到明年", ASK),
    ("CM", "close_date", "zh", HM, "德润新能源延到12月中", closes(("惠州德润新能源有限公司", "2027-12-15"))),
    ("CM", "close_date", "en", OL, "carlton estate agents pushed to mid november", closes(("Carlton Estate Agents", "2027-11-15"))),
    ("CMA", "must_ask", "zh", HM, "德润新能源大概12月中旬吧", ASK),
    ("CMA", "must_ask", "en", OL, "carlton might slip to mid november sometime", ASK),
    ("CMA", "must_ask", "zh", HM, "德润新能源推到下个月中", ASK),
    ("H", "reminder", "zh", HM, "明天下午两点提醒我把报价发给林婷", reminded("广州美佳化妆品有限公司", "2027-10-01T14:00")),
    ("H", "reminder", "zh", ZT, "10月5号上午十点提醒我给高磊发合同", reminded("北京瑞康达医药有限公司", "2027-10-05T10:00")),
    ("H", "reminder", "zh", ZT, "后天上午九点半提醒我整理海纳的报价单", reminded("青岛海纳家电有限公司", "2027-10-02T09:30")),
    ("HA", "must_ask", "zh", HM, "明天下午两点去美佳拜访林婷", ASK),
    ("HA", "must_ask", "zh", ZT, "10月5号上午十点跟瑞康达高磊开会", ASK),
    ("HA", "must_ask", "zh", HM, "提醒我明天下午两点去美佳拜访林婷", ASK),
    ("L", "reminder", "en", PR, "fri 8 oct 10am clementi clinic review with alvin", reminded("Clementi Family Clinic", "2027-10-08T10:00")),
    ("L", "reminder", "en", OL, "thu 7 oct 10am ashby dental catch-up with fern", reminded("Ashby Dental Practice", "2027-10-07T10:00")),
    ("L", "reminder", "en", OL, "wed 13 oct 9:30am kingsdown estate walkthrough with nicola", reminded("Kingsdown Estate Agents", "2027-10-13T09:30")),
    ("LA", "must_ask", "en", OL, "thu 7 oct 10am ashby catch-up", ASK),
    ("M", "contact", "mixed", PR, "Jurong Precision 新 contact: Ryan Goh, QA manager, 9456 7788", contact("Jurong Precision Pte Ltd", "Ryan Goh", "9456 7788")),
    ("M", "contact", "mixed", PR, "merlion fresh 新contact - Daniel Lim, purchasing, 8123 4455", contact("Merlion Fresh Foods Pte Ltd", "Daniel Lim", "8123 4455")),
    ("M", "contact", "mixed", HM, "华鹏物流 new 联系人：王小川，IT主管，13912345678", contact("深圳华鹏物流有限公司", "王小川", "13912345678")),
    ("MA", "must_ask", "mixed", PR, "Jurong Precision 新 contact 好像叫 Ryan 什么的, 电话还没拿到", ASK),
    ("O", "reopen", "en", PR, "ah seng from sunrise kopi called, they want to restart the pos thing at 9k", reopened("Sunrise Kopi Pte Ltd", "9000", "Ah Seng Koh")),
    ("O", "reopen", "en", OL, "linwood print rang - barry wants to restart the print portal project at 7k", reopened("Linwood Print Ltd", "7000", "Barry Linwood")),
    ("OA", "must_ask", "en", OL, "whitcombe might restart the thing next year, maybe 20k", ASK),
    ("S", "note", "en", OL, "quayside: leona grant says we came out 7/10 on their scoring, second place", logged("Quayside Hotels Ltd", "Leona Grant")),
    ("S", "note", "en", OL, "albion rated our demo 9/10, steve hollins told me", logged("Albion Packaging Ltd", "Steve Hollins")),
    ("SA", "reminder", "en", OL, "remind me 7/10 to call leona grant at quayside", reminded("Quayside Hotels Ltd", "2027-10-07T09:00")),
]

W10 = [
    ("R", "note", "en", NA, "riverbend: carla want 2 more wings on the system next year", logged("Riverbend Senior Living", "Carla Dominguez")),
    ("R", "note", "en", NA, "heartland cold is adding 3 warehouses in the fall, says travis moeller", logged("Heartland Cold Storage", "Travis Moeller")),
    ("R", "not_money", "en", FE, "halden logistik: birte sommer told me another vendor quoted them 30k, we're still on the shortlist", logged("Halden Logistik GmbH", "Birte Sommer")),
    ("R", "not_money", "zh", ZL, "蓝海云孙悦然说竞争对手报了180万", logged("深圳市蓝海云计算有限公司", "孙悦然")),
    ("R", "note", "zh", ZL, "海川物流仓库年底要扩到8个，王丽娟说的", logged("深圳市海川物流有限公司", "王丽娟")),
    ("RA", "must_ask", "en", NA, "riverbend might trim it to 50k, says carla dominguez", ASK),
    ("RA", "must_ask", "zh", ZL, "蓝海云孙悦然说竞争对手报了180万，我们得跟着降", ASK),
    ("RA", "must_ask", "en", FE, "halden logistik: birte says another vendor quoted them 30k, we need to sharpen our price", ASK),
    ("C", "close_date", "zh", ZL, "横琴医疗拖到10月底", closes(("珠海横琴智慧医疗科技有限公司", "2028-10-31"))),
    ("C", "two_customers", "zh", ZL, "东莞鹏远和广州海川都拖到8月底", closes(("东莞鹏远塑胶制品有限公司", "2028-08-31"), ("广州海川食品有限公司", "2028-08-31"))),
    ("C", "close_date", "zh", ZL, "雅居家具年底前签，按12月15号算", closes(("佛山顺德雅居家具有限公司", "2028-12-15"))),
    ("C", "close_date", "en", NA, "riverbend will sign before labor day, put down 8/31", closes(("Riverbend Senior Living", "2028-08-31"))),
    ("CA", "must_ask", "zh", ZL, "雅居家具年底前签吧，具体哪天还没说", ASK),
    ("CA", "must_ask", "zh", ZL, "东莞鹏远和广州海川好像都要拖", ASK),
    ("CM", "close_date", "zh", ZL, "蓝海云推到8月中", closes(("深圳市蓝海云计算有限公司", "2028-08-15"))),
    ("CM", "close_date", "en", NA, "riverbend pushed close to mid august", closes(("Riverbend Senior Living", "2028-08-15"))),
    ("CMA", "must_ask", "zh", ZL, "蓝海云推到8月中旬", ASK),
    ("H", "reminder", "en", NA, "remind me tue july 4 at 10am to send carla the revised quote for riverbend", reminded("Riverbend Senior Living", "2028-07-04T10:00")),
    ("HA", "must_ask", "en", NA, "remind me to call carla at riverbend on july 4 at 10am", ASK),
    ("L", "reminder", "en", NA, "mon 3 jul 10am peoria dental review with kayla", reminded("Peoria Dental Studio", "2028-07-03T10:00")),
    ("L", "reminder", "en", NA, "thu 6 jul 9am naperville heating walkthrough with whitney", reminded("Naperville Heating & Air", "2028-07-06T09:00")),
    ("LA", "must_ask", "en", NA, "thu 6 jul 9am naperville walkthrough", ASK),
    ("M", "contact", "mixed", ZL, "蓝海云 new contact：何俊，运维经理，13800001111", contact("深圳市蓝海云计算有限公司", "何俊", "13800001111")),
    ("M", "contact", "mixed", ZL, "雅居家具 新 contact: Kevin Leung, 采购, 13922223333", contact("佛山顺德雅居家具有限公司", "Kevin Leung", "13922223333")),
    ("MA", "must_ask", "mixed", ZL, "海川物流 new contact 好像姓何，名字没记住", ASK),
    ("O", "reopen", "en", NA, "bo from cedar creek called, wants to restart the irrigation thing at 8k", reopened("Cedar Creek Landscaping", "8000", "Bo Jennings")),
    ("O", "reopen", "en", NA, "wade at ozark timber rang, they want to restart the kiln one at 16k", reopened("Ozark Timberworks", "16000", "Wade Collins")),
    ("OA", "must_ask", "en", NA, "cedar creek might restart the thing next year, maybe 8k", ASK),
    ("S", "note", "en", NA, "riverbend: carla dominguez says we scored 8/10 in their vendor review", logged("Riverbend Senior Living", "Carla Dominguez")),
]
# fmt: on


def write(rows: list, name: str) -> None:
    messages = []
    counters: dict[str, int] = {}
    for family, klass, lang, user, text, expect in rows:
        counters[family] = counters.get(family, 0) + 1
        messages.append({"id": f"{family}{counters[family]:02d}", "lang": lang, "class": klass, "user": user, "text": text,
                         "expect": expect})  # fmt: skip
    out = Path(__file__).with_name(name)
    out.write_text(json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    write(W8, "i32-overask_s32.json")
    write(W10, "i32-overask_s32_w10.json")


if __name__ == "__main__":
    main()
