"""How a message was decided: a coarse path of features, for measuring which decisions are right.

Every plan gets a path: how its customer was linked, which operations it holds, where the interaction
kind came from, each date's role and the form of its words, the amount, stage and outcome, people and the
gate's verdict. Each feature keeps a handful of values, so that how often a value is right, measured on
labelled sets (`benchmarks/understanding/paths.py`), carries over to messages nobody has seen; the
calibrated store-or-ask table (`calibration.py`) is keyed by these values.

Routes that store nothing (a question, small talk, a correction, a question back) are noted too, so a
benchmark can tell them apart. Paths are emitted on the `salesbot.decision_path` logger at DEBUG
(`record`); nothing listens unless a benchmark does.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from handlers.parsing.amounts import counts_things, size_said
from handlers.parsing.dates import When
from handlers.parsing.hanzi import simplified
from handlers.parsing.vocabulary import KIND_NAMES
from handlers.understanding import lexicon as lx
from handlers.understanding.customer_link import Found
from handlers.understanding.deal_amounts import THRESHOLD
from handlers.understanding.doubted import hedged
from handlers.understanding.price_held import HOLDING, MOVING, OURS_AT, RIVAL_PRICE
from handlers.understanding.reading import CJK, Reading
from handlers.understanding.tap import tapped

Path = dict[str, str | tuple[str, ...]]  # feature → value (a tuple: one value per date, per operation…)

LOG = logging.getLogger("salesbot.decision_path")

# The form of a date's words (coarse on purpose: which family of rule read it).
_WEEKDAY = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|周[一二三四五六日天末]|星期|礼拜|週", re.IGNORECASE
)
_DAY_NUMBER = re.compile(
    r"\d{1,4}\s*[/.\-]\s*\d{1,2}|\d+\s*[号日月]|[一二三四五六七八九十]+[号日月]"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d+(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"\b(?:week|month|quarter|year|q[1-4]|eo[mqwy]|end of|mid|early|late)\b|[季月年][底初中末]|季度|"
    r"下[周週个]|本[周週月]|这[周週个]|上[周週个]|[上下]半",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?:today|tonight|tonite|2nite|tomorrow|tmrw?|tmw|yesterday|yday|now|later|soon|in\s+\d+|"
    r"this (?:morning|afternoon|evening)|next|last|ago)\b|[今明后昨前]天|[今明昨]早|今晚|明晚|昨晚|刚才|刚刚|"
    r"[一两二三四五六七八九十\d]+(?:天|小时|周)[后前]",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d|[点點]|noon|midnight", re.I)


def date_form(words: str, when: When) -> str:
    """Which family of words said the date: weekday, day number, period, relative word, clock time only."""
    if _WEEKDAY.search(words):
        return "weekday"
    if _DAY_NUMBER.search(words):
        return "day_number"
    if _PERIOD.search(words):
        return "period"
    if _RELATIVE.search(words):
        return "relative"
    if when.has_time or _CLOCK.search(words):
        return "clock"
    return "other"


def _same(when: When, other: datetime | None) -> bool:
    return other is not None and when.at.date() == other.date()


def date_role(reading: Reading, when: When) -> str:
    """The slot a date fills: when it happened, a reminder's due, the close date, another party's plan."""
    if reading.occurred is not None and when.at == reading.occurred.at:
        return "occurred"
    if any(step.due is not None and _same(when, step.due) for step in reading.steps):
        return "due"
    if reading.close is not None and when.at.date() == reading.close:
        return "close"
    if any(when.at.date() == t.at.date() for t in reading.theirs):
        return "theirs"
    return "loose"


def _dates(reading: Reading) -> tuple[str, ...]:
    out = []
    for at, when in reading.dates:
        if at < 0 or not when.spans:
            continue  # said in an earlier part of the message
        shift = at - when.spans[0][0]
        words = " ".join(reading.text[a + shift : b + shift] for a, b in when.spans)
        out.append(f"{date_role(reading, when)}/{date_form(words, when)}")
    return tuple(sorted(set(out)))


_NOTE = re.compile(  # "note: …", "记一下：…": a note asked for in words
    r"\b(?:notes?)\b|" + "|".join(w for w in KIND_NAMES["note"] if not w.isascii()) + "|记一下|记下|记录",
    re.IGNORECASE,
)


# What a named person said, wanted or complained of, said right after their name: "siti wants …",
# "Hamish moaning", "冯建军说…", "田总说…", "Birte sagt …", "陳生話…". The message is their news; it says no
# channel, so no kind word was missed.
_REPORTED = (
    r"(?:'s)?\s*(?:(?:just|also|now|then|still)\s+)?(?:says|said|mentioned|mentions|reckons|thinks|told|tells|"
    # said without the verb's -s, as Singapore and Malaysia English often does: "bryan want", "mei fong say"
    r"say|want|need|reckon|mention|"
    r"wants|wanted|needs|needed|is\s+asking|was\s+asking|asking|asked|moaning|moaned|complaining|complained|"
    r"explained|explains|confirmed|confirms|expects|hopes|hinted|admitted|is\s+keen|was\s+keen|keen|"
    # told us what was not yet said, or what they mean to do: "let it slip", "plans to open 3 more outlets"
    r"let(?:s)?\s+(?:it\s+)?slip|plans?\s+to|planning\s+to|is\s+planning|intends?\s+to|"
    # the score they gave us: "rated the pilot 8/10", "gave the trial run an 8/10"
    r"rated|scored|gave\s+(?:[\w'’-]+\s+){0,3}an?\s+\d|"
    r"noticed|noted|likes|loves|enjoys|prefers|prefer|finds|feels|sagt|sagte|meint|meinte|erzählt|erzählte|findet|"
    # the matter is theirs to handle: "Pam's handling it", "Luke's on it", "she's looking into it"
    r"(?:is\s+)?(?:handling|on|looking\s+into|dealing\s+with|sorting(?:\s+out)?|taking\s+care\s+of|fixing)"
    r"\s+(?:it|this|that|the\s+\w+)(?:\s+out)?(?=\s*(?:[,.;!]|[-–—]|$))|"
    # a record of theirs raised: "Luke opened work order WO-88213", "Miles logged a ticket"
    r"(?:opened|raised|filed|logged|submitted|flagged)\s+(?:an?\s+|the\s+|another\s+)?"
    r"(?:(?:work|service|purchase|change)\s+)?(?:tickets?|orders?|requests?|cases?|issues?|bugs?|claims?|RMAs?)|"
    # how they took it ("jess stoked", "孟总满意"): their news too
    r"(?:is\s+|was\s+|very\s+|really\s+|super\s+)*(?:stoked|happy|pleased|satisfied|delighted|thrilled|chuffed|"
    r"impressed|zufrieden))\b"
    # how and to whom it was told may stand between the name and the word ("郭董私下跟我说", "偷偷告诉
    # 我"), and what they mean to do is their news too ("想先开两间新店", "打算先在5家上线", "准备明年换行车")
    r"|(?:又|也|还|刚|就|很|非常|挺|蛮|特别|都|偷偷|私下|私底下|悄悄|跟我|和我|对我|同我|向我){0,3}"
    r"(?:说|讲|话|表示|提到|反映|透露|抱怨|吐槽|希望|想要|要求|觉得|认为|反馈|告诉|"
    r"确认|满意|高兴|开心|只接受|偏好|更喜欢|比较喜欢|想|打算|准备|计划"
    # what they like, and what is theirs to handle ("欧阳倩喜欢…", "爱喝…", "在跟进", "负责")
    r"|喜欢|爱(?:喝|吃|玩|打|看|听|去)|在(?:跟进|处理|跟|弄|管)|负责)"
)
# A word of saying before the name, the news told first: "headcount going up to 220, says steve",
# "according to Birte".
_SAYS_BEFORE = r"(?<![A-Za-z])(?:says|said|reckons|according\s+to)"
_MONEY_BEFORE = re.compile(r"[$€£¥]\s*$|\b(?:rm|sgd|usd|eur|gbp|rmb|aud|cad|chf|hkd)\s*$", re.IGNORECASE)
# "柯总：一天出货800箱": what follows a Chinese name and a colon is theirs (an English "Baumgartner:" is
# mostly the customer's name heading the message).
_REPORTED_CJK = rf"{_REPORTED}|\s*[:：](?!\s*\d)"
# Between a person's name and their word of saying, where they work: "jean-luc at northern pine says".
_AT_THEIRS = r"(?:\s+(?:at|from|@|of)\s+[^,.;:!?，。；：\n]{1,40}?)?"

# A record named by its number ("order #7781", "ticket INC-30217", "工单号 MT-20280121-07") said done
# (delivered, closed, 已处理): the fulfilment of one order or ticket, not the deal's order or money.
_IDENT = r"(?:(?:#|＃|\bno\.|\bnr\.|号)\s*[:：]?\s*)?(?:[A-Za-z]{1,5}-?)?\d[\w-]*"
_RECORD_DONE = re.compile(
    rf"(?<![A-Za-z])(?:orders?|tickets?|invoices?|cases?|shipments?|工单|订单|单号|发票|货)\s*{_IDENT}\s*"
    r"(?:(?:was|is|has\s+been|got|just|all)\s+)*(?:delivered|shipped|arrived|installed|dispatched|closed|resolved|"
    r"fixed|done|sorted|已?(?:发货|到货|送达|签收|处理|解决|完成|关闭|交付|发出))",
    re.IGNORECASE,
)
# A number that names a record, not a figure: "#4471", "no. 5521", "INC-30217", "MT-20280121-07".
_LABEL_CODE = re.compile(
    r"(?:#|＃|\bno\.\s?|\bnr\.\s?|\b(?:work|service|change)\s+order\s+|编号|单号|工单号?|订单号?)\s*[:：]?\s*"
    r"[A-Za-z]*-?\d[\w-]*"
    r"|(?<![\w#])[A-Za-z]{1,5}-\d+(?:-[\dA-Za-z]+)*(?![\w])"
    r"|(?<![\w#])[A-Z]{1,5}\d{3,}(?:-[\dA-Za-z]+)*(?![\w])",  # "WO88213-2", "TS20270304-118": a code
    re.IGNORECASE,
)
# A score out of 5, 10 or 100 ("we came out 7/10 on their scoring", "4.5/5"): how they rated us, no figure.
_SCORE = re.compile(r"(?<![\d/.])\d{1,3}(?:\.\d)?\s*/\s*(?:5|10|100)(?![\d/])")


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    out = list(text)
    for a, b in spans:
        out[a:b] = " " * (b - a)
    return "".join(out)


def _news_of_theirs(text: str) -> str:
    """`text` without what is not about the deal: a rival's price beside our holding ours (and that holding),
    a record named by its number said done, and numbers that name records."""
    spans = [m.span() for m in _RECORD_DONE.finditer(text)]
    spans += [m.span() for m in _LABEL_CODE.finditer(text)]
    spans += [m.span() for m in _SCORE.finditer(text)]
    spans += [m.span() for m in THRESHOLD.finditer(text)]  # "signs off on anything over ¥5M": their rule
    # their standing rule or liking to the end of its clause ("prefer morning appointments only, no calls
    # after 2pm", "下午三点以后别打电话"): how to reach them, not the deal's scope or a figure
    spans += [(m.start(), _clause_end(text, m.end())) for m in lx.THEIR_RULE.finditer(text)]
    if RIVAL_PRICE.search(text):
        if HOLDING.search(text):
            spans += [m.span() for p in (RIVAL_PRICE, HOLDING, OURS_AT) for m in p.finditer(text)]
        elif not MOVING.search(text):  # "a competitor quoted them 48k, we're still in it", "竞品报了32万"
            spans += [m.span() for m in RIVAL_PRICE.finditer(text)]
    return _blanked(text, spans)


_CLAUSE_END = re.compile(r"[,.;!?，。；！？\n]|$")


def _clause_end(text: str, at: int) -> int:
    end = _CLAUSE_END.search(text, at)
    return end.start() if end else len(text)  # ($ always matches)


# What they said touches the deal: its money, order, contract, signing or outcome, or a yes that may be a
# win ("hannah wants to change the price", "邓佳说的，钱没说", "Zeynep says they may pull out", "X話OK"), or
# the deal's scope ("wants the pilot only, not all of them", "只做一期": a part of the deal, asked). The
# note card still asks about those; a budget, a project or a wish about the product is their news.
_DEAL_SAID = re.compile(
    r"(?<![A-Za-z])(?:price[sd]?|pricing|amount|value|quote[sd]?|quotation|costs?|discount\w*|figures?|numbers?|"
    r"rates?|fees?|offer|proposal|contracts?|deals?|sign\w*|po|orders?|ordered|renew\w*|cancel\w*|vendors?|"
    r"suppliers?|competitors?|pull(?:s|ed|ing)?\s+out|walk(?:s|ed|ing)?\s+away|drop(?:s|ped|ping)?|lost|lose|"
    r"losing|won|win|yes|ok|okay|go[\s-]?ahead|green\s+light|decid\w*|decision|angebot|preis|vertrag|auftrag|"
    r"absage|abgesagt|zusage|zugesagt|pilot|rollout|scope|phases?|only|fine|no\s+problem|go\s+for\s+it|dead|no\s+budget)(?![A-Za-z])"
    r"|金额|报价|价|钱|银码|合同|签|单子|下单|订单|加单|这单|那单|折|别家|别人家|第二间|第二家|另一家|其他家|竞争|对手|"
    r"取消|不做|唔做|赢|输|丢|贵|便宜|可以|同意|答应|点头|没问题|冇问题|搞掂|决定|定了|没定|未定|确定"
    r"|试点|试用|一期|二期|只做|只要|先做"
    # a yes said only as likely, a change by some amount not said, a deal said gone in other words
    # ("应该没得问题", "还要再加一点，加多少他没说", "要加一条线", "X掉了", "no budget this yr. dead"; session
    # 30's end look)
    r"|应该|问题不大|没得问题|没啥问题|加一|加个|加条|减一点|少一点|多一点|再加|多少|掉了|掉单",
    re.IGNORECASE,
)


_NUMBER = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"(?:19|20)\d\d")  # "in their 2029 budget", "2029年的预算": a year, no figure
_NUMBER_WORDS = re.compile(
    r"(?<![A-Za-z])(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand|million)"
    r"|[一二三四五六七八九十两几][十百千万亿]|[十百千万亿][一二三四五六七八九]",
    re.IGNORECASE,
)


def _glued_end(text: str, m: re.Match[str]) -> int:
    """Where a number ends, a multiplier glued to it included ("45k", "15-18万": not a year)."""
    glued = re.match(r"[kKmM万亿千百]", text[m.end() : m.end() + 1])
    return m.end() + (1 if glued else 0)


_HONORIFICS = ("dr", "mrs", "mr", "ms", "miss", "auntie", "uncle")


def reported_note(reading: Reading, contacts: tuple[str, ...]) -> bool:
    """A note whose news is what a known contact said ("Marta said they need the labels in Polish too",
    "陳生話想要綠色嘅包裝", "冯建军说他们有80台车"): the person is named right before a word of saying or
    wanting and no kind word was read. What they said is their news, stored at once, when a number in it
    counts things with its unit, or when it says nothing of the deal's money, order, contract or outcome
    and no doubting word (`doubted.hedged`): "hannah wants to change the price", "Zeynep says they may
    pull out" still go to the card. What is not about the deal is left out of that look first
    (`_news_of_theirs`): a rival's price beside our holding ours, an order or ticket named by its number
    and said done, numbers that name records. The name may be followed by where they work ("jean-luc at
    northern pine says"), by how they took it ("jess stoked", "孟总满意"), or, a Chinese name, by a colon."""
    if reading.kind != "note" or reading.kind_span is not None:
        return False
    text = reading.text  # (traditional characters folded, like the names below)
    news = _news_of_theirs(text)
    numbers = [m for m in _NUMBER.finditer(news) if not _YEAR.fullmatch(news, m.start(), _glued_end(news, m))]
    counted = any(counts_things(news[m.end() :]) or _sized(news, m) for m in numbers)
    if not counted and (
        numbers  # a bare figure ("Brendan mentioned 40", "蔡經理話budget wise 15-18萬") may be the deal's
        or _NUMBER_WORDS.search(news)  # "Brendan mentioned forty-odd"
        or _DEAL_SAID.search(news)
        or hedged(text)
        or lx.TALK_AGAIN.search(text)
    ):
        return False
    for name in contacts:
        if CJK.match(name):  # "冯建军说", "田总说", "陳生話"
            name = simplified(name)
            names = [re.escape(name), rf"{re.escape(name[0])}(?:{lx.CN_TITLE_WORDS}|生)"]
            reported = _REPORTED_CJK
        else:  # "siti wants", "Hamish moaning"
            words = [w for w in re.split(r"[\s.]+", name) if len(w) > 1 and w.lower() not in _HONORIFICS]
            names = [re.escape(w) for w in words]
            reported = _REPORTED
        for said in names:
            pattern = rf"(?<![A-Za-z])(?:{said})(?![A-Za-z]){_AT_THEIRS}\s*(?:{reported})"
            if re.search(pattern, text, re.IGNORECASE):
                return True
            if not CJK.match(name) and re.search(rf"{_SAYS_BEFORE}\s+(?:{said})(?![A-Za-z])", text, re.I):
                return True  # "…, says owen lloyd", "according to Birte, …"
    return False


def _sized(news: str, number: re.Match[str]) -> bool:
    """A plain number (no multiplier, no currency before it) after the noun whose size it says: "headcount
    going up to 220", "crew of 22" (`amounts.size_said`)."""
    if _glued_end(news, number) != number.end() or _MONEY_BEFORE.search(
        news[max(0, number.start() - 5) : number.start()]
    ):
        return False
    return size_said(news, number.start())


def _kind_from(reading: Reading, whole: bool, contacts: tuple[str, ...] = ()) -> str:
    """Where the interaction kind came from: a word that says it, being at the customer ("went"), nothing
    ("default": a note; "reported": a note of what a named contact said), the rest of a message about two
    customers ("carried")."""
    if not reading.kind:
        return "none"
    if reading.kind_span is not None or (reading.kind == "note" and _NOTE.search(reading.text)):
        return "said"  # "note: …", "记一下：…" ask for a note in words
    if reading.kind_guessed == "default" and reported_note(reading, contacts):
        return "reported"
    return reading.kind_guessed or ("carried" if not whole else "other")


def _script(text: str) -> str:
    cjk = bool(CJK.search(text))
    latin = bool(re.search(r"[A-Za-z]{2,}", text))
    return "mixed" if cjk and latin else "cjk" if cjk else "latin"


def path_of(
    reading: Reading,
    found: Found | None,
    operations: tuple[str, ...],
    *,
    whole: bool,
    contacts: tuple[str, ...],
    open_deal: bool | None,
    naming: tuple[str, ...] = (),
) -> Path:
    """The path of one plan (one customer's part of the message). `operations`: the plan's actions;
    `contacts`: known contacts the message names; `open_deal`: whether the customer has an open deal;
    `naming`: the contact whose words named the customer ("林经理说…"), who may be the one who told it."""
    steps = reading.steps
    amount = reading.amount
    return {
        "link": found.certainty.value if found is not None else "none",
        "customers": "one" if whole else "two",
        "operations": "+".join(sorted(set(operations))) or "nothing",
        "kind": reading.kind or "none",
        "kind_from": _kind_from(reading, whole, (*naming, *contacts)),
        "dates": _dates(reading) or ("none",),
        "amount": "none"
        if amount is None
        else ("currency" if amount.currency else "bare") + ("/changed" if reading.amount_marked else ""),
        "deal": "none"
        if not reading.about_deal
        else "reopen"
        if reading.reopen
        else "add_on"
        if reading.add_on
        else "open"
        if open_deal
        else "no_open",
        "stage": "none"
        if not reading.stage
        else "explicit"
        if reading.stage_explicit
        else "moved"
        if reading.stage_moved
        else "implied",
        "outcome": reading.outcome or "none",
        "steps": "none"
        if not steps
        else "asked"
        if all(s.explicit for s in steps)
        else "dated"
        if all(not s.explicit for s in steps)
        else "both",
        "people": "known" if contacts else "named" if reading.persons else "none",
        "script": _script(reading.text),
    }


def record(route: str, path: Path | None = None, **outcome: str) -> None:
    """Emit the route of a message ("write", "question", "chit_chat", …) with its path, for benchmarks."""
    if LOG.isEnabledFor(logging.DEBUG):
        LOG.debug(route, extra={"decision_path": {"route": route, **(path or {}), **outcome}})


@contextmanager
def collected() -> Iterator[list[Path]]:
    """The paths recorded while the block runs (a benchmark's tap; see `benchmarks/understanding`)."""
    with tapped(LOG, "decision_path") as paths:
        yield paths
