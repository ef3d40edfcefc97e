"""A deal change read against the customer's deals on record: what the message can and cannot change.

A loss told of a customer whose deal is lost already is on record (no second lost deal is made up); an
amount said to replace the deal's when there is no open deal is asked about; "won't sign before jan"
moves an earlier close date; a change that is so already is said to change nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from crm_store.models import Deal
from crm_store.search.gazetteer import Evidence
from handlers.context import Ctx
from handlers.domain.customers import may_manage
from handlers.domain.deals import YUAN_CURRENCIES, deals_named, local_currency, local_dollar, local_yuan
from handlers.messages import Reply
from handlers.parsing.amounts import (
    KRONOR,
    MIL_COUNTRIES,
    MIL_IS_THOUSAND,
    MIL_WORD,
    PESOS,
    WORD_NUMBER,
    Amount,
    counts_things,
    currencies_named,
    dollar_sign_only,
    krona_sign_only,
    words_number,
    yen_sign_only,
    yuan_word_only,
)
from handlers.parsing.hanzi import simplified
from handlers.parsing.holiday_calendar import country_of
from handlers.render import deal_line
from handlers.resolve import MIN_SCORE
from handlers.understanding import lexicon as lx
from handlers.understanding.customer_link import (
    Found,
    mentions_of,
    said_as_a_former_employer,
    said_as_a_place,
)
from handlers.understanding.deal_amounts import currency_chosen, relatives, said_as_new, said_as_total
from handlers.understanding.reading import Reading

# An amount said to replace the deal's ("is now 300k", "改成30万"), not only the one that counts ("= 9k").
_SAID_TO_CHANGE = re.compile(
    r"\b(?:is now|now|revised|changed|instead of|went up|goes up|went down|goes down|increased|decreased|"
    r"raised|lowered|bumped)\b|改成|改为|调到|涨到|降到|变成|->|→"
    r"|(?<=[\d万萬kK])\s*改\s*(?=\d)",  # "6万改7万": the old amount, then the new one
    re.IGNORECASE,
)


# The message says the deal is another one than before ("back with a smaller thing", "新的礼盒项目，跟之前
# 黄掉的那个无关"): a new deal, as said.
_ANOTHER = re.compile(
    r"\b(?:new|another|different|separate|smaller|bigger|second|extra|fresh)\b|新的|新项目(?!经理|总监|主管|负责人|助理|专员|工程师)|另一个|另外一个|无关|不相关",
    re.IGNORECASE,
)


# Business said to start again, how not said: "wants to restart with a smaller order", "想重新开始合作".
_START_AGAIN = re.compile(
    r"\b(?:restart(?:s|ed|ing)?|start(?:s|ed|ing)?\s+(?:again|over)|start\s+back\s+up)\b|重新开始|从头再来|重新合作|再合作",
    re.IGNORECASE,
)


def _open_deals(ctx: Ctx, found: Found) -> Sequence[Deal]:
    return ctx.store.deals.for_customer(found.customer.id, open_only=True)


def check_against_the_record(ctx: Ctx, reading: Reading, found: Found) -> Reply | None:
    """Read the message's deal words against the customer's deals: a close moved by "won't sign before",
    a change with no open deal to change (a doubt), a loss that is on record already. Returns the whole
    reply when the message says nothing else than that loss."""
    _talks_again_of_a_lost_deal(ctx, reading, found)
    if reading.not_before is not None and reading.close is None:
        _not_before(ctx, reading, found)
    changes = (
        reading.amount_marked
        and _SAID_TO_CHANGE.search(reading.text)
        and not (reading.add_on or reading.reopen or reading.outcome)
    )
    if changes and not _open_deals(ctx, found):
        # "the fleet deal 250k is now 300k" when that deal is won: a change of which deal? not a new one
        reading.doubts.append(ctx._("{customer} has no open deal to change", customer=found.customer.name))
    more = (  # (not with the total it comes to: "从8万加到11万5", "总价到一百万": the open deal grown so)
        _MORE_ORDERED.search(reading.text)
        and reading.amount is not None
        and not reading.add_on
        and not reading.amount_marked
        and not any(_TOTAL_BEFORE.search(reading.text, max(0, a.start - 8), a.start) for a in reading.amounts)
    )
    if more and _open_deals(
        ctx, found
    ):  # "列治文海鮮加單 80,000": the open deal grown, or an order of its own?
        name = found.customer.name
        reading.doubts.append(
            ctx._("a new deal for {customer}, or a change to their open deal", customer=name)
        )
    if reading.outcome == "lost" and not (reading.reopen or reading.add_on):
        already = _loss_on_record(ctx, reading, found)
        if already is not None and not (reading.kind or reading.about_deal or reading.steps):
            return already  # "hooli lost" when its deal is lost already: said so, nothing made up
        _dropped_with_no_deal(ctx, reading, found)
        _lost_after_a_win(ctx, reading, found)
    elif reading.about_deal and not (reading.reopen or reading.add_on or _ANOTHER.search(reading.text)):
        _no_deal_to_change(ctx, reading, found)
    elif (
        reading.about_deal
        and (not reading.reopen or _ANOTHER.search(reading.text))
        and _START_AGAIN.search(reading.text)
        and last_deal_lost(ctx, found)
    ):
        # "wants to restart with a smaller order, R300k": the lost deal back, smaller, or a new one? (also
        # when "shane … is back!!" reads as a reopen: "restart w a smaller job" may be another deal)
        name = found.customer.name
        reading.doubts.append(ctx._("a new deal for {customer}, whose last deal was lost", customer=name))
    _figure_in_the_deals_unit(ctx, reading, found)
    _bare_figure_as_the_value(ctx, reading, found)
    _figure_without_unit(ctx, reading, found)
    _money_counted_in_ge(reading)
    _relative_amount(ctx, reading, found)
    _their_budget(ctx, reading, found)
    _rough_change(ctx, reading, found)
    _colleagues_deal(ctx, reading, found)
    _currency_switched(ctx, reading, found)
    _currency_unsaid(ctx, reading, found)
    _currency_differs(ctx, reading, found)
    _said_of_another(ctx, reading, found)
    _price_of_a_thing(ctx, reading, found)
    return None


# A thing bought, named right before its price: "printer module 12k", "grading unit $15k", "a second press
# brake, ~40k", "加一套检测设备 8万".
_THING_PRICED = re.compile(
    r"(?P<thing>(?:[A-Za-z][\w-]*\s+){0,3}?(?:module|unit|line|machine|system|licen[cs]e|kit|package|upgrade|"
    r"extension|add-?on|printer|scanner|server|brake|press|crane|forklift|robot|sensor|conveyor|oven|chiller|"
    r"boiler|pump|truck|van|trailer|dock|bay|mezzanine|racking|software|hardware)s?)"
    r"\s*(?:[,:–-]\s*)?(?:~|≈|about|around|approx\.?|roughly|for|at|@)?\s*[$€£¥]?$"
    r"|(?P<cn>(?:模块|设备|系统|产线|生产线|机床|机器|服务器|软件|配件|输送带|冷机|锅炉|货架))\s*[，,:：]?\s*(?:报价?|要|是|大概|大约|约)*$",
    re.IGNORECASE,
)


# A count right before the thing, or "each" after its price: the order counted, its whole figure.
_COUNTED = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|a few|several)|[两二三四五六七八九十几])\s*$",
    re.IGNORECASE,
)
_EACH_AFTER = re.compile(r"\s*(?:each|apiece|ea\b|per\b|/|一台|每)", re.IGNORECASE)


def _price_of_a_thing(ctx: Ctx, reading: Reading, found: Found) -> None:
    """ "initech printer module 12k" of an $18k "TPS automation" deal: the figure is the price of a thing
    the open deal's title does not name, so it may be that deal's new figure or a second deal's (asked
    when the deal is chosen, as a quote is). A thing the title names ("tps module 12k") is the deal's."""
    amount = reading.amount
    if amount is None or reading.amount_marked or reading.add_on or reading.reopen or reading.outcome:
        return
    clause = reading.clause_of(amount.start)
    head = max(clause.start, amount.start - 48)
    if 0 <= found.end <= amount.start:
        head = max(head, found.end)  # the customer's own words are no thing ("initech printer module")
    m = _THING_PRICED.search(reading.text, head, amount.start)
    if m is None or _COUNTED.search(reading.text, max(0, m.start() - 12), m.start()):
        return  # "takes 14 dock scanners at $2,500 each": the order counted, its whole figure
    if _EACH_AFTER.match(reading.text, amount.end):
        return
    thing = simplified(m.group("thing") or m.group("cn")).lower()
    name = simplified(found.customer.name).lower()
    words = {w for w in re.findall(r"[a-z]{3,}|[\u4e00-\u9fff]{2,}", thing) if w not in name}
    titles = [simplified(d.title).lower() for d in _open_deals(ctx, found) if d.title]
    if any(w in title for title in titles for w in words):
        return  # "tps module 12k" of the TPS deal: that deal's figure
    reading.priced_thing = True


# A sum of theirs, put aside or approved for what they buy: their budget, not our price ("has 30k set aside
# for…", "budgeted 45k", "预算批了100万", "budget 大概 80w").
_THEIR_MONEY = re.compile(
    r"(?<![A-Za-z])budget(?:s|ed)?(?![A-Za-z])|预算|经费|资金"
    r"|\b(?:set|put|laid|kept)\s+aside\b|\bearmark(?:ed|s)?\b|\ballocat(?:ed|es)\b|\bring-?fenced\b"
    # what they have to spend: "has 40k to spend this year", "能花四十万"
    r"|\bto spend\b|(?:能|可以|准备|打算)花",
    re.IGNORECASE,
)
# Said to be the deal's value after all: "confirmed", "final", "please update", "按这个报", "报价按这个改",
# "确认", "now 30万", "reopen at 11k".
_OURS_AFTER_ALL = re.compile(
    r"\b(?:confirm(?:ed|s)?|final|firm|locked|update|updated|change|quote them|we(?:['’]ll| will)? quote|"
    r"go with|deal at|back at|reopen|signed|agreed|now)\b"
    r"|\bas quoted\b|\bsame price\b"
    r"|确认|确定|定了|定下来|按这个|按[^，,。；;]{0,6}报|报价按|就按|改成|改为|现在|签了|成交|同意"
    r"|[照按]原[价價]",  # "budget approve 了，8.5M JPY 照原價": our price as it stands
    re.IGNORECASE,
)
_A_LATER_YEAR = re.compile(r"\bnext (?:year|fiscal|fy)\b|\bfy\s?\d{2,4}\b|明年|下一?年度?|下个财年", re.I)
_NOT_OURS = re.compile(r"不是我们的?(?:报价|价|价格|数)|\bnot\s+(?:our|the)\s+(?:price|quote|number)\b", re.I)


# A figure said roughly, beside the words of `lx.ROUGHLY_BEFORE` / `lx.ROUGHLY_AFTER`: its sign ("~100k") and
# the user's other languages ("około 260 tys.", "mais ou menos R$ 400 mil", "cerca de 90 mil").
_ROUGH_SIGN_BEFORE = re.compile(
    r"(?:~|≈|\b(?:circa|ca\.|około|okolo|cerca\s+de|aprox\.?|mais\s+ou\s+menos|uns|umas))\s*$", re.IGNORECASE
)


def _rough_change(ctx: Ctx, reading: Reading, found: Found) -> None:
    """A figure said roughly for an open deal that has another amount ("Fraser Valley ~100k now" on a $95k
    deal, "Goiânia wants to talk again, mais ou menos R$ 400 mil"): the firm amount is not changed on a
    guess, it is asked. A rough figure for a deal with no amount yet (or a new one) is its estimate, and so is
    one told beside the interaction it came from ("met Jane at Acme, … they want 20 seats ~$24k")."""
    amount = reading.amount
    if amount is None or reading.add_on or reading.kind:
        return
    text = reading.text
    window = max(0, amount.start - 20)
    before = lx.ROUGHLY_BEFORE.search(text[window : amount.start]) or _ROUGH_SIGN_BEFORE.search(
        text[window : amount.start]
    )
    after = lx.ROUGHLY_AFTER.match(text, amount.end)
    if before is None and after is None:
        return
    said = (window + before.start() if before else amount.start, after.end() if after else amount.end)
    deals = list(_open_deals(ctx, found))
    if not deals and reading.reopen:  # the lost deal said back at about a figure
        closed = ctx.store.deals.for_customer(found.customer.id)
        deals = [max(closed, key=lambda d: d.id)] if closed else []
    if len(deals) == 1 and deals[0].amount and deals[0].amount != amount.value:
        reading.doubts.append(reading.said(said).strip())


def _their_budget(ctx: Ctx, reading: Reading, found: Found) -> None:
    """A figure said as their budget or a sum they set aside ("has about 30k set aside for software this
    year", "预算批了100万") on a customer whose open deal has its amount: their money, not our price (the
    twin "agreed to 30k" is). Asked, unless the words make it the deal's after all ("budget confirmed at
    40k, update it", "确认预算7.8万，报价按这个改", "现在30万") or the message opens a deal (a new need, a
    reopen)."""
    if reading.amount is None or reading.reopen or reading.add_on or reading.outcome:
        return
    amount = reading.amount
    clause = reading.clause_of(amount.start)
    text = reading.text
    start, end = _sentence_of(text, amount.start)
    head = clause.start
    if not re.search(r"[A-Za-z\u4e00-\u9fff]", text[clause.start : amount.start]) and head > start:
        before = [c.start for c in reading.clauses if c.end <= clause.start]
        head = max(before, default=head)  # "预算批下来了，60万": the figure of the clause before
    near = text[head : min(clause.end, amount.end + 24)]
    if not _THEIR_MONEY.search(near) or said_as_new(text, amount.start):
        return
    if _A_LATER_YEAR.search(near):
        return  # "their budget for next year is around 50k": their planning, kept in the note
    if _OURS_AFTER_ALL.search(text, start, end) and not _NOT_OURS.search(text, start, end):
        return
    deals = _open_deals(ctx, found)
    if not any(d.amount for d in deals):
        return  # their budget is all there is to go on ("要采购服务器，预算50万": a new deal's figure)
    if any(d.amount == amount.value and amount.currency in (None, d.currency) for d in deals):
        return  # "预算批了，12万" of a deal at ¥120,000: the figure on record, nothing to change or ask
    reading.doubts.append(reading.said((clause.start, clause.end)))


_SENTENCE_END = re.compile(r"[.!?。！？；;\n]+(?!\d)")


def _sentence_of(text: str, position: int) -> tuple[int, int]:
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= position)]
    ends = [m.start() for m in _SENTENCE_END.finditer(text) if m.start() >= position]
    return max(starts), min(ends, default=len(text))


# A bare number said where a deal's figure is, beside an outcome or an agreement ("signed at 75", "agreed with
# Jürgen at 90, not 95", "settled at 80 instead of 88", "按68签了"): too small to be money on its own, and
# said in the unit the deal's amount is counted in (thousands; 万 as well in Chinese).
_AT_FIGURE = re.compile(
    r"(?:(?<![A-Za-z])(?:at|@)|按|以)\s*(?P<n>\d{1,3}(?:\.\d{1,2})?)"
    r"(?![\d:/]|[.,]\d|\s*(?:[%点點号號:]|[ap]\.?m\b))"  # not "at 9,500", "at 10:30", "at 3pm", "按5%"
)
_AGREED = re.compile(
    r"\b(?:agree[ds]?|settled?|signed|signs|closed|landed|locked(?: in)?|inked|shook hands|came in)\b"
    r"|签|簽|成交|谈成|谈到|談到|定在|敲定",
    re.IGNORECASE,
)
# The number it is said to replace, right after it: "at 90, not 95", "at 90 instead of 95", "按90，不是95".
_IN_PLACE_OF = re.compile(
    r"\s*[,，]?\s*(?:not|instead of|rather than|而不是|不是)\s*(?P<m>\d{1,3}(?:\.\d{1,2})?)"
    r"(?![\d:/]|[.,]\d|\s*(?:[kKmMwW%]|万|萬|千))",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _figure_in_the_deals_unit(ctx: Ctx, reading: Reading, found: Found) -> None:
    """A bare number after "at" (按, 以) in a clause of an outcome or an agreement is counted in the unit of
    the one open deal's amount when that makes it the deal's amount ("signed at 75" of a 75k deal: the win,
    the amount as it is), or when the number said to be replaced is the deal's amount ("agreed at 90, not
    95" of a 95k deal: 90k). Any other reading is left as it was ("signed at 60" of a 75k deal: 60 what?)."""
    deals = _open_deals(ctx, found)
    if len(deals) != 1 or not deals[0].amount:
        return
    total, text = Decimal(deals[0].amount), reading.text
    units = (Decimal(1000), Decimal(10000)) if _CJK.search(text) else (Decimal(1000),)
    for match in _AT_FIGURE.finditer(text):
        start, end = match.span("n")
        if any(start <= at < end for at, _ in reading.dates) or counts_things(text[end:]):
            continue  # "at 10 tomorrow", "at 75 units": a time, a count
        if not (reading.outcome == "won" or _AGREED.search(reading.clause_of(match.start()).text)):
            continue
        said, replaced = Decimal(match.group("n")), _IN_PLACE_OF.match(text, end)
        for unit in units:
            if replaced is None and said * unit == total:
                value = None  # the deal's amount said again
            elif (
                replaced is not None
                and Decimal(replaced.group("m")) * unit == total
                and said != Decimal(replaced.group("m"))
            ):
                value = said * unit
            else:
                continue
            words = {match.group("n")} | ({replaced.group("m")} if replaced else set())
            reading.doubts = [d for d in reading.doubts if d.strip() not in words]
            reading.amounts = [a for a in reading.amounts if not (a.start <= start < a.end)]
            reading.masked.append((start, end))
            if replaced is not None:
                reading.masked.append(replaced.span("m"))
            if value is not None:
                value = value.to_integral_value() if value == value.to_integral_value() else value
                reading.amounts.insert(0, Amount(value, None, start, end))
                reading.amount_marked = True
            return


# A bare figure, in digits or in words ("fifty eight", "sixty two", "one twenty": a hundred and twenty), said
# as what the deal now is: right after a word that gives the figure ("came down to", "now at", "revised to",
# "is", "改成"), or as the whole ("so sixty two total", "即係47").
_BARE_FIGURE = re.compile(
    rf"(?<![\w.,$€£¥]){WORD_NUMBER}(?![\w]|[.,]\d|\s*(?:%|percent|per\s?cent|[-–~]|to\s+\d|k\b|grand\b))"
    r"|(?<![\d.,:/$€£¥#])(?P<d>\d{1,3}(?:\.\d)?)(?![\d:/]|[.,]\d|\s*(?:%|[-–~]|[a-zA-Z\u4e00-\u9fff]))",
    re.IGNORECASE,
)
_GIVES_THE_FIGURE = re.compile(
    r"(?:\b(?:came|come|comes|coming|went|goes|go|going|dropped|drops|fell|falls|got|gets|brought|knocked)\s+"
    r"(?:it\s+|them\s+)?(?:down|back|up)\s+to|\b(?:down|dropped|reduced|lowered|revised|cut|trimmed|dropped|"
    r"increased|raised|bumped|upped|changed|updated|moved)\s+(?:it\s+)?to|\b(?:now|is|it['’]s|at|final(?:\s+figure)?"
    r"|landed\s+at|settled\s+(?:at|on)|agreed\s+(?:at|on)|so|that['’]s|making\s+it|which\s+makes(?:\s+it)?)"
    r"|改成|改为|降到|减到|涨到|加到|调到|变成|即係|即系|即是|也就是|就是)"
    r"(?:\s+(?:at|to|is|now))?\s*[:：]?\s*$",
    re.IGNORECASE,
)
# The figure a change comes to: "so", "that's", "making it", 即係 / 即是 / 也就是.
_RESULT = re.compile(
    r"(?:\b(?:so|that['’]s|making\s+it|which\s+makes(?:\s+it)?)|即係|即系|即是|也就是|就是)\s*[:：]?\s*$",
    re.I,
)
# Said of the figure as unsure, a span, a cap or a guess: no value to store.
_NOT_A_VALUE = re.compile(
    r"\b(?:between|somewhere|around|about|roughly|approx\w*|ballpark|maybe|might|probably|possibly|perhaps|"
    r"up to|max(?:imum)?|at most|no more than|under|below|over|above|budget|target|if|or|ish)\b"
    r"|之间|左右|大概|大约|可能|或者|以内|以下|以上|预算|目标|如果|假如",
    re.IGNORECASE,
)
# The deal agreed in the same breath ("settled at 22", "dana said we can go ahead at 18", "签了，48"): a
# win whose figure is said short is asked, not read in the deal's unit (a wrong won amount costs most).
_AGREED_AT = re.compile(
    r"\b(?:go(?:ing)?\s+ahead|settled|agreed|signed|closed|won|sealed)\b|成交|签了|簽了|拍板|搞掂|定了",
    re.IGNORECASE,
)
_EVERY_SCALE = (Decimal(1000), Decimal(10000))
# Where a bare figure may be counted in lakhs as well as in thousands.
_LAKH_COUNTED = re.compile(r"Asia/(?:Kolkata|Calcutta|Karachi|Dhaka|Kathmandu|Colombo)")


def _bare_figure_as_the_value(ctx: Ctx, reading: Reading, found: Found) -> None:
    """A bare figure said as the deal's value ("toledo glass came down to fifty eight even" of a 61k deal,
    "so sixty two total" after "eight grand more" of a 54k deal) is counted in the unit the one open deal's
    amount is counted in (thousands; 万 as well in Chinese) when that puts it within half and twice the deal's
    amount: as a careful human reads a figure said short. Not for a rep who counts in lakhs too (India: "80"
    may be 80k or 80 lakh), nor where the words make it a span, a cap, a guess or their budget."""
    deals = _open_deals(ctx, found)
    if len(deals) != 1 or not deals[0].amount or _LAKH_COUNTED.search(str(ctx.tz)):
        return
    if reading.outcome or reading.reopen or reading.add_on:
        return
    total, text = Decimal(deals[0].amount), reading.text
    candidates = []
    for match in _BARE_FIGURE.finditer(text):
        start, end = match.span()
        if any(a.start < end and start < a.end for a in reading.amounts) or reading.is_masked(start, end):
            continue
        if any(start <= at < end for at, _ in reading.dates) or counts_things(text[end:]):
            continue  # "at 10 tomorrow", "58 units": a time, a count
        candidates.append(match)
    if len(candidates) != 1:
        return  # "between fifty five and sixty": no one figure
    match = candidates[0]
    start, end = match.span()
    clause = reading.clause_of(start)
    before = text[clause.start : start]
    whole = said_as_total(text, Amount(Decimal(0), None, start, end))
    if not (whole or _GIVES_THE_FIGURE.search(before)) or _NOT_A_VALUE.search(clause.text):
        return
    if _AGREED_AT.search(before):
        return
    if reading.amounts and not (whole or _RESULT.search(before)):
        return  # another figure said: this one is the deal's only as the whole ("…, so sixty two total")
    said = Decimal(match.group("d")) if match.group("d") else words_number(match.group(0))
    if said is None or said <= 0:
        return
    units = _EVERY_SCALE if _CJK.search(text) else _EVERY_SCALE[:1]
    fitting = [said * unit for unit in units if total / 2 <= said * unit <= total * 2]
    if len(fitting) != 1 or fitting[0] == total:
        return  # "we're still at 85" of an 85k deal: the deal as it stands, no change
    value = fitting[0].to_integral_value() if fitting[0] == fitting[0].to_integral_value() else fitting[0]
    words = match.group(0).strip()
    reading.doubts = [d for d in reading.doubts if d.strip() != words]
    reading.amounts.insert(0, Amount(value, None, start, end))
    reading.amount_marked = True
    reading.masked.append((start, end))


# A bare number named as the deal's figure: "final figure 48", "revised offer 9.5", "报价改成48".
_NAMED_FIGURE = re.compile(
    r"(?:\b(?:figure|offer|price|pricing|quote|quotation|amount|value|number|deal size|deal value)"
    r"(?:\s+(?:is|was|now|of|at|to|came to|comes to))*\s*[:=]?"
    r"|(?:金额|报价|价格|总价|合同额)(?:改成|改为|是|为|到)?)"
    r"\s*(?P<n>\d{1,3}(?:\.\d{1,2})?)(?![\d,]|\.\d|\s*(?:%|％|[a-zA-Z万萬千百亿億]|\d))",
    re.IGNORECASE,
)


# A figure of money said with 个 in sales slang (个 = 万): "预算批了八十个左右", "报价五十个".
# 个 counts nothing here: nothing follows it but the end of the clause or an approximator.
_GE_FIGURE = re.compile(
    r"(?:预算|报价|报了|金额|价格|价钱|总价|合同额?|单子|这单|那单|成交价|开价|出价)"
    r"[^，,。；;！!？?\n]{0,8}?(?P<figure>(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百几]+)\s*个"
    r"(?:左右|上下|出头|多|吧|而已)?)(?=\s*(?:$|[，,。；;！!？?\s]|左右|上下))"
)


def _money_counted_in_ge(reading: Reading) -> None:
    """ "云帆预算批了八十个左右": a figure of money said with 个 (sales slang for 万) beside the deal's money
    words is asked about, never dropped into a note nor stored as 80."""
    text = simplified(reading.text)
    for match in _GE_FIGURE.finditer(text):
        start, end = match.span("figure")
        if any(a.start < end and start < a.end for a in reading.amounts):
            continue
        reading.doubts.append(reading.said((start, end)))
        return


def _figure_without_unit(ctx: Ctx, reading: Reading, found: Found) -> None:
    """A bare number too small to be the deal's money said as its figure ("Mumbai Textiles final figure 48"
    for a $55,000 deal, "revised offer 9.5" for a ₹8,00,000 one): thousands, lakh, which currency? Its unit
    is not said: asked, never dropped into a note nor taken as nothing new."""
    deals = _open_deals(ctx, found)
    if not deals or not all(d.amount and d.amount >= 1000 for d in deals):
        return
    for match in _NAMED_FIGURE.finditer(reading.text):
        start, end = match.span("n")
        taken = any(a.start <= start < a.end for a in reading.amounts)
        masked = any(a <= start < b for a, b in reading.masked)
        if taken or masked or any(start <= at < end for at, _ in reading.dates):
            continue
        reading.doubts.append(reading.said((match.start(), end)))
        return


def _relative_amount(ctx: Ctx, reading: Reading, found: Found) -> None:
    """A discount or cut said as given ("10% off the 60k", "最后打了八折", "報價減咗一成") makes the deal's
    amount that much less: stored when one open deal is meant and no amount is said, or when the amount said
    is that one ("135k, that's the 10% off"). Asked: an amount said that is not ("200k, the 5% off the 210"),
    a base said that is not the deal's, two open deals and no word which, their budget cut ("预算砍了两成":
    does our price follow?). Only asked for ("pushing for 10% off") it changes nothing."""
    if reading.outcome == "lost":
        return  # "lost it, they were 10% cheaper": the loss's reason, not the deal's amount
    found_relatives = relatives(reading)
    said = [r for r in found_relatives if r.done]
    ours = [r for r in said if not r.budget]
    asked = [r for r in found_relatives if not r.done and not r.budget]
    stage = reading.stage
    if stage and reading.stage_span and any(0 <= reading.stage_span[0] - r.end <= 12 for r in asked):
        stage = None  # "asked for 10% off the quote": the discount's base, no stage said
    others = (reading.kind, reading.steps, reading.amounts, stage, reading.close, reading.reopen)
    if asked and not said and not any(others):
        # "X wants 10% off", "说给他们报个打八折的价": asked for and nothing else told; a note would keep it
        # as if settled, and which deal and whether we give it are the rep's to say: asked
        reading.doubts.append(reading.said((asked[0].start, asked[0].end)))
        return
    if not ours:
        if said and reading.amount is None:
            reading.doubts.append(reading.said((said[0].start, said[0].end)))  # their budget: our price?
        return
    relative, words = ours[-1], reading.said((ours[-1].start, ours[-1].end))
    deals = list(_open_deals(ctx, found))
    if len(deals) > 1:
        deals = deals_named(deals, reading.text, found.customer)
    if len(deals) != 1 or not (amount_now := deals[0].amount):
        reading.doubts.append(words)  # "海川物流打了九折" with two open deals: which one?
        return
    deal, base = deals[0], relative.base
    if base is not None and base.value * 1000 == deal.amount:
        base = replace(base, value=deal.amount)  # "the 5% off the 210" of a 210k deal
    if base is not None and base.value != deal.amount:
        reading.doubts.append(words)  # "10% off the 52k" of a 50k deal: off which amount?
        return
    value = (amount_now * relative.factor).quantize(Decimal("0.01"))
    value = value.to_integral_value() if value == value.to_integral_value() else value
    amount = reading.amount
    if amount is not None:
        if amount.value != value:
            reading.doubts.append(reading.said((amount.start, amount.end)))  # "200k, the 5% off the 210"
        return
    reading.amounts.insert(0, Amount(value, deal.currency, relative.start, relative.end))
    reading.amount_marked = True


def _colleagues_deal(ctx: Ctx, reading: Reading, found: Found) -> None:
    """News of a deal the user may not change (a colleague's: "bodensee moved their decision to end of
    august" when Bodensee is Victor's) is not refused with the rest of the message, nor changed: the deal is
    left as it is, the rest is kept (the call logged, else a note) and the card asks first, saying whose the
    deal is."""
    if not reading.about_deal or reading.add_on:
        return
    deals = _open_deals(ctx, found)
    if not deals or any(may_manage(ctx, d.owner_id) for d in deals):
        return
    owner = ctx.store.users.get(deals[0].owner_id)
    name = owner.display_name if owner else "?"
    reading.doubts.append(
        ctx._("{customer}'s deal is {name}'s: not changed", customer=found.customer.name, name=name)
    )
    reading.amounts, reading.stage, reading.stage_span = [], None, None
    reading.outcome, reading.outcome_span = None, None
    reading.close, reading.reopen, reading.postponed, reading.relative = None, False, False, False
    reading.repriced = False
    if not reading.kind:
        reading.kind, reading.kind_guessed = "note", "default"


_NAMING = (Evidence.NAME, Evidence.ALIAS, Evidence.SHORT, Evidence.PINYIN)


def _said_of_another(ctx: Ctx, reading: Reading, found: Found) -> None:
    """ "called northwind and zenith - zenith went with someone cheaper": a win or a loss (or a stage) said in
    a clause that names another customer and not this one belongs to that one, not to the customer found
    first; when the other was not taken as a customer of its own, it is asked, never put on this one."""
    span = reading.outcome_span or reading.stage_span
    if span is None or len(reading.clauses) < 2:
        return
    clause = reading.clause_of(span[0])
    inside = [m for m in mentions_of(ctx, reading) if clause.start <= m.start < clause.end]
    if found.start >= 0 and clause.start <= found.start < clause.end:
        return
    if any(m.customer_id == found.customer.id for m in inside):
        return
    others = [
        m
        for m in inside
        if m.evidence in _NAMING
        and m.score >= MIN_SCORE
        and not said_as_a_place(reading.text, m.start)
        and not said_as_a_former_employer(reading.text, m.start)
    ]  # ("went with a competitor from mombasa": the town, not Mombasa Port Cargo; "ex SP Metalúrgica")
    if others:
        reading.doubts.append(reading.said((clause.start, clause.end)))


# A loss said only as "dropped" or "walked": of an open deal it is that deal lost; with none open it may be
# anything they dropped (asked).
_DROPPED = re.compile(r"掉单|掉了|\bwalked\b", re.IGNORECASE)


def _dropped_with_no_deal(ctx: Ctx, reading: Reading, found: Found) -> None:
    """ "X掉单了，Y说集团统一采购" of a customer with no open deal: which deal was lost? Asked, not made
    up."""
    span = reading.outcome_span
    if span is None or not _DROPPED.fullmatch(reading.text[span[0] : span[1]]) or _open_deals(ctx, found):
        return
    reading.doubts.append(reading.said(span))


def _lost_after_a_win(ctx: Ctx, reading: Reading, found: Found) -> None:
    """ "Stark Industries lost, went with a competitor" of a customer whose last deal was won and who has none
    open: a new opportunity lost, or the customer gone? Asked (a lost deal of no amount was recorded beside
    the win)."""
    if reading.outcome == "lost" and not _open_deals(ctx, found) and last_deal_won(ctx, found):
        name = found.customer.name
        reading.doubts.append(ctx._("a lost deal for {customer}, whose last deal was won", customer=name))


def _no_deal_to_change(ctx: Ctx, reading: Reading, found: Found) -> None:
    """A deal change of a customer with no open deal is not made into a deal silently when their last deal
    was lost ("orchard lane closing end of jan", "closed orchard lane for 9k!": back from the dead, or a
    new deal?), nor a win with an amount when they have no deal at all ("delgado signed, 8k": won what?)."""
    if last_deal_lost(ctx, found):
        name = found.customer.name
        reading.doubts.append(ctx._("a new deal for {customer}, whose last deal was lost", customer=name))
    elif reading.outcome == "won" and reading.amount is not None and not _open_deals(ctx, found):
        name = found.customer.name
        reading.doubts.append(ctx._("a won deal for {customer}, who has no open deal", customer=name))
    elif (
        reading.amount is not None
        and not reading.outcome
        and last_deal_won(ctx, found)
        and not _NEW_ORDER.search(reading.text)
    ):  # "fort wayne trailer parts, eleven thousand from jim", "葉小姐又要2萬": more business, or the won?
        name = found.customer.name
        reading.doubts.append(
            ctx._("a new deal for {customer}, or a change to their won deal", customer=name)
        )


_MYRIAD = re.compile(r"[万萬]|[个個]半?$")  # 个 of the slang "五十个" (五十万) too
_MYRIAD_CURRENCIES = ("CNY", "TWD", "HKD", "JPY", "SGD", "MOP")
# Lakh and crore count rupees (and taka): a figure so counted for a deal kept in dollars is asked about.
_LAKH = re.compile(r"lakh|lacs?\b|crore|\d\s?(?:L|Cr)\b|\bcr\b", re.IGNORECASE)
_LAKH_CURRENCIES = ("INR", "PKR", "BDT", "NPR", "LKR")
_COUNTED_IN_WAN = ("Asia/Taipei",)  # US dollars counted in 萬 (in Hong Kong a bare 萬 is HK$: set 12)
_OWN_DOLLAR_IN_WAN = ("Asia/Hong_Kong", "Asia/Macau")
# Where a figure in thousands written with a Latin K is said of US dollars as often as of the own dollar
# (Taiwan's and Hong Kong's trade writing): a bare "1150K" for an NT$ or HK$ deal is asked, not assumed.
_K_FOR_US_DOLLARS = ("Asia/Taipei", "Asia/Hong_Kong", "Asia/Macau")
_K_FIGURE = re.compile(r"\d\s*[kK](?![A-Za-z])")


def _another_yuan(kept: str, own: str) -> bool:
    """The deal is kept in one of the 元 currencies counted in 萬 (yuan, HK$, NT$, patacas) other than the
    writer's own: a bare 萬 figure is the writer's own money to them, the deal's to the deal (asked; not in
    Taiwan, where any currency is counted in 萬). In Macau the HK dollar is everyone's money too."""
    return kept in YUAN_CURRENCIES and kept != own and not (own == "MOP" and kept == "HKD")


def _currency_unsaid(ctx: Ctx, reading: Reading, found: Found) -> None:
    """An amount said with no currency is in the deal's currency; unless it is counted in 万 for a deal kept
    in a currency not counted so ("鑫达 改成 100万" for a US-dollar deal: may be yuan; only in Taiwan, where
    US dollars are counted in 萬 too, "港聯改成8萬5" for a US$80k deal is dollars; a Hong Kong "升到十萬"
    for a US-dollar deal may be HK$), or is a fiftieth
    of the deal or fifty times it for a deal
    kept in another currency than the team's ("tanaka wants 40k" for
    a ¥4,500,000 deal: dollars?). Which currency is asked, not assumed."""
    amount = reading.amount
    if amount is None or amount.currency is not None:
        return
    deals = _open_deals(ctx, found)
    if not deals and not reading.reopen:
        _outsized_new_deal(ctx, reading, amount, found)
    if len(deals) != 1:
        return
    deal, said = deals[0], reading.said((amount.start, amount.end))
    near = bool(deal.amount) and deal.amount / 3 < amount.value < deal.amount * 3  # type: ignore[operator]
    here = str(ctx.tz)
    counts_any = here in _COUNTED_IN_WAN or ("萬" in said and here not in _OWN_DOLLAR_IN_WAN)  # Taiwan
    if _MYRIAD.search(said) and deal.currency not in _MYRIAD_CURRENCIES and not (near and counts_any):
        reading.doubts.append(said)  # "港聯物流改成8萬5" for a US$80,000 deal: dollars, counted in 萬
    elif (
        _MYRIAD.search(said)
        and here not in _COUNTED_IN_WAN
        and _another_yuan(deal.currency, local_yuan(ctx.tz))
    ):
        reading.doubts.append(said)  # "前海恒通減到45萬" from Hong Kong for a yuan deal: HK$ or yuan?
    elif _K_FIGURE.search(said) and here in _K_FOR_US_DOLLARS and deal.currency == local_currency(ctx.tz):
        reading.doubts.append(
            said
        )  # "航港報價改成1150K" from Taipei for an NT$ deal: K counts US dollars too
    elif _LAKH.search(said) and deal.currency not in _LAKH_CURRENCIES:
        reading.doubts.append(said)  # "revised to 12 lakh" for a US-dollar deal: rupees, most likely
    elif (
        MIL_WORD.search(said) and deal.currency not in MIL_IS_THOUSAND and country_of(ctx.tz) in MIL_COUNTRIES
    ):
        # "closing at 450 mil" from São Paulo for a US-dollar deal: counted as reais are, in thousands; reais?
        reading.doubts.append(said)
    elif deal.amount and any(
        deal.currency != c for c in (ctx.settings.default_currency, local_currency(ctx.tz)) if c
    ):
        # (a US-dollar deal of a Manila rep: "revised to 12M" may be pesos)
        ratio = amount.value / deal.amount
        if amount.value > 0 and (ratio >= 50 or ratio <= Decimal("0.02")):
            reading.doubts.append(said)


def _outsized_new_deal(ctx: Ctx, reading: Reading, amount: Amount, found: Found) -> None:
    """A new deal's figure, its currency unsaid, twenty times the user's largest open deal or more ("Makurdi
    yam wants 50 million" from a rep whose biggest deal is $1.2m): another currency (naira?) or a slip of
    size; asked, not stored as dollars. Compared in the currencies the customer's deals were kept in (else
    the team's): amounts in different currencies are not compared."""
    kept = {deal.currency for deal in ctx.store.deals.for_customer(found.customer.id)}
    largest = ctx.store.deals.largest_open(owner_ids=[ctx.user.id], limit=1)
    currencies = kept or {ctx.settings.default_currency}
    tops = [deal.amount for c, deals in largest.items() if c in currencies for deal in deals if deal.amount]
    said = reading.said((amount.start, amount.end))
    if tops and amount.value >= 20 * max(tops) and not (_MYRIAD.search(said) or _LAKH.search(said)):
        # (50万: yuan, as counted; "18 L", "2 crore": rupees, as counted)
        reading.doubts.append(said)


def switched_currency(reading: Reading, own: str | None) -> tuple[str, str] | None:
    """The one currency the message names by itself, apart from its amounts, as the one the deal is to be
    kept in ("pembury print wants to pay in euros now, 10.5k", "太平洋航運改用港幣，31萬"), with its words;
    None when it names none or several. The one left ("instead of francs") does not count, and neither
    does a bare "dollars": it says no country (`currencies_named`; the gate asks when the deal is kept in no
    dollar). A bare "pesos" is the writer's `own` money when that is a peso (Manila's PHP), else Mexico's,
    as it was read before the Philippine peso was known."""
    named: dict[str, str] = {}
    for currency in currencies_named(reading.text, reading.amounts):
        codes = currency.codes
        if codes == PESOS:
            codes = frozenset({own if own in PESOS else "MXN"})
        if currency.left or len(codes) != 1:
            continue
        named.setdefault(next(iter(codes)), reading.text[currency.start : currency.end])
    if len(named) != 1:
        return None
    return next(iter(named.items()))


def _currency_switched(ctx: Ctx, reading: Reading, found: Found) -> None:
    """A currency named by itself is the one the amount is in ("wants it in EUR now: 40k"); with no amount
    said ("reto wants the quote in euros instead of francs", "嘉盛要改人民币"), the deal's amount in that
    currency is not known: asked, not converted and not dropped into a note."""
    switched = switched_currency(reading, local_currency(ctx.tz))
    if switched is None:
        return
    code, words = switched
    amount = reading.amount
    if amount is not None:
        if amount.currency is None:
            reading.amounts[0] = replace(amount, currency=code)
        return
    if reading.outcome or reading.reopen:
        return
    kept = {d.currency for d in _open_deals(ctx, found)}
    if kept and code not in kept:
        currency = ", ".join(sorted(kept))
        reading.doubts.append(
            ctx._("{amount} for a deal kept in {currency}", amount=words, currency=currency)
        )


CURRENCY_SAID = "currency:said"  # a pick: the currency was said outright in a correction


def _currency_differs(ctx: Ctx, reading: Reading, found: Found) -> None:
    """An amount written in another currency than the deal's ("umbrella signed the pilot!! 45k eur" for a
    $45,000 deal, "小米改成15万美金" for a yuan deal) would switch the deal's currency: asked, not done. The
    deal is the customer's open one (the closed one for a reopen); a new deal takes the currency written,
    and the deal's own currency, or a bare 元 or ¥ that the deal's currency reads, changes nothing."""
    amount = reading.amount
    if amount is None or amount.currency is None or (reading.add_on and not reading.reopen):
        return
    if ctx.picks.get(CURRENCY_SAID):
        return  # a correction that names the currency ("sorry, euros not dollars") says it outright
    switched = switched_currency(reading, local_currency(ctx.tz))
    if switched is not None and switched[0] == amount.currency:
        return  # "wants it in euros now, 36k", "改用港幣，31萬": the switch said outright
    if currency_chosen(reading.text, amount):
        return  # "美金人民币都行 那就报六十万人民币吧": chosen of the currencies offered
    said = reading.said((amount.start, amount.end))
    if amount.currency in YUAN_CURRENCIES and yuan_word_only(said):
        return  # "38万元": the deal's own kind of yuan
    deals = list(ctx.store.deals.for_customer(found.customer.id, open_only=not reading.reopen))
    if reading.reopen:  # the latest closed deal, as a reopen takes it
        closed = [d for d in deals if d.status != "open"]
        deals = [max(closed, key=lambda d: d.id)] if closed else []
    currencies = {d.currency for d in deals}
    if yen_sign_only(said) and currencies <= {"CNY", "JPY"}:
        return  # "¥80万" for a yuan or a yen deal: its own currency
    own_dollar = dollar_sign_only(said) and local_dollar(ctx.tz)
    if own_dollar and currencies == {own_dollar}:
        return  # "$41,500" from Sydney for an AUD deal: the writer's own dollar, the deal's (`actions`)
    if krona_sign_only(said) and len(currencies) == 1 and currencies <= KRONOR:
        return  # "五十五万克朗" for a DKK deal: a krona, the deal's or asked which (`actions`)
    # ("$180,000" from Mexico, where "$" is the peso, for a deal kept in USD: the writer's "$" or the deal's?)
    if currencies and (amount.currency not in currencies or (own_dollar and own_dollar not in currencies)):
        kept = ", ".join(sorted(currencies))
        reading.doubts.append(
            ctx._("{amount} for a deal kept in {currency}", amount=said.strip(), currency=kept)
        )


def _talks_again_of_a_lost_deal(ctx: Ctx, reading: Reading, found: Found) -> None:
    """ "灣仔利達話想再傾過", "fargo wants to talk again": a customer whose last deal was lost (and none is
    open) wanting to talk again brings that deal back, as "reopen" does; of a customer with an open deal
    it is only what they said."""
    if reading.reopen or reading.outcome or reading.add_on:
        return
    if not reading.talk_again:
        _said_back_in_doubt(ctx, reading, found)
        return
    if last_deal_lost(ctx, found):
        reading.reopen = True


# The customer itself said back: "Redfern's back", "X is back??", "X回来了？".
_BACK_AFTER_NAME = re.compile(r"\s*(?:['’]s|\s+is|\s+are)\s+back\b(?!\s+(?:from|in|at|to work))|\s*回来了")
_DOUBTED_BACK = re.compile(
    r"[?？]|\bno idea\b|\bnot sure\b|\bwho knows\b|\bif it['’]?s (?:real|serious)\b|\bmaybe\b|\bmight\b"
    r"|不知道|不确定|说不定|可能|真的假的|是真是假",
    re.IGNORECASE,
)


def _said_back_in_doubt(ctx: Ctx, reading: Reading, found: Found) -> None:
    """ "Redfern's back?? … no idea if it's serious": a customer whose last deal was lost, said back with a
    question or a doubt, may be reopened or not: asked, not a log that drops the question. (Said firmly it
    is left as it was read.)"""
    if found.start < 0 or found.field == "contact":
        return
    back = _BACK_AFTER_NAME.match(reading.text, found.end)
    if back is None or not _DOUBTED_BACK.search(reading.text, back.end()) or not last_deal_lost(ctx, found):
        return
    reading.doubts.append(reading.said((found.start, back.end())))


# What makes a figure said of a customer whose deal is won more business: an order placed, a renewal, a
# purchase order, the deal said as one more ("another", "new": `_ANOTHER`, checked by the caller).
# More ordered, said with a figure and nothing of whether it is the open deal's or an order of its own.
_MORE_ORDERED = re.compile(r"加单|加訂|加订")
_TOTAL_BEFORE = re.compile(r"(?:总价|总额|总共|合计|一共|加到|到|变成|改成)\s*$")  # "总价到一百万": the total
_NEW_ORDER = re.compile(
    r"\b(?:renew(?:al|als|ed|ing)?|re-?orders?(?:ed)?|repeat|top[- ]?up"
    r"|(?:placed|put in|sent)\s+(?:an?\s+)?(?:\w+\s+)?order|(?:another|one more|a new|new)\s+order|po)\b"
    r"|续约|续签|续费|续单|复购|返单|加单|追加|(?:下|落)(?:了|咗)?(?:一|个)?单|又(?:落|下|签|订)|再(?:开|下|签)|另外|另开",
    re.IGNORECASE,
)


def last_deal_won(ctx: Ctx, found: Found) -> bool:
    """Whether the customer has no open deal and the latest of their deals was won."""
    deals = ctx.store.deals.for_customer(found.customer.id)
    if not deals or any(d.stage not in ("won", "lost") for d in deals):
        return False
    return max(deals, key=lambda d: d.id).stage == "won"


def last_deal_lost(ctx: Ctx, found: Found) -> bool:
    """Whether the customer has no open deal and the latest of their deals was lost."""
    deals = ctx.store.deals.for_customer(found.customer.id)
    if not deals or any(d.stage not in ("won", "lost") for d in deals):
        return False
    return max(deals, key=lambda d: d.id).stage == "lost"


def _loss_on_record(ctx: Ctx, reading: Reading, found: Found) -> Reply | None:
    """A loss told of a customer with no open deal. When a deal of theirs is lost already, that loss is on
    record: no second lost deal is made up (the reply says so; the rest of the message is stored). When
    they have none, the lost opportunity is recorded as a lost deal with its reason: the rep said it was
    lost, and the win rate and the churn warnings count it (a lost deal needs no amount)."""
    deals = ctx.store.deals.for_customer(found.customer.id)
    if any(d.stage not in ("won", "lost") for d in deals):
        return None
    lost = [d for d in deals if d.stage == "lost"]
    if not lost:
        return None
    reading.outcome = reading.outcome_span = None  # the rest of the message is stored as it says
    line = deal_line(ctx, lost[-1], with_customer=found.customer.name)
    line += f" — {lost[-1].lost_reason}" if lost[-1].lost_reason else ""  # why, as it was recorded
    return Reply(ctx._("That loss is on record already, so nothing changed: {line}", line=line))


def _not_before(ctx: Ctx, reading: Reading, found: Found) -> None:
    """ "acme won't sign before jan": what they said is kept in a note; when the open deal's close date is
    earlier than that, the close is moved to it, shown on the card first (it is the earliest they said,
    not a day they named). A deal with no close date, or a later one, keeps it."""
    if not reading.kind:
        reading.kind, reading.kind_guessed = "note", "news"
    deals = _open_deals(ctx, found)
    day = reading.not_before
    if len(deals) != 1 or day is None or deals[0].expected_close is None or deals[0].expected_close >= day:
        return
    said = next((reading.clause_of(at) for at, w in reading.dates if at >= 0 and w.at.date() == day), None)
    reading.close = day
    reading.doubts.append(reading.said((said.start, said.end)) if said else reading.original)


def nothing_changed(ctx: Ctx, found: Found) -> Reply:
    """The reply to a deal change that the deal says already ("globex 120k negotiation" when it is so)."""
    deals = _open_deals(ctx, found)
    if len(deals) == 1:
        line = deal_line(ctx, deals[0], with_customer=found.customer.name)
        return Reply(ctx._("Nothing to change, the deal already says so: {line}", line=line))
    return Reply(ctx._("Nothing to change: {customer}'s deal already says so.", customer=found.customer.name))
