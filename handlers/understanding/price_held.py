"""Our price said to stay beside a rival's ("a competitor quoted $165k, we're holding at 180", "对手报了45万，
我们还是按原价"): the figure is the deal's as it stands, no new amount, nothing left out."""

from __future__ import annotations

import re

# A rival's price said beside our holding ours ("a competitor quoted them 110k, we're not moving",
# "对手报了18万，我们先不降"): the figure is theirs and the deal's stays, a note. Without the holding
# ("we may have to match", "可能也要降") it goes to the card as before.
RIVAL_PRICE = re.compile(
    r"(?<![A-Za-z])(?:competitors?|rivals?|concorrentes?|concorr[êe]ncia|(?:(?:the|their)\s+)?(?:other|old|current|existing|previous)\s+"
    r"(?:mob|guys|vendors?|suppliers?|agency|firm|providers?)|another\s+(?:vendor|supplier|agency|firm|provider|mob|company)|"
    r"incumbent)(?![A-Za-z])"
    r"[^,;!?\n]{0,40}?(?:quot\w*|pric\w*|offer\w*|came\s+in|bid\w*|charg\w*|pitch\w*)[^,;!?\n]*"
    r"|(?:竞争对手|对手|别家|友商|同行|竞品|其他家|另一家)[^，,。；;！？!?\n]{0,12}?(?:报价?|开价|出价|给了?)[^，,。；;！？!?\n]*",
    re.IGNORECASE,
)
HOLDING = re.compile(
    r"(?<![A-Za-z])(?:(?:we(?:'re|\s+are|\s+will|'ll)?|i(?:'m|\s+am)?)\s+(?:not\s+(?:moving|budging|matching|dropping|"
    r"going\s+lower|coming\s+down)|holding(?!\s+off)|stay(?:ing)?|stick(?:ing)?)|held\s+(?:firm|our|the\s+line)|"
    r"hold(?:ing)?\s+(?:firm|our\s+price|the\s+line)|won'?t\s+(?:move|budge|match|drop|go\s+lower)|"
    # ours said as where it still is: "we're still at 85", "ours is still 40k"
    r"(?:we(?:'re|\s+are)|ours\s+is|our\s+(?:price|quote|number)\s+is)\s+still(?:\s+at)?(?=\s*[$€£¥]?\d))(?![A-Za-z])"
    r"[^,;!?\n]*"
    r"|(?:我们|我方)?(?:先|还是|继续)?(?:不降价?|不跟|价格不动|维持原价|守住|不让价?|不松口|坚持原价|按原价|照原价|原价不变)",
    re.IGNORECASE,
)
# Our price said to move, or that it may, beside a rival's ("we'll have to come down", "may have to match",
# "sharpen our pencil", "我们可能也得降", "得跟着降"): the rival's price bears on the deal's, the card asks.
MOVING = re.compile(
    r"(?<![A-Za-z])(?:match\w*|come\s+down|coming\s+down|came\s+down|go(?:ing)?\s+lower|lower\w*|drop\w*|cut\w*|"
    r"sharpen\w*|beat|undercut\w*|discount\w*|reduc\w*|revis\w*|requot\w*|re-quot\w*|price\s+down|meet\s+(?:it|that|them))"
    r"(?![A-Za-z])|降|跟价|跟进价|跟着|让价|让利|让步|打折|折扣|压价|调价|改价|持平|便宜",
    re.IGNORECASE,
)
# Our own price said beside the holding: "we're at $2.35. held firm".
OURS_AT = re.compile(
    r"(?<![A-Za-z])(?:we(?:'re|\s+are)|our\s+price\s+is|ours\s+is)\s+(?:still\s+)?(?:at\s+)?\S*\d\S*", re.I
)


def ours_held(text: str) -> list[tuple[int, int]]:
    """Where our own price is said to stay beside a rival's ("competitor quoted them 72k, we're still at 85",
    "对手报了45万，我们还是按原价"): the figure is the deal's as it stands, no new one, nothing left out."""
    if not (RIVAL_PRICE.search(text) and HOLDING.search(text)):
        return []
    return [m.span() for p in (HOLDING, OURS_AT) for m in p.finditer(text)]
