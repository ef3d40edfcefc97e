"""No import loops anywhere: every module of the project imports on its own.

Two checks: the import graph read from the source (every import statement, late ones too), and
each module imported alone in a fresh process (forked from one that has loaded no module of ours).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.imports import (
    NOT_IMPORTABLE_ALONE,
    PACKAGES,
    ROOT,
    cycles,
    import_graph,
    leaves_first,
    module_files,
)


def test_the_import_graph_has_no_loops() -> None:
    graph = import_graph()
    assert len(graph) > 100  # the whole project was read
    assert cycles(graph) == []


def test_a_loop_is_found_even_behind_a_late_import_or_a_package_init(tmp_path: Path) -> None:
    """The checker itself: the loops this project used to have are caught."""
    files = {
        "handlers": ("handlers/__init__.py", ""),
        "handlers.commands": ("handlers/commands/__init__.py", "from handlers.commands import followups\n"),
        "handlers.commands.followups": (
            "handlers/commands/followups.py",
            "def digest():\n    from handlers.digest import reply\n",
        ),
        "handlers.commands.pipeline": ("handlers/commands/pipeline.py", ""),
        "handlers.digest": ("handlers/digest.py", "from handlers.commands.pipeline import lines\n"),
        "handlers.ok": ("handlers/ok.py", "from handlers import digest\n"),
    }
    paths = {}
    for name, (relative, source) in files.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
        paths[name] = path
    assert cycles(import_graph(paths)) == [
        ["handlers.commands", "handlers.commands.followups", "handlers.digest"]
    ]


@pytest.mark.slow
def test_each_package_imports_in_a_fresh_interpreter() -> None:
    """Every module, each top-level package in its own new interpreter, importers before what they
    import (so most modules are first loaded by importing something that needs them). The loops
    are the graph test's job; `python tests/support/imports.py` imports each module truly alone,
    in a forked child apiece (minutes on a loaded machine, so not part of the suite)."""
    files = module_files()
    graph = import_graph(files)
    runs = {}
    for package in PACKAGES:
        modules = [
            m
            for m in reversed(leaves_first(graph))
            if m.split(".")[0] == package and m not in NOT_IMPORTABLE_ALONE
        ]
        code = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
        runs[package] = subprocess.Popen(
            [sys.executable, "-c", code, *modules],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    for package, run in runs.items():
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, f"{package}: {out}{err}"
