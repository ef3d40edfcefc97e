"""The Slack adapter (slack-bolt AsyncApp): slash command, DMs, mentions, buttons, App Home.

Modules: `component` (start/stop inside `salesbot run`), `inbound` (Slack payloads ->
`IncomingMessage`), `adapter` (listeners and the work after the ack), `blocks` (Block Kit
rendering), `text` (Slack markup), `api` (outgoing calls with rate limits and pacing), `http`
(HTTP mode endpoint), `sender` (the scheduler's `PlatformSender`), `workspaces` (which
workspace belongs to which organisation; its command line is `bot.cli.slack`).
Importing this package does not import the Slack SDKs; `component` does.
"""
