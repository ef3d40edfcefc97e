"""A follow-up that says the interaction just logged was of another kind: "was a phone call really, not in
person", "it was a teams call btw, not face to face", "其实是打电话，不是上门", "不是见面，是视频会议".

The last message's activity changes its kind; nothing else is stored. Before, the words were read as a
correction only when they named the very word the last message used ("a call, not a meeting" after "meeting
…"); "met ravi …" then "was a call actually, not meeting" was read as news of its own ("which customer?") and
the visit stayed (silently wrong). The message must consist of kinds only (one said, any others denied), with
a word that puts it right (not / actually / it was / 其实 / 是 …), and must add nothing ("also had a call" is
a second interaction).
"""

from __future__ import annotations

import re

from handlers.context import Ctx
from handlers.domain.activities import edit_activity
from handlers.messages import Reply
from handlers.parsing.hanzi import simplified
from handlers.parsing.vocabulary import ACTIVITY_WORDS, detect_kind, word_pattern
from handlers.render import activity_line
from handlers.understanding.corrections import just_stored
from handlers.understanding.decision_path import record

# Words around the kind that say nothing of their own.
_FILLER = re.compile(
    r"\b(?:actually|really|in fact|btw|fyi|tbh|though|tho|sorry|sry|oops|my bad|my mistake|correction|no|"
    r"nope|wait|oh|ah|ok|just|only|lol)\b|其实|实际上|哦|啊|噢|抱歉|不好意思|不对|对了",
    re.IGNORECASE,
)
# A word that puts the kind right (a bare "phone call" after a log may be news of its own).
_PUTS_RIGHT = re.compile(
    r"\b(?:not|actually|really|in fact|it\s+was|that\s+was|was|sorry|oops|my bad)\b|其实|实际上|不是|是",
    re.IGNORECASE,
)
# More than the kind put right: a second interaction, not the first one's kind.
_ADDS = re.compile(
    r"\b(?:also|too|as well|another|again|then|later|after|before|first|and|with|about|(?<!['’])re)\b"
    r"|也|还|另外|又|再|跟|和|给|聊了|谈了",
    re.IGNORECASE,
)
_BREAK = re.compile(r"[,，;；.。!！、]+|\s[-—–]+\s?|[—–]")
_NOT = re.compile(r"\b(?:not|rather than|instead of)\b|而不是|并不是|不是", re.IGNORECASE)
_LEAD = re.compile(
    r"^\s*(?:(?:it\s+was|it['’]?s|that\s+was|that['’]?s|this\s+was|was|is|we\s+had|had|是)\s*)?"
    r"(?:(?:a|an|the)\s+)?",
    re.IGNORECASE,
)
_TRAIL = re.compile(r"(?:聊的|谈的|打的|见的|的)$")


# What may stand beside a kind's own word and say nothing else: how the talk was held.
_HOW = re.compile(
    r"\b(?:a|an|the|quick|short|long|phone|zoom|teams|video|online|virtual|in|on|over|by|via|person)\b"
    r"|打|通|个|了|聊|谈|视频|线上|网上|电话|当面|上门",
    re.IGNORECASE,
)


_ANY_KIND_WORD = re.compile(
    "|".join(
        word_pattern(w.lower())
        for w in sorted({w for words in ACTIVITY_WORDS.values() for w in words}, key=len, reverse=True)
    )
)


def _kind_alone(words: str) -> str | None:
    """The kind `words` name when they name nothing else ("a teams call", "on the phone", "打电话"); not a
    kind said with news ("meeting was great")."""
    core = _TRAIL.sub("", _LEAD.sub("", words.strip(), count=1).strip()).strip()
    if not core or len(core) > 14:
        return None
    kind = detect_kind(core, "")
    if not kind:
        return None
    rest = _ANY_KIND_WORD.sub(" ", core.lower())  # ("zoom call": a meeting's word and a call's)
    return kind if not _HOW.sub(" ", rest).strip(" -") else None


def _kinds_said(text: str) -> tuple[str, set[str]] | None:
    """The one kind the message says and the kinds it denies, when it says kinds only."""
    bare = simplified(text).strip()
    if len(bare) > 80 or not _PUTS_RIGHT.search(bare) or _ADDS.search(bare):
        return None
    said: set[str] = set()
    denied: set[str] = set()
    for segment in _BREAK.split(bare):
        parts = _NOT.split(segment)
        for i, part in enumerate(parts):
            part = re.sub(r"\s+", " ", _FILLER.sub(" ", part)).strip()
            if not part:
                continue
            kind = _kind_alone(part)
            if kind is None:
                return None  # words that are no kind: not only a kind put right
            (denied if i > 0 else said).add(kind)
    if len(said) != 1:
        return None
    right = next(iter(said))
    return right, denied - {right}  # "video call, not in person": a meeting either way, no visit


def kind_put_right(ctx: Ctx, text: str) -> list[Reply] | None:
    """The reply when `text` puts right the kind of the activity the user's last message logged; else None."""
    said = _kinds_said(text)
    stored = just_stored(ctx) if said is not None else None
    if said is None or stored is None:
        return None
    created = ctx.store.changes.created(stored[1].id, "activities")
    activity = ctx.store.activities.get(created[0]) if len(created) == 1 else None
    if activity is None:
        return None  # the last message logged no interaction, or several
    right, _denied = said
    if activity.kind == right or activity.author_id != ctx.user.id:
        return None
    edit_activity(ctx, activity, kind=right)
    record("correction")
    note = ctx._("Corrected: “{old}” → “{new}”", old=stored[0].data["text"], new=text.strip())
    updated = ctx.confirm(ctx._("Updated: {line}", line=activity_line(ctx, activity)))
    return [Reply(f"{note}\n{updated.text}", updated.buttons)]
