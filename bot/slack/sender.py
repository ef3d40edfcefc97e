"""The scheduler's way into Slack: deliver one `Reply` to a person or to the team channel.

`chat_id` may be
- a channel id (`C…`, `G…`, or a DM channel `D…`, e.g. the chat id stored when a user DMs the bot);
- a person: the identity's external id `TEAM:USER`, or a bare user id `U…`/`W…`; the DM is
  opened with conversations.open;
- `team` (or empty): the configured `SLACK_TEAM_CHANNEL`.
Rate limits and network trouble raise `RetryLater` (the outbox retries); a refusal that will
not change (channel gone, user deactivated, bad request) raises `DeliveryFailed`.
"""

from __future__ import annotations

from slack_sdk.errors import SlackApiError

from bot.slack.adapter import SlackAdapter, Target
from bot.slack.api import RateLimited, Unavailable
from bot.slack.inbound import PLATFORM
from handlers.messages import Reply
from reminders.notifier import DeliveryFailed, RetryLater

TEAM = "team"


class SlackSender:
    platform = PLATFORM

    def __init__(self, adapter: SlackAdapter, team_channel: str | None) -> None:
        self.adapter = adapter
        self.team_channel = team_channel

    async def channel_for(self, chat_id: str) -> str:
        chat_id = chat_id.strip()
        if chat_id in ("", TEAM):
            if not self.team_channel:
                raise DeliveryFailed("no team channel configured (SLACK_TEAM_CHANNEL)")
            return self.team_channel
        user = chat_id.rpartition(":")[2] if ":" in chat_id else chat_id
        if user[:1] in ("U", "W"):
            return await self.adapter.api.open_dm(user, patient=False)
        return chat_id

    async def send(self, chat_id: str, reply: Reply) -> None:
        try:
            channel = await self.channel_for(chat_id)
            await self.adapter.deliver_replies([reply], Target(channel), patient=False)
        except RateLimited as limited:
            raise RetryLater(limited.after) from limited
        except Unavailable as trouble:
            raise RetryLater(None, str(trouble)) from trouble
        except SlackApiError as error:
            raise DeliveryFailed(f"slack refused: {error.response.get('error')}") from error
