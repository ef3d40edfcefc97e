"""The five packages type-check clean: mypy as `[tool.mypy]` in pyproject.toml configures it.

A change that passes its own tests can still break another caller (a value that may be None, a list
where a pair is unpacked); mypy sees those. Run it by hand with `.venv/bin/mypy` (the same settings).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow  # ~30 s on one worker: started first, beside the other long ones
def test_the_packages_type_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the configured `files` are relative to the checkout
    out, err, status = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path / "mypy-cache")]
    )
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 0 and not errors, "mypy found type errors:\n" + (out + err).strip()
