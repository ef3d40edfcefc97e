"""Words for stages and interaction kinds, in English and Chinese."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from handlers.parsing.hanzi import simplified

# Default synonyms per stage name; stages configured under other names match by their own name.
STAGE_SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "lead": ("lead", "new lead", "线索", "潜在"),
    "qualified": (
        "qualified",
        "qualification",
        "qualify",
        # 合格 of a lead or said as the stage; 合格率, 测试合格 are a pass rate, a test passed
        *("合格线索", "合格客户", "合格商机", "合格阶段", "改成合格", "改为合格", "推到合格", "进入合格"),
        "已确认需求",
        "需求确认",
        "确认了需求",
        "确认需求",
        "budget confirmed",
        "confirmed budget",
        "confirmed the budget",
        "budget is confirmed",
        "确认了预算",
        "预算确认",
        "预算已确认",
    ),
    # a quotation or a tender is the offer made ("tender submitted", "投了标", "标书交了", "入咗標" folded)
    "proposal": (
        *("proposal", "quote", "quoted", "quotation", "offer", "tender", "proposta", "oferta", "ofertę"),
        *("cotización", "cotizacion"),  # Mexican Spanish: "le mandé la cotización"
        "angebot",  # German: "now sent the Angebot over EUR 78.500,00"
        *("报价", "方案", "提案", "投标", "投了标", "标书", "入了标"),
    ),
    # bargaining over the price is the negotiation (讲价, 砍价, 谈价; Cantonese 傾價, and 緊 of an action
    # going on put between the verb and its object: 講緊價, 傾緊價)
    "negotiation": (
        *("negotiation", "negotiations", "negotiating", "negotiate", "nego", "谈判", "商务谈判", "议价"),
        *("negociación", "negociacion", "verhandlung"),  # Spanish, German: "ya entramos a negociación"
        *("讲价", "砍价", "谈价", "倾价", "讲紧价", "倾紧价", "砍紧价", "谈紧价"),
        *("haggling", "haggle", "haggled", "bargaining"),  # "they're haggling over the milestones"
    ),
    "won": ("won", "win", "closed won", "signed", "赢单", "成交", "签约", "签单", "拿下"),
    "lost": ("lost", "lose", "closed lost", "丢单", "输单", "失败", "丢了"),
}

ACTIVITY_WORDS: Mapping[str, tuple[str, ...]] = {
    "complaint": (
        "complain",
        "complained",
        "complaint",
        "complaining",
        "complains",
        "angry",
        "unhappy",
        "not happy",
        "upset",
        "frustrated",
        "furious",
        "escalated",
        "投诉",
        "抱怨",
        "不满",
        "生气",
        "很不爽",
    ),
    "visit": (
        "visit",
        "visited",
        "visiting",
        "on site",
        "onsite",
        "dropped by",
        "stopped by",
        "swung by",
        "drop by",
        "dropped in",
        "popped in",
        "popped into",
        "popped by",
        "drove out to",
        "just out of",  # "just out of sheffield forge, gareth chuffed": was there
        "just came out of",
        "comot from",  # Nigerian Pidgin "just comot from Ikeja Pharma": just left, was there
        "was at",  # "Was at Den Bosch Bouwmaterialen this am": there (not "price was at": kinds._NOT_KIND)
        "visita a",  # Spanish: "visita a minera zacatecas", "ayer visita en Aceros del Norte"
        "visita en",
        "visita con",
        "besuch bei",  # German: "gestern Besuch bei Gipfel"
        "vor ort",  # German: "vor Ort at Passau Donau Logistik today" (on site)
        "pasé a",  # Spanish: "pasé a Cumbre" (I dropped by), "pasé a Vidrios Tlaquepaque a saludar"
        "pase a",
        "byłem",  # Polish "I was", said in English: "byłem today at Polska Stal"
        "fui lá",  # Portuguese "I went there": "fui lá na Joinville Plasticos today"
        "fui la",
        "fui até",
        "visitei",
        "bylem",
        "byłam",
        "were at",
        "was today at",  # Polish English: "was today at Gdansk Stocznia by Tomasz" (at his place)
        "was today in",
        "been at",
        "spent the morning at",
        "spent the afternoon at",
        "spent the day at",
        "on their farm",
        "at their farm",
        "on their site",
        "at their plant",
        "the whole morning at",
        "the whole afternoon at",
        "the whole day at",
        "just left",  # "ope just left midwest cold storage": was there ("deb just left X": kinds._NOT_KIND)
        "called in to",  # "called in to Declan at O'Brien Hardware": dropped in (Irish and British English)
        "called into",
        "called in at",
        "called round to",
        "called over to",
        "went out to",
        "drove to",  # "then drove to embu maize": went there
        "drove up to",
        "drove down to",
        "drove over to",
        "toured",
        "plant floor",
        "shop floor",
        "factory floor",
        "production floor",
        "walked the",  # "walked the greenhouses w him": on site
        "walked around",
        "walked me round",  # "Osagie walked me round the whole estate": shown round on site
        "walked me around",
        "showed me round",
        "showed me around",
        "waka me round",  # Nigerian Pidgin
        "参观",
        "带我看",
        "去了",
        "去店里",  # "喊我去店里耍": went round to their shop ("耍", Sichuan: to hang out)
        "去他店里",
        "去他们店里",
        "去厂里",
        "去他厂里",
        "去他们厂里",
        "去他们公司",
        "去他公司",
        "刚从",
        "跑了一趟",
        "跑了",  # "今天跑了信義牙醫跟信誼牙醫": went round to them (not "单子跑了": kinds._NOT_KIND)
        "拜访",
        "上门",
        "到访",
        "走访",
        "现场看了",  # "德重装现场看了，车间300个工人": saw their site, so was there
        "看完site",  # mixed, Cantonese too ("睇完site，…"): looked round their site
        "睇完site",
        "看完现场",
        "睇完现场",
        "现场看过",
        "看了现场",
        "看过现场",
        "现场走了一圈",
    ),
    "meeting": (
        "meet",
        "met",
        "meeting",
        "fika",  # Swedish coffee break taken together: "fika with Elin at Malmö Bageri"
        "mtg",
        "mtng",
        "开了个会",
        "开了会",
        "开完会",
        "开完了会",
        "开过会",
        "碰了个头",
        "碰头",
        "见了面",
        "聊了聊",
        "聊了一下",  # a talk with them, how not said: a meeting, like 聊了聊
        "聊了下",
        "聊了几句",
        "拉通了一下",  # Shenzhen trade speech: talked it through with them ("跟曾美华拉通了一下")
        "拉通了下",
        "唠了",  # north-east Mandarin: talked ("跟大连海洋刘姐唠了"), a talk with them, how not said
        "唠了唠",
        "唠了一下",
        "唠了会",
        "had a yarn",  # New Zealand: a chat ("had a yarn with Manaia at Kaikoura")
        "chatted",  # a talk with them, how not said, as 聊了聊 ("chatted w Ewan at peterborough canoe")
        "had a chat",
        "mamak",  # Malaysian: a talk over teh at the mamak stall ("mamak w awang jaafar from borneo palm")
        "junta con",  # Mexican Spanish: a meeting with ("junta con Rosa Elena en Plásticos")
        "comida con",  # Spanish: lunch with ("comida con José Manuel de Grupo Tapatío")
        "vi a",  # Spanish: "hoy vi a Irma Holguín en Lácteos" (I saw), "me reuní con" (I met with)
        "me reuní con",
        "me reuni con",
        "desayuno con",
        "cena con",
        "termin",  # German: an appointment ("Termin at Passau Donau went ok"; one to come has its day)
        "mittagessen",  # German: lunch ("Mittagessen with Sepp Lindner")
        "spotkanie z",  # Polish: a meeting with ("wczoraj spotkanie z Sabine")
        "spotkałem się",
        "spotkałam się",
        "面谈了",
        "catch-up",
        "catch up",
        "caught up",
        "in person",
        "ran into",
        "bumped into",
        "face to face",
        "f2f",
        "当面",  # face to face: "当面聊的", "是去平湖当面见的"
        "亲身",  # Cantonese, in person: "係親身去觀塘見佢"
        "walked me through",
        "walked us through",
        "demo",
        "demoed",
        "presentation",
        "presented",
        "workshop",
        "lunch",
        "almoço",
        "almocei",
        "jantar",
        "reunião",
        "came by the office",
        "came by office",  # "Dingtai Electronics 謝宗翰 came by office today，要再下一單 …"
        "came to office",
        "came by our office",
        "came to our office",
        "came to the office",
        "came to see us",
        "visited us",
        "visited our office",
        "dinner",
        "breakfast",
        "coffee",
        "smoko",  # NZ and Australian tea break: "smoko w Jess from the co-op"
        "tims",  # Canadian: a Tim Hortons coffee together ("tims w Desmond from Oshawa Fleet this am")
        "tim's",
        "timmies",
        "tim hortons",
        "karak",  # Gulf: karak chai together ("karak chai with Hazem near their yard")
        "teh tarik",  # Malaysian: pulled tea together ("teh tarik with Encik Azman")
        "kopi",  # Singapore and Malaysia: a coffee together ("Kopi w Charmaine (orchard lumiere) this am")
        "afternoon tea",  # British: "afternoon tea w Clementine from May Fair"
        "high tea",
        "morning tea",  # Australian
        "cuppa",
        "yum cha",
        "来公司",
        "来咱公司",  # "周部长来咱公司了": they came to us
        "来我们公司",
        "来我司",
        "来咱们公司",
        "drinks",
        "zoom",
        "on teams",  # "Byron at Markham Cloud on Teams: legal's reviewing the MSA"
        "teams with",  # a Microsoft Teams call: "teams w/ Megan re renewal", "teams demo with gabriel"
        "teams w/",
        "teams w",  # thumbs leave the slash out: "teams w Gabriel Hoffmann floripa sw"
        "teams meeting",
        "teams mtg",
        "teams demo",
        "video call",
        "线上会",
        "视频会",
        "视频会议",
        "视频了",
        "视频通话",
        "视讯",  # Taiwan: 視訊 (a video call), 視訊會議
        "视像",  # Hong Kong: 視像 (a video call): "開咗個視像", "視像會議"
        "视频聊",
        "腾讯会议",
        "早餐",
        "午餐",
        "晚餐",
        "开会",
        "会议",
        "见面",
        "面谈",
        "演示",
        "见了",
        "来访",
        "吃饭",
        "吃了饭",
        "吃了个饭",
        "吃了顿饭",
        "喝了茶",
        "喝了咖啡",
        "饭局",
        "请吃",  # "胡老板请吃热干面": treated us to a meal, so we met
        "请我吃",
        "请我们吃",
        "一起吃",
        "喝茶",
        "喝咖啡",
        "喝了杯茶",  # "找冉总喝了杯茶": tea together, so we met
        "喝杯茶",
        "喝了杯咖啡",
        "喝杯咖啡",
        "饮茶",  # Cantonese yum cha (飲茶), "同陳生飲咗茶"
        "饮了茶",
        "拜会",
    ),
    "call": (
        "call",
        "calls with",  # "calls with Ennis Dairy and Wicklow Mountain Water this morning"
        "quick call",
        "vm",
        "left a vm",
        "left vm",
        "left a voicemail",
        "left voicemail",
        "语音",
        "通了电话",
        "电话沟通",
        "teams call",
        "con-call",
        "concall",
        "facetime",  # "facetime with Darren at Sydney Harbour Ferry": a video call
        "telecon",  # Indian English: a phone call ("telecon with Rohit")
        "tele-con",
        "called",
        "calling",
        "phoned",
        "phone call",
        "phone with",  # "Phone with Katou-sama (Sapporo Bio Farm)": a call, said short
        "rang",
        "no answer",
        "voicemail",
        "spoke to",
        "spoke with",
        "spoke w",
        "talked w",
        "by phone",
        "on the phone",
        "on phone",  # "told me on phone": said without its article
        "off the phone",
        "over the phone",
        "over phone",
        "talked to",
        "talked with",
        "falei com",  # Portuguese "I talked with", said in English: "falei com o João Pedro da SP Embalagens"
        "falei c",
        "liguei",  # Portuguese "I called": "liguei pro Tiago"
        "liguei pro",
        "liguei pra",
        "liguei para",
        "ligou",  # Portuguese "(he, she) called": "Eduardo from Porto Alegre ligou"
        "me ligou",
        "ligaram",
        "hablé con",  # Spanish: "hablé con Irma de Lácteos" (I talked with)
        "hable con",
        "le hablé",
        "llamé a",  # Spanish: "llamé a Verónica de Textiles Puebla" (I called)
        "le llamé",
        "llamada con",  # Spanish: a call with ("llamada con Veronica de Hilados Poblanos")
        "telefoniert mit",  # German: "telefoniert mit Sandra" (talked on the phone with)
        "zadzwonił",  # Polish "(he, she) called", "I called"
        "zadzwoniła",
        "zadzwoniłem",
        "rozmowa z",  # Polish "a conversation with", "I talked with": a call, as "talked with" is
        "rozmawiałem z",
        "rozmawiałam z",
        "rozmawialem z",
        "gadałem z",
        "gadałam z",
        "gadalem z",
        "alinipigia",  # Swahili "(he, she) called me", "I called (him, her)"
        "nilimpigia",
        "talked",
        "spoke",
        "电话会议",
        "打电话",
        "打了电话",
        "打给",  # 打給聯興謝經理
        "打来问",
        "打来说",
        "打过来",
        "打过去倾",
        "打过去问",
        "打过去聊",
        "打过去谈",
        "打过去说",
        "来电",
        "回电",
        "电话",
        "致电",
        "通话",
    ),
    "email": (
        "email",
        "emails",
        "emailed",
        "her sig",  # "got a reply from nordlicht … her sig: Katrin Vogel | Head of IT": only a mail is signed
        "his sig",
        "fwd from",  # a mail forwarded to the user: "fwd from Aaron Ng: \"…\" pls log"
        "fw from",
        "forwarded from",
        "e-mail",
        "mailed",
        "mandé correo",  # Spanish: "mandé correo a Daniela", "le escribí" (I e-mailed, wrote to her)
        "mandé un correo",
        "me mandó correo",  # Spanish: "jose luis … me mandó correo pidiendo la ficha" (mailed me)
        "me mando correo",
        "le escribí",
        "a mail from",  # "got a mail from Ronan": an email (Irish, Indian, European English)
        "mail from",
        "sent pricing",
        "邮件",
        "发邮件",
        "邮箱",
        "来信",
        "回信",
        "来邮件",  # 來信: wrote to us
    ),
    "message": (
        "texted",
        "txted",
        "txtd",  # "nikau txtd, theyre good to go"
        "txt'd",
        "txt’d",
        "txt from",  # "txt from Rodel, ok na daw yung rates": a text came in
        "txt fr",
        "viber",  # Philippine messaging ("viber from Jun")
        "zap",  # Brazilian WhatsApp ("zap with dona Francisca", "mandei um zap")
        "zapzap",
        "whats con",  # Mexican Spanish: a WhatsApp with ("whats con Sergio Elizondo")
        "a text",
        "text message",
        "text msg",
        "msg",
        "msgs",
        "messaged",
        "whatsapped",
        "whatsapp'd",
        "whatsapp’d",
        "linkedin",
        "inmail",
        "imessage",
        "imessaged",
        "telegram",
        "钉钉",
        "企业微信",
        "企微",
        "飞书",
        "qq",
        "pinged",
        "slack",
        "slacked",
        "whatsapp",
        "wechat",
        "sms",
        "dm",
        "微信",
        "短信",
        "留言",
        # Taiwan: LINE is the messenger, 傳訊息 (folded to 传消息) is sending one
        "转发",  # a forwarded message: "【转发】冯慧珊：麦小姐，合同我哋法务睇完喇…"
        "传消息",
        "传了消息",
        "发消息",
        "发了消息",
        "回消息",
        "私讯",
        "传line",
        "用line",
        "line说",
        "line讲",
        "line上",
        "line了",
        "line跟",  # "LINE跟高港的蔡經理聊了一下": a talk on LINE
        "line 说",
        "line 讲",
        "line给",
        "line问",
        "line回",  # "林協理LINE回我了": answered on LINE
        "line 回",
    ),
}

# Names of the kinds themselves, for searching ("complaints this month", "华为的投诉"); unlike
# ACTIVITY_WORDS these are not hints that a text describes such an interaction.
KIND_NAMES: Mapping[str, tuple[str, ...]] = {
    "complaint": ("complaint", "complaints", "投诉", "抱怨"),
    "call": ("call", "calls", "phone call", "phone calls", "电话", "通话"),
    "visit": ("visit", "visits", "拜访", "上门"),
    "meeting": ("meeting", "meetings", "demo", "demos", "会议", "见面", "演示"),
    "email": ("email", "emails", "e-mail", "mail", "邮件"),
    "message": ("message", "messages", "chat", "消息", "微信"),
    "note": ("note", "notes", "备注", "笔记"),
}


@cache
def _merged(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> Mapping[str, tuple[str, ...]]:
    merged = dict(STAGE_SYNONYMS)
    for stage, words in extra:
        merged[stage] = (*merged.get(stage, ()), *words)
    return merged


def stage_synonyms(configured: Mapping[str, Iterable[str]]) -> Mapping[str, tuple[str, ...]]:
    """The default stage words plus the organisation's own (setting STAGE_SYNONYMS)."""
    return _merged(tuple(sorted((stage, tuple(words)) for stage, words in configured.items())))


def word_pattern(word: str) -> str:
    """A word as a pattern; Latin words must not touch other letters (Chinese ones may)."""
    escaped = re.escape(word).replace(r"\ ", r"\s+")
    return escaped if not word.isascii() else rf"(?<![A-Za-z]){escaped}(?![A-Za-z])"


def find_stages(
    text: str, stage_names: Iterable[str], synonyms: Mapping[str, Iterable[str]] = STAGE_SYNONYMS
) -> list[tuple[str, int, int]]:
    """Every configured stage named in `text`, in order: (stage, start, end); of overlapping words the
    longest ("closed won" over "won"). Traditional characters read as simplified ones (簽約 is 签约)."""
    lower = simplified(text).lower()
    hits: list[tuple[str, int, int]] = []
    for stage in stage_names:
        for word in (stage, stage.replace("_", " "), *synonyms.get(stage, ())):
            hits += [(stage, m.start(), m.end()) for m in re.finditer(word_pattern(word.lower()), lower)]
    kept: list[tuple[str, int, int]] = []
    for hit in sorted(hits, key=lambda h: (h[1], -(h[2] - h[1]))):
        if not kept or hit[1] >= kept[-1][2]:
            kept.append(hit)
    return kept


def find_stage(
    text: str, stage_names: Iterable[str], synonyms: Mapping[str, Iterable[str]] = STAGE_SYNONYMS
) -> tuple[str, int, int] | None:
    """The first configured stage named in `text`: (stage, start, end)."""
    hits = find_stages(text, stage_names, synonyms)
    return hits[0] if hits else None


def detect_kind(text: str, default: str = "note") -> str:
    """The interaction kind the words describe (拜訪 as 拜访); complaints win over everything else."""
    lower = simplified(text).lower()
    for kind, words in ACTIVITY_WORDS.items():
        if any(re.search(word_pattern(word), lower) for word in words):
            return kind
    return default
