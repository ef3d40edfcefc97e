"""Settings: typed, defaults as documented, one-line errors naming the variable."""

from __future__ import annotations

from decimal import Decimal

import pytest

from config import ConfigError, load_settings
from config.stages import parse_stages


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    settings = load_settings(_env_file=None)
    assert settings.database_url.startswith("sqlite:///")
    assert settings.stage_names == ("lead", "qualified", "proposal", "negotiation", "won", "lost")
    assert settings.stage("proposal").probability == Decimal("0.5")
    assert [s.name for s in settings.open_stages] == ["lead", "qualified", "proposal", "negotiation"]
    assert settings.default_locale == "en"


def test_environment_and_dotenv(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    (tmp_path / ".env").write_text("DEFAULT_TIMEZONE=Asia/Shanghai\nDEFAULT_LOCALE=zh\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PIPELINE_STAGES", "new:5,demo:40:21,won:100,lost:0")
    monkeypatch.setenv("WORKING_HOURS", "09:00-18:30")
    settings = load_settings()
    assert settings.default_timezone == "Asia/Shanghai"
    assert settings.default_locale == "zh"
    assert settings.stage("demo").stall_days == 21
    assert settings.working_hours[1].minute == 30


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("DATABASE_URL", "mysql://localhost/x", "DATABASE_URL"),
        ("DATABASE_URL", "not a url", "DATABASE_URL"),
        ("DEFAULT_TIMEZONE", "Mars/Olympus", "DEFAULT_TIMEZONE"),
        ("DEFAULT_CURRENCY", "XYZ1", "DEFAULT_CURRENCY"),
        ("PIPELINE_STAGES", "lead:10,won:100", "PIPELINE_STAGES"),
        ("PIPELINE_STAGES", "lead:150,won:100,lost:0", "PIPELINE_STAGES"),
        ("WORKING_HOURS", "20:00-08:00", "WORKING_HOURS"),
        ("DIGEST_TIME", "half past eight", "DIGEST_TIME"),
        ("TELEGRAM_WEBHOOK_PORT", "http", "TELEGRAM_WEBHOOK_PORT"),
        ("DEFAULT_LOCALE", "fr", "DEFAULT_LOCALE"),
    ],
)
def test_bad_values_give_one_line(monkeypatch: pytest.MonkeyPatch, variable: str, value: str,
                                  expected: str) -> None:  # fmt: skip
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as raised:
        load_settings(_env_file=None)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"configuration error: {expected}:")


FEISHU = {"FEISHU_APP_ID": "cli_a1b2c3", "FEISHU_APP_SECRET": "s3cret", "FEISHU_VERIFICATION_TOKEN": "tok",
          "FEISHU_ENCRYPT_KEY": "key"}  # fmt: skip


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"FEISHU_APP_ID": ""}, "FEISHU_APP_ID: missing"),
        ({"FEISHU_APP_SECRET": ""}, "FEISHU_APP_SECRET: missing"),
        ({"FEISHU_ENCRYPT_KEY": ""}, "FEISHU_ENCRYPT_KEY: missing"),
        ({"FEISHU_VERIFICATION_TOKEN": ""}, "FEISHU_VERIFICATION_TOKEN: missing"),
        ({"FEISHU_APP_ID": "cli a1 b2"}, "FEISHU_APP_ID: not a Feishu app id"),
        ({"FEISHU_API_BASE_URL": "open.feishu.cn"}, "FEISHU_API_BASE_URL: expected an http(s) URL"),
        ({"FEISHU_API_BASE_URL": "http://open.feishu.cn"}, "FEISHU_API_BASE_URL: plain http is only"),
        ({"FEISHU_API_BASE_URL": "https://open.feishu.cn/open-apis"}, "FEISHU_API_BASE_URL: expected only"),
        ({"FEISHU_HTTP_PORT": "70000"}, "FEISHU_HTTP_PORT:"),
        ({"FEISHU_LONG_CONNECTION": "perhaps"}, "FEISHU_LONG_CONNECTION:"),
    ],
)
def test_feishu_settings_give_one_line(monkeypatch: pytest.MonkeyPatch, changes: dict[str, str],
                                       expected: str) -> None:  # fmt: skip
    for variable, value in {**FEISHU, **changes}.items():
        monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as raised:
        load_settings(_env_file=None)
    message = str(raised.value)
    assert "\n" not in message and message.startswith(f"configuration error: {expected}"), message


def test_feishu_settings_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable, value in {**FEISHU, "FEISHU_API_BASE_URL": "https://open.larksuite.com/"}.items():
        monkeypatch.setenv(variable, value)
    settings = load_settings(_env_file=None)
    assert settings.feishu_enabled and settings.feishu_api_base_url == "https://open.larksuite.com"
    monkeypatch.setenv("FEISHU_LONG_CONNECTION", "true")
    monkeypatch.delenv("FEISHU_ENCRYPT_KEY")
    assert load_settings(_env_file=None).feishu_long_connection  # no callback to check, no key needed
    assert not load_settings(_env_file=None, feishu_app_id=None, feishu_app_secret=None,
                             feishu_verification_token=None).feishu_enabled  # fmt: skip


def test_stage_parser_rejects_duplicates() -> None:
    with pytest.raises(ValueError, match="unique"):
        parse_stages("a:1,a:2,won:100,lost:0")
