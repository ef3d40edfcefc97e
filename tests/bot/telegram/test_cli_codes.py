"""`salesbot users invite` and `salesbot users link-code`: one-time codes and the t.me link."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from bot.cli import cli
from crm_store.db import Database
from crm_store.repos import tenancy
from crm_store.repos.tenancy import Directory
from crm_store.types import utcnow
from tests.fakes.telegram_api import FakeTelegramAPI

runner = CliRunner()


@pytest.fixture
def fake_in_thread() -> Iterator[FakeTelegramAPI]:
    fake = FakeTelegramAPI(username="acme_sales_bot")
    with fake.serving_in_thread():
        yield fake


def salesbot(env: dict[str, str], *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(cli, list(args), env={"DEFAULT_TIMEZONE": "UTC", **env})


def code_in(output: str) -> str:
    match = re.search(r"code: ([A-Z0-9]{10})", output)
    assert match, output
    return match.group(1)


def redeem(database_url: str, code: str):  # type: ignore[no-untyped-def]
    database = Database(database_url)
    try:
        with database.transaction() as session:
            access = Directory(session).redeem_code(code, now=utcnow())
            return access.purpose, access.role, access.display_name, access.user_id
    finally:
        database.dispose()


def test_invite_prints_a_single_use_code_and_the_telegram_link(sqlite_url, fake_in_thread):
    env = {"DATABASE_URL": sqlite_url, "TELEGRAM_BOT_TOKEN": fake_in_thread.token,
           "TELEGRAM_API_BASE_URL": fake_in_thread.base_url}  # fmt: skip
    result = salesbot(env, "users", "invite", "--role", "manager", "--name", "Mia Chen")

    assert result.exit_code == 0, result.output
    code = code_in(result.output)
    assert f"https://t.me/acme_sales_bot?start={code}" in result.output
    assert f"/start {code}" in result.output
    assert fake_in_thread.calls_to("getMe")  # the bot's name came from the configured API server
    assert redeem(sqlite_url, code) == ("invite", "manager", "Mia Chen", None)
    with pytest.raises(tenancy.CodeRejected, match="used"):
        redeem(sqlite_url, code)


def test_invite_without_a_token_prints_the_code_and_how_to_use_it(sqlite_url):
    result = salesbot({"DATABASE_URL": sqlite_url}, "users", "invite")
    assert result.exit_code == 0, result.output
    code = code_in(result.output)
    assert "t.me" not in result.output and f"/start {code}" in result.output
    assert redeem(sqlite_url, code)[:2] == ("invite", "rep")


def test_invite_when_the_api_cannot_be_reached_still_gives_the_code(sqlite_url):
    env = {
        "DATABASE_URL": sqlite_url,
        "TELEGRAM_BOT_TOKEN": "1:x",
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot",
    }
    result = salesbot(env, "users", "invite")
    assert result.exit_code == 0, result.output
    assert code_in(result.output) and "t.me" not in result.output
    assert "could not ask the Telegram Bot API" in result.output


def test_link_code_for_an_existing_user(sqlite_url, fake_in_thread):
    env = {"DATABASE_URL": sqlite_url, "TELEGRAM_BOT_TOKEN": fake_in_thread.token,
           "TELEGRAM_API_BASE_URL": fake_in_thread.base_url}  # fmt: skip
    assert salesbot(env, "users", "add", "Sam Taylor").exit_code == 0
    result = salesbot(env, "users", "link-code", "Sam Taylor")
    assert result.exit_code == 0, result.output
    code = code_in(result.output)
    assert f"/link {code}" in result.output and f"?start={code}" in result.output
    purpose, _, _, user_id = redeem(sqlite_url, code)
    assert purpose == "link" and user_id is not None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("users", "invite", "--role", "boss"), "role must be one of"),
        (("users", "link-code", "Nobody"), "no user called 'Nobody'"),
        (("users", "invite", "--name", "Sam"), "salesbot users link-code 'Sam'"),
    ],
)
def test_mistakes_get_one_line(sqlite_url, args, message):
    assert salesbot({"DATABASE_URL": sqlite_url}, "users", "add", "Sam").exit_code == 0
    result = salesbot({"DATABASE_URL": sqlite_url}, *args)
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1
