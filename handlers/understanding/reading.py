"""What one free-text message says, with positions: the `Reading` that `reader.read()` fills in.

The planning, linking and question modules read it; the modules that fill it in import it too, so it
lives apart from them (with the few text helpers it needs) and nothing imports in a loop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from handlers.domain.contacts import CN_TITLES
from handlers.parsing.amounts import Amount
from handlers.parsing.dates import Offset, When, find_when
from handlers.parsing.hanzi import simplified
from handlers.understanding.known_people import NOBODY, KnownPeople

Span = tuple[int, int]


# A space between two Chinese characters: phone-typed Chinese parts its clauses so ("见了孙总 下午…").
CJK_SPACE_PATTERN = r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
CJK_SPACE = re.compile(CJK_SPACE_PATTERN)

# Clause boundaries: sentence punctuation, a comma or full stop not inside a number, a dash
# between words, and a space between two Chinese characters.
CLAUSE_BREAK = re.compile(
    # not the dot that closes a date written "31.10." (day, month): the date keeps it
    r"[;!?，。；！？、\n]+|(?<!\d)[,.]+|(?<!\b\d\.\d)(?<!\b[0-3]\d\.\d)(?<!\b\d\.[01]\d)(?<!\b[0-3]\d\.[01]\d)[,.]+(?!\d)"
    # …but it ends the sentence before one that starts with "also", "then", a pronoun: "signing 25.06. also
    # got mail from …"
    r"|(?:(?<=\d\.\d\d)|(?<=\d\.\d))\.(?=\s+(?:also|then|and|but|plus|btw|he|she|they|we|i)\b)"
    r"|\s+[-–—]+\s+|\s+(?:and then|then|but|and will)\s+"
    r"|\s*(?<!\w)[:;=]-?[()\[\]DPp/|](?!\w)\s*"  # an emoticon ends what it was said of: "frozen till Q2 :( …"
    rf"|{CJK_SPACE_PATTERN}",
    re.IGNORECASE,
)


CJK = re.compile(r"[\u4e00-\u9fff]")


_AT_BEFORE = re.compile(
    r"(?:\b(?:at|@|in)\s*|\b(?:went|go|going|drove|flew|came|been|headed|trip)\s+to\s*|[@去到在])$", re.I
)


# Words that name a contact detail, not an interaction: "jane's email is now …", "电话换了：…"
DETAIL_LABELS = frozenset(
    {"email", "e-mail", "mail", "phone", "cell", "mobile", "number", "line", "tel", "wechat"}
    # a messaging app said with a number is the number's label ("wei ming whatsapp is +65 9123 4567")
    | {"whatsapp", "whats app", "telegram", "signal", "viber", "kakao", "kakaotalk"}
    | {"电话", "邮箱", "手机", "邮件", "微信", "微信号", "電話", "郵箱", "手機", "郵件"}
)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Candidate:
    """A stretch of text that may name a customer; strong ones look like names."""

    text: str
    start: int
    end: int
    strong: bool
    cut: bool = False  # a piece cut out of a longer run of Chinese characters


@dataclass(frozen=True)
class Step:
    """Something to do next: the words without the date, and when (None: the user did not say)."""

    text: str
    due: datetime | None
    has_time: bool
    start: int
    end: int
    explicit: bool  # "remind me ..." or a follow-up word, not just a future date


@dataclass
class Reading:
    text: str  # as typed, traditional characters folded to simplified ones (same positions)
    original: str = ""  # as typed
    query: str | None = None  # today | pipeline | reminders | help | undo
    find_name: str | None = None
    explicit_name: str | None = None  # "Acme: ..." names the customer outright
    new_customer: bool = False
    kind: str | None = None
    kind_span: Span | None = None
    kind_guessed: str | None = None  # not said: "went" (at the customer: a visit), "default"/"news" (a note)
    occurred: When | None = None  # a past date: when the interaction happened
    amounts: list[Amount] = field(default_factory=list)
    stage: str | None = None
    stage_explicit: bool = False
    stage_moved: bool = False  # moved, sent or stated tersely: an existing deal may move
    stage_sent: Span | None = None  # the stage was said sent ("sent jane the proposal", "方案发了")
    amount_marked: bool = False  # the message says the amount changed ("降到100万", "revised to 30k")
    relative: bool = False  # a discount or cut said as given ("打了八折", "10% off"): the amount to work out
    stage_span: Span | None = None
    reopen: bool = False  # a closed deal comes back
    talk_again: bool = False  # they want to talk again: a reopen when their last deal was lost
    postponed: bool = False  # the deal is put off, to a date the message does not give
    repriced: bool = False  # the deal's amount changes, to a value the message does not give
    add_on: bool = False  # an extra deal, not a change of the open one
    priced_thing: bool = False  # the amount is a thing's price, a thing no open deal's title names
    outcome: str | None = None  # won | lost
    outcome_span: Span | None = None
    outcome_phrase: str = ""
    outcome_doubt: str | None = None  # an outcome that may be said of a person ("acme is dead"): asked
    # whether to set the outcome is what the message asks ("可以算成交吗"): no question about the record
    mark_asked: bool = False
    close: date | None = None
    not_before: date | None = None  # the deal will not close before this day ("won't sign before jan")
    close_by: bool = False  # the close read is a bound ("年底前落地", "by end of year"), not a day
    close_kept: bool = False  # the close said to stay as it is ("close date stays mid July", "月底不变")
    moved_from: list[date] = field(default_factory=list)  # a meeting moved away from ("from wed to fri")
    mail_from: Span | None = None  # a pasted e-mail: where its sender's label is ("From:", "发件人：")
    rescheduled: bool = False  # moved to a date, the old one not said ("华为 改到周四", "resched to thurs")
    missed_close: bool = (
        False  # a close said not to be made, then moved ("won't make the 15th, push the close…")
    )
    title: str | None = None
    steps: list[Step] = field(default_factory=list)
    persons: list[tuple[str, int, int]] = field(default_factory=list)
    people: KnownPeople = NOBODY  # the organisation's contacts: their family names are read as names
    candidates: list[Candidate] = field(default_factory=list)
    masked: list[Span] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)  # words read without certainty: ask before storing
    close_doubts: list[str] = field(
        default_factory=list
    )  # a close date said with doubt (none if it is noted)
    theirs: list[When] = field(default_factory=list)  # dates of other people's plans ("she's away next week")
    deadlines: list[When] = field(default_factory=list)  # by when a task is due, said in its reminder's text
    dates: list[tuple[int, When]] = field(default_factory=list)  # every date read, by where it starts
    date_doubts: list[str] = field(default_factory=list)  # dates that may mean another day: shown first
    # "next wed" on a Monday: the words and the two days they may mean, asked before anything is stored
    day_choices: list[tuple[str, tuple[date, date]]] = field(default_factory=list)
    # "下周跟狮城国贸开会", "expects to sign next week": a week with no day; its working days, asked when a
    # reminder or the close is set in it
    week_choices: list[tuple[str, tuple[date, ...]]] = field(default_factory=list)
    picked_days: dict[str, date] = field(default_factory=dict)  # the user's answers, by the words lowercased
    # "at 3 tomorrow", "三点", "saa nne": a plan on an hour whose half of the day is not said (also doubts)
    hours_in_doubt: list[str] = field(default_factory=list)
    carried: list[When] = field(default_factory=list)  # parts of a day on the day said before ("下午")
    # "ping me the day before the red river mtg": a date relative to an event the message does not date,
    # by where its step starts, with the event's word; dated against the user's reminders when planned
    unanchored: list[tuple[int, Offset, str]] = field(default_factory=list)
    away_until: When | None = None  # the last day the user said they are away ("I'm out till wed")

    @property
    def amount(self) -> Amount | None:
        return self.amounts[0] if self.amounts else None

    @property
    def about_deal(self) -> bool:
        said = (
            self.amounts,
            self.stage,
            self.outcome,
            self.close,
            self.reopen,
            self.postponed,
            self.repriced,
            self.add_on,
            self.relative,
        )
        return any(said)

    @property
    def about_work(self) -> bool:
        return bool(self.kind or self.about_deal or self.steps or self.explicit_name or self.new_customer)

    def clause_of(self, position: int) -> Clause:
        for clause in self.clauses:
            if clause.start <= position < clause.end:
                return clause
        return self.clauses[-1] if self.clauses else Clause(0, len(self.text), self.text)

    def days_before(self, position: int) -> list[When]:
        """The dates said before `position` that name a day (not "下午" alone), for a part of the message."""
        before = [(at, w) for at, w in self.dates if 0 <= at < position]
        return [w for at, w in before if not time_of_day_only(self.text, moved(w, at))]

    def typed(self, words: str, start: int = 0) -> str:
        """`words` read from `text` (from `start` on, perhaps with some left out) in the characters the user
        typed: what is stored or shown keeps 下週三, 聯絡, 陳冠廷 as written, not as folded for reading."""
        if self.original == self.text or words.isascii():
            return words
        out, at = [], max(0, start)
        for char in words:
            found = self.text.find(char, at) if not char.isspace() else -1
            if found < 0:
                out.append(char)  # not read from the text (a word put in, or written as typed already)
                continue
            out.append(self.original[found] if found < len(self.original) else char)
            at = found + 1
        return "".join(out)

    def said(self, span: Span | None) -> str:
        """The words of the message at `span`, as typed ("" for none)."""
        return self.original[span[0] : span[1]].strip() if span else ""

    def is_masked(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.masked)

    def at_before(self, start: int) -> bool:
        """Whether the words just before `start` put the meeting at that place ("at Acme", "去华为")."""
        return bool(_AT_BEFORE.search(self.text[max(0, start - 12) : start]))


# A day said in English: two of them joined by "and", each with its own task, are two clauses.
_A_DAY = (
    r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|urday|sday|rsday)?|today|tomorrow|tmrw|tonight|"
    r"yesterday|yday|"  # "yesterday I was at X … and today I called Y": each its own day
    r"the \d{1,2}(?:st|nd|rd|th)"
)
_AND_ANOTHER_DAY = re.compile(rf"\b(?:{_A_DAY})\b.*?(\s+and\s+)(?=.*\b(?:{_A_DAY})\b)", re.IGNORECASE)
_DAY_AT_END = re.compile(rf"\b(?:{_A_DAY})\W*$", re.IGNORECASE)
_DAY_FIRST = re.compile(rf"\W*(?:on\s+|the\s+)?(?:{_A_DAY})\b", re.IGNORECASE)


def _and_another_day(clause: Clause) -> list[Clause]:
    """ "remind me wed to call Quincy and thurs to call Summit", "call Gordie tomorrow and Takeshi on
    Monday": two tasks, each with its day, joined by "and"; not a span or list of days ("the 7th and the
    9th", "mon and tue")."""
    match = _AND_ANOTHER_DAY.search(clause.text)
    if match is None:
        return [clause]
    before, after = clause.text[: match.start(1)], clause.text[match.end(1) :]
    if _DAY_AT_END.search(before) and _DAY_FIRST.match(after):
        return [clause]
    cut = clause.start + match.start(1)
    rest = Clause(clause.start + match.end(1), clause.end, after)
    return [Clause(clause.start, cut, before), *_and_another_day(rest)]


# "Imogen's off friday so ping her monday instead": what follows "so" is done for it, each side with its day.
_SO = re.compile(r",?\s+so\s+(?=\S)", re.IGNORECASE)


def _so_another_day(clause: Clause) -> list[Clause]:
    """ "Bridget's out Monday 3/8 so call her Tue 3/9 instead": a reason with its day, "so", and a task with
    its own day are two clauses (the reason's day is not the task's)."""
    match = _SO.search(clause.text)
    if match is None:
        return [clause]
    before, after = clause.text[: match.start()], clause.text[match.end() :]
    if not (_has_day(before) and _has_day(after)):
        return [clause]
    return _cut(clause, match.start(), match.end())


def _cut(clause: Clause, end: int, resume: int) -> list[Clause]:
    """`clause` as two: its words up to `end`, and from `resume` on (offsets within the clause)."""
    return [Clause(clause.start, clause.start + end, clause.text[:end]),
            Clause(clause.start + resume, clause.end, clause.text[resume:])]  # fmt: skip


def _has_day(words: str) -> bool:
    when = find_when(words, now=_A_MONDAY, tz=ZoneInfo("UTC"))
    return when is not None and when.day_said


# An e-mail address or a web address: its dots end no clause.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bwww\.[\w-]+(?:\.[\w-]+)+", re.ASCII)
# A clock time written "9 a.m." ("next Tuesday 9 a.m. to send Ellen the NDA"): its dots end no clause, but
# for the last one before a new sentence ("… at 9 a.m. Then call Bob"); nor do the Nordic "kl. 10" and
# "v. 2" (week 2).
_DOTTED_CLOCK = re.compile(r"\d\s*[ap]\.m(?:\.(?!\s+(?-i:[A-Z])))?|\b(?:kl|v)\.\s?\d", re.IGNORECASE)


def clauses_of(text: str) -> list[Clause]:
    clauses: list[Clause] = []
    position = 0
    addresses = [m.span() for m in _ADDRESS.finditer(text)]
    clocks = [m.span() for m in _DOTTED_CLOCK.finditer(text)]
    for match in CLAUSE_BREAK.finditer(text):
        if any(a < match.start() and match.end() < b for a, b in addresses):
            continue  # the dots of "jinmin@gmtexpo.cn" or "www.acme.com.au" are no clause's end
        if any(a < match.start() and match.end() <= b for a, b in clocks):
            continue  # nor those of "9 a.m."
        if match.start() > position:
            clauses.append(Clause(position, match.start(), text[position : match.start()]))
        position = match.end()
    if position < len(text):
        clauses.append(Clause(position, len(text), text[position:]))
    clauses = [part for c in clauses for part in _and_another_day(c)]
    clauses = [part for c in clauses for part in _so_another_day(c)]
    clauses = _task_after_a_dash(text, [c for c in clauses if c.text.strip()])
    clauses = _days_said_together(text, clauses)
    clauses = _other_possibility(text, clauses)
    clauses = _day_before_the_order(text, clauses)
    clauses = _order_and_day_then_the_task(text, clauses)
    clauses = _heading_before_the_task(text, clauses)
    clauses = [part for c in clauses for part in _reminder_asked_midway(c)]
    clauses = [part for c in clauses for part in _our_plan_midway(c)]
    clauses = [part for c in clauses for part in _speaker_after_a_meeting(c)]
    clauses = [part for c in clauses for part in _pronoun_after_a_talk(c)]
    return clauses or [Clause(0, len(text), text)]


# "email from Barb at Rochester clinic linen she wants a call back Friday at 2": dictated with no stop, an
# interaction said first and then what she / he / they want or said: a clause of its own (its day is theirs
# to ask for, not when the email came).
_TALK_FIRST = re.compile(
    r"^\W*(?:(?:ope|so|ok|yeah|ja)\W+)*(?:e-?mail(?:ed)? (?:from|with|to)|met|call(?:ed)? (?:from|with)|"
    r"talked to|spoke (?:to|with)|visited|texted|zoom(?:ed)? with|teams with|lunch with|coffee with)\b",
    re.IGNORECASE,
)
_PRONOUN_SAYS = re.compile(
    r"\s(?=(?:she|he|they)(?:['’](?:s|ve|ll|d))?\s+(?:wants?|said|says|needs?|asked|will|would|might|can|is|are|"
    r"was|were|has|have|got|needs?)\b)",
    re.IGNORECASE,
)


def _pronoun_after_a_talk(clause: Clause) -> list[Clause]:
    if not _TALK_FIRST.match(clause.text):
        return [clause]
    match = _PRONOUN_SAYS.search(clause.text)
    if match is None or len(clause.text[: match.start()].split()) < 4:
        return [clause]
    return _cut(clause, match.start(), match.end())


# "…都开了视频会常部长说下周三要看我们的图纸": typed with no stop, a meeting said done and then someone (a
# family name and title) saying something: what is said is a clause of its own (its words are the speaker's,
# not of everyone met).
_SPEAKER_AFTER = re.compile(rf"(?<=[会完饭茶])(?=[\u4e00-\u9fff]{CN_TITLES}(?:说|讲|话|表示))")


def _speaker_after_a_meeting(clause: Clause) -> list[Clause]:
    match = _SPEAKER_AFTER.search(simplified(clause.text))
    if match is None or match.start() < 4:
        return [clause]
    return _cut(clause, match.start(), match.start())


# "… they're waiting on their finance guy remind me to check back thursday": dictated with no stop, the
# reminder asked for starts a clause of its own (the news before it is no part of its task).
_REMIND_ASKED = re.compile(
    r"(?<=\w)\s+(?:and\s+)?(?=(?:pls\s+|please\s+|plz\s+)?remind\s+(?:me|us)\b)", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z']+")


def _reminder_asked_midway(clause: Clause) -> list[Clause]:
    match = _REMIND_ASKED.search(clause.text)
    if match is None or len(_WORD.findall(clause.text[: match.start()])) < 5:
        return [clause]
    if _has_day(clause.text[: match.start()]):
        return [clause]  # "after the clocks go back, remind me to …": the day said first is the reminder's
    return _cut(clause, match.start(), match.end())


# "… so the value goes to R$ 1,4 mi I send it tomorrow": dictated with no stop, a plan of ours said in the
# first person with its day starts a clause of its own (the day is no close of the figure's deal).
_OUR_PLAN_MIDWAY = re.compile(
    r"(?<=\w)\s+(?:and\s+|so\s+|then\s+)?(?=(?-i:I)(?:['’]ll|\s+will|\s+am\s+going\s+to|\s+gonna)?\s+"
    r"(?:send|call|ring|go|visit|follow|email|e-mail|mail|check|prepare|come|pass|drop|bring|meet|see|chase)\b)",
    re.IGNORECASE,
)


def _our_plan_midway(clause: Clause) -> list[Clause]:
    match = _OUR_PLAN_MIDWAY.search(clause.text)
    if match is None or len(_WORD.findall(clause.text[: match.start()])) < 5:
        return [clause]
    if not _has_day(clause.text[match.end() :]):
        return [clause]  # "… I will call them": no day of its own, the plan may be the day's said before
    return _cut(clause, match.start(), match.end())


_TASK_HEADING = re.compile(r"\s*(?:todo|to[\s-]?do|待办|待辦)\s*", re.IGNORECASE)


def _heading_before_the_task(text: str, clauses: list[Clause]) -> list[Clause]:
    """ "to do - email jane the quote": a to-do heading set apart by a dash heads the task after it (one
    clause), not a task of its own with an email logged beside it."""
    if len(clauses) > 1 and _TASK_HEADING.fullmatch(clauses[0].text):
        return [
            Clause(clauses[0].start, clauses[1].end, text[clauses[0].start : clauses[1].end]),
            *clauses[2:],
        ]
    return clauses


# A reminder asked for at the start of a clause: "remind me to …", "提醒我…", "還是提醒我一下…".
_ORDER_FIRST = re.compile(
    r"\s*(?:(?:pls|please|and|but)\s+)?(?:re?m(?:ind|nd)\s+me|(?:ping|nudge)\s+me|set\s+(?:me\s+)?a\s+reminder)\b"
    r"|\s*(?:请|麻烦|帮我|还是|再|也)*提醒(?:我|一下)",
    re.IGNORECASE,
)


def _day_before_the_order(text: str, clauses: list[Clause]) -> list[Clause]:
    """ "next monday, remind me to ring Isla", "雙十過後，提醒我打給…": a clause that is a day alone, then one
    that asks for a reminder and says no day of its own: one clause (the day is the reminder's, not a
    follow-up of its own with the task asked about)."""
    out: list[Clause] = []
    for clause in clauses:
        if (
            out
            and _ORDER_FIRST.match(clause.text)
            and any(_a_day_only(out[-1].text, zone) for zone in _ZONES)
            and not _has_day(clause.text)
            and re.fullmatch(r"\s*[,，、;；]?\s*", text[out[-1].end : clause.start])
        ):
            out[-1] = Clause(out[-1].start, clause.end, text[out[-1].start : clause.end])
        else:
            out.append(clause)
    return out


def _order_and_day_then_the_task(text: str, clauses: list[Clause]) -> list[Clause]:
    """ "提醒我 6/21 上午十點 打電話俾關老闆": the order and its day, then the task set apart by a space only:
    one clause (the call is the reminder's task, not a call logged beside a reminder to "follow up")."""
    out: list[Clause] = []
    for clause in clauses:
        order = _ORDER_FIRST.match(out[-1].text) if out else None
        rest = out[-1].text[order.end() :] if out and order else ""
        day = bool(rest.strip()) and any(_a_day_only(rest, zone) for zone in _ZONES)
        if (
            order is not None
            and (day or not rest.strip())
            and re.fullmatch(r"\s+", text[out[-1].end : clause.start])
            # ("提醒我 明天 给王总打电话": the order, its day, then the task, each set apart by a space)
            and (not _has_day(clause.text) if day else any(_a_day_only(clause.text, z) for z in _ZONES))
        ):
            out[-1] = Clause(out[-1].start, clause.end, text[out[-1].start : clause.end])
        else:
            out.append(clause)
    return out


def _days_said_together(text: str, clauses: list[Clause]) -> list[Clause]:
    """ "5月9号 周三 上午十点去黄冈大别山", "下周三上午十点 五月三号 去黄冈": two days said one after the
    other, set apart by a space only, are one day said twice (the weekday with its date): one clause, so
    that the date reader sees both, counts one day when they agree and asks which when they do not."""
    out: list[Clause] = []
    for clause in clauses:
        spaced = out and not text[out[-1].end : clause.start].strip()
        if spaced and _a_day_only(out[-1].text) and _a_day_only(clause.text):
            out[-1] = Clause(out[-1].start, clause.end, text[out[-1].start : clause.end])
        else:
            out.append(clause)
    return out


# A clause that offers another day or time for the one before it: ", maybe wed", ", if not then friday",
# "，不然周五", "，或者下午".
_ANOTHER_FIRST = re.compile(
    r"\s*(?:or|or maybe|or else|maybe|possibly|perhaps|if not(?:,?\s*then)?|failing that|otherwise"
    r"|或者?|或是|还是|也可能|不然(?:就)?|要不然?(?:就)?|不行(?:的话)?就)\s+(?:on\s+|the\s+|at\s+)?"
    r"|\s*(?:或者?|或是|还是|也可能|不然(?:就)?|要不然?(?:就)?|不行(?:的话)?就)",
    re.IGNORECASE,
)


def _other_possibility(text: str, clauses: list[Clause]) -> list[Clause]:
    """ "call her tue, maybe wed", "thursday, if not then friday", "周四去，不然周五": a clause that is only
    another day (or time) offered for the one said before it is read with it, so that the date reader sees
    both and asks which."""
    out: list[Clause] = []
    for clause in clauses:
        offered = _ANOTHER_FIRST.match(clause.text)
        # (", if not then friday": "then" breaks the clause, the offer is a clause alone)
        alone = len(out) > 1 and _ANOTHER_FIRST.fullmatch(out[-1].text.rstrip() + " ")
        if out and offered and _a_moment_only(clause.text[offered.end() :]) and _has_moment(out[-1].text):
            out[-1] = Clause(out[-1].start, clause.end, text[out[-1].start : clause.end])
        elif alone and _a_moment_only(clause.text) and _has_moment(out[-2].text):
            out[-2:] = [Clause(out[-2].start, clause.end, text[out[-2].start : clause.end])]
        else:
            out.append(clause)
    return out


def _a_moment_only(words: str) -> bool:
    """Whether `words` are a day or a time of day and nothing else ("wed", "4pm", "下午")."""
    when = find_when(words, now=_A_MONDAY, tz=_ZONES[0])
    return when is not None and not when.strip_from(words).strip()


def _has_moment(words: str) -> bool:
    return find_when(words, now=_A_MONDAY, tz=_ZONES[0]) is not None


# Where a day alone is looked for: any place, and one whose clocks change ("after the clocks go back").
_ZONES = (ZoneInfo("UTC"), ZoneInfo("Europe/London"))


def _a_day_only(words: str, zone: ZoneInfo = _ZONES[0]) -> bool:
    """Whether `words` are a day (perhaps with its time) and nothing else."""
    when = find_when(words, now=_A_MONDAY, tz=zone)
    return when is not None and when.day_said and not when.strip_from(words).strip()


# A reminder asked for with its day only, the task said after a dash: "remind me thu 4pm - call Darren
# about the tender", "set a reminder for fri 10am NZ time - send Rangi the deck".
_ASKED_FOR = re.compile(
    r"^\s*(?:(?:pls|please)\s+)?(?:(?:set\s+(?:me\s+)?(?:a\s+)?)?reminder|re?m(?:ind|nd)\s+me|(?:ping|nudge)\s+me)"
    r"(?:\s+(?:for|on|at))?\s+",
    re.IGNORECASE,
)
_A_MONDAY = datetime(2000, 1, 3, 9, 0, tzinfo=UTC)  # any moment: only where the date words are matters


def _task_after_a_dash(text: str, clauses: list[Clause]) -> list[Clause]:
    """The clause that asks for a reminder with nothing but its day and the one after the dash that says
    the task, as one clause: the task is the reminder's, not a call logged."""
    out: list[Clause] = []
    for clause in clauses:
        dash = out and re.fullmatch(r"\s+[-–—]+\s+", text[out[-1].end : clause.start])
        if dash and _day_only(out[-1].text):
            out[-1] = Clause(out[-1].start, clause.end, text[out[-1].start : clause.end])
        else:
            out.append(clause)
    return out


def _day_only(text: str) -> bool:
    asked = _ASKED_FOR.match(text)
    if asked is None:
        return False
    rest = text[asked.end() :]
    when = find_when(rest, now=_A_MONDAY, tz=ZoneInfo("UTC"))
    return when is not None and not when.strip_from(rest).strip()


_PART_OF_DAY = re.compile(
    r"(?:all |this |today |in the )?(?:morning|afternoon|evening|noon|midday)"
    r"|first thing(?: in the morning)?"  # "the tuesday after canada day, first thing": that day's start
    r"|一大早|上午|下午|中午|晚上|早上|傍晚|今早|(?:今天|今儿|今日)一早|(?<![周期拜天日儿一二三四五六七八九十号])一早(?!上)",
    re.I,
)


def part_of_day_only(text: str, when: When) -> bool:
    return all(_PART_OF_DAY.fullmatch(text[a:b].strip()) for a, b in when.spans)


# A clock time said without a day: "上午十点半", "下午3点", "3pm", "at 10:30".
_CLOCK_ONLY = re.compile(
    r"(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)?\s*[0-9零一二两三四五六七八九十]{1,3}\s*[点點时:：]\s*"
    r"(?:半|一刻|三刻|[0-9零一二三四五六七八九十]{1,3}分?)?"
    r"|(?:at\s+|@\s*|um\s+)?\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|uhr)|(?:at\s+|@\s*|um\s+)?\d{1,2}:\d\d"
    r"|\d{1,2}\s*-?ish|(?:at|um)\s+\d{1,2}",
    re.IGNORECASE,
)


# Joining words of a list of customers: "A同埋B", "A和B", "A、B", "A and B".
LIST_JOINER = re.compile(r"\s*(?:同埋|同|和|跟|及|与|、|,|，|\band\b|&)\s*", re.IGNORECASE)


# Words quoted, a forwarded mail or what someone wrote: "Fwd: 'Dear Hamdan, … cancelled by our HQ …' - …".
_QUOTE = re.compile(r"(?:^|(?<=[:\s]))(['\"“‘])[^'\"“”‘’]{20,}?['\"”’](?=\s|$|[-–—,.;])")


def quoted(text: str) -> list[Span]:
    """Where `text` quotes what someone wrote (twenty characters or more between quote marks)."""
    return [m.span() for m in _QUOTE.finditer(text)]


def time_of_day_only(text: str, when: When) -> bool:
    """Whether `when` was said as a time of day alone (a part of the day or a clock time), no day."""
    return all(is_time_of_day(text[a:b]) for a, b in when.spans)


def is_time_of_day(words: str) -> bool:
    """Whether `words` are a part of the day or a clock time, and nothing else ("3pm", "下午3点")."""
    return bool(_PART_OF_DAY.fullmatch(words.strip()) or _CLOCK_ONLY.fullmatch(words.strip()))


def mask_words(reading: Reading, pattern: re.Pattern[str], offset: int, text: str) -> list[re.Match[str]]:
    found = list(pattern.finditer(text))
    reading.masked.extend((offset + m.start(), offset + m.end()) for m in found)
    return found


def moved(when: When, at: int) -> When:
    """`when` with its spans counted from the start of the message (it starts at `at`)."""
    shift = at - when.spans[0][0]
    return When(when.at, when.has_time, tuple((a + shift, b + shift) for a, b in when.spans))
