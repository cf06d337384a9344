"""The language data lives in ``newsledger/lang/``: one place per word list, and no logic."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import newsledger
from newsledger.lang.en import calendar, numbers

SRC = Path(newsledger.__file__).parent
LANG = SRC / "lang"


def _sources(outside_lang: bool) -> list[Path]:
    return [p for p in SRC.rglob("*.py") if (LANG in p.parents) != outside_lang]


def _string_collections(tree: ast.AST) -> list[set[str]]:
    """Lower-cased string literals of every tuple, list, set and dict-key collection in the tree."""
    found = []
    docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    for node in ast.walk(tree):
        elts = node.keys if isinstance(node, ast.Dict) else getattr(node, "elts", None)
        if isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict)) and elts:
            found.append({e.value.lower() for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)})
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            # "january february ...".split() and "January|February|..." alternations
            found.append({w.lower() for w in re.split(r"[\s|()?:]+", node.value) if w})
    return found


def test_month_and_weekday_names_are_listed_only_in_lang():
    months, weekdays = set(calendar.MONTHS), set(calendar.WEEKDAYS)
    offenders = []
    for path in _sources(outside_lang=True):
        for words in _string_collections(ast.parse(path.read_text(encoding="utf-8"))):
            # three names in one literal or collection is a list of them, not a mention
            if len(words & months) >= 3 or len(words & weekdays) >= 3:
                offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


def test_number_words_are_listed_only_in_lang():
    cardinals = set(numbers.UNITS_WORDS) | set(numbers.TENS_WORDS)
    offenders = []
    for path in _sources(outside_lang=True):
        for words in _string_collections(ast.parse(path.read_text(encoding="utf-8"))):
            # "one" and "a" stand in many rules; four cardinals together are a list of them
            if len(words & cardinals) >= 4:
                offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


def test_sources_takes_reporting_words_from_lang_not_from_attribution():
    tree = ast.parse((SRC / "nlp" / "sources.py").read_text(encoding="utf-8"))
    private = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name.startswith("_")
    ]
    assert private == []


def test_month_and_weekday_patterns_match_what_news_writes():
    assert re.fullmatch(calendar.MONTH_ABBR_RE, "Sept.") and re.fullmatch(calendar.MONTH_ABBR_RE, "Jan")
    assert re.fullmatch(calendar.MONTH_TITLE_RE, "December") and not re.fullmatch(calendar.MONTH_TITLE_RE, "december")
    assert re.fullmatch(calendar.WEEKDAY_UPPER_RE, "SUNDAY")
    assert {"jan.", "sept", "may"} <= calendar.MONTH_TOKENS and {"tues", "sunday"} <= calendar.WEEKDAY_TOKENS


def test_lang_imports_nothing_from_newsledger_outside_lang():
    for path in _sources(outside_lang=False):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                target = node.module or ""
                if node.level:
                    # a relative import may climb only as far as lang/ itself
                    depth = len(path.relative_to(LANG).parts) - 1
                    assert node.level <= depth + 1, (path, node.level)
                else:
                    assert not target.startswith("newsledger") or target.startswith("newsledger.lang"), (path, target)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    assert not alias.name.startswith("newsledger") or alias.name.startswith("newsledger.lang")
            # language data is data: no functions or classes, only patterns built from lists
            assert not isinstance(node, (ast.FunctionDef, ast.ClassDef)), (path, node.name)


def test_lang_names_are_public():
    for path in _sources(outside_lang=False):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
            if isinstance(target, ast.Name):
                assert not target.id.startswith("_"), (path, target.id)
