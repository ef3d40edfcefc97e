"""Another party's plans beside the reminder asked for: kept in its words, never a reminder of their own."""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.parsing.calendar_words import MONTH_WORD
from handlers.parsing.dates import When
from handlers.understanding import lexicon as lx
from handlers.understanding.date_roles import TOLD
from handlers.understanding.kinds import KIND_PATTERNS
from handlers.understanding.known_people import chinese_people_named
from handlers.understanding.reading import Reading

# What they said they will do: answer ("说国庆后给答复", "said she'd get back to us by friday").
_THEIR_ANSWER = re.compile(
    r"答复|回复|回话|给消息|给信|反馈|回音"
    r"|\b(?:get back|reply|respond|confirm|let (?:us|me) know|revert|decide)\b",
    re.IGNORECASE,
)


def theirs_kept_with_reminder(reading: Reading) -> None:
    """ "Kevin's in Bangkok till 6 Oct - follow up with him on the 7th", "I'm out till Wed. nudge me … when
    I'm back": in a message that only sets one reminder, the clauses right before it that tell another
    party's plan (or the user's absence) are why it is on that day: the reminder keeps their words."""
    dated = [s for s in reading.steps if s.due is not None]
    if reading.kind or reading.about_deal or len(dated) != 1 or len(reading.steps) != 1:
        return
    step = dated[0]
    start = step.start
    for clause in reversed([c for c in reading.clauses if c.end <= step.start]):
        theirs = [w for at, w in reading.dates if clause.start <= at < clause.end and w in reading.theirs]
        if not theirs or reading.text[clause.end : start].strip(" ,，.。;；:-–—"):
            break
        start = clause.start
    if start < step.start:
        said = reading.text[start : step.start].strip(" ,，.。;；:-–—")
        reading.steps[reading.steps.index(step)] = replace(step, text=f"{step.text} ({said})", start=start)


def their_answer_yields(reading: Reading) -> None:
    """ "海纳宋佳怡说国庆后给答复，要是10月12号还没消息就提醒我": when they said they would answer is
    what they said (kept in the note); the reminder is the one the user asked for, on its own day."""
    asked = [
        s
        for s in reading.steps
        if s.explicit and s.due is not None and lx.REMIND.search(reading.text[s.start : s.end])
    ]
    if not asked:
        return
    said = [
        s
        for s in reading.steps
        if not s.explicit and s.due is not None and TOLD.search(reading.text[s.start : s.end])
        and _THEIR_ANSWER.search(s.text)
    ]  # fmt: skip
    reading.theirs += [w for at, w in reading.dates for s in said if at >= 0 and w.at == s.due]
    reading.steps = [s for s in reading.steps if s not in said]


def event_day_yields(reading: Reading) -> None:
    """ "harvest wraps up oct 20, remind me to call them on the 23rd", "展会10/20结束，22号提醒我": beside a
    reminder asked for on a day of its own, a day said of an event with no interaction or task of ours in
    its words (their fair, their harvest, their board) is why the reminder is on its day, not a reminder of
    its own."""
    asked = [
        s
        for s in reading.steps
        if s.explicit and s.due is not None and lx.REMIND.search(reading.text[s.start : s.end])
    ]
    if len(asked) != 1 or not asked[0].text.strip():
        return  # "X wants the quote by fri, remind me thurs": a reminder of no words of its own takes the
        # clause before it as its task (`joined_steps`), on its own day
    events = [
        s
        for s in reading.steps
        if not s.explicit and s.due is not None and s.due != asked[0].due and s.end <= asked[0].start
        and not any(p.search(reading.text[s.start : s.end]) for p in KIND_PATTERNS.values())
        and not lx.STEP_MARKERS.search(reading.text[s.start : s.end])
    ]  # fmt: skip
    if not events:
        return
    reading.theirs += [w for at, w in reading.dates for s in events if at >= 0 and w.at == s.due]
    reading.steps = [s for s in reading.steps if s not in events]  # (`theirs_kept_with_reminder` keeps them)


# A holiday's end with no day of it said: "节后", "国庆后", "五一之后", "过完年", "after the bank holiday",
# "after golden week" (the first working day is a guess, as a period's first day is); "节后第一天", "节后周一"
# and "the day after australia day" name their day.
# A month with no day said: "sometime in February", "in march", "early june" (its first day is a guess).
_A_MONTH_ONLY = re.compile(
    rf"(?:(?:sometime|some time|early|late|later|mid)\s+)?(?:in\s+)?{MONTH_WORD}", re.IGNORECASE
)
_AFTER_A_HOLIDAY = re.compile(
    r"(?:国庆|春节|五一|十一|端午|中秋|元旦|清明|圣诞|新年|过年|节日?|年|假期|长假|放假|休假|假)"
    r"(?:后|之后|以后|过后|结束后|回来|回来后|回来以后)"
    r"|过完(?:节|年|假|国庆|五一|春节|中秋|端午)(?:后|之后|以后)?"
    r"|(?:(?:right|just|straight|sometime)\s+)?after\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?"
    r"(?:holidays?|hols|break|long\s+weekend|golden\s+week|new\s+year|cny|festival|easter|christmas|xmas"
    r"|half[\s-]term|deepavali|diwali|hari\s+raya|thanksgiving|(?:[\w'’.-]+\s+)?day)",
    re.IGNORECASE,
)
# Someone else doing it: "she's gonna circle back", "they'll decide", "wants to talk", "郝经理说…", "佢話…".
_THEY_DO = re.compile(
    r"\b(?:she|he|they|dem)\b"  # (Nigerian Pidgin "dem want …": they want)
    r"|\b(?:wants?|would like|asked for|is asking for|said|says|told|mentioned|tells)\b"
    # (not the 话 of 打电话: "下周给华为打电话" is ours)
    r"|说|讲|(?<![电電])[話话]|表示|告诉|提到|[她他佢]|对方"
    # a named subject's future: "owen will send the artwork", "sternwarte schweiz is going to send the specs",
    # "bo's going to check" (a subject-less "will send him …" is the rep's own note: no word before it)
    r"|(?<=\w)\s+(?:will|is going to|are going to|is gonna|are gonna|gonna)\b"
    r"|(?<=\w)['’](?:ll|s going to|re going to)\b",
    re.IGNORECASE,
)
# An answer given to us, said in a clause after the one that reports them ("她说…，下周给答复", "said the
# budget's approved, will get back to us next week"): theirs to give.
_THEY_ANSWER = re.compile(
    r"给\s*(?:个|我们|我)?\s*(?:答复|回复|回话|消息|信|反馈|回音|feedback|answer|reply)"  # "给 feedback"
    r"|覆(?:返)?(?:我|你|我们|我哋)"  # Cantonese "会覆我": will answer me
    r"|\b(?:get|come|circle) back to (?:us|me)\b|\blet (?:us|me) know\b|\brevert\b"
    # their yes by a day: "he will confirm plus chop by Fri" (Singapore: sign and stamp); "他说国庆前回复我"
    r"|\bconfirm(?:\s+(?:plus|and)\s+chop)?\b|(?:回复|答复|回)(?:我|我们)"
    r"|\b(?:give|send) (?:us|me) (?:(?:some|their|her|his) )?(?:feedback|an answer)\b",
    re.IGNORECASE,
)
# A day said as a deadline: "by Friday", "月底前", "下周三之前".
_BY_BEFORE = re.compile(r"\b(?:by|before|until|till|no later than|latest)\s+(?:the\s+)?$", re.IGNORECASE)
_DEADLINE_WORDS = re.compile(
    r"(?:之前|以前|前)$|^(?:by|before|until|till)\b", re.IGNORECASE
)  # in the date's words
_SENTENCE_END = re.compile(r"[.!?。！？;；\n]")


def _sentence_start(text: str, at: int) -> int:
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)


# What a person named right before it will do: "俞美琴要…", "梁伟想…", "施雅琴打算…".
_THEIR_WILL = re.compile(r"\s*(?:也|还|就|会)?(?:要|想|打算|准备|会|计划)")
# The user doing it: "I'll call her", "wants us to send …", "我下周再打" (not "给我答复", "我们的方案").
_WE_DO = re.compile(r"\b(?:i|we)\b|(?<![给跟和同找问覆回诉叫让要帮])我(?!的|们的|司|哋)|咱", re.IGNORECASE)
# Asked of us, or a visit to us to get ready for, wherever it is said: "she wants us to send the quote next
# week", "他说下周让我过去一趟", "李总说下周要来工厂参观" (a trial's finding: their visit to us is planned).
_ASKED_OF_US = re.compile(
    r"\b(?:asked|asks|wants|told|needs|would like)\s+(?:me|us)\s+to\b|让我|叫我|要我|要求我"
    r"|过来|来(?:公司|我们|我司|工厂|拜访|参观|面谈)|\b(?:come|coming|drop|dropping|stop|stopping)\s+(?:by|over|in)\b"
    # ("the LOI will come by this Friday": by a day, no visit to us)
    r"(?!\s+(?:this|next|end|the\s+end|mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|today|tonight|early|mid|late"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)\w*\b)"
    r"|\bvisit(?:ing)?\s+us\b",
    re.IGNORECASE,
)


def their_period_yields(reading: Reading) -> None:
    """ "spoke w/ Gina, she's gonna circle back next week", "郝经理微信说信息部下周开会讨论我们的MES方案",
    "Gavin called back, wants to talk next week", "X说节后再谈" (a holiday's end is such a period too): what
    the other side will do in a period with no day said
    is their plan, kept in the note; no reminder is made up for the period's first day when nobody asked
    for one (blind writers of three sets agree). So is their answer promised by a deadline ("they will
    revert by Friday", "说月底前给答复"). A reminder asked for ("remind me …"), or a clause that has us do it
    first ("I'll call her next week", "follow up next week"), stays."""
    if lx.REMIND.search(reading.text):
        return
    for step in list(reading.steps):
        if step.due is None:
            continue
        dated = [(w, _spans(at, w)) for at, w in reading.dates if at >= 0 and w.at == step.due and w.spans]
        said = [" ".join(reading.text[a:b] for a, b in spans).strip() for _, spans in dated]
        if not dated:
            continue
        period = all(
            lx.PERIOD_ONLY.fullmatch(w) or _AFTER_A_HOLIDAY.fullmatch(w) or _A_MONTH_ONLY.fullmatch(w)
            for w in said
        )
        clause = reading.clause_of(step.start)
        first = min(clause.start, step.start)
        words = reading.text[first : max(clause.end, step.end)]
        for a, b in (span for _, spans in dated for span in spans):
            if first <= a < first + len(words):
                words = words[: a - first] + " " * (b - a) + words[b - first :]
        whens = [w for w, _ in dated]
        they, we = _THEY_DO.search(words), _WE_DO.search(words)
        starts = [they.start()] if they is not None else []
        answer = _THEY_ANSWER.search(words)
        if answer is not None and _THEY_DO.search(reading.text, _sentence_start(reading.text, first), first):
            starts.append(answer.start())  # "她说 budget 已经批了, 下周给答复": the answer she said they give
        deadline = any(
            _DEADLINE_WORDS.search(w) or _BY_BEFORE.search(reading.text, 0, spans[0][0])
            for w, (_, spans) in zip(said, dated, strict=True)
        )
        if not period and (answer is None or not starts or not deadline):
            # a day said: only their answer by it is theirs ("说月底前给答复", "they will revert by Friday":
            # two blind writers, no reminder); their answer on a day ("李总说下周三给答复") is a day to check
            # on, as the team's corpus has it (two later writers would not: "he'll get back to me friday")
            continue
        named = [(s, e) for _, s, e in reading.persons] + chinese_people_named(reading.text, reading.people)
        starts += [  # "俞美琴要下周过一遍条款": a person of theirs named as who will do it
            end - first
            for start, end in named
            if first <= start < first + len(words) and _THEIR_WILL.match(words, end - first)
        ]
        ours = [m.start() for m in (we, *step_markers_in(words)) if m is not None]
        if not starts or (ours and min(ours) <= min(starts)) or _ASKED_OF_US.search(words):
            continue
        reading.theirs += whens
        reading.steps.remove(step)


def _spans(at: int, when: When) -> tuple[tuple[int, int], ...]:
    """The date's words counted from the start of the message (`at`: where the reading found it)."""
    shift = at - when.spans[0][0]
    return tuple((a + shift, b + shift) for a, b in when.spans)


def step_markers_in(text: str) -> list[re.Match[str]]:
    """Words that make a clause our task ("follow up", "chase", "send the quote"), past a third party's
    verb that the markers also hold ("she's going to", "circle back" said of them is theirs: first wins)."""
    return list(lx.STEP_MARKERS.finditer(text))
