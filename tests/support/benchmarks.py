"""Load a script of `benchmarks/understanding` as a module, for tests of its pure parts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def understanding_script(name: str) -> ModuleType:
    path = ROOT / "benchmarks" / "understanding" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)  # a dataclass looks its module up while it is being made
    spec.loader.exec_module(module)
    return sys.modules[name]
