"""No package imports a layer above it (ARCHITECTURE.md); a new package must be given a layer first."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "newsledger"

# ARCHITECTURE.md's table: the part of newsledger a module belongs to, and its layer.
LAYERS = {
    "__init__": 0, "records": 0, "errors": 0, "safe_text": 0,
    "lang": 1, "records_schema": 1,
    "nlp": 2, "ingest": 2,
    "extract": 3,
    "reconcile": 4, "store": 4,
    "run": 5,
    "cli": 6, "web": 6,
}
# Beside each other on one layer, one may ask the other (never the reverse).
SIDEWAYS = {("store", "reconcile"), ("cli", "web")}


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports() -> list[tuple[str, str, str]]:
    """(file, importing part, imported part) for every import of newsledger inside it."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC.parent).with_suffix("")
        module = ".".join(rel.parts)
        package = module[: -len(".__init__")] if module.endswith(".__init__") else module.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    targets = [".".join(base + ([node.module] if node.module else []))]
                else:
                    targets = [node.module or ""]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            for target in targets:
                if target == "newsledger" or target.startswith("newsledger."):
                    found.append((str(path.relative_to(SRC)), _part(module), _part(target)))
    return found


def test_every_part_of_newsledger_has_a_layer():
    parts = {p.stem if p.is_file() else p.name for p in SRC.iterdir() if (p.suffix == ".py" or (p / "__init__.py").exists())}
    assert parts - set(LAYERS) == set(), "give each new package its layer in ARCHITECTURE.md and LAYERS"


def test_no_import_points_up_the_stack():
    wrong = [
        f"{file}: {a} (layer {LAYERS[a]}) imports {b} (layer {LAYERS[b]})"
        for file, a, b in _imports()
        if a != b and LAYERS[b] >= LAYERS[a] and (a, b) not in SIDEWAYS
    ]
    assert wrong == []


def test_the_check_sees_imports():
    # A check that found no imports would pass on anything.
    pairs = {(a, b) for _, a, b in _imports()}
    assert ("cli", "store") in pairs and ("store", "reconcile") in pairs and ("nlp", "lang") in pairs


def _module_graph() -> dict[str, set[str]]:
    """Module -> the newsledger modules it imports, at the top or inside a function.

    An import deferred into a function still ties the two modules together
    (readers and feeds once did so both ways), so it counts. ``from . import
    x`` counts as importing the submodule x, not the package: a parent
    package is imported before any of its modules anyway.
    """
    paths = {}
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC.parent).with_suffix("")
        module = ".".join(rel.parts)
        paths[module[: -len(".__init__")] if module.endswith(".__init__") else module] = path
    graph: dict[str, set[str]] = {m: set() for m in paths}
    for module, path in paths.items():
        package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join(parts + ([node.module] if node.module else []))
                for alias in node.names:
                    target = f"{base}.{alias.name}" if f"{base}.{alias.name}" in paths else base
                    if target in paths and target != module:
                        graph[module].add(target)
            elif isinstance(node, ast.Import):
                graph[module] |= {a.name for a in node.names if a.name in paths and a.name != module}
    return graph


def test_no_import_circle():
    graph = _module_graph()
    assert sum(len(v) for v in graph.values()) > 50  # the check sees the imports
    state: dict[str, int] = {}
    circles = []

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                circles.append(" -> ".join(trail[trail.index(target):] + [target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert circles == []
