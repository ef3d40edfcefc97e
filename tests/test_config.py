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


def test_stage_parser_rejects_duplicates() -> None:
    with pytest.raises(ValueError, match="unique"):
        parse_stages("a:1,a:2,won:100,lost:0")
