"""The console adapter: chat with the assistant in a terminal, or drive it from a script.

Choices are shown numbered; typing the number presses the button. When standard input is
not a terminal, one message is read per line and the replies are printed, so scripts (and
the tests) can drive the whole handler stack without any chat SDK.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import re
import secrets
import sys
import tempfile
import threading
from datetime import UTC, datetime
from itertools import count
from pathlib import Path
from typing import TextIO

from handlers.access import CONSOLE
from handlers.assistant import Assistant
from handlers.errors import log_failure
from handlers.messages import Button, IncomingMessage, Reply, Sender
from handlers.payloads import choice_index

QUIT_WORDS = {"/quit", "/exit", "quit", "exit", "/q"}
PROMPT = "you> "
_NUMBER = re.compile(r"[1-9][0-9]{0,2}")
log = logging.getLogger(__name__)


class ConsoleChat:
    """One terminal conversation as one user; remembers the last choices for number input."""

    def __init__(self, assistant: Assistant, user_id: int, *, chat_id: str = "console") -> None:
        self.assistant = assistant
        self.user_id = user_id
        self.chat_id = chat_id
        self.buttons: tuple[Button, ...] = ()
        self._ids = count(1)
        self._lock = threading.Lock()

    def _message(self, *, text: str = "", payload: str | None = None) -> IncomingMessage:
        return IncomingMessage(
            sender=Sender(CONSOLE, str(self.user_id)),
            chat_id=self.chat_id,
            text=text,
            payload=payload,
        )  # no sent_at: the terminal delivers at once, and the assistant's clock is the truth

    def remember(self, replies: list[Reply]) -> None:
        """The newest reply with choices decides what a typed number means."""
        for reply in replies:
            if reply.buttons:
                self.buttons = reply.buttons

    def send(self, line: str) -> list[Reply]:
        """Send one typed line; a bare number picks from the last choices shown ("²" is not a number)."""
        text = line.strip()
        with self._lock:
            # "0", "3" of two, "-1", twenty digits are not one of the choices shown: sent as text, the
            # assistant answers them in the user's language (it shows its last question again)
            picked = choice_index(str(int(text) - 1), len(self.buttons)) if _NUMBER.fullmatch(text) else None
            if picked is not None:
                message = self._message(payload=self.buttons[picked].payload)
            else:
                message = self._message(text=text)
            self.buttons = ()
            replies = self.assistant.handle(message)
            self.remember(replies)
            return replies

    def press(self, label: str) -> list[Reply]:
        """Press the last shown button whose label contains `label` (for scripts and tests)."""
        for index, button in enumerate(self.buttons, 1):
            if label.lower() in button.label.lower():
                return self.send(str(index))
        raise LookupError(f"no button {label!r} among {[b.label for b in self.buttons]}")


def _send_safely(chat: ConsoleChat, line: str) -> list[Reply]:
    """One line's replies; whatever happens, the session goes on and no traceback is printed."""
    try:
        return chat.send(line)
    except Exception as error:
        ref = secrets.token_hex(3)
        log_failure(log, "terminal line failed", ref, error)
        return [Reply(f"Sorry, I could not handle that line. (ref {ref})")]


def tolerate_bad_bytes(*streams: TextIO) -> None:
    """Bytes that are not valid in the terminal's encoding become U+FFFD instead of an exception."""
    for stream in streams:
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                stream.reconfigure(errors="replace")


def render(reply: Reply, image_dir: Path | None = None) -> str:
    text = reply.plain()
    if reply.image is not None:
        folder = image_dir or Path(tempfile.gettempdir())
        path = folder / f"salesbot-{datetime.now(UTC):%Y%m%d-%H%M%S}-{reply.image.filename}"
        path.write_bytes(reply.image.data)
        text += f"\n[image saved to {path}]"
    return text


class ConsoleSender:
    """Pushes notifications (reminders, digests) into the running terminal chat."""

    platform = CONSOLE

    def __init__(self, chat: ConsoleChat, output: TextIO, *, interactive: bool = False) -> None:
        self.chat = chat
        self.output = output
        self.interactive = interactive

    async def send(self, chat_id: str, reply: Reply) -> None:
        self.chat.remember([reply])
        # At a terminal the notification lands after the waiting prompt: show the prompt again.
        self.output.write("\n🔔 " + render(reply) + "\n" + (PROMPT if self.interactive else ""))
        self.output.flush()


def _start_reader(loop: asyncio.AbstractEventLoop, lines: asyncio.Queue[str | None], stdin: TextIO,
                  interactive: bool, ready: threading.Event) -> None:  # fmt: skip
    """Read input on a daemon thread, so Ctrl-C or the end of the program never waits for it."""

    def read() -> None:
        while True:
            ready.wait()
            ready.clear()
            try:
                line: str | None = input(PROMPT) if interactive else stdin.readline()
            except (EOFError, KeyboardInterrupt):
                line = None
            except (UnicodeError, ValueError):  # a stream that cannot be made tolerant (see below)
                line = "\n"
            if line == "" and not interactive:
                line = None  # end of a piped script
            loop.call_soon_threadsafe(lines.put_nowait, line)
            if line is None:
                return

    threading.Thread(target=read, name="console-input", daemon=True).start()


async def run_terminal(chat: ConsoleChat, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
                       interactive: bool | None = None) -> None:  # fmt: skip
    """Read lines until end of input (or /quit) and print the replies (by default from and to the
    process's standard streams as they are when called, not when this module was imported)."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    tolerate_bad_bytes(stdin, stdout)
    if interactive is None:
        interactive = stdin.isatty()
    if interactive:
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401 - line editing and history for input()
        stdout.write("salesbot: type a message, a number to pick a choice, /help, or /quit.\n")
        stdout.flush()
    lines: asyncio.Queue[str | None] = asyncio.Queue()
    ready = threading.Event()
    ready.set()
    _start_reader(asyncio.get_running_loop(), lines, stdin, interactive, ready)
    while True:
        line = await lines.get()
        if line is None or line.strip().lower() in QUIT_WORDS:
            if interactive:
                stdout.write("\n")
            return
        if line.strip():
            replies = await asyncio.to_thread(_send_safely, chat, line)
            for reply in replies:
                stdout.write(("bot> " if interactive else "") + render(reply) + "\n")
            if not interactive:
                stdout.write("\n")
            stdout.flush()
        ready.set()
