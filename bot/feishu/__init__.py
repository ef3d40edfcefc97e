"""The Feishu / Lark adapter (lark-oapi): direct messages, @mentions in groups, card buttons.

Modules: `component` (start/stop inside `salesbot run`), `adapter` (the event callbacks and
the work after Feishu got its answer), `inbound` (events -> `IncomingMessage`), `render`
(message cards and text), `api` (outgoing calls: token, rate limits, retries), `callback`
(decrypting and checking a callback), `http` (the HTTP endpoint), `sender` (the scheduler's
`PlatformSender`). Importing this package does not import lark-oapi; `component` does.
"""
