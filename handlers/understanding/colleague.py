"""A message said to a colleague ("@sam can u take the wayne renewal?"): nothing happened with a customer.
A colleague's own plan ("Alex is calling Paul at Granite friday", "同事老张这周四会去渤海钢铁"): no reminder
of ours and no interaction of ours; nothing is stored."""

from __future__ import annotations

import re
from collections.abc import Iterator

from handlers.context import Ctx
from handlers.messages import Reply
from handlers.parsing.hanzi import simplified
from handlers.understanding import lexicon as lx

_AT_SOMEONE = re.compile(r"^\s*@(?!\s)")


def addressed_to(ctx: Ctx, text: str) -> str | None:
    """The colleague a message starts by addressing ("@sam can u take the wayne renewal?"), by the name
    of a user of the organisation (whole, or the first name): it is said to them, nothing happened with a
    customer. A mention of the bot itself, or of a name that is no user, is read as usual."""
    if not _AT_SOMEONE.match(text):
        return None
    said = text.lstrip()[1:].lower()
    for name, forms in _colleagues(ctx):
        for form in forms:
            if said.startswith(form) and not said[len(form) : len(form) + 1].isalnum():
                return name
    return None


def _colleagues(ctx: Ctx) -> Iterator[tuple[str, tuple[str, str]]]:
    """The other users of the organisation: each name, and the forms a message calls them by."""
    for user in ctx.store.users.all():
        if user.id != ctx.user.id and user.display_name:
            name = user.display_name.lower()
            yield user.display_name, (name, name.split()[0])


def stored_nothing(ctx: Ctx, colleague: str) -> Reply:
    """The reply to a message addressed to `colleague`: nothing stored, and how to hand a deal over."""
    return Reply(
        ctx._(
            "That reads as a message to {name}, so I stored nothing. To hand a customer's deal "
            "over, send e.g. /reassign Acme to {name}.",
            name=colleague,
        )
    )


# Who does it, said first: a colleague of ours, then a plan ("Jordan from our team meets Liam thursday",
# "Alex is calling Paul friday", "我们小王明天去拜访恒泰", "同事老张这周四会去渤海钢铁").
_OURS_EN = re.compile(
    r"^\s*(?P<name>[A-Z][a-z]+)(?P<ours>\s+(?:from|on|in)\s+(?:our|my)\s+(?:team|side|office|end))?"
    r"\s+(?:is|will|['’]ll|is going to|plans to|wants to|meets|calls|visits|is meeting|is calling|"
    r"is visiting)\b"
)
_OURS_ZH = re.compile(
    rf"^\s*(?P<ours>我们|我们的|我方|同事|我同事|我们同事|我们这边的?)?\s*"
    rf"(?P<name>[老小][{lx.CN_SURNAMES}]|[{lx.CN_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)"
    r"(?=(?:这周|下周|明天|后天|周[一二三四五六日天]|星期|今天|下午|上午|晚上)?(?:(?!说|讲|表示|问)\S){0,6}?"
    r"(?:会去|要去|去|负责|跟进|拜访))"
)


_ASKED = re.compile(r"有(?:什么|啥|哪些|几个|多少)|什么|哪些|[?？]\s*$")


def colleague_plans(ctx: Ctx, text: str) -> str | None:
    """The colleague whose plan the message tells (see `_OURS_EN`): named as ours ("from our team",
    "我们小王"), a user of the organisation, or an informal 老张/小王 who is going to the customer."""
    plain = simplified(text.strip())
    if lx.REMIND.search(plain):
        return None  # "Alex visits them friday, remind me to call after": ours too
    if lx.WORK_ASKED_OF.search(plain) or _ASKED.search(plain):
        return None  # "李伟这周拜访了哪些客户", "黎嘉欣下周有什么要跟进的": their work, asked about
    english = _OURS_EN.match(plain)
    if english is not None:
        name = english.group("name")
        if english.group("ours") or _is_user(ctx, name):
            return name
        return None
    chinese = _OURS_ZH.match(plain)
    if chinese is None:
        return None
    name = chinese.group("name")
    if chinese.group("ours") or name[0] in "老小" or _is_user(ctx, name):
        return name
    return None


def _is_user(ctx: Ctx, name: str) -> bool:
    """Whether `name` is another user of the organisation (whole, or the first name)."""
    return any(name.lower() in forms for _name, forms in _colleagues(ctx))


def plan_not_ours(ctx: Ctx, colleague: str) -> Reply:
    """The reply to a colleague's plan: nothing stored, no reminder set."""
    return Reply(
        ctx._(
            "That is {name}'s plan, not yours, so I set no reminder and stored nothing. To remind "
            "yourself as well, say e.g. “remind me Friday to check with {name}”.",
            name=colleague,
        )
    )


# "remind fergus to send …", "rmd Landon abt the case study", "remind 邓俊峰 to update …": who is reminded,
# said right after the word (up to two words), then what they are to do.
_REMIND_WHOM_EN = re.compile(
    r"\b(?:pls\s+|please\s+)?re?m(?:ind|nd)\s+(?P<who>(?!me\b|us\b|myself\b|ourselves\b|to\b|about\b)"
    r"[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+)?)\s+(?:to|that|about|abt|re|on|of)\b",
    re.IGNORECASE,
)
# "提醒一下小许明天给…寄…", "提醒邓俊峰周五更新…", "记得提醒老王…": the person said right after 提醒.
_REMIND_WHOM_ZH = re.compile(r"提醒(?:一下)?(?P<who>(?!我)[\u4e00-\u9fffA-Za-z]{2,6})")
REMIND_WHOM = "remind:whom"  # a pick: the reminder is the user's own after all


def _forms(name: str) -> tuple[str, ...]:
    """How a message calls a colleague: the whole name, the first name; a Chinese name also by its given
    name and as 小/老 with the family name (小许 for 許雅雯)."""
    name = simplified(name).lower().strip()
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
        family = name[0]
        return (
            (name, name[1:], f"小{family}", f"老{family}")
            if len(name) > 2
            else (name, f"小{family}", f"老{family}")
        )
    return (name, name.split()[0]) if name else ()


def reminded_colleague(ctx: Ctx, text: str) -> str | None:
    """The colleague a reminder is asked for ("remind fergus to send imogen the revised terms tmrw", "提醒
    一下小许明天给桃园航勤寄规格书"): another user of the organisation, named as the one reminded. A reminder
    is its user's own, so whose it is to be is asked, not set for the sender with the colleague's task."""
    if ctx.picks.get(REMIND_WHOM):
        return None
    plain = simplified(text.strip())
    said = [m.group("who").lower() for m in _REMIND_WHOM_EN.finditer(plain)]
    said += [m.group("who") for m in _REMIND_WHOM_ZH.finditer(plain)]
    if not said:
        return None
    for user in ctx.store.users.all():
        if user.id == ctx.user.id or not user.display_name:
            continue
        forms = _forms(user.display_name)
        for who in said:
            words = who.split()
            if (
                who in forms
                or (words and words[0] in forms)
                or any(who.startswith(f) for f in forms if re.match(r"[\u4e00-\u9fff]", f) and len(f) >= 2)
            ):
                return user.display_name
    return None


def work_asked_of(ctx: Ctx, text: str) -> str | None:
    """The colleague whose work a question asks about ("what did anna do this week", "李伟昨天干了啥"):
    their display name, when the name said is another user of the organisation (whole or first name)."""
    asked = lx.WORK_ASKED_OF.search(text)
    if asked is None:
        return None
    said = simplified(asked.group("who") or asked.group("whom") or asked.group("zh") or "").lower()
    for name, _forms_said in _colleagues(ctx):
        if said in _forms(name):
            return name
    return None
