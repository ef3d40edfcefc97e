"""The scheduler's way into Feishu: deliver one `Reply` to a person (reminders, digests, alerts).

`chat_id` is what the outbox routed to: the person's one-to-one chat with the bot (`oc_…`,
stored when they wrote to it) or their `open_id` (`ou_…`). "Too many requests" raises
`RetryLater` with Feishu's reset time and network trouble `RetryLater()` (the outbox waits
and tries again); a refusal that will not change raises `DeliveryFailed`.

Nothing is sent twice: a reply of several messages that failed part way resumes after the
parts Feishu already took, and every message carries a `uuid` that stays the same across
retries, so Feishu itself drops a repeat of one it accepted (its dedupe lasts an hour).
"""

from __future__ import annotations

import hashlib
import secrets
from collections import OrderedDict
from dataclasses import dataclass

from bot.feishu.adapter import FeishuAdapter, Target
from bot.feishu.api import FeishuError, Outgoing, RateLimited, Unavailable
from bot.feishu.inbound import PLATFORM
from handlers.messages import Reply
from reminders.notifier import DeliveryFailed, RetryLater

# Feishu allows an app 50 messages a second and 1000 a minute (and 5 a second to one person).
MESSAGES_PER_SECOND = 15.0


@dataclass
class _Attempt:
    nonce: str
    parts: list[Outgoing] | None = None
    done: int = 0


def _fingerprint(chat_id: str, reply: Reply) -> str:
    digest = hashlib.sha256(chat_id.encode())
    digest.update(reply.text.encode())
    for button in reply.buttons:
        digest.update(f"\0{button.label}\0{button.payload}".encode())
    if reply.image is not None:
        digest.update(hashlib.sha256(reply.image.data).digest())
    return digest.hexdigest()


class FeishuSender:
    platform = PLATFORM
    max_per_second = MESSAGES_PER_SECOND

    def __init__(self, adapter: FeishuAdapter) -> None:
        self.adapter = adapter
        self._attempts: OrderedDict[str, _Attempt] = OrderedDict()

    async def send(self, chat_id: str, reply: Reply) -> None:
        chat_id = chat_id.strip()
        if not chat_id.startswith(("oc_", "ou_")):
            raise DeliveryFailed(f"not a Feishu chat or person: {chat_id!r}")
        key = _fingerprint(chat_id, reply)
        attempt = self._attempts.setdefault(key, _Attempt(secrets.token_hex(8)))
        while len(self._attempts) > 1000:
            self._attempts.popitem(last=False)
        target = Target(chat_id)
        try:
            if attempt.parts is None:  # the chart is uploaded once, however often the words are retried
                attempt.parts = await self.adapter.render(reply, target, patient=False)
            for index, message in enumerate(attempt.parts):
                if index < attempt.done:
                    continue
                await self.adapter.post(
                    target, message, reply, uuid=f"sb{attempt.nonce}{index}", patient=False
                )
                attempt.done = index + 1
        except RateLimited as limited:
            raise RetryLater(limited.after, str(limited)) from limited
        except Unavailable as trouble:
            raise RetryLater(None, str(trouble)) from trouble
        except FeishuError as error:
            self._attempts.pop(key, None)
            raise DeliveryFailed(f"feishu refused: {error}") from error
        self._attempts.pop(key, None)
