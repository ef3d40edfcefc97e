"""Splitting command text: the command word, `key=value` fields, and the leading customer name."""

from __future__ import annotations

import re

from handlers.parsing.contact_details import EMAIL, PHONE

_COMMAND = re.compile(r"^[/／](?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:@\S+)?(?:\s+|$)(?P<args>.*)$", re.S)
_FIELD = re.compile(r"(?:^|[,，;；])\s*(?P<key>[A-Za-z_\u4e00-\u9fff]+)\s*[=:：]\s*(?P<value>[^,，;；]*)")
# A colon ends a leading name ("Acme: call back"), except between two digits, where it is a clock time
# ("/remind Acme 5 Dec 9:30am …" named a customer "Acme 5 Dec 9").
_NAME_SEPARATOR = re.compile(r"(?<!\d)[:：]|[:：](?!\d)")


def split_command(text: str) -> tuple[str, str] | None:
    """("find", "acme") for "/find acme" or "/find@salesbot_bot acme"; None if not a command."""
    match = _COMMAND.match(text.strip())
    if match is None:
        return None
    return match.group("name").lower(), match.group("args").strip()


def split_words_command(text: str) -> tuple[str, str]:
    """("find", "acme") for "find acme": for surfaces where every text is a command (Slack /crm)."""
    word, _, rest = text.strip().partition(" ")
    return word.lower().lstrip("/"), rest.strip()


def split_fields(text: str) -> tuple[str, dict[str, str]]:
    """ "Acme Corp, phone=+1 555, industry=Retail" -> ("Acme Corp", {"phone": ..., "industry": ...})."""
    first = re.split(r"[,，;；]\s*[A-Za-z_\u4e00-\u9fff]+\s*=", text, maxsplit=1)[0]
    fields = {m.group("key").lower(): m.group("value").strip() for m in _FIELD.finditer(text[len(first) :])}
    return first.strip(" ,，;；"), fields


_LABELLED = re.compile(r"^(?P<key>[A-Za-z_\u4e00-\u9fff]+)\s*[=:：]\s*(?P<value>.*)$", re.S)


def split_contact_fields(text: str) -> tuple[str, dict[str, str]]:
    """ "Jane Doe, VP Sales, jane@acme.example, title=…" -> ("Jane Doe", {"title": "VP Sales", "email": …}).

    A piece without its field name is read by its shape: an email address, a phone number, else a part of the
    title ("钱俊逸, 总经理" was a contact named "钱俊逸, 总经理"; "title=VP Sales, EMEA" keeps its region).
    """
    name, *pieces = (p.strip() for p in re.split(r"[,，;；、]", text))
    fields: dict[str, str] = {}
    titles: list[str] = []
    for piece in filter(None, pieces):
        if labelled := _LABELLED.match(piece):
            key = labelled.group("key").lower()
            if key in ("title", "role", "职位"):
                titles.append(labelled.group("value").strip())
            else:
                fields[key] = labelled.group("value").strip()
        elif EMAIL.fullmatch(piece):
            fields["email"] = piece
        elif PHONE.fullmatch(piece):
            fields["phone"] = piece
        else:
            titles.append(piece)
    if titles:
        fields["title"] = ", ".join(t for t in titles if t)
    return name, fields


def split_name(text: str) -> tuple[str, str] | None:
    """Explicit "Name: rest" split; None when the text has no separator."""
    match = _NAME_SEPARATOR.search(text)
    if match is None:
        return None
    name, rest = text[: match.start()].strip(), text[match.end() :].strip()
    return (name, rest) if name else None


def name_candidates(text: str, max_words: int = 5) -> list[tuple[str, str]]:
    """Possible (name, rest) splits of "Acme Corp 50k proposal", shortest name first."""
    words = text.split()
    return [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, min(len(words), max_words) + 1)]
