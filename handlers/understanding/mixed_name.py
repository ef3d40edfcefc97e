"""A customer's name typed so that it runs on into another customer's name ("ashby freight forwarding" with
Ashby Freight Services and Ashford Freight Forwarding, "sonoma ridge creamery" with Sonoma Ridge Vineyards and
Sonoma Coast Creamery, "深圳南山云图包装" with 深圳南山云图科技 and 深圳宝安云图包装).

The first words found one customer, but the word typed right after them is no word of its name: it is a word
of another customer's name, which shares a word typed before it too. The writer mixed the two up; which one is
meant is asked, not guessed from whichever words came first.
"""

from __future__ import annotations

import re

from handlers.context import Ctx
from handlers.parsing.hanzi import simplified
from handlers.understanding import lexicon as lx
from handlers.understanding.customer_link import Hit
from handlers.understanding.reading import Reading

_NEXT_WORD = re.compile(r"\s+([A-Za-z\u00c0-\u024f][\w'’&-]{2,})")
_LATIN = re.compile(r"[a-z\u00c0-\u024f][\w'’&-]+")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,4}")
# Words many companies' names share, which tell no customer from another.
_COMMON = frozenset(
    {"ltd", "limited", "inc", "llc", "co", "corp", "company", "group", "holdings", "pte", "sdn", "bhd", "plc"}
    | {"gmbh", "bv", "sas", "sl", "ag", "kk", "the", "and", "of"}
)
_COMMON_CN = re.compile(r"有限公司|股份|公司|集团|科技|深圳|上海|北京|广州|香港|台北|台中|台南|高雄")


def _words(name: str) -> set[str]:
    return {w for w in _LATIN.findall(simplified(name).lower()) if w not in _COMMON}


def name_runs_into_another(ctx: Ctx, reading: Reading, winner: Hit) -> Hit | None:
    """The other customer whose name the words right after `winner`'s go on with, when they share a word
    typed before too; None when the name typed is the winner's alone."""
    if winner.match.field not in ("name", "alias"):
        return None
    text, end = reading.text, winner.candidate.end
    typed = reading.text[winner.candidate.start : end]
    own = simplified(winner.match.name).lower()
    if not winner.partial and not (_words(typed) < _words(own) or len(simplified(typed)) < len(own) - 4):
        return None  # the whole name typed: what follows it is the message's
    nxt = _NEXT_WORD.match(text, end)
    if nxt is not None:
        word = nxt.group(1).lower()
        if word in lx.STOPWORDS or word in _COMMON or word in _words(own):
            return None
        shared = _words(typed)
        query = f"{typed} {nxt.group(1)}"

        def fits(name: str) -> bool:
            words = _words(name)
            return word in words and bool(shared & words)

    else:
        before = _place_before(ctx, reading, winner, own)
        if before is not None:
            return before
        run = _CJK_RUN.match(simplified(text), end)
        if run is None or not _CJK_RUN.fullmatch(simplified(typed)[-2:] or ""):
            return None
        piece = run.group(0)[:2]
        if piece in own or _COMMON_CN.fullmatch(piece):
            return None
        folded = simplified(typed)
        shared_cn = {
            folded[i : i + 2]
            for i in range(len(folded) - 1)
            if not _COMMON_CN.fullmatch(folded[i : i + 2]) and folded[i : i + 2] in own
        }
        query = folded + piece

        def fits(name: str) -> bool:
            name = simplified(name)
            return piece in name and any(s in name for s in shared_cn)

    for match in ctx.store.search.customers(query, limit=8):
        if match.customer_id != winner.match.customer_id and fits(match.name):
            return Hit(match, winner.candidate, True, 0, winner.certainty)
    return None


_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}$")


def _place_before(ctx: Ctx, reading: Reading, winner: Hit, own: str) -> Hit | None:
    """Two characters typed right before the words that found the customer, none of its name, that begin
    another customer's name sharing a piece of those words ("深圳创维达精密五金": 东莞创维达精密五金 found by
    "创维达精密五金", 深圳创维达电子 beside it; "北京泰和物流": 天津泰和物流, 北京泰和信息): that one's
    place said with this one's business; which is asked."""
    start = winner.candidate.start
    folded = simplified(reading.text)
    place = _PLACE_BEFORE.search(folded, max(0, start - 2), start)
    if place is None or place.group(0) in own:
        return None
    typed = folded[start : winner.candidate.end]
    shared = {
        typed[i : i + 2]
        for i in range(len(typed) - 1)
        if not _COMMON_CN.fullmatch(typed[i : i + 2]) and typed[i : i + 2] in own
    }
    if not shared:
        return None
    for piece in sorted(shared, key=typed.find):
        for match in ctx.store.search.customers(place.group(0) + piece, limit=8):
            name = simplified(match.name)
            if match.customer_id != winner.match.customer_id and name.startswith(place.group(0) + piece):
                return Hit(match, winner.candidate, True, 0, winner.certainty)
    return None
