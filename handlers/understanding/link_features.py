"""What a link of a message to a customer looks like, recorded for the benchmarks (`link_log`)."""

from __future__ import annotations

from crm_store.search.everyday import everyday_words, is_english_word
from crm_store.search.linker import Mention
from handlers.resolve import (
    CLEAR_MARGIN,
    CLEAR_SCORE,
)
from handlers.understanding import link_log
from handlers.understanding.customer_link import LATIN_WORD, SUPPORT, Hit
from handlers.understanding.reading import CJK, Reading


def link_features(
    reading: Reading, hits: dict[int, Hit], mentions: list[Mention], top: Hit
) -> link_log.LinkRecord:
    """What a link of `top`'s customer to the message looks like (`link_log`, for the benchmarks): how it
    matched, the margin to the next customer, whether its words are everyday words or also call another
    customer or another customer's contact, whether its people or deals are named too, how many customers
    the message names clearly."""
    a, b = top.candidate.start, top.candidate.end
    typed = reading.text[a:b]
    mine = top.match.customer_id
    others = [h for h in hits.values() if h.match.customer_id != mine]
    overlapping = [h for h in others if h.candidate.start < b and a < h.candidate.end]
    runner = max((h.match.score for h in others), default=0.0)
    cjk = bool(CJK.search(typed))
    latin = LATIN_WORD.findall(typed)
    clear = {
        h.match.customer_id
        for h in hits.values()
        if h.match.field in ("name", "alias") and h.match.score >= CLEAR_SCORE and not h.partial
    }
    before = reading.text[:a].strip()
    return {
        "customer_id": mine,
        "customer": top.match.name,
        "words": typed,
        "how": top.certainty.value,
        "field": top.match.field,
        "score": round(top.match.score, 1),
        "margin": round(top.match.score - runner, 1),
        "rivals": sum(1 for h in others if h.match.score >= top.match.score - 2 * CLEAR_MARGIN),
        "chars": len(typed),
        "words_n": 1 if cjk else len(typed.split()),
        "first": not before or before[-1] in ".!?。！？:：",
        "script": "zh" if cjk else "en",
        "common": (len(typed) <= 2) if cjk else bool(latin) and all(is_english_word(w) for w in latin),
        "everyday": not cjk and everyday_words(latin),
        "capital": any(c.isupper() for c in typed),
        "edits": top.edits,
        "shared": any(h.match.field in ("name", "alias") for h in overlapping),
        "contact_other": any(h.match.field == "contact" for h in overlapping),
        "supported": any(
            m.customer_id == mine and m.evidence in SUPPORT and not (a < m.end and m.start < b)
            for m in mentions
        ),
        "customers": len(clear | {mine}),
    }


def note_link(
    reading: Reading,
    hits: dict[int, Hit],
    mentions: list[Mention],
    top: Hit,
    decision: str,
    close: list[Hit] | None = None,
) -> None:
    """Record a link the linker made or asked about, for the benchmarks (`link_log.collected`)."""
    if not link_log.recording():
        return
    features = link_features(reading, hits, mentions, top)
    options = [h.match.name for h in close or [top]]
    link_log.record({**features, "decision": decision, "options": list(dict.fromkeys(options))})
    for hit in hits.values():  # the customers it considered and did not take: how they look too
        if hit.match.customer_id != top.match.customer_id:
            link_log.record({**link_features(reading, hits, mentions, hit), "decision": "candidate"})
