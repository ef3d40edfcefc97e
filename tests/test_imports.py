"""No import loops anywhere: every module of the project imports on its own.

Two checks: the import graph read from the source (every import statement, late ones too), and
each module imported alone in a fresh process (forked from one that has loaded no module of ours).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.imports import ROOT, cycles, import_graph, module_files


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


def test_every_module_imports_alone() -> None:
    assert len(module_files()) > 100
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "support" / "imports.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
