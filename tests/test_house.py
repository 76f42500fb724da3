"""House rules checked on the source: the core never imports Qt or the UI, and no two
modules of the project import each other (directly or round a longer loop).

The import graph is read with ``ast`` from every module of ``app/`` and ``ui/``, with
imports inside functions and ``if TYPE_CHECKING:`` blocks too: a cycle hidden there
still ties two modules together for a reader and for mypy."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "ui")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    return {
        module_name(p): p
        for package in PACKAGES
        for p in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in p.parts  # Alembic loads these by path, not by import
    }


def imported_names(path: Path, name: str) -> set[str]:
    """Every module name an import statement in ``path`` can mean (``from a import b``
    may import module ``a.b`` or a name defined in ``a``: both are listed)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                origin = ".".join([*base, node.module] if node.module else base)
            else:
                origin = node.module or ""
            found.add(origin)
            found.update(f"{origin}.{alias.name}" for alias in node.names)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in imported_names(path, name):
            # "import app.db.errors" also runs app/__init__ and app/db/__init__, but a
            # package's __init__ importing nothing of its children adds no loop.
            if imported in modules and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return cycles


def test_the_graph_sees_the_project() -> None:
    graph = import_graph()
    assert len(graph) > 50
    assert "app.db.errors" in graph["ui.errors"]
    # Imports inside functions and TYPE_CHECKING blocks count too.
    assert "ui.strategy.export" in graph["ui.strategy.plan_actions"]
    assert "app.workspace" in graph["ui.widgets.editing"]


def test_cycle_finder_names_a_loop() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(graph) == [["a", "b", "c"]]


def test_no_two_modules_import_each_other() -> None:
    cycles = find_cycles(import_graph())
    assert cycles == [], "import cycles: " + "; ".join(" ↔ ".join(c) for c in cycles)


def test_core_never_imports_the_ui_or_qt() -> None:
    """Read from the source, so an import inside a function is caught too."""
    bad = {
        name: sorted(
            i
            for i in imported_names(path, name)
            if i.split(".")[0] in {"ui", "PySide6", "shiboken6", "PyQt5", "PyQt6"}
        )
        for name, path in project_modules().items()
        if name.split(".")[0] == "app"
    }
    assert {k: v for k, v in bad.items() if v} == {}


CORE_IMPORT = """
import importlib, pkgutil, sys
import app
names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.")
         if not m.name.startswith("app.migrations")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"})
print(len(names), qt)
"""


def test_every_app_module_imports_without_qt() -> None:
    """And when run: importing every core module in a fresh interpreter loads no Qt."""
    out = subprocess.run(
        [sys.executable, "-c", CORE_IMPORT], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split(" ", 1)
    assert int(out[0]) >= 10, "the walk found too few modules to mean anything"
    assert out[1].strip() == "[]"
