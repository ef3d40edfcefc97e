# ruff: noqa: E501  (one labelled message per line)
"""Reminder phrasings written by i21-dates (session 21), one family per cause found on the readable halves,
each family written before the change that makes it pass (other words, both languages, other customers).
Two worlds, so a family is not shaped to one base:

* `reminders_s21.json`: set 9's world with focus E's 30 base reminders (../focus-e/customers.csv, setup.txt),
  Friday 2028-01-21 18:20 in each user's zone (Emma: Sydney, day-first; Marcus: Toronto; 李娜: Shanghai;
  林志明: Taipei, traditional).
* `reminders_s21_w10.json`: set 10's world with its 15 base reminders (../set10/customers.csv, setup.txt),
  Wednesday 2028-06-28 11:05 (Felix: Berlin, day-first; Nadia: Chicago; 赵磊: Shenzhen; 陳嘉欣: Hong Kong,
  Cantonese).

Labels: what a careful human stores. `reminder_changes` entries (move / cancel / done of a base reminder named by
its customer and local due `was`) are judged by focus E's rule (both sets' harnesses carry it).

    python benchmarks/understanding/own/make_reminders_s21.py   # writes both files next to it
    B=benchmarks/understanding
    .venv/bin/python $B/quick.py --file $B/own/reminders_s21.json --customers $B/focus-e/customers.csv \
        --setup $B/focus-e/setup.txt --harness $B/focus-e
    .venv/bin/python $B/quick.py --file $B/own/reminders_s21_w10.json --customers $B/set10/customers.csv \
        --setup $B/set10/setup.txt --harness $B/set10
"""

from __future__ import annotations

import json
from pathlib import Path

from make_deals import deal
from make_logs import act, rem, store
from make_reminders_s20 import changes_of, ok_ask, rc

E, M, LN, LZ = "Emma", "Marcus", "李娜", "林志明"
F, N, ZL, CJ = "Felix", "Nadia", "赵磊", "陳嘉欣"
DONE_OR_CANCEL = ["cancel", "done"]

QIANDAO = "杭州千岛湖文旅发展有限公司"
YONGFU = "台南永福食品股份有限公司"
JINCHENG = "杭州锦程医疗器械有限公司"
HUAYUE = "嘉兴华悦酒店管理有限公司"
XINYI = "台北信義牙醫診所"
LANHAI = "深圳市蓝海云计算有限公司"
PENGYUAN = "深圳市鹏远电子科技有限公司"
HAOJIANG = "澳門濠江海景酒店有限公司"
WEIGANG = "維港冷鏈物流有限公司"

# (world, lang, user, family, text or [first, second], expect); world "e" = focus E's, "10" = set 10's
M_ = [
    # --- A: a cancel whose reason, in another clause, carries a date or a move of theirs (the date is not the
    #     reminder's day, the move is not ours) ---
    ("e", "en", M, "cancel_reason", "cancel my prairie sky reminder - amanda's away until feb 14", changes_of(rc("Prairie Sky Credit Union", "2028-01-27T15:00", DONE_OR_CANCEL))),
    ("e", "en", E, "cancel_reason", "scrap the kauri health reminder, sophie says no portal talk till march", changes_of(rc("Kauri Health Ltd", "2028-01-31T10:00", DONE_OR_CANCEL))),
    ("e", "en", E, "cancel_reason", "pls cancel the murray river reminder, glenn is on leave until 14/2", changes_of(rc("Murray River Orchards", "2028-02-01T15:00", DONE_OR_CANCEL))),
    ("e", "en", M, "cancel_reason", "drop the kingsway reminder, ravi says they're parking the trade-in module till Q2", changes_of(rc("Kingsway Auto Group", "2028-01-24T14:00", DONE_OR_CANCEL))),
    ("e", "en", E, "cancel_reason", "cancel monday's call with darren at southern cross, he's off until the 3rd", changes_of(rc("Southern Cross Freight Pty Ltd", "2028-01-24T10:00", DONE_OR_CANCEL))),
    ("e", "zh", LN, "cancel_reason", "千岛湖的提醒取消吧，方晓梅说春季方案3月再说", changes_of(rc(QIANDAO, "2028-02-03T15:00", DONE_OR_CANCEL))),
    ("e", "zh", LZ, "cancel_reason", "永福那個提醒刪掉，楊淑芬說報價等下個月再談", changes_of(rc(YONGFU, "2028-02-07T15:00", DONE_OR_CANCEL))),
    ("e", "zh", LN, "cancel_reason", "取消锦程的提醒，王丽萍说招标推到下个月了", changes_of(rc(JINCHENG, "2028-01-25T10:00", DONE_OR_CANCEL))),
    ("10", "en", F, "cancel_reason", "cancel the Halden reminder, Jan Petersen is on holiday until 17 July", changes_of(rc("Halden Logistik GmbH", "2028-07-03T14:00", DONE_OR_CANCEL))),
    ("10", "en", N, "cancel_reason", "cancel the red river reminder, shawn says they won't decide before september", changes_of(rc("Red River Valley Co-op", "2028-07-05T11:00", DONE_OR_CANCEL))),
    ("10", "zh", ZL, "cancel_reason", "蓝海云的提醒取消，孙悦然说合同下周再说", changes_of(rc(LANHAI, "2028-06-30T11:00", DONE_OR_CANCEL))),
    ("10", "zh", CJ, "cancel_reason", "取消濠江海景嗰個提醒，何嘉儀話報價等到八月先傾", changes_of(rc(HAOJIANG, "2028-07-06T11:00", DONE_OR_CANCEL))),
    # --- B: a move told as what happened: past tense, passive, a contact who moved it, "snooze" ---
    ("e", "en", E, "moved_by", "margaret pushed the banksia site visit back to 2/2", changes_of(rc("Banksia Aged Care", "2028-01-28T11:00", "move", "2028-02-02T11:00"))),
    ("e", "en", E, "moved_by", "sophie's moved our kauri call to tues 1st, 10am still", changes_of(rc("Kauri Health Ltd", "2028-01-31T10:00", "move", "2028-02-01T10:00"))),
    ("e", "en", M, "moved_by", "prairie sky check-in got bumped to friday, same time", changes_of(rc("Prairie Sky Credit Union", "2028-01-27T15:00", "move", "2028-01-28T15:00"))),
    ("e", "en", M, "moved_by", "natalie rescheduled the muskoka proposal to thursday 11am", ok_ask(changes_of(rc("Muskoka Resorts Group", "2028-01-26T10:00", "move", "2028-01-27T11:00")))),
    ("e", "en", M, "moved_by", "snooze the cascadia reminder till wednesday", changes_of(rc("Cascadia Health Partners", "2028-01-25T13:00", "move", "2028-01-26T13:00"))),
    ("e", "en", E, "moved_by", "can you snooze my sandstone reminder to 5pm", changes_of(rc("Sandstone Legal", "2028-01-24T16:00", "move", "2028-01-24T17:00"))),
    ("e", "zh", LN, "moved_by", "王丽萍把招标确认改到下周三了", changes_of(rc(JINCHENG, "2028-01-25T10:00", "move", "2028-01-26T10:00"))),
    ("e", "zh", LN, "moved_by", "华悦楼晓东那边送年礼改到周三下午了", changes_of(rc(HUAYUE, "2028-01-25T16:00", "move", "2028-01-26"))),
    ("e", "zh", LZ, "moved_by", "郭明哲把導入時程確認延到2/10下午", changes_of(rc(XINYI, "2028-02-08T14:00", "move", "2028-02-10"))),
    ("10", "en", F, "moved_by", "Katrin moved our final offer call to Friday, same time", changes_of(rc("Sternwarte Optik GmbH", "2028-06-29T10:00", "move", "2028-06-30T10:00"))),
    ("10", "en", N, "moved_by", "travis moved our WMS pricing call to next wednesday", changes_of(rc("Heartland Cold Storage", "2028-06-29T09:00", "move", "2028-07-05T09:00"))),
    ("10", "zh", ZL, "moved_by", "刘建华把合同条款确认挪到下周一下午三点了", changes_of(rc(PENGYUAN, "2028-06-29T15:00", "move", "2028-07-03T15:00"))),
    ("10", "zh", CJ, "moved_by", "陳志強將傾合約改咗去聽日下晝三點", changes_of(rc(WEIGANG, "2028-06-29T10:30", "move", "2028-06-29T15:00"))),
    # --- C: Cantonese date words (月尾 month's end, 後日 day after tomorrow, 尋晚 last night, 聽晚 tomorrow
    #     night, 今個月 this month), set 10's Hong Kong rep and a Guangdong one ---
    ("10", "zh", CJ, "cantonese", "維港冷鏈份合約預計8月尾先簽", store(deal(WEIGANG, close_date="2028-08-31"))),
    ("10", "zh", CJ, "cantonese", "新界農莊嗰單推到9月尾", store(deal("新界農莊有機食品有限公司", close_date="2028-09-30"))),
    ("10", "zh", CJ, "cantonese", "後日朝早十點提醒我打畀中環金融羅生", store(rem("中環金融顧問有限公司", "2028-06-30T10:00"))),
    ("10", "zh", CJ, "cantonese", "聽晚八點提醒我覆明德教育蔡校長個報價", store(rem("觀塘明德教育中心", "2028-06-29T20:00"))),
    ("10", "zh", CJ, "cantonese", "尋晚同華興印刷麥老闆食飯，佢哋想加多部機", store(act("灣仔華興印刷有限公司", ["meeting", "visit"], ["麥志輝", None], "2028-06-27"))),
    ("10", "zh", ZL, "cantonese", "蓝海云的签约推到8月尾", store(deal(LANHAI, close_date="2028-08-31"))),
    ("10", "zh", CJ, "cantonese", "後日下晝兩點同李美儀傾續約，提醒我", store(rem("荃灣建興診所", "2028-06-30T14:00"))),
    ("10", "mixed", CJ, "cantonese", "濠江海景 close date 改做 11月尾", store(deal(HAOJIANG, close_date="2028-11-30"))),
    # --- D: a close date said as a bare month is that month's end (a deal closing "in march" is open till
    #     the 31st); a reminder in a month stays its start ---
    ("e", "en", E, "close_month", "kauri health practice software slipped to march", store(deal("Kauri Health Ltd", which="practice software", close_date="2028-03-31"))),
    ("e", "en", M, "close_month", "cascadia pushed the signing to april", store(deal("Cascadia Health Partners", close_date="2028-04-30"))),
    ("e", "zh", LN, "close_month", "千岛湖的签约推到4月了", store(deal(QIANDAO, close_date="2028-04-30"))),
    ("e", "zh", LZ, "close_month", "永福的案子延到三月簽", store(deal(YONGFU, close_date="2028-03-31"))),
    ("10", "en", F, "close_month", "Kaltenbach slipped to September, Heike needs the board", store(deal("Kaltenbach Maschinenbau AG", close_date="2028-09-30"))),
    ("10", "zh", ZL, "close_month", "横琴智慧医疗的合同推到11月了", store(deal("珠海横琴智慧医疗科技有限公司", close_date="2028-11-30"))),
    ("10", "en", N, "close_month", "red river co-op close moved to august", store(deal("Red River Valley Co-op", close_date="2028-08-31"))),
    ("e", "en", E, "close_month", "remind me in march to call sophie at kauri health", ok_ask(store(rem("Kauri Health Ltd", "2028-03-01")))),
]


def main() -> None:
    files: dict[str, list[dict]] = {"e": [], "10": []}
    counters: dict[tuple[str, str], int] = {}
    for world, lang, user, family, text, expect in M_:
        key = (world, lang)
        counters[key] = counters.get(key, 0) + 1
        kinds = expect.get("changes", {})
        klass = "reminder_change" if "reminder_changes" in kinds else "close_date" if "deals" in kinds else "log" if "activities" in kinds else "reminder"
        prefix = "r21" if world == "e" else "r21w"
        item = {"id": f"{prefix}-{lang}{counters[key]:03d}", "lang": lang, "class": klass, "family": family, "user": user, "expect": expect}
        if isinstance(text, list):
            item["texts"] = text
        else:
            item["text"] = text
        files[world].append(item)
    for world, name in (("e", "reminders_s21.json"), ("10", "reminders_s21_w10.json")):
        path = Path(__file__).with_name(name)
        path.write_text(json.dumps({"messages": files[world]}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(files[world])} messages -> {path}")


if __name__ == "__main__":
    main()
