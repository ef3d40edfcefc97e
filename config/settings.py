"""Typed settings, read once at start from the environment and an optional `.env`.

Nothing here is global: `load_settings()` returns a `Settings` that the wiring passes on.
"""

from __future__ import annotations

import os
import re
from datetime import time
from decimal import InvalidOperation
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from config.stages import Stage, parse_stage_synonyms, parse_stages

SUPPORTED_LOCALES = ("en", "zh")
DEFAULT_STAGES = "lead:10,qualified:25,proposal:50,negotiation:75,won:100,lost:0"


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one line naming the variable."""


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "salesbot"


def default_database_url() -> str:
    return f"sqlite:///{default_data_dir() / 'salesbot.db'}"


def system_timezone() -> str:
    """The machine's IANA zone name (TZ or /etc/localtime), falling back to UTC."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = os.path.realpath("/etc/localtime")
            name = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""
        except OSError:
            name = ""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name or "UTC"


def _parse_clock(value: str) -> time:
    hours, _, minutes = value.strip().partition(":")
    return time(int(hours), int(minutes or 0))


def _check_clock(value: str | time) -> time:
    if isinstance(value, time):
        return value
    try:
        return _parse_clock(value)
    except ValueError:
        raise ValueError(f"expected a time like 08:30, got {value!r}") from None


def _check_hours(value: str | tuple[time, time]) -> tuple[time, time]:
    if isinstance(value, tuple):
        return value
    start, sep, end = str(value).partition("-")
    try:
        if not sep:
            raise ValueError
        begin, finish = _parse_clock(start), _parse_clock(end)
    except ValueError:
        raise ValueError(f"expected working hours like 08:00-20:00, got {value!r}") from None
    if begin >= finish:
        raise ValueError("working hours must start before they end")
    return begin, finish


class Settings(BaseSettings):
    """Every setting the bot reads, with its environment variable name in upper case."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    # Storage
    database_url: str = Field(default_factory=default_database_url)

    # Organisation defaults for new users
    organization_name: str = "My Company"
    default_timezone: str = Field(default_factory=system_timezone)
    default_locale: Literal["en", "zh"] = "en"
    default_currency: str = "USD"
    working_hours: Annotated[tuple[time, time], NoDecode] = (time(8), time(20))
    digest_time: Annotated[time, NoDecode] = time(8, 30)

    # Pipeline
    pipeline_stages: Annotated[tuple[Stage, ...], NoDecode] = parse_stages(DEFAULT_STAGES)
    # Extra words for stages in free text, e.g. "proposal=angebot|offerte; negotiation=verhandlung"
    stage_synonyms: Annotated[dict[str, tuple[str, ...]], NoDecode] = Field(default_factory=dict)
    stalled_after_days: int = Field(default=14, ge=1, le=3650)
    quiet_customer_days: int = Field(default=30, ge=1, le=3650)

    # Telegram adapter
    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_api_file_url: str | None = None
    telegram_webhook_url: str | None = None
    telegram_webhook_listen: str = "0.0.0.0"
    telegram_webhook_port: int = Field(default=8443, ge=1, le=65535)
    telegram_webhook_secret: SecretStr | None = None
    telegram_messages_per_second: float = Field(default=30, gt=0, le=1000)
    telegram_group_messages_per_minute: int = Field(default=20, ge=1, le=1000)

    # Slack adapter
    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_http_host: str = "0.0.0.0"
    slack_http_port: int = Field(default=3000, ge=0, le=65535)  # 0: any free port (logged)
    slack_api_url: str = "https://slack.com/api/"
    slack_allowed_team_ids: Annotated[tuple[str, ...], NoDecode] = ()
    slack_team_channel: str | None = None
    # Slack allows about one post per second per channel; a compatible server may allow more
    slack_channel_posts_per_second: float = Field(default=1, gt=0, le=1000)

    # Feishu / Lark adapter
    feishu_app_id: str | None = None
    feishu_app_secret: SecretStr | None = None
    feishu_verification_token: SecretStr | None = None
    feishu_encrypt_key: SecretStr | None = None
    feishu_api_base_url: str = "https://open.feishu.cn"
    feishu_http_host: str = "0.0.0.0"
    feishu_http_port: int = Field(default=8000, ge=0, le=65535)  # 0: any free port (logged)
    feishu_long_connection: bool = False  # receive events over the SDK's WebSocket instead of HTTP

    # Scheduler
    scheduler_interval_seconds: float = Field(default=5.0, gt=0, le=3600)

    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"

    # Operators' endpoint of `salesbot run` (/healthz, /readyz, /metrics); "off" turns it off
    ops_host: str = "0.0.0.0"
    ops_port: int | None = Field(default=9464, ge=0, le=65535)  # 0: any free port (logged)

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        value = value.strip()
        try:
            url = make_url(value)
        except ArgumentError:
            raise ValueError(f"not a database URL: {value!r}") from None
        if url.get_backend_name() not in ("sqlite", "postgresql", "postgres"):
            raise ValueError(f"unsupported database {url.get_backend_name()!r}; use sqlite or postgresql")
        return value

    @field_validator("default_timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (use a name like Europe/Berlin)") from None
        return value

    @field_validator("default_currency")
    @classmethod
    def _check_currency(cls, value: str) -> str:
        from babel.numbers import is_currency

        code = value.strip().upper()
        if not is_currency(code):
            raise ValueError(f"unknown currency code {value!r}")
        return code

    @field_validator("working_hours", mode="before")
    @classmethod
    def _check_working_hours(cls, value: str | tuple[time, time]) -> tuple[time, time]:
        return _check_hours(value)

    @field_validator("digest_time", mode="before")
    @classmethod
    def _check_digest_time(cls, value: str | time) -> time:
        return _check_clock(value)

    @field_validator("pipeline_stages", mode="before")
    @classmethod
    def _check_stages(cls, value: str | tuple[Stage, ...]) -> tuple[Stage, ...]:
        return parse_stages(value) if isinstance(value, str) else tuple(value)

    @field_validator("stage_synonyms", mode="before")
    @classmethod
    def _parse_stage_synonyms(cls, value: str | dict[str, object]) -> dict[str, tuple[str, ...]]:
        return parse_stage_synonyms(value)

    @model_validator(mode="after")
    def _check_stage_synonyms(self) -> Settings:
        unknown = sorted(set(self.stage_synonyms) - set(self.stage_names))
        if unknown:
            raise ValueError(
                f"STAGE_SYNONYMS: unknown stage {unknown[0]!r} (stages: {', '.join(self.stage_names)})"
            )
        return self

    @field_validator("ops_port", mode="before")
    @classmethod
    def _port_or_off(cls, value: object) -> object:
        if isinstance(value, str) and value.strip().lower() in ("", "off", "none", "no"):
            return None
        return value

    @field_validator("slack_allowed_team_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: str | tuple[str, ...]) -> tuple[str, ...]:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return tuple(value)

    @field_validator("telegram_api_base_url", "slack_api_url")
    @classmethod
    def _check_http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"expected an http(s) URL, got {value!r}")
        return value

    @field_validator("feishu_api_base_url")
    @classmethod
    def _check_feishu_url(cls, value: str) -> str:
        return check_feishu_origin(value)

    @field_validator("feishu_app_id")
    @classmethod
    def _check_feishu_app_id(cls, value: str | None) -> str | None:
        value = (value or "").strip()
        if value and not re.fullmatch(r"[A-Za-z0-9_-]{1,128}", value):
            raise ValueError(f"not a Feishu app id (like cli_a1b2c3d4e5f6): {value!r}")
        return value or None

    @field_validator("feishu_app_secret", "feishu_verification_token", "feishu_encrypt_key", mode="before")
    @classmethod
    def _empty_secret_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @model_validator(mode="after")
    def _check_feishu(self) -> Settings:
        wanted = [self.feishu_app_id, self.feishu_app_secret, self.feishu_verification_token,
                  self.feishu_encrypt_key]  # fmt: skip
        if not any(wanted):
            return self
        if not self.feishu_app_id:
            raise ValueError("FEISHU_APP_ID: missing (the other FEISHU_* settings need it)")
        if self.feishu_app_secret is None:
            raise ValueError("FEISHU_APP_SECRET: missing (needed with FEISHU_APP_ID)")
        if not self.feishu_long_connection:
            for name in ("feishu_encrypt_key", "feishu_verification_token"):
                if getattr(self, name) is None:
                    raise ValueError(
                        f"{name.upper()}: missing; the event callback (HTTP mode) checks it on every "
                        "request (or set FEISHU_LONG_CONNECTION=true)"
                    )
        return self

    @field_validator("telegram_webhook_secret")
    @classmethod
    def _check_webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()):
            raise ValueError("use 1-256 characters from A-Z, a-z, 0-9, _ and -")
        return value

    # Derived views -------------------------------------------------------
    @property
    def stage_names(self) -> tuple[str, ...]:
        return tuple(stage.name for stage in self.pipeline_stages)

    @property
    def open_stages(self) -> tuple[Stage, ...]:
        return tuple(stage for stage in self.pipeline_stages if stage.outcome == "open")

    def stage(self, name: str) -> Stage | None:
        return next((s for s in self.pipeline_stages if s.name == name), None)

    @property
    def telegram_enabled(self) -> bool:
        return self.telegram_bot_token is not None

    @property
    def feishu_enabled(self) -> bool:
        return self.feishu_app_id is not None and self.feishu_app_secret is not None

    @property
    def slack_enabled(self) -> bool:
        return self.slack_bot_token is not None and (
            self.slack_app_token is not None or self.slack_signing_secret is not None
        )


def check_feishu_origin(value: str) -> str:
    """The Feishu/Lark Open API origin as lark-oapi accepts it: https://host[:port], or plain http
    for a server on this machine; a trailing slash is dropped."""
    from urllib.parse import urlsplit

    value = value.strip().rstrip("/")
    try:
        parts = urlsplit(value)
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018  (raises on a bad port)
    except ValueError:
        raise ValueError(f"not a URL: {value!r}") from None
    if parts.scheme not in ("http", "https") or not host:
        raise ValueError(f"expected an http(s) URL like https://open.feishu.cn, got {value!r}")
    if parts.path or parts.query or parts.fragment or "@" in parts.netloc:
        raise ValueError(f"expected only scheme and host (like https://open.larksuite.com), got {value!r}")
    if parts.scheme == "http" and host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"plain http is only allowed for a server on this machine; use https: {value!r}")
    return value


def describe_validation_error(error: ValidationError) -> str:
    """One line: the first problem, naming the environment variable."""
    first = error.errors()[0]
    field = ".".join(str(part) for part in first.get("loc", ()) if isinstance(part, str))
    message = first.get("msg", "invalid value")
    message = message.removeprefix("Value error, ")
    if not field and re.match(r"[A-Z][A-Z0-9_]*: ", message):  # a check across settings names its variable
        return f"configuration error: {message}"
    return f"configuration error: {field.upper() or 'settings'}: {message}"


def load_settings(**overrides: object) -> Settings:
    """Read settings; raise `ConfigError` with a one-line message on any bad value."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        raise ConfigError(describe_validation_error(error)) from None
    except (ValueError, InvalidOperation) as error:
        raise ConfigError(f"configuration error: {error}") from None


__all__ = [
    "DEFAULT_STAGES",
    "SUPPORTED_LOCALES",
    "ConfigError",
    "Settings",
    "Stage",
    "load_settings",
]
