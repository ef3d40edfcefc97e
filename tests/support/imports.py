"""The project's import graph, read from the source with `ast` (nothing of ours is imported).

Every import statement counts, wherever it stands (in a function, under TYPE_CHECKING), so a
loop cannot hide behind a late import. `import a.b.c` from module m also runs the `__init__`
of every package on the way (a, a.b) that is not one of m's own parents; those count too, so a
package `__init__` that imports its children shows up in a loop as it does at run time.
"""

from __future__ import annotations

import ast
import importlib
import os
import sys
import traceback
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("config", "crm_store", "handlers", "reminders", "bot")
# Run by Alembic inside its own context, never imported by us.
NOT_IMPORTABLE_ALONE = frozenset({"crm_store.migrations.env"})


def module_files(root: Path = ROOT) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the project's packages."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _imported(tree: ast.AST, module: str, is_package: bool) -> Iterator[tuple[str, list[str]]]:
    """(module named, names taken from it) for every import statement in the tree."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, base] if base else anchor)
            yield base, [alias.name for alias in node.names]


def _parents(module: str) -> list[str]:
    parts = module.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def import_graph(files: dict[str, Path] | None = None) -> dict[str, set[str]]:
    """module -> the project modules that importing it runs (see the module docstring)."""
    files = files or module_files()
    graph: dict[str, set[str]] = {name: set() for name in files}
    for module, path in files.items():
        own_parents = set(_parents(module))
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for target, names in _imported(tree, module, path.name == "__init__.py"):
            targets = [f"{target}.{name}" for name in names if f"{target}.{name}" in files]
            if target in files and (len(targets) < len(names) or not names):
                targets.append(target)  # `from pkg import name` where name is not a submodule
            for hit in targets:
                for step in [*_parents(hit), hit]:
                    if step in files and step != module and step not in own_parents:
                        graph[module].add(step)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other in a loop (Tarjan's strongly connected parts)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def leaves_first(graph: dict[str, set[str]]) -> list[str]:
    """Every module after the modules it imports (the graph has no loops)."""
    order: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> None:
        if node in done:
            return
        done.add(node)
        for nxt in sorted(graph[node]):
            visit(nxt)
        order.append(node)

    for node in sorted(graph):
        visit(node)
    return order


def third_party(files: dict[str, Path] | None = None) -> list[str]:
    """Top-level names of everything else the project imports (to load once, before forking)."""
    files = files or module_files()
    ours = {name.split(".")[0] for name in files}
    names: set[str] = set()
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for target, _ in _imported(tree, module, path.name == "__init__.py"):
            if target and target.split(".")[0] not in ours:
                names.add(target)
    return sorted(names)


def import_each_alone(modules: Iterable[str], preload: Iterable[str]) -> dict[str, str]:
    """Import every module in its own forked child of a process that has loaded none of ours.

    The third-party libraries are loaded once in the parent (forking keeps them), so each child
    only runs our code: a module that needs another to be imported first fails here.
    Returns module -> the error's last line, for each that failed."""
    for name in preload:
        try:
            importlib.import_module(name)
        except Exception:  # an optional extra (psycopg, readline); the child will say
            continue
    failed: dict[str, str] = {}
    for module in modules:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            os.close(read)
            code = 0
            try:
                importlib.import_module(module)
            except BaseException:  # report whatever it was
                os.write(write, traceback.format_exc().strip().splitlines()[-1].encode())
                code = 1
            os._exit(code)
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            message = pipe.read().decode(errors="replace")
        _, status = os.waitpid(pid, 0)
        if status != 0:
            failed[module] = message or f"exit status {status}"
    return failed


if __name__ == "__main__":  # python tests/support/imports.py: import every module alone
    files = module_files()
    sys.path[0] = str(ROOT)  # not tests/support, whose telegram.py would hide the SDK
    problems = import_each_alone(sorted(set(files) - NOT_IMPORTABLE_ALONE), third_party(files))
    for module, error in problems.items():
        print(f"{module}: {error}")
    sys.exit(1 if problems else 0)
