"""A message that takes back or corrects the user's last one, and which message that is.

"scratch that" undoes the last stored message; "not signed yet, my bad" undoes a win or loss just
stored; "sorry make that 58k" corrects the card still waiting for Save, else the last stored message
(`corrections` rewrites it). A correction that names a wrong value the last message did not say
changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from crm_store.models import Customer, PendingChoice
from handlers.commands import account
from handlers.context import Ctx
from handlers.domain import changes
from handlers.domain.contacts import mentioned_contact, said_from_start
from handlers.domain.deals import deals_named
from handlers.errors import UserError
from handlers.messages import Reply
from handlers.parsing.amounts import find_amounts
from handlers.parsing.dates import find_when
from handlers.parsing.hanzi import simplified
from handlers.parsing.vocabulary import find_stages, stage_synonyms
from handlers.questions import CANCELLED, DAY_KEY, PASSED, RERUN, TYPED_WAIT, NeedChoice
from handlers.registry import as_list
from handlers.resolve import deal_key
from handlers.understanding import detail_fix, one_of_several
from handlers.understanding import lexicon as lx
from handlers.understanding.context_reading import read_message
from handlers.understanding.corrections import (
    SAID,
    WHO_TO_SEE,
    clock_put_right,
    correct,
    corrected,
    currency_of,
    customer_then_value,
    detail_replaced,
    is_bare_number,
    is_person,
    just_stored,
    kept_first,
    kind_of,
    said_at_another,
    said_unchanged,
    unchanged_said,
)
from handlers.understanding.customers import locate_customer
from handlers.understanding.deal_correction import another_deal, just_closed
from handlers.understanding.deal_record import CURRENCY_SAID
from handlers.understanding.decision_path import record
from handlers.understanding.earlier_message import message_before, names_another_message
from handlers.understanding.follow_up import deal_clauses, value_put_right
from handlers.understanding.gate import CORRECTED
from handlers.understanding.intents import (
    Correction,
    correction,
    denied_then_said,
    denies_without_saying,
    drops_the_reminder,
    loose_correction,
    name_correction,
    restatement,
    said_after_take_back,
    takes_back,
    value_after_why,
    withdraws_outcome,
)
from handlers.understanding.known_people import NOBODY
from handlers.understanding.person_details import read_details
from handlers.understanding.reading import CJK, Reading
from handlers.understanding.reminder_changes import reminder_change

Understand = Callable[[Ctx, str], list[Reply]]

# A correction taken back in the same message: nothing changes.
_WITHDRAWN = re.compile(
    r"不用改|不改了|没错，?不用|\bnever ?mind\b|\bnvm\b|\bignore that\b|\bforget it\b", re.IGNORECASE
)

# The withdrawal alone, said right after a message that stored something: that message is taken back.
_WITHDRAWN_ALONE = re.compile(
    r"(?:算了|哦|啊|嗯|唉|sorry|oh|ah|hmm|ok|actually)?[\s,，.。!！]*"
    r"(?:不用改了?|不改了|never ?mind|nvm|forget it)[\s,，.。!！]*(?:吧|了)?[\s.。!！]*",
    re.IGNORECASE,
)


# The last clause says a customer is as it was, and nothing more is to be done: "…, omaha stays where it
# was, ignore", "…算了，欧姆龙那边不变，当我没说". Read on the simplified fold.
_KEPT_LAST = re.compile(
    r"(?:^|[，,;；。!！?？…]|\.\s|\.{2,})\s*(?P<who>[^，,;；。!！?？…]{2,40}?)\s*"
    r"(?:stays where it was|stays as it was|stays as is|stays put|stays the same|is unchanged|"
    r"hasn['’]?t moved|didn['’]?t move|不变|没变|没动|不动|照旧|维持原样|保持原样)"
    r"(?:[\s,，.。!！]*(?:ignore(?: that| it| all that| the last one| me)?|never ?mind|nvm|forget it|"
    r"当我没说|算了|不用管了?|别管了?))?[\s.。!！]*$",
    re.IGNORECASE,
)


def _kept_as_it_was(ctx: Ctx, text: str) -> bool:
    """Whether `text`, after a slip word, ends saying the last stored message's customer is as it was
    ("oops wrong pinnacle, … hold on, wichita was already there. pinnacle omaha stays where it was, ignore"):
    the last message is taken back, whatever was said between (a change said of another customer and
    called off, or one the clause before puts right, is `_kept_then_another`'s, tried first)."""
    if _SLIP.match(simplified(text)) is None or just_stored(ctx) is None:
        return False
    kept = _KEPT_LAST.search(simplified(text))
    said = ctx.store.pending.latest(SAID)
    if kept is None or said is None:
        return False
    try:
        who = text[kept.start("who") : kept.end("who")]
        named = locate_customer(ctx, read_message(ctx, who), needed=False)
        old = locate_customer(ctx, read_message(ctx, said.data["text"]), needed=False)
    except NeedChoice:
        return False
    return named is not None and old is not None and named.customer.id == old.customer.id


def _another_named(ctx: Ctx, text: str) -> bool:
    """ "no wait, this is Berlin Maschinenbau not Dresden. Dresden stays as is": the right customer said
    before the wrong one is said to stay, so the change moves there (`correction_in`), not only undone."""
    fix = correction(text)
    return fix is not None and bool(fix.wrong) and customer_span(ctx, fix.right, by_name=True) is not None


def taken_back(ctx: Ctx, text: str, understand: Understand | None = None) -> list[Reply] | None:
    """The reply when `text` takes back the user's last message, or a correction of it; else None.
    `understand` reads what a withdrawn outcome's message says happened instead."""
    card = _card_waiting(ctx)
    if card is not None:  # a take-back with a card waiting is about the card, never the message stored before
        return _taken_back_from_card(ctx, card, text, understand)
    if _kept_as_it_was(ctx, text) and _kept_then_another(ctx, text) is None and not _another_named(ctx, text):
        return [account.undo(ctx, "")]
    if _said_elsewhere(ctx, text) is not None:
        return None  # "Ignore that, wrong one - it was Tayside Joinery, …": the correction says what instead
    instead = said_after_take_back(text)
    if instead is not None and just_stored(ctx) is not None and correction_in(ctx, instead) is not None:
        return None  # "刚才那条不算，是中科启航的": the take-back says what was meant (`correction_in`)
    moved = _stage_said_instead(ctx, text)
    if moved is not None:  # "not signed yet - still negotiating", "啊不是，是議價": undone, at that stage
        undone = _undo_the_message(ctx)
        return [undone] if understand is None else [undone, *understand(ctx, moved)]
    fix = correction(text)
    if fix is not None and takes_back(fix.right):
        fix = None  # "打錯字，當我冇講": the words after the slip only take it back
    says_instead = fix is not None or _loose_correction(ctx, text) is not None
    if takes_back(text) and just_stored(ctx) is not None and not says_instead:
        return [_undo_the_message(ctx)]  # "…, scratch that", "别动": the last message is taken back whole
    if drops_the_reminder_just_set(ctx, text):
        return [account.undo(ctx, "")]  # "这个提醒取消吧" right after "周三提醒我去小米送样品"
    if withdraws_outcome(text) and _outcome_just_stored(ctx, text):
        instead = _said_instead(ctx, text)
        undone = _undo_the_message(ctx)  # "not signed yet, my bad" right after "acme signed!"
        return [undone] if instead is None or understand is None else [undone, *understand(ctx, instead)]
    if denies_without_saying(text) and _card_waiting(ctx) is None and just_stored(ctx) is not None:
        undone = _undo_the_message(ctx)  # "sorry, wrong one", "不对不对": known wrong, and nothing to guess
        ask = ctx._("What should it say? Send it again as it should be.")
        return [Reply(f"{undone.text}\n{ask}")]
    bare = _WITHDRAWN_ALONE.fullmatch(text.strip())
    if bare and just_stored(ctx) is not None:
        return [account.undo(ctx, "")]  # "算了 不用改" right after "千岛湖文旅进入谈判": not wanted
    if _WITHDRAWN.search(text) and _old_figure_stands(ctx, text):
        return [account.undo(ctx, "")]  # "静安美妆金额改成40万" then "说错了 还是45万 不用改 忽略"
    if _WITHDRAWN.search(text) and ctx.store.pending.latest(SAID) is not None:
        return [Reply(ctx._("OK, I left it as it was."))]  # "哦不对 是博斯精密…算了 博思智能是对的 不用改"
    return None


def _taken_back_from_card(
    ctx: Ctx, card: PendingChoice, text: str, understand: Understand | None
) -> list[Reply] | None:
    """ "ignore the reminder part" with a card waiting: the card's message again without its reminder;
    "scratch that": the card dropped (trial 68 H1: the message stored before the card was undone)."""
    if drops_the_reminder(text) and understand is not None:
        fix = _without_reminder(ctx)  # (the card's message: `_last_said`)
        if fix is not None:
            return _correct_the_card(ctx, card, fix, understand)
    if takes_back(text) and correction(text) is None:
        ctx.store.pending.take(card.id)
        return [Reply(ctx._(CANCELLED))]
    return None


def _undo_the_message(ctx: Ctx) -> Reply:
    """Undo the message just stored (`just_stored`), and first the reminders its button ticked off after it
    ("Close its reminder?" pressed after "globex signed!", then "not signed yet, my bad": both come back)."""
    stored = just_stored(ctx)
    if stored is not None:
        changes.undo_its_follow_up(ctx, stored[1])
    return account.undo(ctx, "")


# A figure said to stand as it is: "还是45万", "仍是45万", "still 45k", "stays at 45k".
_STILL_AT = re.compile(r"还是|仍是|仍然是|依然是|照旧|\bstill\b|\bstays?\b|\bremains?\b", re.IGNORECASE)


def _old_figure_stands(ctx: Ctx, text: str) -> bool:
    """A withdrawal that says the figure is still one other than the deal's now, right after a message that
    changed it ("说错了 还是45万 不用改 忽略" after "…改成40万"): the figure before the change stands, so
    the change is taken back (it was answered "left as it was" while the 40万 stayed)."""
    bare = simplified(text)
    amounts = find_amounts(bare)
    stored = just_stored(ctx)
    if len(amounts) != 1 or not _STILL_AT.search(bare) or stored is None:
        return False
    customer = _customer_of(ctx, stored[0].data["text"])
    if customer is None:
        return False
    deals = [d for d in ctx.store.deals.for_customer(customer.id) if d.status == "open"]
    return len(deals) == 1 and deals[0].amount is not None and deals[0].amount != amounts[0].value


def _customer_of(ctx: Ctx, message: str) -> Customer | None:
    """The one customer an earlier message is about, without asking (None when it names none, or several)."""
    try:
        found = locate_customer(ctx, read_message(ctx, message), needed=False)
    except NeedChoice:
        return None
    return found.customer if found is not None else None


_OH = re.compile(r"^\s*(?:啊|哦|噢|呃|唉|欸|(?:oh|ah|uh|hmm+)\b)[\s,，.。!！]*", re.IGNORECASE)  # "啊不是，…"


def _stage_said_instead(ctx: Ctx, text: str) -> str | None:
    """A win or loss just stored, taken back with the open stage the deal is really at ("hold on, not signed
    yet - they're still negotiating", "scratch that, only agreed in principle, still in negotiation",
    "啊不是，是議價，還沒簽", "搞错了，还没签，在谈判阶段"): the words that move that deal (named by its
    title when the customer has others) to that stage, to be read after the outcome is undone; None when the
    message is no take-back or slip, names no stage or two, or is about another customer. The stage was read
    before as news of its own ("still negotiating": what to record?), and the question rolled the undo
    back."""
    open_stages = [s for s in ctx.settings.stage_names if s not in ("won", "lost")]
    bare = simplified(text)
    hits = find_stages(bare, open_stages, stage_synonyms(ctx.settings.stage_synonyms))
    if len({stage for stage, _start, _end in hits}) != 1:
        return None
    if not (withdraws_outcome(text) or takes_back(text) or _SLIP.match(_OH.sub("", bare))):
        return None
    if find_amounts(bare) or find_when(bare, now=ctx.now, tz=ctx.tz) is not None:
        return None  # "no wait, still proposal, close moved to dec 18": more than the stage, read as it is
    stored = just_stored(ctx)
    if stored is None or not _outcome_just_stored(ctx, text):
        return None
    customer = _customer_of(ctx, stored[0].data["text"])
    if customer is None:
        return None
    closed = just_closed(ctx, customer)
    if len(closed) != 1:
        return None
    deal = closed[0]
    others = [d for d in ctx.store.deals.for_customer(customer.id) if d.id != deal.id and d.status == "open"]
    title = f" {deal.title}" if others and deal.title.lower() != customer.name.lower() else ""
    return f"{customer.name}{title} moved to {hits[0][0]}"


def _said_instead(ctx: Ctx, text: str) -> str | None:
    """What happened instead of the outcome taken back, said of the last message's customer: "Ah, not lost.
    Only postponed. Close 31 July" → "Hokuriku Sofuto Kobo: Only postponed, Close 31 July"; None when it says
    nothing more ("not signed yet, my bad"). The colon keeps the customer as said: "green bay fire kevin signs
    monday" read as one name asked "Did you mean …?", and the question rolled the undo back."""
    stored = just_stored(ctx)
    named = customer_span(ctx, stored[0].data["text"]) if stored is not None else None
    if stored is None or named is None:
        return None
    name = stored[0].data["text"][named[0] : named[1]]
    said = stored[0].data["text"]
    taken = read_message(ctx, said).outcome
    clauses = [
        c
        for c in deal_clauses(ctx, name, text)
        if not withdraws_outcome(c)
        and not _same_outcome(said, c)
        # "不对 还没签，只是口头答应": a verbal yes is why it is no win, not a win again (trial 68 H3: the
        # win was offered again and its question rolled the undo back)
        and read_message(ctx, f"{name} {c}").outcome != taken
    ]
    return f"{name}: {', '.join(clauses)}" if clauses else None


def _same_outcome(said: str, clause: str) -> bool:
    """Whether the clause says again the very outcome taken back ("锦疆 lost 了" taken back with "是德阳...
    德阳早就 lost 了 … 锦疆没丢"): it is another customer's, not what happened instead."""
    said, clause = simplified(said), simplified(clause)
    return any(p.search(said) and p.search(clause) for p in (lx.LOST_WORDS, lx.WON_WORDS))


def correction_in(ctx: Ctx, text: str) -> Correction | None:
    """The correction `text` makes of the user's last message, if it makes one."""
    several = _one_of_several(ctx, text)
    if several is not None:
        return several
    detail = _detail_of_one(ctx, text)
    if detail is not None:
        return detail
    kept = _amount_kept_stage_set(ctx, text)
    if kept is not None:
        return kept
    if drops_the_reminder(text):
        return _without_reminder(ctx)
    elsewhere = _said_elsewhere(ctx, text)
    if elsewhere is not None:  # "ignore the last one, it was sheila at dmrta"
        return elsewhere
    instead = said_after_take_back(text)
    if instead is not None:  # "Ignore that, my mistake - it's X we lost, not Y": the correction after it
        return correction_in(ctx, instead)
    fix = _kept_then_another(ctx, text) or name_correction(text) or correction(text)
    if fix is not None and not fix.wrong and _an_outcome(fix.right):
        fix = _restated(ctx, text) or fix  # "說錯了，是贏了": the statement again, of the deal it named
    said = _last_said(ctx) if fix is not None and fix.wrong else None
    if fix is None or (
        said is not None and simplified(fix.wrong or "").lower() not in simplified(said).lower()
    ):
        # one value of the last message said again in other words ("Actually she said end of July",
        # "是十三万五 我看错了"), also when what it calls wrong was never said ("on monday not today")
        put_right = _value_put_right(ctx, text, unsaid=fix is not None)
        if put_right is not None:
            return put_right
    fix = fix or _loose_correction(ctx, text) or _restated(ctx, text)
    fix = fix or _currency_added(ctx, text) or _customer_then_value(ctx, text) or _value_after_why(ctx, text)
    return fix or _joined_too(ctx, text) or _clock_for_its_part(ctx, text)


def _one_of_several(ctx: Ctx, text: str) -> Correction | None:
    """A value put right after a message that gave values of its kind to several customers: at the one the
    follow-up names ("不对，南海是32"), or, naming none ("不对 是32"), a question which (`one_of_several`)."""
    stored = just_stored(ctx) if _card_waiting(ctx) is None else None
    if stored is None:
        return None
    reading = one_of_several.read(ctx, stored[0].data["text"], text, customer_span)
    if reading is None:
        return None
    if reading.text is not None:
        return Correction(reading.text, None, whole=True)
    return Correction(reading.value, None, which=reading.which)


def _detail_of_one(ctx: Ctx, text: str) -> Correction | None:
    """A detail put right after a message telling details of several people: that person's, when the
    follow-up names them ("sorry, Jess's should be 0412 556 300"), else a question whose (`detail_fix`)."""
    stored = just_stored(ctx) if _card_waiting(ctx) is None else None
    if stored is None:
        return None
    fixed = detail_fix.read(ctx, stored[0].data["text"], text)
    if fixed is None:
        return None
    if fixed.text is not None:
        return Correction(fixed.text, None, whole=True)
    return Correction(fixed.value, None, which=fixed.which, kept=True)


def _which_one(ctx: Ctx, fix: Correction) -> list[Reply]:
    """The last message undone, and the user asked which of its values `fix` puts right."""
    stored = just_stored(ctx)
    if stored is None:
        raise UserError(ctx._("I have no recent change of yours to correct. What should I store?"))
    if fix.kept:  # "sorry typo, should be 0412 556 300" after two people's numbers: whose? (kept as stored)
        options = "\n".join(f"  • {clause}" for clause in fix.which)
        asked = ctx._(
            "Whose should be {value}? Nothing was changed; send it again naming whose, "
            "e.g. “Ann's is {value}”.",
            value=fix.right,
        )
        return [Reply(f"{asked}\n{options}")]
    said, last = stored
    changes.undo_change(ctx, last.id)
    said.resolved_at = ctx.now
    undone = ctx._("Undone: {summary}", summary=last.summary or said.data["text"])
    options = "\n".join(f"  • {clause}" for clause in fix.which)
    asked = ctx._(
        "Which of these should be {value}? Send the message again as it should be.", value=fix.right
    )
    return [Reply(f"{undone}\n{asked}\n{options}")]


# What may stand around a clock sent alone: "3点", "3点吧", "at 4", "make it 4pm".
_AROUND_A_CLOCK = re.compile(r"[\s,，.。!！~]|吧|啦|啊|呀|喔|哦|\b(?:at|make it|around|ok)\b", re.IGNORECASE)
_A_CLOCK_SAID = re.compile(r"\d|[点:：]")


def _clock_for_its_part(ctx: Ctx, text: str) -> Correction | None:
    """A clock sent alone right after a message whose time was only a part of the day ("明天下午提醒我给邓伟杰
    回电话" / "3点", "remind me tomorrow afternoon to call dana" / "3pm"): that part's hour, said into the
    message (its day and part kept). A message that said a clock already is put right by the other readers."""
    bare = simplified(text).strip()
    stored = just_stored(ctx) if len(bare) <= 16 and _card_waiting(ctx) is None else None
    if stored is None:
        return None
    when = find_when(bare, now=ctx.now, tz=ctx.tz)
    if when is None or when.day_said or not when.has_time or len(when.spans) != 1:
        return None
    start, end = when.spans[0]
    clock = bare[start:end]
    if _AROUND_A_CLOCK.sub("", bare[:start] + bare[end:]) or not _A_CLOCK_SAID.search(clock):
        return None
    said = stored[0].data["text"]
    before = find_when(simplified(said), now=ctx.now, tz=ctx.tz)
    if before is None or not before.has_time or not before.day_said:
        return None
    if any(_A_CLOCK_SAID.search(simplified(said)[a:b]) for a, b in before.spans):
        return None
    wrong = said[before.spans[0][0] : before.spans[-1][1]]
    return Correction(f"{wrong}{'' if CJK.search(said) else ' '}{clock}", wrong)


# A take-back or "wrong", then what it was: "ignore the last one, it was sheila at dmrta", "Scratch that.
# Wrong customer and wrong person - it was Niamh at Wicklow, 23k".
_WRONG_THEN_WHAT = re.compile(
    # ("mali": Tagalog for wrong, "sorry mali - it was Rodel of pasig river ferry")
    r"^(?=.*?(?<![a-z])(?:ignore|scratch|disregard|undo|wrong|mali)(?![a-z]))"
    r".*?(?<![a-z])(?:it\s+was|it['’]s|it\s+is|that\s+was|was\s+actually)(?![a-z])"
    r"\s*[:：-]?\s*(?P<what>[^;!?。；！？]+?)\s*[.!。！]*$"
    # "不对，是姜涛，渝新的", "打错了，应该是渝新姜涛": a slip word, then who and where it really was
    r"|^(?:(?:不对|错了|搞错了?|弄错了?|说错了?|写错了?|打错了?|记错了?|不好意思|唔好意思|抱歉)[\s,，.。!！:：]*)+"
    r"(?:应该|其实)?[是系係]\s*(?P<what_zh>[^;!?。；！？]+?)(?:的|嘅)?"
    # "是沈阳北方重型，不是北方制药", "系惠州锂能嘅王总，唔系华芯": the wrong one said after
    r"(?:[，,]?\s*(?:而?不是|[唔不][系係])[^;!?。；！？]*)?\s*[.!。！]*$",
    re.IGNORECASE,
)


def _said_elsewhere(ctx: Ctx, text: str) -> Correction | None:
    """The message just stored taken back and said again at another customer (`corrections.said_at_another`):
    one record, at the right customer, with the right person and amount."""
    match = _WRONG_THEN_WHAT.match(simplified(text))
    stored = just_stored(ctx) if match else None
    said = stored[0] if stored is not None else said_unchanged(ctx) if match else None
    if match is None or said is None or _card_waiting(ctx) is not None:
        return None  # (a message that changed nothing is said again too: "X to negotiation" when it was)
    old = said.data["text"]
    group = "what" if match.group("what") is not None else "what_zh"
    what = text[match.start(group) : match.end(group)]
    if group == "what_zh" and WHO_TO_SEE.search(simplified(what)):
        return None  # "搞错了，是信谊，找郑经理": whom they went to see, put right by the readers after
    again = said_at_another(ctx, old, what, customer_span)
    return Correction(again, None, whole=True) if again else None


def _value_put_right(ctx: Ctx, text: str, *, unsaid: bool = False) -> Correction | None:
    """A value of the message just written (or of the card waiting) put right in other words than a fixed
    phrase ("Actually she said end of July", "是十三万五 我看错了": `follow_up.value_put_right`), when the
    follow-up names no other customer than that message's. `unsaid`: the words named as wrong are not in that
    message, so only a value it never said ("today" of a meeting) is put right; "friday not wed" after a
    message with another day in it is about an earlier one."""
    card = _card_waiting(ctx)
    stored = just_stored(ctx) if card is None else None
    said = card.data["text"] if card is not None else stored[0].data["text"] if stored is not None else None
    if said is None:
        return None
    if _an_outcome(text) and not _an_outcome(said):
        return None  # "sorry, X's gone - dana signed w/ convoy yesterday": news of a loss, no day put right
    try:
        other = locate_customer(ctx, read_message(ctx, text), needed=False)
        was = locate_customer(ctx, read_message(ctx, said), needed=False)
    except NeedChoice:
        return None
    if other is not None and (was is None or other.customer.id != was.customer.id):
        return None
    if was is not None and _names_another_deal(ctx, was.customer, said, text):
        return None  # "不对，是耗材管理那单，15万": the value belongs on that deal (`another_deal`)
    return value_put_right(ctx, said, text, unsaid=unsaid)


def _names_another_deal(ctx: Ctx, customer: Customer, said: str, text: str) -> bool:
    """Whether the follow-up `text` names an open deal of `customer` that the message `said` did not."""
    deals = ctx.store.deals.for_customer(customer.id, open_only=True)
    if len(deals) < 2:
        return False
    before = deals_named(deals, said, customer)
    return any(d not in before for d in deals_named(deals, text, customer))


_VALUES = ("amount", "date", "time", "currency", "stage", "kind")  # "…, it was in person": the kind
_JOIN_LEFT = re.compile(
    r"[\s,，;；]*(?:and|also|plus|then|并且|并|还有|另外|然后)?[\s,，;；]*$", re.IGNORECASE
)  # what joined a dropped clause to the one before it


# Someone who was there too, said right after the meeting or call was logged: "oh and Eoin Murphy was there
# too, he's the one who'll sign off", "rita joined us as well", "对了高远也在", "忘了说，张磊磊也一起参加了",
# "仲有Gary Lam都喺度" (folded: 都在).
_JOINED_TOO = re.compile(
    r"^\s*(?:(?:oh|and|also|btw|plus|forgot to say|forgot to mention)\b[\s,.:;-]*)*"
    r"(?P<who>[A-Za-z][\w'’.-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:(?:was|were)\s+(?:there|on\s+the\s+call|in\s+the\s+meeting|at\s+the\s+meeting|with\s+us)\s+(?:too|as\s+well)"
    r"|(?:came|come)\s+along(?:\s+(?:too|as\s+well))?|joined(?:\s+us)?(?:\s+(?:too|as\s+well))?"
    r"|sat\s+in(?:\s+(?:too|as\s+well))?)\b"
    r"|^\s*(?:(?:对了|忘了说|还有|另外|仲有|哦|噢)[，,\s]*)*"
    r"(?P<zwho>[\u4e00-\u9fff]{2,3}?|[A-Za-z]+(?:\s+[A-Za-z]+)?)\s*"
    r"(?:也在场?|都在场?|也一起(?:参加了?|去了|来了|在)|也参加了|也来了|也去了)",
    re.IGNORECASE,
)


def _joined_too(ctx: Ctx, text: str) -> Correction | None:
    """Someone who was there too, right after a meeting, visit or call was logged: the message again with
    them in it (one activity, not a second note)."""
    joined = _JOINED_TOO.match(simplified(text))
    stored = just_stored(ctx) if joined else None
    if joined is None or stored is None:
        return None
    said = stored[0].data["text"]
    who = (joined.group("who") or joined.group("zwho") or "").strip()
    reading = read_message(ctx, said)
    if not who or who.lower() in simplified(said).lower() or reading.kind in (None, "note"):
        return None
    chinese = bool(re.search(r"[\u4e00-\u9fff]", said))
    named = [(start, end) for _name, start, end in reading.persons if 0 <= start < end <= len(said)]
    try:
        found = locate_customer(ctx, reading, needed=False) if not named else None
    except NeedChoice:
        found = None
    known = mentioned_contact(ctx, found.customer, said) if found is not None else None
    at = simplified(said).find(simplified(known.name)) if known is not None else -1
    if at >= 0:  # a contact named in full ("拜访了陈国栋"), not read as a person by the reader
        named = [(at, at + len(known.name))]  # type: ignore[union-attr]
    if named:  # beside the person named: "lunch with Maeve and Eoin Murphy from …", "见了徐海峰和张磊磊"
        end = named[0][1]
        added = f"{said[:end]}{'和' if chinese else ' and '}{who}{said[end:]}"
    else:
        added = f"{said}，{who}也在" if chinese else f"{said}, {who} was there too"
    return Correction(added, None, whole=True)


def _without_reminder(ctx: Ctx) -> Correction | None:
    """ "Lone Star 135k, and remind me thu to send the PO template" → "ignore the reminder part": the last
    message again without the clauses its reminders came from."""
    said = _last_said(ctx)
    if said is None:
        return None
    reading = read_message(ctx, said)
    steps = [s for s in reading.steps if s.end > s.start]
    if not steps:
        return _without_reminder_dates(said, reading)
    text = said
    for step in sorted(steps, key=lambda s: s.start, reverse=True):
        text = _JOIN_LEFT.sub("", text[: step.start]) + text[step.end :]
    if not text.strip(" ,，.。;；"):  # the message was only its reminder, or news with a date that set one
        return None if any(s.explicit for s in steps) else _without_reminder_dates(said, reading)
    try:
        found = locate_customer(ctx, reading, needed=False)
    except NeedChoice:
        found = None  # (which customer is asked when the rest is read again)
    if found is not None and found.start >= 0 and any(s.start <= found.start < s.end for s in steps):
        # "gonna swing by wayne tmrw 10ish …, 80k ballpark": the customer was named in the reminder's words
        text = f"{said[found.start : found.end]}{'：' if CJK.search(said) else ': '}{text.strip(' ,，')}"
    return Correction(text.strip(), None, whole=True) if text.strip() else None


def _without_reminder_dates(said: str, reading: Reading) -> Correction | None:
    """ "fyi klara is leaving umbrella end of month, …" read with a reminder at the end of the month (a date
    said, no words of a task): the message again without that date's words."""
    dues = {s.due for s in reading.steps if s.due is not None}
    spans = sorted({span for at, when in reading.dates if at >= 0 and when.at in dues for span in when.spans})
    if not spans:
        return None
    text = said
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    text = re.sub(r"\s+([,，.。;；])", r"\1", " ".join(text.split())).strip(" ,，.。;；")
    return Correction(text, None, whole=True) if text and text != said else None


def drops_the_reminder_just_set(ctx: Ctx, text: str) -> bool:
    """Whether `text` takes back the reminder the last message set and nothing else ("算了，不用提醒了"
    right after "提醒我明天下午两点给周晓燕打电话"): the take-back's (`taken_back`), before a reminder
    change would ask which of the open reminders is meant."""
    return drops_the_reminder(text) and _only_a_reminder(ctx)


def undoes_the_last(ctx: Ctx, text: str) -> bool:
    """Whether `text` takes back the last message, whole or its reminder (`drops_the_reminder_just_set`):
    the take-back's (`taken_back`), before a reminder change reads its why ("log a visit to Tramore … /
    actually scratch that, the visit got cancelled, ignore" cancelled another customer's visit reminder)."""
    if _card_waiting(ctx) is not None:
        return False  # "ignore the reminder part" with a card waiting is about the card (trial 68 H1: the
        # message stored before it was undone, two e-mails and two reminders)
    whole = takes_back(text) and just_stored(ctx) is not None and correction(text) is None
    return whole or drops_the_reminder_just_set(ctx, text)


def _only_a_reminder(ctx: Ctx) -> bool:
    """Whether the last message stored only reminders: taking the reminder back takes it back whole."""
    said = _last_said(ctx)
    if said is None or just_stored(ctx) is None:
        return False
    steps = [s for s in read_message(ctx, said).steps if s.end > s.start]
    return bool(steps) and _without_reminder(ctx) is None


def _value_after_why(ctx: Ctx, text: str) -> Correction | None:
    """ "wait he's out wed. thursday 9am" right after "remind me to call Curtis wed": the value said last
    puts the last message right, when that message said a value of its kind."""
    value = value_after_why(text)
    said = _last_said(ctx) if value else None
    if value is None or said is None:
        return None
    if is_bare_number(value) and not find_amounts(simplified(said)):  # "不对，11" after "周五上午10点"
        return Correction(value, None) if clock_put_right(ctx, said, value) else None
    kind = kind_of(ctx, value)
    named = customer_span(ctx, said) if kind == "amount" and _STAGE_KEPT.search(simplified(text)) else None
    if named is not None and not find_amounts(simplified(said)):
        # "唔係 negotiation, stage 唔變, amount 改做 18萬" after "X 個 deal 改去 negotiation": the stage
        # change taken back, the amount set instead
        return Correction(f"{said[named[0] : named[1]]} {value}", None, whole=True)
    return Correction(value, None) if kind in _VALUES else None


# The stage said to stay as it was: "stage 唔變" (folded: 不变), "stage is the same", "not the stage".
_STAGE_KEPT = re.compile(
    r"(?:stage|阶段)\s*(?:不变|没变|冇变|没有变|is the same|unchanged|stays|didn['’]?t change"
    r"|hasn['’]?t changed)"
    r"|\bnot the stage\b",
    re.IGNORECASE,
)


# The amount said to stay as it was: "金额不变", "amount unchanged", "not the amount".
_AMOUNT_KEPT = re.compile(
    r"(?:金额|价钱|价格|报价|amount|value|price)\s*"
    r"(?:不变|没变|冇变|没有变|唔变|照旧|is the same|unchanged|stays"
    r"|didn['’]?t change|hasn['’]?t changed)|\bnot the (?:amount|value|price)\b",
    re.IGNORECASE,
)


def _amount_kept_stage_set(ctx: Ctx, text: str) -> Correction | None:
    """ "搞错了 金额不变 是进到谈判阶段" right after "X金额改成9万": the amount change is taken back and the
    stage said is set instead (the last message said again as the customer and the stage)."""
    folded = simplified(text)
    kept = _AMOUNT_KEPT.search(folded)
    said = _last_said(ctx) if kept is not None else None
    if kept is None or said is None or not find_amounts(simplified(said)):
        return None
    rest = _SLIP.sub("", folded[: kept.start()] + " " + folded[kept.end() :]).strip(" ,，。.;；")
    rest = re.sub(r"^(?:是|而是|it['’]?s|it was|but)\s*", "", rest, flags=re.IGNORECASE)
    named = customer_span(ctx, said)
    if not rest or named is None:
        return None
    again = f"{said[named[0] : named[1]]} {rest}"
    reading = read_message(ctx, again)
    if reading.stage is None or reading.amounts:
        return None
    return Correction(again, None, whole=True)


def _customer_then_value(ctx: Ctx, text: str) -> Correction | None:
    """ "ugh no - feldmann bau, 58k", "不对，是侨乡陈皮，9万" right after "feldberg 18k now": a slip word, the
    right customer, then the value: both put right (`corrections.customer_then_value`), not the value alone
    at the wrong customer."""
    value = value_after_why(text)
    said = _last_said(ctx) if value else None
    named = customer_span(ctx, text, by_name=True) if said else None
    if value is None or said is None or named is None:
        return None
    at = text.rfind(value)
    if at < named[2] or text[named[2] : at].strip(" ,，、;；:：—–-"):
        return None  # the customer is not said right before the value
    fix = Correction(f"{text[named[0] : named[2]]}, {value}", None)
    split = customer_then_value(ctx, said, fix, customer_span)
    return split if split.more else None


def _currency_added(ctx: Ctx, text: str) -> Correction | None:
    """ "16万美金" right after "鑫达金额改成16万": the same amount again, now with its currency."""
    said = _last_said(ctx)
    amounts = find_amounts(simplified(text))
    if said is None or len(amounts) != 1 or amounts[0].currency is None:
        return None
    if amounts[0].end - amounts[0].start < len(text.strip()) - 1:
        return None  # more than the amount: a message of its own
    before = find_amounts(simplified(said))
    same = [a for a in before if a.value == amounts[0].value and a.currency is None]
    return Correction(text.strip(), None) if len(same) == 1 else None


def apply_correction(ctx: Ctx, fix: Correction, understand: Understand) -> list[Reply]:
    """Correct the card waiting for Save, else the last stored message; nothing when what `fix` calls
    wrong is another customer than the last message's. The message as corrected may change a reminder
    ("潜江楚源那个提醒往后挪到五月九号"): read as a reminder change first, as when first sent."""
    understand = _reminder_changes_first(understand)
    if fix.which:  # "不对 是32" after two customers' amounts: which one is asked, the message undone
        record("correction")
        return _which_one(ctx, fix)
    if fix.wrong and _wrong_customer_elsewhere(ctx, fix):
        raise UserError(
            ctx._(
                "Your last message did not say “{words}”, so I changed nothing. "
                "Send it again as it should be.",
                words=fix.wrong,
            )
        )
    record("correction")
    card = _card_waiting(ctx)
    # What a correction names is the user's word (gate.someone_elses_contact), unless it only puts a value of
    # a card still waiting right ("make that next week"): the card's doubt about a person is still asked.
    if card is None or kind_of(ctx, fix.right) == "text":
        ctx.picks[CORRECTED] = True
    if _names_a_currency(fix):  # "sorry, euros not dollars": the deal's currency changes as said
        ctx.picks[CURRENCY_SAID] = True
    said = _last_said(ctx)
    other = another_deal(ctx, said, fix, customer_span) if said else None
    if other is not None:  # "sorry, I meant the seats deal": that deal, chosen
        fix, customer, deal = other
        ctx.picks[deal_key(customer)] = str(deal.id)
    if card is not None:
        return _correct_the_card(ctx, card, fix, understand)
    before = message_before(ctx, fix)  # "sorry globex was an email" after a message about another customer
    if before is not None:
        pending, change_set, fix = before
        return correct(ctx, fix, understand, customer_span, (pending, change_set))
    if names_another_message(ctx, fix):  # "the globex one was a visit", no recent message about globex
        raise UserError(
            ctx._(
                "Your last message did not say “{words}”, so I changed nothing. "
                "Send it again as it should be.",
                words=fix.about,
            )
        )
    return correct(ctx, fix, understand, customer_span)


def _reminder_changes_first(understand: Understand) -> Understand:
    def run(ctx: Ctx, text: str) -> list[Reply]:
        changed = reminder_change(ctx, text)
        return as_list(changed) if changed is not None else understand(ctx, text)

    return run


def _names_a_currency(fix: Correction) -> bool:
    words = simplified(" ".join(w for w in (fix.right, fix.more) if w))
    return currency_of(words) is not None or any(a.currency for a in find_amounts(words))


# A correction's mark at the head of a message: "更正：", "纠正一下：", "correction:", "corrected -".
_FIX_MARK = re.compile(
    r"^\s*(?:(?:更正|纠正|订正|修正)(?:一下)?|(?:correction|corrected)\b)\s*[:：，,-]\s*", re.IGNORECASE
)


def stated_fix(ctx: Ctx, text: str) -> str | None:
    """The words after a correction's mark when they state the change whole, the customer, the right
    amount and the wrong one, which is what the customer's open deal holds ("更正：X的金额是75万，不是70万",
    "correction: X is 45k not 40k"), and nothing of the user's is there to correct (no card waiting, no
    recent message): read as a message of its own, not answered "nothing to correct". Not when the wrong
    amount is none of the customer's deals' ("…，不是80万" of a 70万 deal: which record is meant?) or none is
    said."""
    mark = _FIX_MARK.match(text)
    rest = text[mark.end() :].strip() if mark else ""
    said_wrong = _NOT_THE_AMOUNT.search(rest)
    if said_wrong is None or _card_waiting(ctx) is not None or just_stored(ctx) is not None:
        return None
    if said_unchanged(ctx) is not None or customer_span(ctx, rest, by_name=True) is None:
        return None
    wrong = find_amounts(simplified(rest[said_wrong.end() :]))
    found = locate_customer(ctx, read_message(ctx, rest), needed=False)
    deals = ctx.store.deals.for_customer(found.customer.id, open_only=True) if wrong and found else []
    return rest if any(d.amount is not None and d.amount == wrong[0].value for d in deals) else None


# The amount said wrong: "…，不是70万", "… not 40k", "instead of 40k".
_NOT_THE_AMOUNT = re.compile(
    r"(?:而?不是|并非|\bnot\b|\binstead\s+of\b|\brather\s+than\b)\s*(?=[$€£¥\d一二三四五六七八九十两])",
    re.IGNORECASE,
)


def customer_span(ctx: Ctx, text: str, *, by_name: bool = False) -> tuple[int, int, int] | None:
    """Where `text` names its customer, and where a person named right after it ends ("金山电子许静"),
    so that "是金山软件韩磊" replaces both. `by_name`: only a customer named by its own name or alias
    ("I meant Peter" names a person, though Peter is a contact of Initech)."""
    reading = read_message(ctx, text)
    found = locate_customer(ctx, reading, needed=False)
    if found is None or found.start < 0 or (by_name and found.field == "contact"):
        return None
    end = found.end
    for _name, start, person_end in reading.persons:
        if 0 <= start - end <= 1:
            end = person_end
    if end == found.end:
        rest = reading.original[end:]
        known = mentioned_contact(ctx, found.customer, rest)
        end += said_from_start(known, rest) if known is not None else 0  # "杭联物流陆经理": 陆经理 too
    return found.start, found.end, end


def _outcome_just_stored(ctx: Ctx, text: str) -> bool:
    """Whether the user's last change is a message that won or lost a deal, of the customer this one names
    (or it names none)."""
    stored = just_stored(ctx)
    if stored is None:
        return False
    old = read_message(ctx, stored[0].data["text"])
    if old.outcome is None:
        return False
    try:
        named = locate_customer(ctx, read_message(ctx, text), needed=False)
        was = locate_customer(ctx, old, needed=False)
    except NeedChoice:
        return False
    return named is None or (was is not None and named.customer.id == was.customer.id)


# A message that opens by saying something was wrong: "不对，…", "no, …", "wrong - …" (not "no answer …").
_DENIED_FIRST = re.compile(
    r"^\s*(?:不对|不對|错了|搞错了?|说错了?|写错了?|记错了?|更正|(?:no|nope|wrong|sorry|oops)\s*[,，.!:;—–-])",
    re.IGNORECASE,
)


def card_put_right_unread(ctx: Ctx, text: str) -> None:
    """Refuse a message that says the card still waiting is wrong, when no correction of it could be read
    ("不对，星河的单子金额是15万" while a card of two visits, a close and a loss waits): stored as news of
    its own it left the card behind unsaid (trial 67 H2); the user is told the card waits, and how to
    change it."""
    card = _card_waiting(ctx)
    if card is not None and _DENIED_FIRST.match(simplified(text)):
        raise UserError(
            ctx._(
                "Nothing of “{text}” is saved yet. Press Change on its card, or send it again as it "
                "should be.",
                text=card.data["text"],
            )
        )


def _card_waiting(ctx: Ctx) -> PendingChoice | None:
    """The preview card of the user's last message, or the question asked about it ("Which customer do you
    mean by “Acme”?"), when it still waits for an answer and nothing was stored or sent since: a correction
    now ("sorry make that 58k") is about that message, not about the one stored before it."""
    card = ctx.store.pending.latest(RERUN)
    said = ctx.store.pending.latest(SAID)
    if card is None or card.data.get("is_command") or not card.data.get("text"):
        return None
    if card.data.get(PASSED, ctx.now.isoformat()) != ctx.now.isoformat():
        return None  # passed over by an earlier message than this one
    if card.created_at <= ctx.now - TYPED_WAIT or (said is not None and said.id > card.id):
        return None
    return card


def _correct_the_card(ctx: Ctx, card: PendingChoice, fix: Correction, understand: Understand) -> list[Reply]:
    """The card's message as corrected, read again (a new card, or stored when it is certain now); the old
    card is closed."""
    old = card.data["text"]
    text = corrected(ctx, old, fix, customer_span)
    if text is None:
        text = _asked_name_replaced(card, fix)
    if text is None or text == old:
        raise UserError(
            ctx._(
                "Nothing of “{text}” is saved yet. Press Change on its card, or send it again as it "
                "should be.",
                text=old,
            )
        )
    ctx.store.pending.take(card.id)
    ctx.msg = replace(ctx.msg, text=text)  # a new card re-runs the corrected message on Save
    ctx.picks = {**_days_still_said(card, text), **ctx.picks}
    note = ctx._("Changed before saving: “{old}” → “{new}”", old=old, new=text)
    try:
        replies = understand(ctx, text)
    except NeedChoice as question:  # asked again, about the message as corrected
        question.question = f"{note}\n{question.question}"
        raise
    if not replies:
        return [Reply(note)]
    return [Reply(f"{note}\n{replies[0].text}", replies[0].buttons), *replies[1:]]


def _days_still_said(card: PendingChoice, text: str) -> dict[str, str]:
    """The days the user picked for the card's words ("next week": Fri 18 Dec) that the corrected message
    still says: "make that 14:30" asked "which day of next week?" again."""
    lower = simplified(text).lower()
    picks = card.data.get("picks", {})
    return {k: v for k, v in picks.items() if k.startswith(DAY_KEY) and k[len(DAY_KEY) :] in lower}


_ASKED_NAME = re.compile(r"[“「\"](?P<name>[^”」\"]{1,40})[”」\"]")


def _asked_name_replaced(card: PendingChoice, fix: Correction) -> str | None:
    """The card's message with the name it asked "which customer?" about replaced by the customer the
    correction names ("宝利机电进谈判了" asked which 宝利; "不对，…我说的是保定天成印务"): None when the
    question was no such question or the name is not in the message."""
    if not str(card.data.get("key", "")).startswith("customer:") or fix.wrong:
        return None
    asked = _ASKED_NAME.search(str(card.data.get("question", "")))
    old = card.data["text"]
    if asked is None or asked.group("name") not in old or _a_persons_detail(fix.right):
        return None
    return old.replace(asked.group("name"), fix.right, 1)


def _a_persons_detail(words: str) -> bool:
    """ "sorry, should be Senior Compliance Officer", "应该是副总", "…0412 886 301": a title, phone or email
    is a person's detail put right, never the customer a "which customer?" question asked about."""
    plain = simplified(words).strip(" \t,.;:!?，。；：！？")
    return any(
        i.kind in ("title", "phone", "email", "wechat") and i.start == 0 and i.end == len(plain)
        for i in read_details(plain, [], NOBODY)
    )


def _wrong_customer_elsewhere(ctx: Ctx, fix: Correction) -> bool:
    """ "sorry i meant umbrella not initech" after a message about Stark: what it calls wrong is another
    customer than the last message's, so it corrects nothing that was stored (it replaced Stark)."""
    said = _last_said(ctx)  # the card still waiting, if one is: "sorry not 腾达, it was 云帆" right after it
    if said is None or not fix.wrong:
        return False
    head = re.split(r"[,.;，。；]", fix.wrong, maxsplit=1)[0]  # "brewing, ingrid is dairy": "brewing"
    if simplified(head).lower().strip() in simplified(said).lower():
        return False
    try:
        wrong = locate_customer(ctx, read_message(ctx, fix.wrong), needed=False)
        old = locate_customer(ctx, read_message(ctx, said), needed=False)
    except NeedChoice:
        return False
    return wrong is not None and wrong.start >= 0 and (old is None or wrong.customer.id != old.customer.id)


def about_another_customer(ctx: Ctx, text: str, fix: Correction) -> bool:
    """Whether a correction's value ("改成下周一上午", "make it 45k") is said of a customer the message names
    other than the last message's ("周四去不了恒远，改成下周一上午" right after a phone fix at 东方贸易): it
    puts that customer's record right, not the last message (trial 68 H8). A customer named as the value
    ("it was kessler medical") is the correction's own."""
    said = _last_said(ctx)
    if said is None:
        return False
    if fix.wrong and currency_of(fix.wrong) and not read_message(ctx, said).amounts:
        return True  # "sorry, that umbrella training deal is euros not dollars" after a phone number given:
        # the last message has no money to put in euros (trial 68 H6: it was rewritten into nonsense)
    if kind_of(ctx, fix.right) not in ("time", "date", "amount"):
        return False
    try:  # (a name in doubt is no other customer: "更正：2月尾" fits none, and is asked about by no one)
        here = locate_customer(ctx, read_message(ctx, text), needed=False)
        there = locate_customer(ctx, read_message(ctx, said), needed=False)
    except NeedChoice:
        return False
    if here is None or here.start < 0:
        return False
    return there is not None and there.customer.id != here.customer.id


def card_text(ctx: Ctx) -> str | None:
    """The message whose card (or question) still waits for an answer, if one does (see `_card_waiting`)."""
    card = _card_waiting(ctx)
    return card.data["text"] if card is not None else None


def _last_said(ctx: Ctx) -> str | None:
    """The user's last message a correction may be about: the one whose card waits, else the last stored."""
    card = _card_waiting(ctx)
    said = ctx.store.pending.latest(SAID)
    return card.data["text"] if card is not None else said.data["text"] if said is not None else None


def _loose_correction(ctx: Ctx, text: str) -> Correction | None:
    """ "sterling pharma, not paper" corrects the last message only if that message said "paper"."""
    fix = loose_correction(text)
    said = _last_said(ctx) if fix is not None else None
    if fix is None or said is None:
        return None
    if fix.wrong is not None:
        if fix.wrong.lower() in said.lower():
            return fix
        first = fix.right.split()[0].lower() if fix.right.split() else ""
        named = re.search(rf"\b{re.escape(first)}\b", said, re.IGNORECASE)
        if is_person(fix.right) and is_person(fix.wrong) and named:
            return fix  # "Mike Ocampo, not Brandt" after "call w Mike": the Mike linked was the wrong one
        return None
    if detail_replaced(said, fix.right) is not None:
        return fix  # "不对，是 wenya@xinda-tech.com": the address the last message gave
    if is_bare_number(fix.right):  # "sorry, 78" after "wexford 72k -> 80k"; "actually 11" after "fri 10am"
        return fix if find_amounts(simplified(said)) or clock_put_right(ctx, said, fix.right) else None
    if _an_outcome(fix.right) and customer_span(ctx, fix.right) is None:
        return None  # "不对，是won": the outcome said again, a statement (`_restated`), no name put right
    if kind_of(ctx, fix.right) == "text" and customer_span(ctx, fix.right) is None:
        # "sorry, running late": no value and no customer to put in place of another; "不对，是设备采购那单":
        # another deal of the last message's customer
        return fix if another_deal(ctx, said, fix, customer_span) is not None else None
    return fix


# "是郭記輸了": who it was, said first (English "it's X …" is read by `_value_put_right` and the others)
_IT_IS = re.compile(r"^\s*(?:其实|實際|实际|应该)?(?:是|係|系)\s*")


def _an_outcome(words: str) -> bool:
    folded = simplified(words)
    return bool(lx.WON_WORDS.search(folded) or lx.LOST_WORDS.search(folded))


def _restated(ctx: Ctx, text: str) -> Correction | None:
    """ "no wait, still proposal, it's the close date that moved: dec 18" right after "quillon moved to
    negotiation": the last message said again as it should be. Only when it names no customer of its own,
    says something to store, and keeps every kind of part the last message had (a logged call is not
    dropped by a correction about the deal)."""
    rest = restatement(text)
    denied = None if rest else denied_then_said(text)
    said = ctx.store.pending.latest(SAID) if rest or denied else None
    wrong = re.sub(r"^(?:the|that|this)\s+", "", denied[0], flags=re.IGNORECASE) if denied else ""
    if denied is not None and said is not None and wrong.lower() in said.data["text"].lower():
        rest = denied[1]  # "不是谈判，退回qualified了" after "西湖茶业 进入谈判"; "not the scanners, …"
    if rest is None or said is None:
        return None
    rest = unchanged_said(rest).strip(" ,，") or rest  # "是陈记输了，陈氏还在谈": 陈氏 stays as it was
    if customer_span(ctx, rest) is not None:  # "sorry, Kessler Medical -> negotiation, logistics stays"
        another = _restated_for_another(ctx, rest, said.data["text"])
        if another is not None or not _same_customer(ctx, rest, said.data["text"]):
            return another
        # "不对 是 won，甘部长刚签": the customer named again (by its contact) is the last message's own
    if kind_of(ctx, rest) in _VALUES:
        return Correction(rest, None)  # "不对，negotiation": a value put right, not the statement again
    new, old = read_message(ctx, rest), read_message(ctx, said.data["text"])
    if not new.about_work or (old.kind and not new.kind) or (old.steps and not new.steps):
        return None
    return Correction(rest, None, restates=True)


def _same_customer(ctx: Ctx, rest: str, said: str) -> bool:
    """Whether the statement said again names the last message's customer by one of its contacts ("不对 是
    won，甘部长刚签")."""
    try:
        new = locate_customer(ctx, read_message(ctx, rest), needed=False)
        old = locate_customer(ctx, read_message(ctx, said), needed=False)
    except NeedChoice:
        return False
    if new is None or old is None:
        return False
    return (
        new.customer.id == old.customer.id and new.field == "contact"
    )  # (named by name again, it may stand beside another customer)


# A slip word first: "不对，", "唔係，", "no wait,", "sorry -".
_SLIP = re.compile(
    r"^\s*(?:(?:no wait|wait,? no|no|nope|sorry|oops|correction|my bad|my mistake|hold on|actually|"
    r"wrong (?:one|customer|company|account|deal)|"  # "sorry wrong one, X is still alive. Y is the one …"
    r"不对|不對|错了|搞错了?|弄错了?|说错了?|写错了?|记错了?|更正|哦不对|唔係|唔系|唔啱|不是)[\s,.!:;，。！：、—–-]*)+",
    re.IGNORECASE,
)


def _kept_then_another(ctx: Ctx, text: str) -> Correction | None:
    """ "不对，余姚的还在初步阶段，是慈溪明珠进谈判了" right after "余姚明珠进谈判了": the whole news again,
    first saying the wrong customer stays as it was, then the right one's change: the last message is undone
    and the change made at the right customer (`_restated_for_another`)."""
    slip = _SLIP.match(simplified(text))
    said = _last_said(ctx) if slip else None  # (the card still waiting, if one is: "which 宝利?")
    statement = kept_first(text[slip.end() :]) if slip and said else None
    if statement is None or said is None:
        return None
    fix = _restated_for_another(ctx, statement, said, any_change=True)
    if fix is None and another_deal(ctx, said, Correction(statement, None), customer_span) is not None:
        # "更正，是訂房系統改成65萬，門禁不動": another deal of the same customer, the one changed stays
        fix = Correction(statement, None)
    return fix


def _restated_for_another(ctx: Ctx, rest: str, said: str, *, any_change: bool = False) -> Correction | None:
    """The statement again after a correction word, about another customer than the last message's, saying the
    same kind of change (a stage for a stage, an amount for an amount, a call for a call): the last message
    was about the wrong customer; what it says stays as it was ("…, logistics stays where it was")."""
    try:
        new_found = locate_customer(ctx, read_message(ctx, rest), needed=False)
    except NeedChoice:
        return None
    try:
        old_found = locate_customer(ctx, read_message(ctx, said), needed=False)
        asked = False
    except NeedChoice:  # the last message still asks which customer it meant: another one, said now
        old_found, asked = None, any_change
    if new_found is None or (old_found is None and not asked):
        return None
    if old_found is not None and new_found.customer.id == old_found.customer.id:
        return None
    if _IT_IS.sub("", rest[: new_found.start]).strip(" ,，:：-—"):  # "sorry for the delay — acme moved …"
        return None  # news ("是郭記輸了": who it was, said again)
    after = rest[new_found.end :].strip(" ,，.。!！的")
    if after and simplified(after).lower() in simplified(new_found.customer.name).lower():
        after = ""  # "是龙岗智造": the rest of its name after the words that found it ("龙岗")
    if any_change and not after:
        # "不对，华美早就在谈判了，我说的是聚源包装": the last message's news, of that customer
        return Correction(rest.strip(" ,，.。!！"), None)
    if asked:
        return None
    statement = unchanged_said(rest)
    new, old = read_message(ctx, statement), read_message(ctx, said)
    same = (
        (old.stage and new.stage)
        or (old.amounts and new.amounts)
        or (old.outcome and new.outcome)
        or (old.kind and new.kind)
    )
    # `any_change`: the correction said the wrong customer stays as it was; the right one's change may be
    # another kind ("醴陵的还是方案，是萍乡安源签了")
    return Correction(statement, None, whole=True) if same or (any_change and new.about_work) else None
