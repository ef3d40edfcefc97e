"""The command table's types: each command has its handler and its help text in one place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from handlers.context import Ctx
from handlers.messages import Reply

Replies = Reply | Sequence[Reply]
CommandHandler = Callable[[Ctx, str], Replies]
PayloadHandler = Callable[[Ctx, str], Replies]


@dataclass(frozen=True)
class Command:
    name: str
    handler: CommandHandler
    summary: str  # a msgid, translated when shown
    usage: str = ""  # e.g. "/log <customer>: <what happened>"
    example: str = ""
    aliases: tuple[str, ...] = ()
    roles: frozenset[str] | None = None  # None: every role
    hidden: bool = False  # not listed in /help or the platform's command menu

    def allowed(self, role: str) -> bool:
        return self.roles is None or role in self.roles


@dataclass(frozen=True)
class PayloadRoute:
    prefix: str  # payload "undo:12" is routed by prefix "undo"
    handler: PayloadHandler


class Registry:
    def __init__(self, commands: Sequence[Command], payloads: Sequence[PayloadRoute]) -> None:
        self.commands = tuple(commands)
        self._by_name: dict[str, Command] = {}
        for command in self.commands:
            for name in (command.name, *command.aliases):
                if name in self._by_name:
                    raise ValueError(f"command /{name} registered twice")
                self._by_name[name] = command
        self._payloads = {route.prefix: route for route in payloads}

    def command(self, name: str) -> Command | None:
        return self._by_name.get(name.lower())

    def payload(self, payload: str) -> PayloadRoute | None:
        return self._payloads.get(payload.partition(":")[0])

    def visible(self, role: str) -> list[Command]:
        return [c for c in self.commands if not c.hidden and c.allowed(role)]


def as_list(replies: Replies | None) -> list[Reply]:
    if replies is None:
        return []
    if isinstance(replies, Reply):
        return [replies]
    return list(replies)
