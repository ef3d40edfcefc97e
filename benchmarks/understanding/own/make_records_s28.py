# ruff: noqa: E501  (one labelled message per line)
"""i28-records' own messages (session 28), written before the changes, one family per mechanism. Our own words,
not focus K's; two worlds: set 12's (Thursday 2029-04-26 10:20; `records_s28.json`) with other customers and
contacts than the read half's failing messages, and set 11's (Tuesday 2029-01-09 16:40; `records_s28_w11.json`),
so that nothing leans on one world's names. Each family has twins: the same news said plainly (must still store),
or the doubt kept (must ask).

- misspelt (ask): "new customer/new lead/新客户 <an existing customer's name misspelt or with another suffix>" is
  asked "Did you mean X, or a new customer?"; twins: the existing name said right with news (store), a company
  that is really new (ask: offered for creation; the judge counts any created customer as wrong).
- details (store): a new contact's title (in another language too: Einkaufsleiterin, Gerente de Compras, 採購),
  department ("以后找财务部的X"), e-mail and an international phone (+49 …, +84 …) are all kept; a role changed
  hands ("换了厂长 … 新的叫 X") gives X that title.
- events (store): outcomes and stages said as events: "awarded it to the other vendor", "picked the other bidder"
  (lost), "order confirmed" / "落实了，签了合同" (won, with the amount), "back on / restart / 重启" (reopened), "推到
  negotiation" / "go negotiation", a tender handed in (proposal), "into negotiation … signed by end of next week"
  (stage and close), "下周五签合同" / "before the bank holiday" (a firm close); twins with a hedge are asked.
- two (store): two customers in one message, each its own news; an add-on said to be its own order ("separate PO",
  "单独下单") is a new deal; counts, percentages and samples are no money (a log, deal unchanged).
- question (nothing): a question over all my deals ("which of my open deals close in june?") is answered.

    python benchmarks/understanding/own/make_records_s28.py  # writes own/records_s28.json and records_s28_w11.json
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/records_s28.json \
        --customers benchmarks/understanding/focus-k/customers.csv --setup benchmarks/understanding/focus-k/setup.txt \
        --harness benchmarks/understanding/focus-k
    .venv/bin/python benchmarks/understanding/quick.py --file benchmarks/understanding/own/records_s28_w11.json \
        --customers benchmarks/understanding/set11/customers.csv --setup benchmarks/understanding/set11/setup.txt \
        --harness benchmarks/understanding/set11
"""

from __future__ import annotations

import json
from pathlib import Path

K, S, H, Z, M, N = "Kenji", "孙丽", "何志明", "周建国", "Marcus", "Sinead"
P, T, D, W, L = "Priya", "Tom", "Diego", "王芳", "刘洋"
SAID = ["call", "meeting", "visit", "message", "note", "email"]


def store(changes: dict, also_ask: bool = False, alt: list | None = None) -> dict:
    out: dict = {"outcome": "store", "changes": changes}
    if also_ask:
        out["also_ok"] = "ask"
    if alt:
        out["alt_changes"] = alt
    return out


def ask(also_nothing: bool = False) -> dict:
    return {"outcome": "ask", "also_ok": "nothing"} if also_nothing else {"outcome": "ask"}


def answer(*mentions: str) -> dict:
    return {"outcome": "nothing", "answer_mentions": list(mentions)}


def act(customer: str, kind, contact=None, **more) -> dict:  # type: ignore[no-untyped-def]
    return {"customer": customer, "kind": kind, "contact": contact, **more}


def deal(customer: str, **more) -> dict:  # type: ignore[no-untyped-def]
    return {"customer": customer, **more}


def person(customer: str, name: str, **more) -> dict:  # type: ignore[no-untyped-def]
    return {"customer": customer, "name": name, **more}


def said(customer: str, contact: str | None) -> dict:
    """A log of what someone said: any kind of interaction, the named contact or none."""
    return {"activities": [act(customer, SAID, [None, contact] if contact else None)]}


def with_said(changes: dict, customer: str, contact: str | None, kinds: list | None = None) -> list:
    """The same changes, or the same with the interaction the message tells logged."""
    return [{**changes, "activities": [act(customer, kinds or SAID, [None, contact] if contact else None)]}]


# set 12's world (focus K's customers and users), other customers than the read half's failures
CRM, SHA, HOK, CXM, XTX, QWM, TOL = (
    "Cedar Rapids Millwork LLC", "Shannon Estuary Logistics", "Hokuriku Sofuto Kobo KK", "慈溪明珠电器有限公司",
    "仙桃鑫达无纺布有限公司", "荃灣美景酒店管理有限公司", "Toledo Glassworks Inc",
)
GDA, FIR, OMA, DRD, ZYH, DYS, KLB, NAG, KOL, SZS = (
    "Gdańsk Ship Coatings Sp. z o.o.", "Firenze Pelletteria Srl", "Omaha Stockyards Logistics",
    "Driftless Dairy Cooperative", "枣阳汉城纺织有限公司", "丹阳视远眼镜有限公司", "九龍灣雲端科技有限公司",
    "Nagoya Precision Motors Co Ltd", "Kölner Druckluft Technik GmbH", "随州神农汽车配件有限公司",
)
TBT, TRA, TSH, OKI, SMD, BSE, KAN, CSY, TMX, DYY, SLH, CVO, LQC, GBF, CBQ, GAL = (
    "Thunder Bay Timberworks", "Tralee Bay Seafoods", "Tomoe Shokuhin KK", "Okinawa Blue Resort KK", "沙田明德教育中心",
    "Brasserie Saint-Étienne SARL", "Kanazawa Kinpaku Kogei KK", "常熟虞山服饰有限公司", "天门鑫达塑业有限公司",
    "当阳玉泉酒业有限公司", "Sligo Harbour Hotel", "Cedar Valley Orthodontics", "Liverpool Quay Cafés Ltd",
    "Green Bay Fire Protection", "赤壁青砖茶业有限公司", "Galway Bay Software",
)
TWP, ZJH, RGC, DUN, FOX, ENN, KCH, PHZ, PAY = (
    "Twin Ports Marine Supply", "诸暨华翔袜业有限公司", "如皋长寿食品有限公司", "Dundalk Cold Stores", "Fox River Paper Co",
    "Ennis Dairy Co-operative", "葵涌恒發貨倉有限公司", "Rockford Gear & Axle", "萍乡安源电瓷有限公司",
)

ROWS = [
    # --- misspelt: a "new" customer that is an existing one misspelt is asked ---
    ("a01", "misspelt", "en", M, "new customer: Cedar Rapid Milworks, met the owner at the home show", ask()),
    ("a02", "misspelt", "en", N, "add a new lead – Shannon Estuary Logistic Ltd, 12k for handheld scanners", ask()),
    ("a03", "misspelt", "en", K, "New customer Hokuriku Soft Kobo, they ask for quotation", ask()),
    ("a04", "misspelt", "zh", S, "新客户：慈溪明珠电气，联系人徐海峰，想要一套检测线", ask()),
    ("a05", "misspelt", "zh", Z, "加个新客户 仙桃鑫达无纺布厂 预算二十万", ask()),
    ("a06", "misspelt", "zh", H, "新客戶 荃灣美景酒店，想做訂房系統", ask()),
    ("a07", "misspelt", "en", M, "new lead: toledo glass works inc, 30k for a furnace monitoring package", ask()),
    # twins: the name said right (store), or a company that is really new (offered: ask)
    ("a08", "misspelt_twin", "en", M, "Cedar Rapids Millwork - new deal for the cabinet line, 12k", store({"deals": [deal(CRM, new=True, amount="12000", currency="USD")]}, True)),
    ("a09", "misspelt_twin", "en", N, "Shannon Estuary Logistics – new deal for yard cameras, €9,000", store({"deals": [deal(SHA, new=True, amount="9000", currency="EUR")]}, True)),
    ("a10", "misspelt_new", "en", M, "new lead: Dubuque Riverboat Tours, 15k for a booking kiosk", ask()),
    ("a11", "misspelt_new", "zh", S, "新客户：绍兴柯桥印染有限公司，预算八万", ask()),
    # --- details: title (any language), department, e-mail and international phone kept ---
    ("b01", "details", "en", N, "New contact at Gdańsk Ship Coatings: Marta Nowak, Kierownik Zakupów, marta.nowak@gdanskcoatings.example.com, +48 58 555 0190", store({"contacts": [person(GDA, "Marta Nowak", title="Kierownik Zakupów", email="marta.nowak@gdanskcoatings.example.com", phone="+48 58 555 0190")]})),
    ("b02", "details", "en", N, "Firenze Pelletteria – new contact Marco Ricci, Responsabile Acquisti, +39 055 555 0137, marco.ricci@firenzepelletteria.example.com", store({"contacts": [person(FIR, "Marco Ricci", title="Responsabile Acquisti", email="marco.ricci@firenzepelletteria.example.com", phone="+39 055 555 0137")]})),
    ("b03", "details", "en", M, "new contact at omaha stockyards: jess polk, fleet manager (wade's deputy), jess.polk@omahastockyards.example.com, 402-555-0177", store({"contacts": [person(OMA, "Jess Polk", title="fleet manager", email="jess.polk@omahastockyards.example.com", phone="402-555-0177")]})),
    ("b04", "details", "en", M, "new contact @ driftless dairy: Tom Halvorsen, maintenance lead, tom.h@driftlessdairy.example.com", store({"contacts": [person(DRD, "Tom Halvorsen", title="maintenance lead", email="tom.h@driftlessdairy.example.com")]})),
    ("b05", "details", "zh", Z, "枣阳汉城换了厂长 杜娟退休了 新厂长叫 何建平 手机一三九七二零五八八一二", store({"contacts": [person(ZYH, "杜娟", left=True), person(ZYH, "何建平", title="厂长", phone="13972058812")]})),
    ("b06", "details", "zh", S, "丹阳视远以后对接财务部的周敏，电话13951123456", store({"contacts": [person(DYS, "周敏", title="财务", phone="13951123456")]})),
    ("b07", "details", "zh", H, "九龍灣雲端以後搵IT部嘅張家明，電話9876 5432", store({"contacts": [person(KLB, "張家明", title="IT", phone="9876 5432")]})),
    ("b08", "details", "en", K, "Nagoya Precision Motors new contact: Ito Shota, Purchasing General Manager, ito.shota@nagoyaprecision.example.com, +81 52-555-0123", store({"contacts": [person(NAG, "Ito Shota", title="Purchasing General Manager", email="ito.shota@nagoyaprecision.example.com", phone="+81 52-555-0123")]})),
    ("b09", "details", "en", N, "Kölner Druckluft: new contact Stefan Braun, Technischer Leiter, s.braun@koelnerdruckluft.example.com, Tel. +49 221 555 0177", store({"contacts": [person(KOL, "Stefan Braun", title="Technischer Leiter", email="s.braun@koelnerdruckluft.example.com", phone="+49 221 555 0177")]})),
    ("b10", "details", "zh", Z, "随州神农采购部长换人了 王建斌调去总部了 新来的叫 刘强 电话 13872234567", store({"contacts": [person(SZS, "王建斌", left=True), person(SZS, "刘强", title="采购部长", phone="13872234567")]})),
    # --- events: outcomes and stages said as events ---
    ("c01", "events", "en", M, "thunder bay timberworks: colleen emailed, they awarded it to the other vendor", store({"deals": [deal(TBT, stage="lost")]}, alt=with_said({"deals": [deal(TBT, stage="lost")]}, TBT, "Colleen Makela", ["email", "message"]))),
    ("c02", "events", "en", N, "Tralee Bay Seafoods went with the other quote, Maeve told me on the phone", store({"deals": [deal(TRA, stage="lost")]}, alt=with_said({"deals": [deal(TRA, stage="lost")]}, TRA, "Maeve Fitzgerald", ["call"]))),
    ("c03", "events", "en", K, "Tomoe Shokuhin confirm the order, 2.4M yen!", store({"deals": [deal(TSH, stage="won")]})),
    ("c04", "events", "en", K, "Okinawa Blue Resort order confirmed today, USD 40,000", store({"deals": [deal(OKI, stage="won")]})),
    ("c05", "events", "zh", H, "沙田明德落實咗，簽咗約，HK$62,000", store({"deals": [deal(SMD, stage="won", amount="62000", currency="HKD")]})),
    ("c06", "events", "en", N, "Brasserie Saint-Étienne back from the dead – Amélie has budget again, same €12k", store({"deals": [deal(BSE, status="open")]}, alt=with_said({"deals": [deal(BSE, status="open")]}, BSE, "Amélie Roux"))),
    ("c07", "events", "en", K, "Kanazawa Kinpaku Kogei restart the project, Maeda-san got new budget", store({"deals": [deal(KAN, status="open")]}, alt=with_said({"deals": [deal(KAN, status="open")]}, KAN, "Maeda Sayuri"))),
    ("c08", "events", "zh", Z, "枣阳汉城的项目重启了 杜厂长说预算又批下来了", store({"deals": [deal(ZYH, status="open")]}, alt=with_said({"deals": [deal(ZYH, status="open")]}, ZYH, "杜娟"))),
    ("c09", "events", "zh", S, "常熟虞山那单又活了 邵婷婷说重新启动", store({"deals": [deal(CSY, status="open")]}, alt=with_said({"deals": [deal(CSY, status="open")]}, CSY, "邵婷婷"))),
    ("c10", "events", "mx", Z, "天门鑫达的deal推到negotiation 胡春梅说方案通过了", store({"deals": [deal(TMX, stage="negotiation")]}, alt=with_said({"deals": [deal(TMX, stage="negotiation")]}, TMX, "胡春梅"))),
    ("c11", "events", "mx", H, "九龍灣雲端deal go negotiation", store({"deals": [deal(KLB, stage="negotiation")]})),
    ("c12", "events", "zh", Z, "当阳玉泉酒业的标书递上去了，十八万", store({"deals": [deal(DYY, stage="proposal")]}, alt=[{"deals": [deal(DYY, stage="proposal")], "activities": [act(DYY, ["email", "visit", "note"])]}])),
    ("c13", "events", "en", N, "Sligo Harbour Hotel – tender went in today, €18k", store({"deals": [deal(SLH, stage="proposal")]}, alt=[{"deals": [deal(SLH, stage="proposal")], "activities": [act(SLH, ["email", "note"])]}])),
    ("c14", "events", "en", M, "cedar valley ortho: please move it to proposal, we send the quote monday", store({"deals": [deal(CVO, stage="proposal")]}, alt=[{"deals": [deal(CVO, stage="proposal")], "reminders": [{"customer": CVO, "due": "2029-04-30"}]}])),
    ("c15", "events", "en", N, "Liverpool Quay Cafés: Jamie's lawyers have the contract now, we're in negotiation, he expects it signed by the end of next week", store({"deals": [deal(LQC, stage="negotiation", close_date="2029-05-04")]}, alt=with_said({"deals": [deal(LQC, stage="negotiation", close_date="2029-05-04")]}, LQC, "Jamie Rourke"))),
    ("c16", "events", "en", M, "green bay fire: contract's with their attorney, we're into negotiation, kevin says signed by end of the month", store({"deals": [deal(GBF, stage="negotiation", close_date="2029-04-30")]}, alt=with_said({"deals": [deal(GBF, stage="negotiation", close_date="2029-04-30")]}, GBF, "Kevin O'Rourke"))),
    ("c17", "events", "zh", S, "丹阳视远贺丽说下周五签合同", store({"deals": [deal(DYS, close_date="2029-05-04")]}, alt=with_said({"deals": [deal(DYS, close_date="2029-05-04")]}, DYS, "贺丽"))),
    ("c18", "events", "zh", Z, "赤壁青砖黎总说五一前一定签", store({"deals": [deal(CBQ, close_date="2029-04-30")]}, alt=with_said({"deals": [deal(CBQ, close_date="2029-04-30")]}, CBQ, "黎明"))),
    ("c19", "events", "en", N, "Galway Bay Software – Eoin says they'll definitely sign before the bank holiday", store({"deals": [deal(GAL, close_date="2029-05-04")]}, alt=with_said({"deals": [deal(GAL, close_date="2029-05-04")]}, GAL, "Eoin Walsh"))),
    ("c20", "events_doubt", "zh", S, "丹阳视远贺丽说可能下周五签，还不确定", ask(True)),
    ("c21", "events_doubt", "en", M, "thunder bay might go with the other vendor, colleen hinted at it", ask(True)),
    # --- two customers, add-ons, counts that are not money ---
    ("d01", "two", "en", N, "Won Galway Bay 48k and Tralee Bay moved to negotiation", store({"deals": [deal(GAL, stage="won"), deal(TRA, stage="negotiation")]})),
    ("d02", "two", "en", M, "omaha stockyards signed, 52k, and twin ports went to negotiation", store({"deals": [deal(OMA, stage="won"), deal(TWP, stage="negotiation")]})),
    ("d03", "two", "zh", S, "诸暨华翔签了，如皋长寿进入谈判阶段", store({"deals": [deal(ZJH, stage="won"), deal(RGC, stage="negotiation")]})),
    ("d04", "addon", "en", N, "Dundalk Cold Stores wants the blast freezer monitoring on top, separate PO, €7,500", store({"deals": [deal(DUN, new=True, amount="7500", currency="EUR")]})),
    ("d05", "addon", "en", M, "rockford gear wants a spare-parts kit as its own order, $6,200", store({"deals": [deal(PHZ, new=True, amount="6200", currency="USD")]})),
    ("d06", "addon", "zh", S, "慈溪明珠另外要加一套检测设备，单独下单，两万八", store({"deals": [deal(CXM, new=True, amount="28000", currency="CNY")]})),
    ("d07", "counts", "zh", Z, "当阳玉泉雷总说他们一年灌装三千吨 合格率百分之九十五 要了十个样品", store(said(DYY, "雷鸣"))),
    ("d08", "counts", "zh", H, "葵涌恒發陳生話個倉有8層、1200個卡板位，要裝40部鏡頭", store(said(KCH, "陳國強"))),
    ("d09", "counts", "en", M, "fox river: gretchen says they run 3 machines at 98% uptime and want 40 spare rollers", store(said(FOX, "Gretchen Ahlers"))),
    ("d10", "counts", "en", N, "Ennis Dairy – Seán says 220 farmers supply them, 4 collection trucks, they need 12 tablets", store(said(ENN, "Seán Considine"))),
    ("d11", "counts", "zh", Z, "萍乡安源钟总说今年产量要翻一倍 到八千吨 要三台新窑", store(said(PAY, "钟国梁"))),
    # --- a question over all my deals ---
    ("e01", "question", "mx", H, "我嘅open deals邊啲係五月close", answer("葵涌|恒發")),
    ("e02", "question", "en", M, "which of my open deals close in june?", answer("Prairie Forge", "Des Moines|DMRTA", "Rockford", "Kalamazoo|KPP")),
    ("e03", "question", "zh", S, "我的单子哪些是六月底关单的", answer("海宁|恒泰", "平湖|晶光", "启东|海工")),
    ("e04", "question", "zh", Z, "我手上五月份要签的单有哪几个", answer("潜江|楚源", "萍乡|安源")),
    ("e05", "question", "en", N, "what have I got closing in May?", answer("Athlone Precision", "Gdańsk|Gdansk")),
]

# set 11's world (Tuesday 2029-01-09 16:40): other users, customers and clock
SAV, GLB, RKZ, IEL, SCH, LYT, LAL, JJT, SAI = (
    "Serangoon Aircon Services", "Glenbrae Distillery Ltd", "石家庄润康制药有限公司", "Inland Empire Logistics",
    "Schulze Verpackung GmbH", "Lyon Textiles Durables SAS", "Grupo Tequilero Los Altos SA de CV",
    "重庆锦疆调味品有限公司", "Saigon Harvest Trading JSC",
)
CSH, PCB, CWF, KFP, DSC, SHH, DJB, RCY, DSJ, TAY, GPO, KCJ, PPC = (
    "Cheltenham Spa Hotels Ltd", "Pacific Crest Brewing Co", "成都川味坊食品有限公司", "Kingfisher Print Works",
    "北京顶盛餐饮管理有限公司", "Seng Heng Hardware Pte Ltd", "北京鼎盛建设工程有限公司", "成都蓉成医药连锁有限公司",
    "北京鼎盛建设工程有限公司", "Tayside Joinery Ltd", "Golden Poppy Organics", "绵阳科创精密机械有限公司",
    "Pasir Panjang Cold Chain Pte Ltd",
)

ROWS_W11 = [
    ("a01", "misspelt", "en", P, "new customer Serangoon Air-con Service, 6k servicing contract", ask()),
    ("a02", "misspelt", "en", T, "add new client Glenbrae Distilleries, tasting room fit-out £20k", ask()),
    ("a03", "misspelt", "zh", W, "新客户 石家庄润康药业 要做ERP", ask()),
    ("a04", "misspelt", "en", D, "new lead - Inland Empire Logistic, wants 10 trucks tracked", ask()),
    ("a05", "misspelt_twin", "en", T, "Glenbrae Distillery — new deal, visitor centre kiosks £8k", store({"deals": [deal(GLB, new=True, amount="8000", currency="GBP")]}, True)),
    ("a06", "misspelt_new", "en", D, "new lead: Oxnard Berry Farms, 20k for cold room sensors", ask()),
    ("b01", "details", "en", T, "New contact at Schulze Verpackung: Anna Keller, Einkaufsleiterin, a.keller@schulze-verpackung.example.com, +49 40 555 0163", store({"contacts": [person(SCH, "Anna Keller", title="Einkaufsleiterin", email="a.keller@schulze-verpackung.example.com", phone="+49 40 555 0163")]})),
    ("b02", "details", "en", T, "Lyon Textiles – new contact: Claire Dubois, Responsable logistique, claire.dubois@lyontextiles.example.com, +33 4 72 55 01 88", store({"contacts": [person(LYT, "Claire Dubois", title="Responsable logistique", email="claire.dubois@lyontextiles.example.com", phone="+33 4 72 55 01 88")]})),
    ("b03", "details", "en", D, "new contact at los altos: Rodrigo Peña, Gerente de Compras, rodrigo.pena@losaltos.example.com, +52 33 5550 1234", store({"contacts": [person(LAL, "Rodrigo Peña", title="Gerente de Compras", email="rodrigo.pena@losaltos.example.com", phone="+52 33 5550 1234")]})),
    ("b04", "details", "zh", L, "锦疆调味品以后找采购部的李红 电话13508123456", store({"contacts": [person(JJT, "李红", title="采购", phone="13508123456")]})),
    ("b05", "details", "zh", W, "润康制药信息部经理换了 郝文静调走了 新的叫 孙立新 电话一三九一一二二三三四四", store({"contacts": [person(RKZ, "郝文静", left=True), person(RKZ, "孙立新", title="信息部经理", phone="13911223344")]})),
    ("b06", "details", "en", P, "new contact at Saigon Harvest: Tran Van Minh, logistics manager (Lan's backup), minh.tran@saigonharvest.example.com, +84 28 5555 0142", store({"contacts": [person(SAI, "Tran Van Minh", title="logistics manager", email="minh.tran@saigonharvest.example.com", phone="+84 28 5555 0142")]})),
    ("c01", "events", "en", T, "Cheltenham Spa Hotels picked the other bidder, Gemma rang this morning", store({"deals": [deal(CSH, stage="lost")]}, alt=with_said({"deals": [deal(CSH, stage="lost")]}, CSH, "Gemma Whitlock", ["call"]))),
    ("c02", "events", "en", D, "pacific crest brewing confirmed the order!! 18k", store({"deals": [deal(PCB, stage="won")]})),
    ("c03", "events", "zh", L, "川味坊落实了，签了合同，十一万五", store({"deals": [deal(CWF, stage="won", amount="115000", currency="CNY")]})),
    ("c04", "events", "en", T, "Kingfisher Print back on — Dev found budget, same £14k", store({"deals": [deal(KFP, status="open")]}, alt=with_said({"deals": [deal(KFP, status="open")]}, KFP, "Dev Malhotra"))),
    ("c05", "events", "mx", W, "顶盛餐饮的deal推到negotiation，张丽华说方案过了", store({"deals": [deal(DSC, stage="negotiation")]}, alt=with_said({"deals": [deal(DSC, stage="negotiation")]}, DSC, "张丽华"))),
    ("c06", "events", "en", P, "Seng Heng Hardware contract's with their lawyers, we're in negotiation, Lim says signing by end of next week", store({"deals": [deal(SHH, stage="negotiation", close_date="2029-01-19")]}, alt=with_said({"deals": [deal(SHH, stage="negotiation", close_date="2029-01-19")]}, SHH, "Lim Boon Keat"))),
    ("c07", "events", "zh", L, "蓉成医药的标书递了，九万五", store({"deals": [deal(RCY, stage="proposal", amount="95000", currency="CNY")]}, alt=[{"deals": [deal(RCY, stage="proposal")]}])),
    ("c08", "events", "zh", W, "鼎盛建设张总说下周三签合同", store({"deals": [deal(DJB, close_date="2029-01-17")]}, alt=with_said({"deals": [deal(DJB, close_date="2029-01-17")]}, DJB, "张国栋"))),
    ("d01", "two", "en", T, "Won Glenbrae 38k and Tayside Joinery moved to negotiation", store({"deals": [deal(GLB, stage="won"), deal(TAY, stage="negotiation")]})),
    ("d02", "addon", "en", D, "golden poppy wants the irrigation sensors on top, separate PO, $4,800", store({"deals": [deal(GPO, new=True, amount="4800", currency="USD")]})),
    ("d03", "counts", "zh", L, "科创精密王俊说他们一年加工两万件 良率百分之九十七 要了三十个样件", store(said(KCJ, "王俊"))),
    ("d04", "counts", "en", P, "PPCC - Harjit says 6 chambers, 2400 pallet spots, 18 sensors to replace", store(said(PPC, "Harjit Singh"))),
    ("e01", "question", "en", T, "which of my deals close in March?", answer("Blackwater Rail", "Thameside")),
    ("e02", "question", "zh", L, "我的单子哪些三月份关单", answer("科创", "黔云")),
    ("e03", "question", "en", D, "my open deals closing end of feb?", answer("Los Altos|Tequilero")),
]


def messages(rows: list, prefix: str) -> list[dict]:
    return [
        {"id": f"{prefix}-{i}", "class": family, "lang": lang, "user": user, "text": text, "expect": expect}
        for i, family, lang, user, text, expect in rows
    ]


if __name__ == "__main__":
    here = Path(__file__).parent
    for rows, name, prefix in ((ROWS, "records_s28.json", "s28-records"), (ROWS_W11, "records_s28_w11.json", "s28-records-w11")):
        out = here / name
        out.write_text(
            json.dumps({"split": "own", "messages": messages(rows, prefix)}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
        print(f"{len(rows)} messages → {out}")
