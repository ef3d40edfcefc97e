"""A reminder already set, cancelled, moved or completed in free text: "cancel my acme reminder", "move my
acme reminder to Friday", "取消华为的提醒", "把华为的提醒改到周五", "ok the pipeline review is done",
"华为的提醒完成了", and the same said inside a longer message: "cancel the sandstone reminder, Olivia has
the pack already", "my birchwood reminder monday - make it 2pm instead", "cancel tonight's call with
jean-luc, he's off sick", "the southern cross call on monday - push it to wed arvo",
"云帆2月2号的提醒推迟一周", "宁波恒远物流的回访取消", "好日子試吃會取消了，提醒刪掉". The reminder is found by
`reminder_list.reminders_named` (its customer or a contact of it named anywhere, the day it is due when
the message says it); several that fit are asked about. A message that also reports something that
happened, or asks for a new reminder, is left to the reader.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from crm_store.models import Reminder
from crm_store.search.gazetteer import Evidence
from handlers.commands.reminder_list import move_named, move_to, named_reminder, reminders_named
from handlers.context import Ctx
from handlers.domain.contacts import TITLE_WORDS, family_name
from handlers.domain.deals import deals_named
from handlers.domain.reminders import cancel_reminder, complete_reminder
from handlers.errors import UserError
from handlers.messages import Reply
from handlers.parsing.calendar_words import WEEKDAY_WORD
from handlers.parsing.dates import When, find_when
from handlers.parsing.hanzi import simplified
from handlers.parsing.numerals import cn_integer
from handlers.parsing.reminder_reference import Reference, read_reference
from handlers.parsing.vocabulary import KIND_NAMES, word_pattern
from handlers.render import reminder_line
from handlers.resolve import NeedChoice, Option, ask_day, picked_days
from handlers.understanding import lexicon as lx
from handlers.understanding.answered_fix import answers_whose
from handlers.understanding.corrections import nearer_hour, remember
from handlers.understanding.date_roles import TOLD, their_plan
from handlers.understanding.days_off import confirm_day_off
from handlers.understanding.kinds import KIND_PATTERNS
from handlers.understanding.reading import CJK_SPACE, quoted
from handlers.understanding.reminder_tasks import (
    CJK_PAIR,
    LATIN_WORD,
    NOT_TASK,
    only_the_customer,
    shares_task,
    task_of,
)
from handlers.understanding.step_days import days_to_offer

PHRASES = (
    (re.compile(r"^(?:please\s+)?(?:cancel|delete|remove|drop)\s+(?:my\s+|the\s+)?(?P<what>.+?)\s+reminders?\s*[.!]?$",
                re.I), "cancel"),
    (re.compile(r"^(?:please\s+)?(?:move|reschedule|push|change)\s+(?:my\s+|the\s+)?(?P<what>.+?)\s+reminders?\s+"
                r"(?:to|until|till)\s+(?P<when>.+)$", re.I), "move"),
    (re.compile(r"^(?:请)?(?:取消|删除|删掉)(?:我的)?(?P<what>.+?)的?提醒[。！!]?$"), "cancel"),
    (re.compile(r"^(?:请)?把?(?:我的)?(?P<what>.+?)的?提醒(?:往[后後前])?(?:改到|改成|推迟到|推到|挪到|移到|延到)(?P<when>.+?)[。！!]?$"),
     "move"),
)  # fmt: skip


# A reminder said done: "ok the pipeline review is done", "done with the budget recap", "mark the acme
# reminder done", "周报的提醒完成了", "把华为的提醒标记完成". "mark …" comes first: the second would read
# "mark my reminder done" as a reminder about "mark my".
DONE_PHRASES = (
    re.compile(r"^(?:please\s+)?mark\s+(?:the\s+|my\s+)?(?P<what>.{3,60}?)\s+(?:as\s+)?(?:done|complete|completed)"
               r"\s*[.!]*$", re.I),
    re.compile(r"^(?:(?:ok|okay|fyi|so|also)\b[\s,:]*)?(?:the\s+|my\s+)?(?P<what>[^,.;!?]{3,60}?)\s+"
               r"(?:is\s+|are\s+|['’]s\s+|now\s+)*(?:all\s+)?(?:done|finished|complete|completed|sorted)\s*[.!]*$",
               re.I),
    re.compile(r"^(?:(?:ok|okay|fyi)\b[\s,:]*)?(?:i['’]m\s+|i\s+am\s+)?(?:done with|finished)\s+"
               r"(?:the\s+|my\s+)?(?P<what>[^,.;!?]{3,60}?)\s*[.!]*$", re.I),
    re.compile(r"^(?:好的?|ok)?[，,\s]*把?(?P<what>[^，,。！!]{2,30}?)(?:已经|已)?"
               r"(?:做完了|完成了|搞定了|弄好了|办完了|处理好了|(?:标记|标|设)为?完成了?)[。！!]*$", re.I),
)  # fmt: skip
_REMINDER_WORD = re.compile(
    r"\s*(?:的)?\s*(?:reminder|提醒)\s*$|^\s*(?:reminder|提醒)\s*(?:for|about|:)?\s*", re.IGNORECASE
)


def done_named(ctx: Ctx, what: str) -> Reply | None:
    """ "ok the pipeline review is done": the one open reminder of yours whose words are all in `what`;
    "the acme reminder is done" may name it by its customer. None when none fits (the message is read as
    news: "acme visit done" logs the visit)."""
    said_reminder = bool(_REMINDER_WORD.search(what))
    said = what
    what = re.sub(r"^(?:我的?|my|the)$", "", _REMINDER_WORD.sub("", what).strip(), flags=re.I)
    if not what and said_reminder:  # "mark my reminder done", "提醒完成了": your only one, else asked which
        reminder = _one_of_yours(ctx, said)
    elif not what:
        return None
    elif said_reminder:
        reminder = _named_loosely(ctx, what)
    else:
        found = reminders_named(ctx, what)
        if len(found) != 1 or found[0].customer_id is not None:
            return None  # a customer's reminder only when the message says "reminder": a visit done is news
        reminder = found[0]
    complete_reminder(ctx, reminder)
    return ctx.confirm(ctx._("Done: {text}", text=reminder.text))


# A weekday said with nothing that says which week ("friday's", "星期五嗰个"; not "this friday", "下周五").
_BARE_WEEKDAY = re.compile(
    rf"(?<!this )(?<!next )(?<![这本下])(?<!下个)(?<!这个)"
    rf"(?:\b{WEEKDAY_WORD}|(?:周|星期|礼拜|禮拜)[一二三四五六日天])",
    re.IGNORECASE,
)


def _named_loosely(ctx: Ctx, what: str) -> Reminder:
    """The open reminder of yours that `what` names (`named_reminder`), else the one it names loosely
    ("送方案那个提醒完成了": `_loosely_named`); one named by its time of day, a span of days or a bare "那个"
    ("下午三点那个", "下个月那个", "幫我將嗰個") among those that fit (`_the_reminders`). Asks when several
    fit, says so when none does."""
    ref = read_reference(what, now=ctx.now, tz=ctx.tz)
    named = any(m.customer_id for m in ctx.store.search.mentions(what))  # (its customer's words name it)
    words = " ".join(_FILLER.sub(" ", _NOUN.sub(" ", ref.what)).split())
    # a day said alone names it too: "tuesday's reminder", "the reminder for tomorrow", "星期五嗰个"
    by_day = ref.narrows and (ref.clock is not None or ref.first != ref.last or not _units(words))
    if not named and (ref.pointed or by_day):
        found = _the_reminders(ctx, words, ref, named=True)
        if not found and ref.first is not None and ref.first == ref.last and _BARE_WEEKDAY.search(what):
            # "星期五嗰个" said on a Thursday, nothing due tomorrow: the Friday after, if one is due then
            week = timedelta(days=7)
            found = _the_reminders(
                ctx, words, replace(ref, first=ref.first + week, last=ref.last + week), named=True
            )
        if not found and ref.first is not None and not words:
            return _none_due_then(ctx, what, ref)
        if not found:
            raise UserError(ctx._("None of your open reminders is about “{what}”. See /reminders", what=what))
        return _one(ctx, found, what)
    try:
        return named_reminder(ctx, what)
    except (
        NeedChoice
    ):  # several of a customer's: the one its own words name ("the GMS boot samples reminder")
        among = reminders_named(ctx, what)
        best = _loosely_named(ctx, _FILLER.sub(" ", what), None, move=False, among=among)
        if len(best) != 1:
            raise
        return best[0]
    except UserError:
        found = _loosely_named(ctx, _FILLER.sub(" ", what), None, move=False)
        if not found:
            raise
        return _one(ctx, found, what)


def reminder_change(ctx: Ctx, text: str) -> Reply | list[Reply] | None:
    """A message that cancels, moves or completes a reminder already set; None for anything else. A change
    made is remembered like any stored message, so that "不对，是五月九号" / "no wait, may 4" right after it
    puts it right (undone, and the message read again as corrected)."""
    if answers_whose(ctx, text) is not None:
        return None  # "是温岭东方泵业的林总，时间改成明天上午十点": answers "which customer?" (answered_fix)
    replies = _reminder_change(ctx, text)
    if replies is not None and ctx.store.audit.change_set is not None:
        remember(ctx, text)
    return replies


def _reminder_change(ctx: Ctx, text: str) -> Reply | list[Reply] | None:
    for pattern, action in PHRASES:
        match = pattern.match(text.strip())
        if match:
            if action == "cancel":
                reminder = _named_loosely(ctx, match.group("what"))
                cancel_reminder(ctx, reminder)
                return ctx.confirm(ctx._("Cancelled: {text}", text=reminder.text))
            if _BARE_HOUR.fullmatch(match.group("when")):  # "海川物流的方案评审提醒推到11"
                what = re.sub(r"['’]s\b", "", match.group("what"))  # "move tomorrow's reminder to 10"
                return _to_hour(ctx, named_reminder(ctx, what), match.group("when"))
            return _move_named(ctx, match.group("what"), match.group("when"), simplified(text))
    for pattern in DONE_PHRASES:
        match = pattern.match(text.strip())
        if match:
            loosely = done_loosely(ctx, text)  # "jeremy call done, can tick that off"
            done = done_named(ctx, match.group("what"))
            return done if done is not None or not loosely else mark_done(ctx, _one(ctx, loosely, text))
    loosely = done_loosely(ctx, text)
    if loosely and not _outcome_beside(ctx, text):
        return mark_done(ctx, _one(ctx, loosely, text))
    changed = _said_inside(ctx, simplified(text))
    if changed is None and _moved_to_no_day(ctx, simplified(text)):
        raise UserError(ctx._("When to? e.g. /reminders move Acme Friday 10am"))
    return changed


# A reminder said to move with no day or time to move to: "把平湖和张家港的提醒都往后推", "大冶那个提醒往后挪
# 一下",
# "東莞嗰個提醒押後啲" (folded: 押后).
_PUT_OFF = re.compile(r"往后(?:推|挪|移|延|拖)|推迟|推后|延后|押后|顺延|延迟|挪后")


def _moved_to_no_day(ctx: Ctx, text: str) -> bool:
    """Whether `text` moves a reminder it names (the word for a reminder said) and says no day, time or
    number of days to move it to: to when is asked, nothing is moved on a guess."""
    put_off = _PUT_OFF.search(text)
    if not (_NOUN.search(text) and put_off) or _SHIFT.search(text) or _OTHER_NEWS.search(text):
        return False
    # the days said before it name the reminders ("把今天下午和周日的提醒都往后推"); none is said after it
    return find_when(text[put_off.end() :], now=ctx.now, tz=ctx.tz) is None


def _move_named(ctx: Ctx, what: str, when_text: str, text: str = "") -> Reply:
    """ "把下午三点那个提醒改到明天": the reminder `what` names (`_named_loosely`) moved to `when_text`."""
    when = find_when(when_text, now=ctx.now, tz=ctx.tz) or _day_at_the_same_time(ctx, when_text)
    if when is None:
        return move_named(ctx, what, when_text)  # says what is missing
    today = ctx.now.astimezone(ctx.tz).date()
    if when.spans and when.at.date() == today and (not when.has_time or when.at <= ctx.now):
        said = simplified(when_text[slice(*when.spans[0])]).strip()
        if _BARE_CN_WEEKDAY.fullmatch(
            said
        ):  # "…提醒推到周三下午三点" said on a Wednesday evening: next week's
            when = replace(when, at=when.at + timedelta(days=7))
    reminder = _named_loosely(ctx, what)
    if when.has_time and not when.day_said:  # "聽日嗰個提醒改到下晝三點": that day, at three
        due = reminder.due_at.astimezone(ctx.tz)
        return move_to(ctx, reminder, due.replace(hour=when.at.hour, minute=when.at.minute), keep_time=False)
    when = _the_day_of_the_week(ctx, when, when_text)
    at = _after_its_day(ctx, reminder, when, when_text, text)
    confirm_day_off(ctx, at, when_text)
    return move_to(ctx, reminder, at, keep_time=not when.has_time)


_CANCEL = re.compile(
    r"\b(?:cancel(?:led)?|call(?:ed)?\s+off|scrap(?:ped)?|delete|remove|"
    r"(?:drop|kill|nix|ditch|bin|axe)(?=\s+(?:it|that|(?:the|my|that|this|\w+['’]s)\s+(?:[\w&'’-]+\s+){0,4}?"
    r"(?:reminders?|one))\b))\b"
    # no longer wanted: "the friday one can go", "不用再提醒我", "可以删了"
    # ("they could go to 950", "can go up to 40k", "could go either way": a price or a chance, no cancel)
    r"|\b(?:can|could)\s+go\b(?!\s+(?:ahead|to|up|down|higher|lower|as|for|with|either|back|over)\b)"
    r"|\bno longer needed\b|\bnot needed\b"
    r"|取消|删掉|删除|删了|删咗|作废|(?:不用|不使|唔使|不洗|唔洗|不需要|不必)再?提醒?我?"
    # Cantonese, the reminder first: "雅悅個提醒唔使喇" (folded: 不使); Mandarin "提醒不用了" is left to the
    # message's other news ("…提醒不用了，王建邦今天已经盖完章": the win too)
    r"|(?<=提醒)(?:都|就)?(?:不使|唔使|不洗|唔洗)(?:了|喇|啦|嘞)?"
    r"|(?<=那个提醒)(?:都|就)?(?:不要|不用)了",  # "明天锦江电器那个提醒不要了": that one, named
    re.I,
)
_CLAUSE = re.compile(
    # (not the point or comma inside a figure: "change amount to 1.1M" moves no reminder to 1 o'clock)
    r"(?:(?<!\d)[,.]|[,.](?!\d)|[;!?，。；！？\n])+|\s+[-–—>]+\s+"
    r"|\s+so\s+(?=(?:the|that|this|my|you|pls|please|cancel|drop|kill|nix|ditch|bin|axe|scrap|delete|remove|"
    r"move|push|bump|shift|snooze)\b)"
    # a second change joined by "and": "cancel the qccs reminder and move the rockford demo to friday"
    r"|\s+(?:and|&)\s+(?=(?:then\s+)?(?:move|push|cancel|drop|delete|change|reschedule|bump|shift|postpone)\b)"
    # the reason, typed with no comma: "cancel the reminder to call mike today he already called me"
    r"|\s+(?=(?:he|she|they)\s+(?:already|just)\s)",
    re.IGNORECASE,
)
# (an English word beside Chinese has no \b: "reminder可以done了")
_DONE = re.compile(
    r"(?<![a-z])(?:done|completed?|finished|tick(?:ed)?\s+(?:it\s+)?off|ticked|sorted)(?![a-z])|完成|搞定|做完|关掉|办完"
    r"|结掉|销掉"  # Taiwan "那個提醒可以結掉": closed off, done
    r"|打(?:个|個)?(?:勾|钩|鉤|✓|√)",  # "今天那个提醒打勾": ticked off
    re.I,
)
_MOVE_TO = re.compile(
    r"\b(?:move[ds]?|push(?:ed)?|reschedul(?:e|ed)|resched|bump(?:ed)?|shift(?:ed)?|postpone[ds]?|delay(?:ed)?|"
    r"snooze[ds]?|slid|slipp?(?:ed|s)?|make|change|prepone[ds]?|(?:bring|brought|pull(?:ed)?)\s+(?:it\s+)?forward)"
    r"\s+(?:it|that|this|them)?\s*(?:back|out)?\s*(?:to|till|until|for)?\s+"
    # "move the banksia site visit to 3/2", "push my acme call to friday": what moves said between; also told
    # as done: "ben moved the parent app demo to fri 28th", "margaret pushed the site visit back to 2/2"
    r"|\b(?:move[ds]?|push(?:ed)?|reschedul(?:e|ed)|resched|bump(?:ed)?|shift(?:ed)?|postpone[ds]?|snooze[ds]?|"
    # earlier: "prepone the X call to …" (Indian English), "bring forward the X visit to …"
    r"prepone[ds]?|(?:bring|brought|pull(?:ed)?)\s+forward|"
    # (an aside in brackets among them: "push my Gordon call tmrw (maple ridgeway crane PO) to 11 am")
    r"delay(?:ed)?|change[ds]?)\s+(?:(?:the|my|our|that|this|his|her|their)\s+)?(?!(?:it|that|this|them)\s)"
    r"(?:[\w&'’-]+\s+|\([^()]{1,40}\)\s+){1,5}?"
    r"(?:from\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\s+)?(?P<to>to|till|until)\s+"  # "… call from 5 to 6pm"
    r"|(?:改|推迟|推|挪|移|延|换|调|提前)了?(?:到|去)|改成|改为"  # 改咗去 (Cantonese): 改了去
    r"|(?<![a-z])snooze\s*(?:到|去|至)"  # an English verb in Chinese: "把X的提醒 snooze 到周五"
    # "明天 10点那个 reminder 改 11点": 改 right before the new clock or day
    r"|改\s*(?=\d{1,2}\s*(?:点|:|：|am|pm)|(?:上午|下午|早上|晚上|中午|明天|后天|下周|下个?星期|下个?礼拜)"
    r"|(?:周|星期|礼拜)[一二三四五六日天])"
    r"|\b(?:is|are)\s+now\s+(?:on\s+|at\s+)?"  # "the heartland pricing call is now thursday 2pm"
    # a new day said with "instead": "ray asked to do the redlines call at 4pm instead", "wants the pilot
    # review on monday instead" (what moves said before the day)
    r"|\b(?:the|our|my|that|this)\s+(?:[\w&'’-]+\s+){1,5}?(?P<at>on|at|for|to)\s+"
    r"(?=[^,.;!?]{1,30}?\binstead\b(?!\s+of))",
    re.I,
)
# The deal's own day said as what moves ("push close to …", "move the signing date to …", "bump the go-live
# to …"): its close date, not a reminder's.
_A_DEALS_DAY = re.compile(
    r"\s*\w+(?:\s+(?:back|out|forward))?\s+(?:(?:the|our|their|its)\s+)?(?:expected\s+)?"
    r"(?:close|closing|signing|signature|sign-?off|decision|go-?live|contract|deal|po)(?:\s+date)?\s+",
    re.IGNORECASE,
)
_COUNT = r"(?P<n>\d{1,2}|[一二两三四五六七八九十]|an?|one|two|three|four|five|six|seven)"
_SHIFT = re.compile(
    rf"(?:(?:推迟|延后|往后延|往后推|推后|往后挪|往后移|押后|顺延|延迟|延|推)|(?P<early>提前|提早|往前(?:挪|推|移|调|拉)))"
    rf"\s*{_COUNT}\s*"
    r"(?P<unit>天|日|周|个?星期|个?礼拜|个?小时|个钟)"
    rf"|\b(?:push(?:ed)?|move[d]?|bump(?:ed)?|delay(?:ed)?|postpone[d]?|slip(?:ped|s)?)\s+(?:it|that)?\s*"
    r"(?:back|out)?\s*"
    rf"(?:by\s+)?{_COUNT.replace('?P<n>', '?P<en>')}\s+(?P<enunit>days?|weeks?|hours?)\b"
    # what moves said between: "push the schulze call back a week", "move my demo out two days"
    # ... or "by" before the count, or the count right after "reminder"/"one": "snooze the kaltenbach one by
    # an hour", "push the badger reminder a week"
    r"|\b(?:push(?:ed)?|move[ds]?|bump(?:ed)?|shift(?:ed)?|snooze[ds]?|delay(?:ed)?|postpone[ds]?)\s+"
    r"(?:(?:the|my|our|that|this)\s+)?(?!(?:it|that|this|them)\s)(?:[\w&'’-]+\s+){1,6}?"
    r"(?:(?P<wback>back|out)\s+(?:by\s+)?|(?P<wby>by)\s+|(?<=reminder\s)|(?<=one\s))"
    rf"{_COUNT.replace('?P<n>', '?P<wn>')}\s+(?P<wunit>days?|weeks?|hours?)\b"
    # "to one day later", "two days earlier", "晚一天", "早两天"
    rf"|\b{_COUNT.replace('?P<n>', '?P<ln>')}\s+(?P<lunit>days?|weeks?|hours?)\s+"
    r"(?:(?P<learly>earlier)|later)\b"
    rf"|(?:(?<![今昨明])[晚迟]|(?P<zearly>(?<![今昨明])早))\s*{_COUNT.replace('?P<n>', '?P<zn>')}\s*"
    r"(?P<zunit>天|日|周|个?星期|个?礼拜)",
    re.I,
)
# The change's own verb and "one", left in the words that name the reminder ("snooze the 6pm one to 8pm",
# "kill the janet board deck reminder"): no word of what the reminder is for.
_VERB = re.compile(
    r"\b(?:snooze[ds]?|move[ds]?|push(?:ed)?|bump(?:ed)?|shift(?:ed)?|reschedul(?:e|ed)|postpone[ds]?|"
    r"delay(?:ed)?|kill|nix|ditch|scrap|drop|bin|axe|ones?)\b",
    re.IGNORECASE,
)
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# The one a new figure said beside it replaces: "原来那个", "之前的报价", "the old one", "the previous quote".
_OLD_ONE = re.compile(
    r"(?:原来|原來|原先|之前|以前|先前|旧|舊|上次)的?(?:那个|那個|那份|那版|那张|那張|报价|報價|价格|價格|金额|金額|数字|數字)?"
    r"|\b(?:the\s+)?(?:old|previous|earlier|former|last)\s+(?:one|quote|number|figure|price|amount)\b",
    re.I,
)
_A_FIGURE = re.compile(r"\d[\d,.]*\s*(?:k\b|m\b|mil\b|万|萬|千)|[$€£¥]\s*\d", re.I)
# (Spanish: "recordatorio", and "pendiente" as a noun, after "ese", "este", "el": "tacha ese pendiente")
_NOUN = re.compile(
    r"(?<![a-z])(?:reminders?|recordatorios?|(?:(?<=ese )|(?<=este )|(?<=el ))pendiente)(?![a-z])|提醒(?!我)",
    re.I,
)
# Reported as done already (news for the reader, not only a change of plan), or a new reminder asked for.
_OTHER_NEWS = re.compile(
    r"\b(?:called(?!\s+off)|met|visited|emailed|spoke|talked|rang|phoned|demoed|presented|dropped by|"
    r"stopped by)\b"
    r"|打了电话|拜访了|见了面|聊了|开了会|(?<![过回出进上下])去了|\bremind\s+me\b"  # not "已经送过去了"
    r"|(?<!不用)(?<!不使)(?<!不洗)(?<!不必)(?<!用再)(?<!使再)(?<!洗再)(?<!必再)提醒我",
    re.I,
)
# Words that name what a reminder is for ("the acme call", "华鼎的回访"): said beside a customer's name,
# they point at its reminder even without the word "reminder".
_TASK = re.compile(
    rf"\b(?:{lx.EVENT_EN}|chase|follow[- ]?up|check[- ]?in|catch[- ]?up)s?\b|{lx.EVENT_ZH}|回访|跟进"
    # what is done for them as a reminder says it: "给楼晓东送年礼", "找王丽萍确认招标时间", "同陳志強傾合約"
    r"|简报|确认|送|寄|倾|回电|催",
    re.I,
)
_FILLER = re.compile(
    r"\b(?:my|the|it|that|this|instead|please|pls|can|be|now)\b|那个|这个|的|了|吧|可以|帮我|帮忙|一下|掉|咗|佢|啦|喇",
    re.I,
)


def _said_inside(ctx: Ctx, text: str) -> list[Reply] | None:
    """The change said inside a longer message (see the module docstring). The clause that changes the
    reminder is the first one with a cancel, move or done in it that is not somebody's words
    ("王丽萍说招标推到下个月了"); clauses after it give the reason ("natalie asked us to hold everything till
    march") and name no reminder or day, or make a change of their own to another reminder they name
    ("cancel tomorrow's reminder, and move the Hayashi-san one to the 10th"); clauses before it may name it
    ("the southern cross call on monday - push it to wed arvo"), unless they tell what someone else does
    ("amanda's away until feb 14, so cancel …")."""
    if (_OTHER_NEWS.search(text) or _news_beside(text)) and not _their_deed_beside(text):
        return None
    changes = _the_changes(ctx, text)
    if not changes:
        return None
    planned: list[tuple[_Change, list[Reminder]]] = []  # the change, the reminders it makes
    # "push the ravi one to monday same time", "…crane PO call to tomoz, same time": a reminder's hour
    kept_time = _SAME_TIME.search(text) is not None
    for number, (change, since) in enumerate(changes):
        action, scope, cut = change[0], change[1], change[2]
        ref = read_reference(scope[since:cut], now=ctx.now, tz=ctx.tz)
        several = _each_named(ctx, scope[since:cut], ref) if action != "move" else None
        several = several or (_each_at_its_time(ctx, scope[since:cut]) if action != "move" else None)
        if several is not None:
            planned.append((change, several))
            continue
        what = _FILLER.sub(" ", _NOUN.sub(" ", _CANCEL.sub(" ", _DONE.sub(" ", _VERB.sub(" ", ref.what)))))
        # a later change may leave "reminder" out: "海宁那个提醒取消，平湖的改到5月10号"
        named = bool(_NOUN.search(scope if number else scope[since:])) or ref.pointed
        # "push X to thursday same time": a time of day kept is a reminder's (a deal's close has none)
        # ("改成后天 同一时间" names nothing else: it puts the message just stored right, no reminder named)
        # (said in a clause after too: "push the wattleglen crane PO call to tomoz, same time")
        named = named or (action == "move" and bool(what.strip()) and kept_time)
        found = _the_reminders(
            ctx, " ".join(what.split()), ref, named=named, move=action == "move",
            reported=bool(_REPORTED.search(scope[since:])),
        )  # fmt: skip
        today = ctx.now.astimezone(ctx.tz).date()
        if not found and action == "done" and ref.last is not None and ref.last <= today:
            # "…今天已经弄好了，那个提醒可以结掉": the day it was done, not the day of the reminder
            found = _the_reminders(
                ctx, " ".join(what.split()), replace(ref, first=None, last=None), named=named, move=False,
                reported=bool(_REPORTED.search(scope[since:])),
            )  # fmt: skip
        if _THE_OTHER.search(" ".join(what.split())) and len(found) != 2:
            raise UserError(  # "cancel the 11 o'clock one and the other one": which other is not said
                ctx._("Which reminders do you mean? Name each by its customer or time, or see /reminders.")
            )
        if number == 0 and not found:
            if len(changes) == 1 and _by_a_day_alone(scope[since:], " ".join(what.split()), ref):
                planned.append((change, [_none_due_then(ctx, scope[since:cut], ref)]))
                continue  # "把禮拜五的提醒取消", "cancel the 11am one" with none due then: which is asked
            if (
                len(changes) == 1
                and action == "cancel"
                and _NOUN.search(scope[since:cut])
                and what.strip()
                and not _OTHER_NEWS.search(text)  # "rang fiona already so bin tomorrow's reminder": news too
            ):
                # "把去见客户那个提醒取消了", "cancel the site visit reminder": none of yours fits
                raise UserError(
                    ctx._(
                        "None of your open reminders is about “{what}”. See /reminders",
                        what=re.sub(r"^(?:about|abt|re|for|on)\s+", "", " ".join(what.split()), flags=re.I),
                    )
                )
            return None
        said_reminder = _NOUN.search(scope[since:])
        if (
            number == 0
            and not said_reminder
            and not kept_time
            and ref.clock is None  # "the 3pm maple hollow one - bump it to tmrw": a deal has no clock time
            and _the_deal_meant(ctx, found, " ".join(what.split()))
        ):
            return None  # "the WMS one slips to 8/15": the WMS upgrade's close, not the WMS pricing call
        if number > 0 and len(found) != 1:
            continue  # a later clause that names no reminder of its own ("she'll move it to june")
        if number > 0 and any(found[0] in done for _, done in planned):
            continue  # "kill the … reminder, she cancelled the board mtg": the reason, the same reminder
        planned.append((change, [_one(ctx, found, text)]))
    replies: list[Reply] = []
    for change, found in planned:
        for reminder in found:
            reply = _apply(ctx, change, reminder)
            if reply is not None:
                replies.append(reply)
    return replies or None


# The deal itself or its close said as what moves: a deal noun, "close date", 结单日期 / 成交日期.
_A_DEAL_SAID = re.compile(rf"{lx.DEAL_NOUN.pattern}|结单|成交", re.IGNORECASE)


def _the_deal_meant(ctx: Ctx, found: list[Reminder], what: str) -> bool:
    """Whether the words that name the reminders (the word "reminder" not said) name an open deal of their
    customer and nothing of the reminders' own task beyond that deal's title ("仓储系统推迟到7月31号": the
    仓储系统 deal's close moves; "仓储系统评审推迟到…" is the review reminder)."""
    for reminder in found:
        if reminder.customer_id is None:
            return False
        customer = ctx.store.customers.require(reminder.customer_id)
        open_deals = ctx.store.deals.for_customer(customer.id, open_only=True)
        deals = deals_named(open_deals, what, customer)
        if not deals and open_deals and only_the_customer(ctx, what, customer.id):
            continue  # "两江汽配改到十一月底", "QAT pushed to 13/6": their deal moves (which: the reader's)
        if not deals and len(open_deals) == 1 and _A_DEAL_SAID.search(what):
            deals = list(open_deals)  # "那个单子推到2月28号", "close date 延到2月15": its one open deal
        if len(deals) != 1:
            return False
        task = task_of(ctx, reminder)
        for word in simplified(deals[0].title or "").lower().split():
            task = task.replace(word, " ")
        if shares_task(task, what):
            return False
    return True


def _apply(ctx: Ctx, change: _Change, reminder: Reminder) -> Reply | None:
    action, scope, _, shift, target, target_words = change
    if action == "cancel":
        cancel_reminder(ctx, reminder)
        return ctx.confirm(ctx._("Cancelled: {text}", text=reminder.text))
    if action == "done":
        complete_reminder(ctx, reminder)
        return ctx.confirm(ctx._("Done: {text}", text=reminder.text))
    if shift is not None:
        at = reminder.due_at.astimezone(ctx.tz) + _shift_of(shift)
        confirm_day_off(ctx, at)
        return move_to(ctx, reminder, at, keep_time=False)
    assert target is not None
    if _BARE_HOUR.fullmatch(target_words):  # "snooze the southern cross reminder on monday till 11"
        return _to_hour(ctx, reminder, target_words)
    if _time_only(target_words, target):
        due = reminder.due_at.astimezone(ctx.tz)
        at = due.replace(hour=target.at.hour, minute=target.at.minute)
        return move_to(ctx, reminder, at, keep_time=False)
    target = _the_day_of_the_week(ctx, target, target_words)
    at = _after_its_day(ctx, reminder, target, target_words, scope)
    confirm_day_off(ctx, at, target_words)
    return move_to(ctx, reminder, at, keep_time=not target.has_time)


def _the_day_of_the_week(ctx: Ctx, target: When, words: str) -> When:
    """ "move my Megan reminder to next week", "我的提醒改到下周": the day of that week pressed; else its
    working days are offered (as in a new note: `which_day`)."""
    week = days_to_offer(simplified(" ".join(words[a:b] for a, b in target.spans)), target)
    if week is None:
        return target
    said, days = week
    picked = picked_days(ctx).get(said.lower())
    if picked not in days:
        raise ask_day(ctx, said, days)
    return replace(target, at=target.at + (picked - target.at.date()))


# A move that puts the reminder off ("push", "postpone", "snooze", 推到, 延到): later than its own day.
_LATER = re.compile(
    r"\b(?:push(?:ed|ing)?|postpon(?:e[ds]?|ing)|delay(?:ed|ing)?|snooz(?:e[ds]?|ing)|bump(?:ed|ing)?|"
    r"slip(?:ped|s)?|slid)\b|(?<![a-z])snooze|推迟|推到|推去|推后|延到|延后|延期|往后|押后|顺延|挪后",
    re.IGNORECASE,
)
# The new day said as a weekday alone, "next" allowed, a time or "same time" beside it: "to friday, same
# time", "to next thurs", "到礼拜一同一时间", "推到周四".
_WEEKDAY_TARGET = re.compile(
    rf"(?:on\s+|next\s+)?{WEEKDAY_WORD}|(?:下个?)?(?:周|星期|礼拜)[一二三四五六日天]", re.IGNORECASE
)


def _after_its_day(ctx: Ctx, reminder: Reminder, target: When, words: str, scope: str) -> datetime:
    """The day a reminder is put off to ("push the X call to thursday", "把X的提醒推到周四"): a weekday
    said alone counts from the reminder's own day when the coming one falls before it (put off from Tuesday
    the 2nd, "thursday" is the 4th, not tomorrow); a day said outright, or a move not said to put it off,
    is the day said."""
    due = reminder.due_at.astimezone(ctx.tz)
    if target.at.date() >= due.date() or not _LATER.search(scope) or not target.spans:
        return target.at
    said = simplified(words[slice(*target.spans[0])]).strip(" ,，")
    if not _WEEKDAY_TARGET.fullmatch(said):
        return target.at
    at = target.at
    while at.date() <= due.date():
        at += timedelta(days=7)
    return at


# Several reminders meant at once: "the reminders for Ishikawa-san and Hayashi-san both", "葵涌同東莞嗰兩個
# 提醒都取消".
_SEVERAL = re.compile(r"(?<![a-z])(?:reminders|both|all)(?![a-z])|[两二三几]个提醒|都|全部", re.IGNORECASE)


def _each_named(ctx: Ctx, words: str, ref: Reference) -> list[Reminder] | None:
    """The reminders meant when the words say several ("the reminders for X and Y both", "X同Y嗰兩個提醒都")
    and name each one on its own, each name fitting one reminder of yours; else None."""
    if not _SEVERAL.search(simplified(words)):
        return None
    bare = _FILLER.sub(" ", _NOUN.sub(" ", _CANCEL.sub(" ", _DONE.sub(" ", _SEVERAL.sub(" ", ref.what)))))
    parts = [p for p in _JOINED.split(bare) if _units(p)]
    if len(parts) < 2:
        return None
    each = [_the_reminders(ctx, " ".join(p.split()), ref, named=True) for p in parts]
    if any(len(found) != 1 for found in each) or len({found[0].id for found in each}) != len(each):
        return None
    return [found[0] for found in each]


def _each_at_its_time(ctx: Ctx, words: str) -> list[Reminder] | None:
    """ "cancel the 11 o'clock one and the 2pm one", "把周三和周五的提醒都取消": reminders named each by its
    own time or day, joined by "and": each one that fits (asked when one fits none or several); else None.
    It had cancelled the first and left the second unsaid."""
    parts = [p for p in _JOINED_PARTS.split(words) if p.strip()]
    if len(parts) < 2:
        return None
    refs = [read_reference(p, now=ctx.now, tz=ctx.tz) for p in parts]
    if not all(r.narrows for r in refs):
        return None
    mine = list(ctx.store.reminders.open_for(ctx.user.id))
    each = [[r for r in mine if ref.keeps(r.due_at.astimezone(ctx.tz))] for ref in refs]
    if any(len(found) != 1 for found in each) or len({found[0].id for found in each}) != len(each):
        raise UserError(
            ctx._("Which reminders do you mean? Name each by its customer or time, or see /reminders.")
        )
    return [found[0] for found in each]


_JOINED_PARTS = re.compile(r"\s+(?:and|&)\s+|[和跟同及与、]", re.IGNORECASE)


_JOINED = re.compile(r"\s+(?:and|&)\s+|[,，、&和同跟及与]|\bfor\b", re.IGNORECASE)


# A change told as done already (by them or by us), not asked for: "quillfeather cancelled the reprint order".
_REPORTED = re.compile(
    r"\b(?:cancell?ed|called off|scrapped|dropped|moved|pushed|postponed|rescheduled|delayed|bumped|"
    r"changed|slid|slipped)\b"
    r"|(?:取消|推迟|推|挪|改|延|换)了",
    re.I,
)


# A cancel asked for first: "cancel the …", "pls delete my …", "取消…", "把…的提醒删了".
_CANCEL_ASKED = re.compile(
    r"\s*(?:(?:ok|okay|so|pls|please)\b[\s,]*)*(?:cancel|delete|remove|scrap|kill|drop)\b|\s*(?:请)?(?:取消|删掉|删除)",
    re.IGNORECASE,
)


_Change = tuple[str, str, int, "re.Match[str] | None", "When | None", str]


def _the_changes(ctx: Ctx, text: str) -> list[tuple[_Change, int]]:
    """Each change the message makes: (action, the words up to the end of the changing clause with other
    people's clauses blanked, where in them the words naming the reminder end, the shift, the move's target
    and the target's words), and where its own words begin (0 for the first; the end of the clause of the
    change before it for a later one)."""
    clauses = _clause_spans(text)
    out: list[tuple[_Change, int]] = []
    since = 0
    for number, (_, end) in enumerate(clauses):
        change = _change_in(ctx, text, clauses, number)
        if change is not None:
            out.append((change, since))
            since = end
    return out


def _change_in(ctx: Ctx, text: str, clauses: list[tuple[int, int]], number: int) -> _Change | None:
    start, end = clauses[number]
    clause = text[start:end]
    shift, move = _SHIFT.search(clause), _MOVE_TO.search(clause)
    verb = shift or move or _CANCEL.search(clause) or _DONE.search(clause)
    if verb is not None and any(a <= start + verb.start() < b for a, b in quoted(text)):
        return None  # "Fwd: '… the warehouse project has been cancelled by our HQ …' - pls update …": theirs
    told = TOLD.search(clause)
    pointed = verb is not None and told is not None and bool(_POINTED.search(clause[: told.start()]))
    if _told(clause, verb) and not pointed:
        return None
    scope = _blank_theirs(text, clauses[:number], end)
    if pointed and verb is not None and told is not None and told.start() < verb.start():
        # "大冶那个电话柯总说节后他要出差改到节后第三天上午": the reminder pointed at, then their reason
        # (blanked), then the change asked for
        gap = " " * (verb.start() - told.start())
        scope = scope[: start + told.start()] + gap + scope[start + verb.start() :]
    target: When | None = None
    target_words = ""
    if (
        move is not None
        and move.group("to")
        and _A_DEALS_DAY.fullmatch(clause[move.start() : move.start("to")])
    ):
        return None  # "push close to end june", "move the signing to friday": the deal's day, not a reminder
    if shift is None and move is not None:
        target_words = _target_words(text, clauses, number, start + move.end())
        target = find_when(target_words, now=ctx.now, tz=ctx.tz) or _day_at_the_same_time(ctx, target_words)
        if target is None and _BARE_HOUR.fullmatch(target_words):  # an hour of the reminder's day
            target = find_when("00:00", now=ctx.now, tz=ctx.tz)
        if target is not None and target.spans and target.at.date() == ctx.now.astimezone(ctx.tz).date():
            said = simplified(target_words[slice(*target.spans[0])]).strip()
            if _BARE_CN_WEEKDAY.fullmatch(said):  # "改去禮拜三" said on a Wednesday: next week's, not today
                target = replace(target, at=target.at + timedelta(days=7))
    if shift is not None or (move is not None and target is not None):
        cut = start + (shift or move).start()  # type: ignore[union-attr]
        if shift is not None and shift.group("wn"):  # "push the schulze call back a week": its words name it
            cut = start + shift.start(next(g for g in ("wback", "wby", "wn") if shift.group(g)))
        if shift is None and move is not None and (move.group("to") or move.group("at")):
            cut = start + move.start("to" if move.group("to") else "at")  # its words name the reminder
        return "move", scope, cut, shift, target, target_words
    if _CANCEL.search(clause):
        if _OLD_ONE.search(clause) and not _NOUN.search(clause) and _A_FIGURE.search(text):
            return None  # "报价改成18万 原来那个作废", "new quote 58k, scrap the old one": the old figure
        return "cancel", scope, len(scope), None, None, ""
    if _DONE.search(clause) and _NOUN.search(text):  # a customer's reminder done only with "reminder"
        return "done", scope, len(scope), None, None, ""
    return None


def _clause_spans(text: str, *, cjk_space: bool = False) -> list[tuple[int, int]]:
    """Where each clause of `text` starts and ends; `cjk_space`: a space between Chinese words parts two."""
    spans, start = [], 0
    breaks = sorted(
        [*_CLAUSE.finditer(text), *(CJK_SPACE.finditer(text) if cjk_space else [])], key=lambda m: m.start()
    )
    for sep in breaks:
        if text[start : sep.start()].strip():
            spans.append((start, sep.start()))
        start = sep.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _told(clause: str, verb: re.Match[str] | None) -> bool:
    """Whether the change word is in what someone said ("王丽萍说招标推到下个月了", "ravi says they moved
    it")."""
    told = TOLD.search(clause)
    return verb is not None and told is not None and told.start() < verb.start()


def _blank_theirs(text: str, clauses: list[tuple[int, int]], end: int) -> str:
    """`text` up to `end`, each of `clauses` that tells what someone else does or said blanked."""
    out = text[:end]
    for start, stop in clauses:
        clause = text[start:stop]
        if _POINTED.search(clause) or _NOUN.search(clause):  # "the 3pm one, move it to thursday"
            continue
        if TOLD.search(clause) or their_plan(clause):
            out = out[:start] + " " * (stop - start) + out[stop:]
    return out


_SAME = re.compile(r"(?:same|still|time|as before|pls|please|instead|同一?时间|一样|还是|照旧|\W)*", re.I)


# A Chinese weekday said alone ("礼拜三", "周三"; not "这周三", "今天"), as a reminder's new day.
_BARE_CN_WEEKDAY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]")


def _day_at_the_same_time(ctx: Ctx, words: str) -> When | None:
    """ "to the 18th same time": the day said, the reminder's own time kept (None when no day is said, or
    a time is said too). "same time" is blanked in place, so the day's spans still point into `words`."""
    if not _SAME_TIME.search(words):
        return None
    when = find_when(_SAME_TIME.sub(lambda m: " " * len(m.group(0)), words), now=ctx.now, tz=ctx.tz)
    return when if when is None or not when.has_time else None


_SAME_TIME = re.compile(
    r"[\s,，]*(?:(?:at\s+)?(?:the\s+)?same\s+time|same\s+slot|同一时间|时间不变|同样时间|同一個?時間|時間不變)",
    re.IGNORECASE,
)


def _target_words(text: str, clauses: list[tuple[int, int]], number: int, at: int) -> str:
    """The words the reminder moves to: the rest of the changing clause, and the next clause when it only
    says the time ("ben moved the demo to fri 28th, same 2pm", "she moved it to tues 1st, 10am still")."""
    words = text[at : clauses[number][1]]
    if number + 1 < len(clauses):
        start, end = clauses[number + 1]
        following = text[start:end]
        clock = [m for m in _CLOCK_ONLY.finditer(following) if m.group(0).strip()]
        if clock and _SAME.fullmatch(_CLOCK_ONLY.sub(" ", following)):
            return text[at:end]
    return words


# A clause told of someone else, done already: "jen already sent the docs", "Pádraig already emailed over the
# pilot results", "陈志刚已经把合同发过来了" (not "I already sent…", "我已经…").
_THEIR_DEED = re.compile(
    # (two words between: "he rang me already", "bill sent it already")
    r"^\s*(?!(?:i|we|i've|we've|i'd|me)\b)(?:(?:he|she|they|[a-z][\w'’.-]+)(?:\s+[a-z][\w'’-]+){0,2})\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:already|just)\b"
    # (a word of English between: "聂红 demo 已经 confirm 了")
    r"|^\s*(?!我)[\u4e00-\u9fff]{2,4}?\s*(?:[a-z][\w-]*\s*){0,2}?(?:已经|已)(?!经?(?:打|拜访|见|去))",
    re.IGNORECASE,
)


def _their_deed_beside(text: str) -> bool:
    """Whether the message closes a reminder it names ("kpp reminder done") and its other clauses only tell
    what the customer's people did already ("jen already sent the docs"): the reason it is done, not news of
    an interaction of the user's to log."""
    parts = [p for p in _CLAUSE.split(text) if p.strip()]
    closing = [p for p in parts if _NOUN.search(p) and (_DONE.search(p) or _CANCEL.search(p))]
    others = [p for p in parts if p not in closing]
    return bool(closing) and bool(others) and all(_THEIR_DEED.search(p) for p in others)


def _news_beside(text: str) -> bool:
    """A clause that tells of an interaction had, beside the one that changes the reminder ("HBZJ 的 meeting
    改到周四，今天先电话 align 了一下"): the message is news as well, left to the reader. Chinese typed on a
    phone puts a space between clauses ("上午去港城仓储见了孙总 下午去北仑模具见了戴海涛 …")."""
    parts = [p for part in _CLAUSE.split(text) for p in CJK_SPACE.split(part) if p.strip()]
    changing = [
        p for p in parts if _CANCEL.search(p) or _DONE.search(p) or _MOVE_TO.search(p) or _SHIFT.search(p)
    ]
    return any(
        p not in changing and lx.PAST_MARKERS.search(p) and _kind_news(p, changing) and not _their_words(p)
        for p in parts
    )


def _their_words(clause: str) -> bool:
    """Whether `clause` is what someone of theirs said ("蒋总说合同年后直接邮件过", "she said she'd email it
    over"): the reason given for the change, not an interaction of the user's to log."""
    said = lx.THEIR_SAYING.search(clause)
    kinds = [m.start() for k in KIND_PATTERNS.values() for m in k.finditer(clause)]
    return said is not None and bool(kinds) and all(said.end() <= at for at in kinds)


def _kind_news(clause: str, changing: list[str]) -> bool:
    """Whether `clause` tells of an interaction, other than the deed of the reminder it closes ("宽窄那个送
    报价的提醒取消，已经送过去了": the quote was sent, so the reminder goes; that is its reason, no news)."""
    said = [
        m.group(0)
        for k in KIND_PATTERNS.values()
        for m in k.finditer(clause)
        if not (m.group(0).startswith("去") and clause[max(m.start() - 1, 0) : m.start()] in _THITHER)
    ]  # "送过去了", "寄过去了": sent over, no visit
    return any(not any(word in other for other in changing) for word in said)


_THITHER = frozenset("过回出进上下")


# A task closed: "you can close the LPO follow up for tomorrow" (not "close the deal").
_CLOSED_TASK = (  # (only "close" is the done word: what follows names the task)
    r"(?<![a-z])close(?:\s+off)?(?=\s+(?:the|that|this|my)\s+(?:[\w'’/-]+\s+){0,4}?"
    r"(?:follow[- ]?ups?|f/u|reminders?|tasks?)(?![a-z]))"
)


# A task said done beside news of how it went: "done w the heartland pricing call, travis was happy",
# "给孙悦然打电话催合同的事搞定了，…", "個提醒可以剔咗", "報價覆咗喇，done", "cross off the … reminder",
# "提醒划掉吧".
_DONE_BESIDE = re.compile(
    r"(?<![a-z])(?:done|completed?|finished|ticked"
    r"|(?:tick|cross|check|close)(?:ed|es|s)?\s+(?:(?:it|that|this|them|one|the|my|reminder)\s+){0,2}(?:off|out)"
    # no more need to be reminded: "kill that reminder", "you can drop the reminder", "that reminder can go"
    r"|(?:kill|drop|delete|remove|scrap|bin|ditch|clear)\s+(?:it|(?:that|this|the|my|\w+['’]s)\s+(?:one|reminder))"
    rf"|{_CLOSED_TASK}"
    r"|reminder\s+can\s+go|no\s+need\s+(?:for\s+the\s+reminder|to\s+remind\s+me)"
    # Spanish: "tacha ese pendiente" (cross it off), "ya quedó ese pendiente" (it is done), "borra el
    # recordatorio"
    r"|tacha\s+(?:ese|este|el)\s+(?:pendiente|recordatorio)|ya\s+qued[óo]\s+(?:ese|este|el)\s+pendiente"
    # ("quita el recordatorio de mañana")
    r"|(?:borra|quita|cancela|elimina)\s+(?:ese|este|el)\s+recordatorio)(?![a-z])"
    r"|(?:已经|已)?(?:完成|搞定|搞掂|做完|办完|确认完)(?:了|咗|喇|啦)*|(?:可以)?(?:剔|划|劃)(?:咗|走|除|掉|了)+"
    r"|(?:不用|不使|不洗|唔使|唔洗|不需要|不必)再?(?:提醒?我?|留)(?:了|喇|啦)*|提醒(?:就)?(?:不用|不要)了",
    re.I,
)
# Words that point at one reminder: "the 3pm one", "the 3pm maple hollow one", "that one", "那个", "個提醒".
_POINTED = re.compile(
    # (its day may follow: "the morning one tmrw", "the 2pm one next week")
    r"\b(?:that|this|the)\s+(?:[\w'’&-]+\s+){0,4}?one(?:\s+(?:on\s+|next\s+)?[\w'’]+)?\s*$|\b(?:that|this)\s+one\b"
    r"|那个|这个|嗰个|个提醒",
    re.I,
)
_SOON = timedelta(days=14)
_EARLY = timedelta(days=2)  # a task due this much ahead, said done beside news, is that task done early


def done_beside_news(ctx: Ctx, text: str) -> tuple[Reminder, str] | None:
    """The reminder a message says done while it tells news of how it went, and the message without the
    words that say it done (for the reader: "搞定了" is no won deal here, "個提醒可以剔咗" no new reminder).
    The reminder is one of yours, due within two weeks (or overdue), of a customer the message names (or of a
    contact of it); with the word "reminder" it is the one such, else the one whose task shares a word
    with the message ("pricing call", "合同条款", "報價"). None when no such one, or several, or the done
    word is somebody's words ("ravi says it's done"), or the message is one clause (no news beside it)."""
    bare = simplified(text)
    said = _DONE_BESIDE.search(bare) or _TICKED_AFTER.search(bare)
    if said is None or _DEAL_BEFORE.search(bare, 0, said.start()):
        return None  # ("温州鞋业那单搞定了": the deal done, won, not a reminder's task)
    clauses = _clause_spans(bare, cjk_space=True)  # ("…提醒可以划掉了 已经签了": typed as two clauses)
    lead = _DONE_WITH.match(bare) or _TICKED_AFTER.search(bare)
    if len(clauses) < 2 and lead is None:
        return None  # "fernhill samples done": no news beside; a customer's reminder only with "reminder"
    clause = next(((a, b) for a, b in clauses if a <= said.start() < b), (0, len(bare)))
    if _told(bare[clause[0] : clause[1]], _DONE_BESIDE.search(bare[clause[0] : clause[1]])):
        return None
    rest = bare[: said.start()] + " " * (said.end() - said.start()) + bare[said.end() :]
    found = [r for r in reminders_named(ctx, rest) if r.due_at <= ctx.now + _SOON]
    if not _NOUN.search(bare):
        found = [r for r in found if shares_task(task_of(ctx, r), rest)]
    if len(found) > 1:  # a first name two customers' people share ("dave"): what the news says tells
        found = _loosely_named(ctx, rest, None, move=False, among=found)
    elif not found and (_NOUN.search(bare) or _POINTED.search(bare[clause[0] : clause[1]])):
        # "给柯总的电话已经打了，那个提醒不用了": the reminder the news names loosely, among those due soon
        found = [r for r in _loosely_named(ctx, rest, None, move=False) if r.due_at <= ctx.now + _SOON]
    if len(found) != 1:
        return None
    ahead = found[0].due_at.astimezone(ctx.tz).date() - ctx.now.astimezone(ctx.tz).date()
    if ahead > _EARLY and not (_NOUN.search(bare) or _POINTED.search(bare) or _CROSSED.search(bare)):
        # "Teams call w Tama yesterday - tender clarifications all done" beside "call Tama about the tender"
        # due in two weeks: news of a task, maybe not that one (a task of tomorrow done today is that one);
        # a reminder further ahead is done only when the message points at it
        return None
    if len(clauses) < 2 and lead is not None:
        # "done with the Thabo Nkosi call 👍": the call planned for today (or overdue) took place; one
        # due later is not yet this one, and the message is read as news alone
        if found[0].due_at.astimezone(ctx.tz).date() > ctx.now.astimezone(ctx.tz).date():
            return None
        without = (text[lead.end() :] if lead.start() == 0 else text[: lead.start()]).strip(" ,，。.;；-–—")
        return (found[0], without) if without else None
    # "個提醒可以剔咗", "you can close the PO follow up for tomorrow": the clause only says which is done
    if (
        _NOUN.search(bare[clause[0] : clause[1]])
        or re.search(_CLOSED_TASK, bare[clause[0] : clause[1]], re.I)
        or _CROSSED_OFF_FIRST.match(bare, clause[0])  # "tick off the friday chase for Wayne, …"
    ):
        said_customer = [
            text[clause[0] + m.start : clause[0] + m.end]
            for m in ctx.store.search.mentions(text[clause[0] : clause[1]])
            if m.customer_id == found[0].customer_id
        ]  # "…, mark the raffles marine reminder done": the customer's name is kept for the news
        news = text[: clause[0]] + text[clause[1] :]
        told = lx.WON_WORDS.search(news) or lx.LOST_WORDS.search(news)
        if not said_customer and told and (owner := _customer_of(ctx, found[0])) is not None:
            said_customer = [owner + " "]  # "催郑总签合同那个提醒可以划掉了 已经签了": whose win it is
        without = text[: clause[0]] + (said_customer[0] if said_customer else "") + text[clause[1] :]
    else:
        without = text[: said.start()] + text[said.end() :]
    without = without.strip(" ,，。.;；-–—")
    if _THE_TASK_DONE.fullmatch(without):
        return found[
            0
        ], ""  # "already chased Alma this morning, you can close the PO follow up": done, no news
    return (found[0], without) if without else None


# A clause that opens by crossing a task off names the task in the rest of it: "tick off the friday chase
# for Wayne", "cross off the sample drop at Fernhill" (none of its words is news).
_CROSSED_OFF_FIRST = re.compile(
    r"\s*(?:(?:pls|please|can\s+you|u\s+can|you\s+can)\s+)?(?:tick|cross|check)\s+off\b", re.IGNORECASE
)


# What is left beside a task closed when it only says the task was done: "already chased Obaid this morning".
_THE_TASK_DONE = re.compile(
    r"\s*(?:i\s+|we\s+)?(?:already\s+|just\s+)?(?:chased|pinged|followed up(?:\s+with)?|nudged)"
    r"\s+[\w'’. -]{1,40}?"
    r"(?:\s+(?:this morning|this am|today|just now|earlier|already))?\s*",
    re.IGNORECASE,
)


def _outcome_beside(ctx: Ctx, text: str) -> bool:
    """Whether the news beside a reminder said done tells the deal won or lost ("…提醒可以划掉了 已经签了"):
    both are stored (`done_beside_news`), not the reminder alone."""
    beside = done_beside_news(ctx, text)
    return beside is not None and bool(lx.WON_WORDS.search(beside[1]) or lx.LOST_WORDS.search(beside[1]))


def _customer_of(ctx: Ctx, reminder: Reminder) -> str | None:
    """The name of the customer `reminder` is for, if any."""
    customer = ctx.store.customers.get(reminder.customer_id) if reminder.customer_id is not None else None
    return customer.name if customer is not None else None


# The deal named right before a done word: "那单搞定了", "the deal is done".
_DEAL_BEFORE = re.compile(
    r"(?:那单|这单|单子|那张单|呢单|\bdeal(?:\s+is)?)\s*(?:已经?|终于|也)?\s*$", re.IGNORECASE
)


# A task said done with, alone: "done with the Thabo Nkosi call 👍", "finished w/ the site visit".
_DONE_WITH = re.compile(
    r"^\W*(?:(?:ok|okay|so|right|phew|ja|yep)\W+)*(?:i['’]?m\s+|i\s+am\s+)?(?:all\s+)?(?:done|finished)\s+w(?:ith\b|/)",
    re.I,
)
# A tick after the news of the task done: "Sarah's email sent ✅", "Wouter has the final offer, sent it ✔".
_TICKED_AFTER = re.compile(r"\s*(?:✅|☑️?|✔️?)\s*$")
# Words that say a reminder is the thing done, not news of a deed: it is pointed at ("那个", "嗰個", "that
# one"), called a reminder, or ticked off a list ("tick it off", "cross it off", "划掉", "剔咗").
_CROSSED = re.compile(
    r"(?<![a-z])(?:tick|cross|check)(?:ed|es|s)?\s+(?:(?:it|that|this|them|one|the|my|reminder)\s+){0,2}(?:off|out)"
    rf"|{_CLOSED_TASK}"
    r"|(?:划|劃)(?:掉|走|咗)|剔(?:咗|走|除|掉)|打(?:个|個)?(?:勾|钩|鉤|✓|√)|✅|☑|✔",
    re.I,
)
# The thing reminded of said called off: its reminder is cancelled, not done.
_CALLED_OFF = re.compile(r"\b(?:cancell?ed|called off|scrapped)\b|取消了", re.IGNORECASE)
# A done said loosely: beside the done words of `_DONE_BESIDE`, "弄完了", "弄好了", "all done", "done w/".
_DONE_LOOSELY = re.compile(
    r"(?<![a-z])(?:done|finished)\s+w(?:ith|/)?(?![a-z])|弄(?:完|好)了?|all\s+done", re.I
)
# What carries no news beside the reminder it names: filler, "overdue"/"过期", a directional "送过去".
_NO_NEWS = re.compile(
    r"(?<![a-z])(?:can|all|now|just|ok|okay|yep|yes|already|that|this|it|one|off|w|with|the|re|is|was|be|as|"
    r"overdue|late|pls|please|thanks|ta)(?![a-z])"
    r"|过期|逾期|已经|已|了|咗|喇|啦|吧|哈|呀|啊|嘅|的|过去|过来|都|就|可以|帮我|一下|那个|这个|嗰个|个"
    r"|给|俾|跟|同|和|与",  # (to whom, with whom: "打俾Winnie" is "打电话给Winnie")
    re.I,
)


def done_loosely(ctx: Ctx, text: str) -> list[Reminder]:
    """The reminders of yours (due within two weeks, or overdue) a message says done loosely, in no fixed
    phrase: "done w/ the ray call, tick it off", "jeremy call done, can tick that off",
    "Harbourfront打俾Winnie嗰個搞掂咗", "远洋那个跟Kevin确认运价的 已经搞定了 划掉吧", "荆州楚天那个过期的提醒
    方案已经送过去了 完成".
    The message says done, points at the thing done as a reminder (`_NOUN`, `_POINTED`, `_CROSSED`), and
    every other word it says is a word of the reminder, its customer or its customer's people: no news beside
    (a deal won, an amount, another deed: those stay the reader's, with `done_beside_news`). Several that fit
    are all returned (asked about); none when somebody else said it done ("王总说搞定了")."""
    bare = simplified(text)
    if _CALLED_OFF.search(bare) or _CANCEL_ASKED.match(bare):
        # "ben cancelled the parent app demo, kill that reminder": called off, not done (a cancel);
        # "cancel the call reminder with X, it's sorted", "取消…的提醒，搞定了": a cancel, its reason after
        return []
    done = [m for p in (_DONE_BESIDE, _DONE, _DONE_LOOSELY, _CROSSED) for m in p.finditer(bare)]
    if not done or not (_NOUN.search(bare) or _POINTED.search(bare) or _CROSSED.search(bare)):
        return []
    if any(_told(bare[a:b], m) for m in done for a, b in _clause_spans(bare) if a <= m.start() < b):
        return []
    rest = bare
    for m in done:
        rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    rest = _NO_NEWS.sub(" ", _NOUN.sub(" ", rest))
    units = _units(rest)
    if not units:
        return []
    mine = [r for r in ctx.store.reminders.open_for(ctx.user.id) if r.due_at <= ctx.now + _SOON]
    customers = ctx.store.customers.by_ids([r.customer_id for r in mine if r.customer_id])
    fits = []
    for reminder in mine:
        words = [simplified(reminder.text).lower()]
        customer = customers.get(reminder.customer_id or 0)
        if customer is not None:
            people = ctx.store.customers.contacts(customer.id, former=True)
            words += [
                simplified(w).lower() for w in (customer.name, *customer.aliases, *(c.name for c in people))
            ]
        if _all_said_of(rest, units, " ".join(words)) and _shared(units, words[0]):
            fits.append(reminder)
    return fits


def _all_said_of(rest: str, units: set[str], words: str) -> bool:
    """Whether every word of `rest` is one of `words`: each English word (`_shared`), each Chinese character
    (pairs would span two words: "博远给刘伟" is 博远 + 给 + 刘伟)."""
    latin = {u for u in units if u.isascii()}
    return _shared(latin, words) == latin and all(c in words for c in _CJK.findall(rest))


_CJK = re.compile(r"[\u4e00-\u9fff]")


def mark_done(ctx: Ctx, reminder: Reminder) -> Reply:
    complete_reminder(ctx, reminder)
    return ctx.confirm(ctx._("Done: {text}", text=reminder.text))


def _the_reminders(
    ctx: Ctx, what: str, ref: Reference, *, named: bool, move: bool = False, reported: bool = False
) -> list[Reminder]:
    """The reminders the words point at: a customer's (or its contact's) named with the word "reminder",
    the days or time of day it is due or what it is for ("call", "回访"); those of the days or time said alone
    with "my monday reminder", "下午三点那个提醒", "the may one"; all of yours with a bare "that reminder"
    (asked about when several); else those of yours the words name loosely (`_loosely_named`)."""
    if not _units(what):
        if not named and not (ref.narrows and ref.first == ref.last):  # "bump the 11am to 2pm"
            return []
        mine = ctx.store.reminders.open_for(ctx.user.id)
        return [r for r in mine if ref.keeps(r.due_at.astimezone(ctx.tz))]
    found = [r for r in reminders_named(ctx, what) if ref.keeps(r.due_at.astimezone(ctx.tz))]
    if not found and any(m.customer_id for m in ctx.store.search.mentions(what)):
        return []  # "銅鑼灣健康 meeting 改咗去 next Wed": a customer with no such reminder names no other's
    if named or ref.narrows:
        if len(found) > 1:  # "move the QAT booking software demo to thurs …": the one of theirs it says
            # (a reminder said outright: its words count even where a deal's title has them too, "QAT jet
            # boat contract - shift that reminder to fri 2pm" for the jet boat fleet deal's contract)
            best = _loosely_named(ctx, what, ref, move=move and not named, among=found)
            return best if len(best) == 1 else found
        return found or _loosely_named(ctx, what, ref, move=move)
    if found:  # a customer named: its reminder only when the words say what it is for
        return _loosely_named(ctx, what, ref, move=move, among=found, reported=reported)
    return _loosely_named(ctx, what, ref, move=move)


def _loosely_named(
    ctx: Ctx,
    what: str,
    ref: Reference | None,
    *,
    move: bool,
    among: list[Reminder] | None = None,
    reported: bool = False,
) -> list[Reminder]:
    """The open reminders of yours that share the most words with `what` ("the rockford demo", "平湖那个视频
    会议", "同陳生傾合約", "给柯总打电话那个"): an English word of three letters or more, or two Chinese
    characters in a row, of the reminder's words or its customer's name; the day said keeps the ones due that
    day. A user has few reminders, so one that fits best is the one meant; several that fit as well are
    all returned (and asked about). A move said with a deal word ("海宁恒泰签约推到6月底") counts no words of
    the customer's name: the close may be what moves, not the reminder. `among`: the reminders of the
    customer the words name; told as done already (`reported`), one of them needs a word of what it is for
    ("call", "回访") or two of its words ("plant tour", "曾总谈价格"): "quillfeather cancelled the reprint
    order" is news, "lantern point signing is off, drop it" an order."""
    # (no customer named, no deal to move: "签合同那个推到五一回来第一天" names the reminder's deed)
    named = any(m.customer_id for m in ctx.store.search.mentions(what))
    deal_move = move and bool(lx.DEAL_NOUN.search(what)) and named
    units = _units(lx.DEAL_NOUN.sub(" ", what) if move and named else what)
    mine = among if among is not None else list(ctx.store.reminders.open_for(ctx.user.id))
    if ref is not None:
        mine = [r for r in mine if ref.keeps(r.due_at.astimezone(ctx.tz))]
    if not units or not mine:
        return []
    customers = ctx.store.customers.by_ids([r.customer_id for r in mine if r.customer_id])
    names = {key: simplified(customer.name).lower() for key, customer in customers.items()}
    if not deal_move:  # its contact said as people are addressed: "房总那个提醒", "刘主任那个"
        for key in names:
            names[key] += " " + " ".join(
                _addressed(c.name, c.title) for c in ctx.store.customers.contacts(key)
            )
    if deal_move:  # "云帆数据平台签约推到3月底": the deal's title names the deal, like the customer's name
        for key in names:
            deals = ctx.store.deals.for_customer(key, open_only=True)
            names[key] += " " + " ".join(simplified(d.title).lower() for d in deals)
    scored: list[tuple[int, Reminder]] = []
    for reminder in mine:
        name = names.get(reminder.customer_id or 0, "")
        said = units - _units(name) if deal_move or among is not None else units
        task = simplified(reminder.text).lower()
        if reported and among is not None and len(_shared(said, task)) < 2 and not _says_what_for(what, task):
            continue  # its customer named: one word alone ("cancelled the reprint order") is news
        scored.append(
            (len(_shared(said, f"{simplified(reminder.text).lower()} {'' if deal_move else name}")), reminder)
        )
    best = max((score for score, _ in scored), default=0)
    return [r for score, r in scored if score == best] if best else []


def _addressed(name: str, title: str | None) -> str:
    """For a Chinese name, the name and the ways it is addressed: family name and 总 (courtesy to anyone
    senior or in sales) or a word of the contact's own title ("房总", "刘主任", "鲍工"); else nothing."""
    name = simplified(name or "").strip()
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
        return ""  # (an English name: matched by the reminder's own words, not added to the customer's)
    family, title = family_name(name), simplified(title or "")
    return " ".join([name, f"{family}总", *(f"{family}{t}" for t in TITLE_WORDS if t != "总" and t in title)])


def _says_what_for(what: str, task: str) -> bool:
    """Whether the words say what the reminder is for ("call", "demo", "回访") as its own words do."""
    return any(m.group(0).lower() in task for m in _TASK.finditer(what))


def _units(words: str) -> set[str]:
    """The words a reminder may be named by: English words of three letters or more that say what it is
    (not "the", "push", "please" …), and each two Chinese characters in a row. A word that names a kind of
    deed ("visit", "call", "demo", "电话") is the kind ("~visit"): "my visit" is a plant tour as much as a
    site visit, and asked about when both fit."""
    words = simplified(words).lower()
    latin = {w for w in LATIN_WORD.findall(words) if w not in NOT_TASK}
    units = latin | {words[i : i + 2] for i in range(len(words) - 1) if CJK_PAIR.fullmatch(words[i : i + 2])}
    kinds = {kind for kind, named in _KIND_NAMED.items() if named.search(words)}
    plain = {u for u in units if not any(_KIND_NAMED[k].fullmatch(u) for k in kinds)}
    return plain | {f"~{k}" for k in kinds}


def _shared(units: set[str], text: str) -> set[str]:
    return {
        u for u in units
        if (_KIND_DONE[u[1:]].search(text) if u.startswith("~")
            else re.search(rf"(?<![a-z0-9]){re.escape(u)}", text) if u.isascii() else u in text)
    }  # fmt: skip


# The kinds of deed a reference names ("the call", "my visit", "那个电话") and the words a reminder says
# them in ("ring", "plant tour", "打电话").
_KINDS = ("call", "visit", "meeting", "email")
_KIND_NAMED = {
    kind: re.compile("|".join(word_pattern(w) for w in sorted(KIND_NAMES[kind], key=len, reverse=True)), re.I)
    for kind in _KINDS
}
_KIND_DONE = {
    kind: re.compile(
        rf"{_KIND_NAMED[kind].pattern}|{KIND_PATTERNS[kind].pattern}"
        + (r"|\b(?:plant|site|factory|facility)\s+tours?\b" if kind == "visit" else ""),
        re.I,
    )
    for kind in _KINDS
}


def _by_a_day_alone(words: str, rest: str, ref: Reference) -> bool:
    """Whether a reminder is named by one day or a time of day and nothing else ("禮拜五的提醒", "friday's
    reminder", "the 11 o'clock one")."""
    alone = ref.first == ref.last and (ref.first is not None or ref.clock is not None)
    rest = _THE_OTHER.sub(" ", rest).strip()  # "cancel the 11 o'clock one and the other one": asked which
    return (bool(_NOUN.search(words)) or ref.pointed) and alone and not rest


_THE_OTHER = re.compile(r"\b(?:and|&)?\s*(?:the\s+)?other(?:\s+one)?\b|(?:和|跟)?另外一?个", re.IGNORECASE)


def _none_due_then(ctx: Ctx, what: str, ref: Reference) -> Reminder:
    """A reminder named by a day, a span of days ("下禮拜的提醒") or a time of day alone at which none of
    yours is due ("cancel my thursday reminder", "把禮拜五的提醒取消", "cancel the 11 o'clock one"): which
    one is meant is asked, your open reminders as the choices (nothing is changed on a guess, and "none"
    is no answer to a change you asked for)."""
    found = list(ctx.store.reminders.open_for(ctx.user.id))
    if not found:
        raise UserError(ctx._("None of your open reminders is about “{what}”. See /reminders", what=what))
    if ref.first is not None:
        days = ctx.day(ref.first)
        if ref.last is not None and ref.last != ref.first:
            days += f" – {ctx.day(ref.last)}"
        question = ctx._("No reminder of yours is due {day}. Which one do you mean?", day=days)
    else:
        question = ctx._(
            "No reminder of yours is due at {time}. Which one do you mean?", time=f"{ref.clock:%H:%M}"
        )
    return _picked(ctx, found, what, question)


def _one_of_yours(ctx: Ctx, text: str) -> Reminder:
    """A reminder said with no words naming it ("mark my reminder done"): your one open reminder, else the
    one picked among them (a guess would tick off the wrong one)."""
    found = list(ctx.store.reminders.open_for(ctx.user.id))
    if not found:
        raise UserError(ctx._("You have no open reminders. Set one with /remind Acme call back tomorrow 3pm"))
    return _one(ctx, found, text)


def _one(ctx: Ctx, found: list[Reminder], text: str) -> Reminder:
    """The one of `found` the message means: the only one, or the only one whose customer the message names
    by its name anywhere ("fraser valley mtg monday is off, … kill the reminder": the clause that names it
    tells the reason), else the one the user picks."""
    if len(found) == 1:
        return found[0]
    named = {m.customer_id for m in ctx.store.search.mentions(text) if m.evidence in _BY_NAME}
    narrowed = [r for r in found if r.customer_id in named]
    if len(narrowed) == 1:
        return narrowed[0]
    return _picked(ctx, found, text, ctx._("Which reminder?"))


_BY_NAME = frozenset({Evidence.NAME, Evidence.ALIAS, Evidence.SHORT})


def _picked(ctx: Ctx, found: list[Reminder], text: str, question: str) -> Reminder:
    """The reminder of `found` picked for `text` (asked with `question` until one is)."""
    key = "reminder:" + text.lower()
    picked = [r for r in found if str(r.id) == str(ctx.picks.get(key))]
    if picked:
        return picked[0]
    customers = ctx.store.customers.by_ids([r.customer_id for r in found if r.customer_id])
    options = [Option(reminder_line(ctx, r, customers.get(r.customer_id or 0)), r.id) for r in found[:6]]
    raise NeedChoice(key, question, options)


_BARE_HOUR = re.compile(r"\s*(?:at\s+)?\d{1,2}\s*")


def _to_hour(ctx: Ctx, reminder: Reminder, words: str) -> Reply | None:
    """ "till 11", "推到11": the reminder moved to that hour of its day, the nearer of the two hours the
    number can be (`corrections.nearer_hour`); None (the message read as any other) when both are as near."""
    due = reminder.due_at.astimezone(ctx.tz)
    hour = nearer_hour(due.hour * 60 + due.minute, int(re.sub(r"\D", "", words)))
    if hour is None:
        return None
    return move_to(ctx, reminder, due.replace(hour=hour, minute=0), keep_time=False)


def _shift_of(match: re.Match[str]) -> timedelta:
    """ "推迟一周", "往后延两天", "提前一天", "push it back 2 days": how far the reminder moves."""
    count_text = (
        match.group("n") or match.group("en") or match.group("wn") or match.group("ln") or match.group("zn")
    ).lower()
    unit = (
        match.group("unit")
        or match.group("enunit")
        or match.group("wunit")
        or match.group("lunit")
        or match.group("zunit")
    )
    unit = unit.lower().lstrip("个").rstrip("s")
    count = int(count_text) if count_text.isdigit() else _WORDS.get(count_text) or cn_integer(count_text)
    count = count or 1
    hour, week = timedelta(hours=1), timedelta(weeks=1)
    units = {"小时": hour, "钟": hour, "hour": hour, "周": week, "星期": week, "礼拜": week, "week": week}
    step = units.get(unit, timedelta(days=1))
    early = match.group("early") or match.group("learly") or match.group("zearly")
    return -count * step if early else count * step


_CLOCK_ONLY = re.compile(
    r"\s*(?:at\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*|(?:[上下]午|早上|晚上)?\S{1,3}[点:]\S{0,2}",
    re.I,
)


def _time_only(words: str, when: When) -> bool:
    """ "make it 2pm instead": a time of day alone, the reminder's day kept."""
    return all(_CLOCK_ONLY.fullmatch(words[a:b]) for a, b in when.spans)
