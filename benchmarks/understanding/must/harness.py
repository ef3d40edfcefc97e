"""Set 2's judge (Sam in New York, 李雷 in Shanghai, Monday 2026-11-30 10:00) for i18-must's own phrasings,
with this folder's base (setup.txt) instead of set 2's base checks."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_DEFAULT = Path(__file__).resolve().parents[1] / "set2" / "harness.py"
_spec = importlib.util.spec_from_file_location("harness_set2", _DEFAULT)
assert _spec is not None and _spec.loader is not None
_default = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_default)
_default.check_base = lambda data: []  # this folder's base is not set 2's
globals().update({k: v for k, v in vars(_default).items() if not k.startswith("__")})
