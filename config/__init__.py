"""Typed settings for salesbot (imports nothing else of ours)."""

from config.settings import ConfigError, Settings, load_settings
from config.stages import Stage, parse_stages

__all__ = ["ConfigError", "Settings", "Stage", "load_settings", "parse_stages"]
