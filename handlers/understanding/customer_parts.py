"""Where one customer's part of a clause ends and the next one's begins.

"zenith up to 220k and northwind moved to negotiation", "闽江茶业降到7万和东方贸易签了",
"redwood analytics 33k redwood capital 95k": one clause names two customers, each followed by news of
its own (an amount, a win or loss, a stage, a close put off). The clause is cut before the joining words
in front of the later name, so each customer gets the words after its own name. News said once after
both names ("zenith and northwind 30k") leaves the clause whole: whose it is stays unclear, and is asked.
"""

from __future__ import annotations

import re
from itertools import pairwise

from handlers.parsing.vocabulary import STAGE_SYNONYMS, find_stages
from handlers.understanding import lexicon as lx
from handlers.understanding.kinds import KIND_PATTERNS
from handlers.understanding.reading import Clause, Reading

# The joining words in front of the later name: "… and northwind", "…和东方贸易", "…, plus brightwater".
JOINER = re.compile(
    r"[\s,，、;；&+/]*(?:\b(?:and|plus|also|while|whereas|but)\b|和|跟|与|及|还有|同|而)?[\s,，、&+/]*$",
    re.IGNORECASE,
)


def deal_news(reading: Reading, start: int, end: int, *, dates: bool = True) -> bool:
    """Whether the words at `start`:`end` tell a deal's news: an amount, a won/lost or stage word, a close
    put off, or (with `dates`) a date."""
    text = reading.text[start:end]
    if any(start <= a.start < end for a in reading.amounts):
        return True
    if dates and any(start <= at < end for at, _ in reading.dates):
        return True
    return bool(
        lx.WON_WORDS.search(text)
        or lx.LOST_WORDS.search(text)
        or lx.POSTPONED.search(text)
        or find_stages(text, list(STAGE_SYNONYMS), STAGE_SYNONYMS)
    )


def cut_between(reading: Reading, earlier_end: int, later_start: int) -> int | None:
    """Where the later customer's part begins when the earlier one's news is said between the two names of
    one clause and the later one has news of its own after its name (the joining words go with the later
    part); None when the clause is about both alike."""
    clause = reading.clause_of(later_start)
    if (
        not (clause.start <= earlier_end <= later_start)
        or reading.clause_of(max(earlier_end - 1, 0)) != clause
    ):
        return None
    if not deal_news(reading, earlier_end, later_start) or not deal_news(reading, later_start, clause.end):
        return None
    between = reading.text[earlier_end:later_start]
    joiner = JOINER.search(between)
    cut = later_start - (len(joiner.group(0)) if joiner else 0)
    lead = _LEADS_TO_NAME.search(between)  # "上午去了仙桃鑫达下午去了潜江楚源…": 下午去了 is the later one's
    if lead and any(p.search(lead.group("verb")) for p in KIND_PATTERNS.values()):
        cut = earlier_end + lead.start()
    return cut if cut > earlier_end else None


# A time of day and a verb of going or meeting right before a Chinese name: the later customer's words
_LEADS_TO_NAME = re.compile(
    r"(?:(?:上午|下午|中午|晚上|早上|傍晚|然后|之后|接着|再|又)\s*)?(?P<verb>去了|到了|见了|拜访了|跑了|约了)\s*$"
)


def split_at_names(reading: Reading, names: list[tuple[int, int]]) -> list[Clause]:
    """The message's clauses, each one that names several customers cut where one's news ends and the next
    one's name begins (see `cut_between`)."""
    names = sorted(names)
    out: list[Clause] = []
    for clause in reading.clauses:
        inside = [(a, b) for a, b in names if clause.start <= a < clause.end]
        cuts = [
            cut
            for (_, earlier_end), (later_start, _) in pairwise(inside)
            if (cut := cut_between(reading, earlier_end, later_start)) is not None
        ]
        start = clause.start
        for cut in cuts:
            out.append(Clause(start, cut, reading.text[start:cut]))
            start = cut
        out.append(Clause(start, clause.end, reading.text[start : clause.end]))
    return out
