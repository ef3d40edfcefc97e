"""The free-text handler: what a rep types without a command, understood and stored in one change set.

One reply confirms everything stored from the message, with one Undo button for all of it.
Parts that need an answer (see `actions`) are asked about in follow-up questions; a customer
that is unclear is asked about first, because every part depends on it. The reading rules live in
their own modules; this one decides in which order they are asked.
"""

from __future__ import annotations

import calendar
import re

from handlers.commands import account, customers, pipeline, reminders
from handlers.commands.help import free_text_pointer, help_command, small_talk_reply
from handlers.context import Ctx
from handlers.errors import UserError
from handlers.messages import Reply
from handlers.parsing.clock_times import half_hour_unsure
from handlers.parsing.dates import day_taken_back, either_of_two, find_when, some_time_in
from handlers.parsing.dictation import spoken_punctuation
from handlers.parsing.hanzi import simplified
from handlers.parsing.holiday_calendar import country_of
from handlers.parsing.numerals import cn_integer
from handlers.questions import NeedChoice, Option
from handlers.registry import as_list
from handlers.resolve import decide
from handlers.understanding import colleague
from handlers.understanding import lexicon as lx
from handlers.understanding.answered_fix import take_answered
from handlers.understanding.bare_mention import read_bare_mention, went_to
from handlers.understanding.contact_changes import change_words
from handlers.understanding.contacts import read_news
from handlers.understanding.context_reading import read_message
from handlers.understanding.correcting import (
    about_another_customer,
    apply_correction,
    card_put_right_unread,
    card_text,
    correction_in,
    customer_span,
    stated_fix,
    taken_back,
)
from handlers.understanding.corrections import remember
from handlers.understanding.customer_link import NAME_FIELDS, Found, best_hits
from handlers.understanding.customers import locate_customer
from handlers.understanding.day_summary import summary_updates, understand_each
from handlers.understanding.deal_record import check_against_the_record, nothing_changed
from handlers.understanding.decision_path import record
from handlers.understanding.doubted import LUNAR_YEAR_END, QUARTER_ALONE
from handlers.understanding.family_and_title import named_at_several
from handlers.understanding.follow_up import reason_for_the_loss, reason_put_right, said_of_the_last
from handlers.understanding.former_contacts import left_the_customer
from handlers.understanding.further_customers import other_customers
from handlers.understanding.intents import (
    about_the_day,
    is_chit_chat,
    is_data_request,
    is_question,
    is_unsure,
    without_aside,
    without_greeting,
)
from handlers.understanding.kind_put_right import kind_put_right
from handlers.understanding.named_after import asked_whose, completed, told_by_someone
from handlers.understanding.news_beside import keep_the_news
from handlers.understanding.no_customer import moved_by_someone, without_customer
from handlers.understanding.pasted_row import is_pasted_row
from handlers.understanding.people import details_are_not_interactions
from handlers.understanding.plan import plan_for
from handlers.understanding.preview import confirm_first
from handlers.understanding.questions import answer_question
from handlers.understanding.reading import Reading
from handlers.understanding.same_for_another import same_for_another
from handlers.understanding.several_records import several_records
from handlers.understanding.two_customers import store_each
from handlers.understanding.which_day import ask_which_day
from handlers.understanding.which_hour import ask_which_hour, half_hour_choice, with_hours_picked

_FIXES = (
    customer_span,
    correction_in,
    apply_correction,
    card_text,
)  # how a follow-up puts the last message right
QUERIES = {
    "today": reminders.today,
    "pipeline": pipeline.pipeline,
    "reminders": reminders.reminders,
    "help": help_command,
    "undo": account.undo,
}


def _unbracketed(text: str) -> str:
    """A message said wholly in brackets, as an aside ("(not today - it was yesterday, sorry)", "（是昨天的
    事）"), reads as the words inside."""
    inner = re.fullmatch(r"\s*[(（]([^()（）]+)[)）]\s*", text)
    return inner.group(1).strip() if inner else text


def understand(ctx: Ctx, text: str) -> list[Reply]:
    """Default handler for text that is not a command."""
    text = spoken_punctuation(_unbracketed(text))  # "… period they want … period": dictated full stops
    text = day_taken_back(text, now=ctx.now, tz=ctx.tz)  # "follow up thursday hmm no, just friday"
    text = without_greeting(text)  # "how far. logging 2: …"
    text = with_hours_picked(ctx, text)  # "at 3" answered with 15:00
    answered = take_answered(ctx, text, customer_span, understand)  # the answer, and a value put right
    answered = answered or completed(ctx, text, understand)  # "恒远物流的赵建华" after "跟赵总开会了"
    if answered is not None:
        return answered
    items = summary_updates(ctx, text)
    if items is not None:
        return understand_each(ctx, items, understand)  # "EOD:\n- visited acme …\n- globex 130k now"
    if is_chit_chat(text):
        record("chit_chat")
        return [small_talk_reply(ctx)]
    to = colleague.addressed_to(ctx, text)
    if to is not None:
        record("chit_chat")
        return [colleague.stored_nothing(ctx, to)]
    ours = colleague.colleague_plans(ctx, text)
    if ours is not None:
        record("chit_chat")
        return [colleague.plan_not_ours(ctx, ours)]  # "Alex is calling Paul at Granite friday"
    whom = colleague.reminded_colleague(ctx, text)
    if whom is not None:  # "remind fergus to send imogen the terms tmrw": a reminder is the user's own
        raise NeedChoice(
            colleague.REMIND_WHOM,
            ctx._(
                "Reminders are for you only: should I remind you of it instead of {name}?",
                name=whom,
            ),
            [Option(ctx._("Remind me"), "me")],
        )
    if is_pasted_row(text):
        record("pasted_row")
        raise UserError(
            ctx._(
                "That looks like a row from a spreadsheet: nothing was saved. Tell me what happened, e.g. "
                "“Umbrella deal now 45k”; to bring in a whole file, an admin runs salesbot import FILE.csv."
            )
        )
    if is_data_request(text):
        raise UserError(
            ctx._(
                "I don't delete, merge or rename from a chat message. Which command did you mean? See /help."
            )
        )
    undone = taken_back(ctx, text, understand)
    if undone is not None:
        return undone
    one_of_them = several_records(ctx, text)
    if one_of_them is not None:
        return one_of_them  # "make that 10am" right after two reminders at 9: which one? (asked, kept)
    kind_fixed = kind_put_right(ctx, text)
    if kind_fixed is not None:
        return kind_fixed  # "was a call actually, not meeting" right after "met ravi at …"
    again = same_for_another(ctx, text, understand)
    if again is not None:  # (before corrections: "sorry, initech too, not just globex" puts nothing right)
        return again  # "and the gcpp one same time" right after a reminder for summit
    fix = reason_for_the_loss(ctx, text) or reason_put_right(ctx, text) or correction_in(ctx, text)
    if fix is not None and about_another_customer(ctx, text, fix):
        fix = None  # "周四去不了恒远，改成下周一上午" after a message about 东方贸易: 恒远's own news
    stated = stated_fix(ctx, text) if fix is not None else None
    if fix is not None and stated is None:
        return apply_correction(ctx, fix, understand)
    text = stated or text  # "更正：X的金额是75万，不是70万" with nothing to correct: the change it states
    if fix is None:
        card_put_right_unread(ctx, text)
    reading = read_message(ctx, text)
    details_are_not_interactions(reading)
    if reading.query:
        return as_list(QUERIES[reading.query](ctx, ""))
    if reading.find_name and not _asks_about_a_known_one(ctx, reading):
        return as_list(customers.find(ctx, reading.find_name))
    reports = bool(reading.kind or reading.amounts or reading.stage or reading.outcome)
    if not reading.mark_asked and is_question(reading.text, about_work=reading.about_work, reports=reports):
        record("question")
        asked = without_aside(
            reading.text
        )  # "Q3 end Fri liao. which deals closing this Fri …?": the question's
        return answer_question(ctx, reading if asked == reading.text else read_message(ctx, asked))
    if (
        about_the_day(reading.text)
        and not (reading.persons or reading.amounts or reading.stage or reading.outcome)
        and locate_customer(ctx, reading, needed=False) is None
    ):
        record("chit_chat")
        return [small_talk_reply(ctx)]  # "long day of demos, heading home": how the day went, no one named
    needs_customer = (
        bool(reading.kind or reading.about_deal or reading.explicit_name or reading.new_customer)
        or bool(
            read_news(reading.text, reading.people)
            or told_by_someone(reading)
            or named_at_several(ctx, reading)
        )
        or any(i.kind in ("left", "move", "successor") for i in change_words(reading.text))
    )
    # ("the owner retired, his daughter kayla is running the place now": someone's news, at which customer?)
    found = locate_customer(ctx, reading, needed=needs_customer, said_of=True)
    follow_up = None if found is not None else said_of_the_last(ctx, text, understand, _FIXES)
    if follow_up is not None:
        return follow_up  # "oh and close end of june" right after "hawkeye 38k -> 41k": that deal
    if found is None and needs_customer:  # "跟赵总开会了": asked, and the name typed next completes it
        return asked_whose(ctx, reading.original, "log")
    if found is None and reading.doubts:
        raise UserError(
            ctx._(
                "Which customer's deal is “{words}” for, and in what unit? Send it again with both, "
                "e.g. “Acme 50k” or “华为 50万”.",
                words=", ".join(reading.doubts),
            )
        )  # "金额改成50"
    if found is None and not reading.steps and moved_by_someone(reading):
        return asked_whose(ctx, reading.original, "log")  # "they pushed kickoff to April": who did?
    if found is None and not reading.steps:
        return [free_text_pointer(ctx, text)]
    if found is None:
        return without_customer(ctx, reading) or _store(ctx, reading, None)
    if reading.doubts and not reading.amounts and not _only_the_outcome_doubted(reading):
        # "el miércoles a las 6" said on a Wednesday: both days as buttons (a week with no day is asked
        # after the doubt: "the amount will change, new figure next week" asks how much)
        ask_which_day(ctx, reading, weeks=False)
        raise UserError(_how_much(ctx, reading))
    _kind_word_of_the_name(reading, found)
    others, unsure = other_customers(ctx, reading, found)  # asks when it names one customer or another
    if is_unsure(reading.text) and not ctx.picks:
        raise UserError(
            ctx._(
                "You don't sound sure which it was, so nothing was saved. "
                "Which was it? Send it again once you know."
            )
        )
    if others:
        return store_each(ctx, reading, [found, *others], unsure)
    reading.doubts += unsure  # "called globex and umbrela": the second customer is not dropped unseen
    gone = (
        reading.occurred is not None and reading.occurred.at <= ctx.now
    )  # "went to X this morning, … I push
    # her again monday": the visit happened, beside the plan
    if (
        not (reading.kind or (reading.steps and not gone) or reading.outcome)
        # ("went sin heng this morning see lim towkay, …": been there; not "禮拜四要去禾豐開會", a plan)
        and (reading.about_deal or (gone and reading.text.lstrip().lower().startswith("went ")))
        and found.start >= 0
        and went_to(reading.text, found.start)
        and not _going_later(ctx, reading, found.start)
    ):  # "早上去了梅州客都，要方案": going there is the visit; what they want is its news
        reading.kind, reading.kind_guessed = "visit", "went"
    keep_the_news(ctx, reading, found)
    reading.doubts += left_the_customer(ctx, reading, found)  # "Victor emailed" when Victor left them
    already = check_against_the_record(ctx, reading, found)
    if already is not None:
        return [already]  # "hooli lost" when its deal is lost already: said so, nothing made up
    if not (reading.kind or reading.about_deal or reading.steps):
        card = read_bare_mention(ctx, reading, found)
        if card is not None:
            return [card]
    return _store(ctx, reading, found)


def _only_the_outcome_doubted(reading: Reading) -> bool:
    """Whether every doubt is the win or loss said with a hedge ("东方贸易那边年前估计没戏了，提醒我初八…"):
    asked on the card ("Not sure about: …估计没戏了"), beside what else the message says; "send it again with
    who, which day or how much" asked for nothing it lacked, and dropped the reminder."""
    doubted = reading.outcome_doubt
    if not doubted or not reading.steps:  # ("brightline lost?? no way": asked, no card that Save would store)
        return False
    return all(doubted in d or d in doubted for d in reading.doubts)


def _kind_word_of_the_name(reading: Reading, found: Found) -> None:
    """A kind word right after the words that found the customer, itself a word of the customer's name ("ipoh
    coffee revised quote…" for Ipoh Heritage Coffee Trading, "… Meeting Rooms Ltd"): part of the name said
    short, no meeting had."""
    span = reading.kind_span
    if span is None or found.start < 0 or not 0 <= span[0] - found.end <= 1:
        return
    if reading.text[found.end : span[0]].strip():
        return
    word = reading.text[span[0] : span[1]].lower()
    if re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", found.customer.name.lower()):
        reading.kind = reading.kind_span = None


def _store(ctx: Ctx, reading: Reading, found: Found | None, original: str | None = None) -> list[Reply]:
    """Plan the message, show the plan first unless it is certain, then store it; one reply confirms it
    with one Undo; follow-up questions come after it."""
    # ("the amount will change, new figure next week": how much is asked first, then which day)
    ask_which_day(ctx, reading, weeks=not (reading.repriced and not reading.amounts))
    ask_which_hour(ctx, reading)
    plan = plan_for(ctx, reading, found)
    lines, questions = confirm_first(ctx, plan)
    if not lines and not questions and reading.doubts:
        raise UserError(_how_much(ctx, reading))  # "美达 大概 200 到 300万之间吧" when the deal is 300万
    if not lines and not questions and reading.date_doubts:
        # "下周三去双流签合同" when the deal closes then already, and that Wednesday is 除夕: the day is asked
        raise UserError(ctx._("Which day do you mean by “{words}”?", words=reading.date_doubts[0]))
    replies = [ctx.confirm("\n".join(lines))] if lines else []
    if not replies and not questions:
        if found is not None and "deal" in plan.actions():
            remember(ctx, original or reading.original, stored=False)  # a correction may follow
            return [nothing_changed(ctx, found)]  # "globex 120k negotiation" when it is so already
        return [free_text_pointer(ctx, reading.text)]
    remember(ctx, original or reading.original)
    return replies + questions


def _asks_about_a_known_one(ctx: Ctx, reading: Reading) -> bool:
    """ "东方贸易的单子现在什么情况": a question about a customer named inside the words looked for, not a
    search for a customer called "东方贸易的单子现在什么" (which would be offered for creation)."""
    if decide(ctx.store.search.customers(reading.find_name or "", limit=3)).winner is not None:
        return False
    inside = any(h.match.field in NAME_FIELDS for h in best_hits(ctx, reading).values())
    return inside and is_question(reading.text, about_work=False)


# A doubt about money: a figure, a numeral word, "k"/"m" or a money word (`lx.MONEY_WORDS`) in its words.
_FIGURE = re.compile(r"\d|[十百千万亿几价]|(?<![A-Za-z])(?:k|m)(?![A-Za-z])", re.IGNORECASE)


# A share, not a sum: "unless we drop 15%", "打八五折", "百分之十" (a discount asked about is no "how much").
_SHARE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|percent\b|pct\b)|百分之\S{1,3}|[\d一二三四五六七八九]{1,2}(?:\.\d)?折"
)


# A day said only by an event whose day is not known: "before the acme call", "华为的会之前".
_BY_AN_EVENT = re.compile(
    rf"\b(?:before|after|ahead of|by)\s+"
    rf"(?P<event>(?:the\s+|our\s+|my\s+|their\s+)?(?:[\w&'’.-]+\s+){{0,3}}?(?:{lx.EVENT_EN})s?)\b"
    r"|(?P<event_cn>[^\s，,。]{1,10}?(?:会|拜访|见面|演示|demo))(?:之前|以前|前|之后|以后|后)",
    re.IGNORECASE,
)


def _a_day_in_doubt(ctx: Ctx, doubt: str) -> bool:
    """Whether the doubt is a day said whole and still unsure ("6/7" just gone by this year)."""
    when = find_when(simplified(doubt), now=ctx.now, tz=ctx.tz)
    return when is not None and when.day_said and when.doubt == simplified(doubt)


def _moneyish(doubt: str) -> bool:
    folded = _SHARE.sub(" ", simplified(doubt))  # the doubts are in the words as typed: 金額, 報價
    return bool(_FIGURE.search(folded) or lx.MONEY_WORDS.search(folded))


def _how_much(ctx: Ctx, reading: Reading) -> str:
    """The question for doubts the plan could not put on a card: "how much" only where they are about
    money ("几十万", "金额改成50"); a doubt of who, when or what ("换了对接人", "等过了端午再说") asks for
    the detail."""
    words = ", ".join(reading.doubts)
    days = [doubt for doubt in reading.doubts if _no_such_day(ctx, doubt)]
    if days:  # "call acme on 31/04", "4月31号": asked, saying why, not "how much is 31/04?"
        return ctx._("There is no {day}: that month is shorter. Which day did you mean?", day=", ".join(days))
    either = [doubt for doubt in reading.doubts if either_of_two(doubt, now=ctx.now, tz=ctx.tz)]
    if either:  # "fri at 10 or 11", "10/3 or 10/4", "早上还是中午": which one, not "how much is …?"
        return ctx._(
            "Which one do you mean, “{words}”? Send it again with one day and time.", words=", ".join(either)
        )
    stretches = [doubt for doubt in reading.doubts if some_time_in(doubt)]
    if stretches:  # "talk again in the new year": which day?
        return ctx._("Which day do you mean by “{words}”?", words=stretches[0])
    halves = [doubt for doubt in reading.doubts if half_hour_unsure(doubt, country_of(ctx.tz))]
    if halves and (when := find_when(simplified(halves[0]), now=ctx.now, tz=ctx.tz)) is not None:
        # "half 3" from Amsterdam: their own half hour (14:30) or the English one (15:30)? Both as buttons
        raise half_hour_choice(ctx, halves[0], when.at)
    ask_which_hour(ctx, reading)  # "meeting with Iara at 3 tomorrow", "kesho saa nne": am or pm?
    gone = [doubt for doubt in reading.doubts if _gone_by_today(ctx, doubt)]
    if gone:  # "remind me at 4" said at 16:40: today's or tomorrow's?
        return ctx._(
            "“{time}” today has already gone by: which day do you mean? Send it again with the day, "
            "e.g. “tomorrow {time}”.",
            time=gone[0],
        )
    # "义乌出口6/7签" on 10 June (this June 7 has gone by; July 6?), "提醒我下周…": which day, not "how much"
    dated = [d for d in reading.doubts if _a_day_in_doubt(ctx, d) or lx.PERIOD_ONLY.fullmatch(d)]
    if dated:
        return ctx._("Which day do you mean by “{words}”?", words=dated[0])
    quarters = [doubt for doubt in reading.doubts if QUARTER_ALONE.fullmatch(simplified(doubt).strip())]
    if quarters:  # "Pacific Rim 那边说 Q2 签": which day of the quarter, not "how much is Q2?"
        return ctx._(
            "Which day of “{quarter}” is the close date? Send it again with the day, e.g. “close 30 June”.",
            quarter=quarters[0],
        )
    reminded = [doubt for doubt in reading.doubts if lx.REMIND.search(doubt) or LUNAR_YEAR_END.search(doubt)]
    if reminded:  # "等他们预算会开完，再提醒我…", "年廿八約咗…": when, not how much
        return ctx._(
            "Which day is “{event}”? Send it again with the day, and I'll remind you on time.",
            event=reminded[0],
        )
    if any(_moneyish(doubt) for doubt in reading.doubts):
        return ctx._("How much is “{words}”? Send it with its unit, e.g. 50k or 50万.", words=words)
    events = [
        m.group("event") or m.group("event_cn")
        for doubt in reading.doubts
        if (m := _BY_AN_EVENT.search(doubt))
    ]
    if events:  # "print the contract before the acme call": the task hangs on a day not said
        return ctx._(
            "Which day is “{event}”? Send it again with the day, and I'll remind you on time.",
            event=events[0],
        )
    return ctx._(
        "What exactly should I record for “{words}”? Send it again with the detail: who, which day "
        "or how much.",
        words=words,
    )


def _going_later(ctx: Ctx, reading: Reading, at: int) -> bool:
    """Whether the going there is said with a day still to come ("9月30号去云舵签合同"): a plan, no visit."""
    clause = reading.clause_of(at)
    return any(
        start >= 0  # (not a day said in an earlier part of the message)
        and reading.clause_of(start) == clause
        and when.at.date() > ctx.now.astimezone(when.at.tzinfo).date()
        for start, when in reading.dates
    )


def _gone_by_today(ctx: Ctx, words: str) -> bool:
    """Whether `words` are a clock time alone that has just gone by today (`When.gone`)."""
    when = find_when(simplified(words), now=ctx.now, tz=ctx.tz)
    return when is not None and bool(when.gone)


def _no_such_day(ctx: Ctx, words: str) -> bool:
    """Whether `words` name a day its month does not have ("31/04", "4月31号", "30 Feb"): the date reader
    reads it as the month's last day, with a doubt, and a day number beyond it is said."""
    when = find_when(simplified(words), now=ctx.now, tz=ctx.tz)
    if when is None or not when.doubt:
        return False
    last = calendar.monthrange(when.at.year, when.at.month)[1]
    numbers = [int(n) for n in re.findall(r"\d{1,2}", words)] + [
        n for n in (cn_integer(z) for z in re.findall(r"[一二三四五六七八九十]{1,3}(?=[号號日])", words)) if n
    ]
    return when.at.day == last and any(last < n <= 31 for n in numbers)
