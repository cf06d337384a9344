"""How the query commands print: tables on a terminal, JSON Lines / CSV / JSON when piped.

Follows sqlite-utils and datasette: the same rows, whatever the format; CSV
with a header row; JSON Lines one object per line; ``json`` an array.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from ..records import ArticleRecord, ClaimRecord, EntityRecord, Record, StatementRecord, TimeRecord
from ..safe_text import c1_positions, for_terminal, visible, visible_offset


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    """Rows as jsonl, csv or json on ``out``; returns how many.

    The rows are written exactly, except to a terminal, where they are read,
    not parsed: there control characters are made visible.
    """
    out = for_terminal(out)
    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("," if n else "") + "\n " + json.dumps(row, ensure_ascii=False))
            n += 1
        out.write("\n]\n" if n else "]\n")
    elif fmt == "csv":
        writer = None
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
                writer.writeheader()
            writer.writerow(row)
            n += 1
    else:  # pragma: no cover - click restricts the choices
        raise ValueError(fmt)
    return n


def _num(value: Any) -> str:
    return "" if value is None else f"{value:g}"


def _interval(start: Any, end: Any) -> str:
    if start is None and end is None:
        return ""
    return start if start == end else f"{start or '…'} – {end or '…'}"


def _holds(kind: Any, start: Any, end: Any) -> str:
    """When a figure holds, as a reader says it: "as of 2025-02-26", "2025-01-01 – 2025-03-27"."""
    if not kind:
        return ""
    if kind == "as_of":
        return f"as of {end}" if end else "as of ?"
    return _interval(start, end)


def _short(article_id: str) -> str:
    return article_id[:10]


def _cells(*values: Any) -> list[Any]:
    """Table cells as plain text: a '[' in an article's words is no rich markup,
    an escape code in them no command to the terminal."""
    from rich.text import Text

    return [Text(visible(v)) for v in values]


def _esc(value: Any) -> str:
    """Article-derived text inside a markup string, escaped for rich and the terminal."""
    from rich.markup import escape

    return escape(visible(value))


def claims_table(rows: Sequence[dict[str, Any]], console: Any) -> None:
    from rich.table import Table

    table = Table(title=f"{len(rows)} claims", show_lines=False)
    for col in ("published", "figure", "value", "interval", "unit", "measure", "holds", "source", "in", "article"):
        table.add_column(col, overflow="fold")
    for r in rows:
        interval = f"{r['bound'] or ''} [{_num(r['low'])}, {_num(r['high'])}]"
        source = r["source_entity"] or r["source_name"] or ""
        if source and r["source_cue"]:
            source += f" ({r['source_cue']})"
        holds = _holds(r["time_kind"], r["time_start"], r["time_end"])
        table.add_row(*_cells(
            r["published"] or "",
            r["figure"] or "",
            _num(r["value"]),
            interval,
            (r["unit"] or "") + (f" {r['change']}" if r["change"] else ""),
            r["measure"] or "",
            holds,
            source,
            str(r["articles"] or 1),
            _short(r["article_id"]),
        ))
    console.print(table)


def articles_table(rows: Sequence[dict[str, Any]], console: Any) -> None:
    from rich.table import Table

    table = Table(title=f"{len(rows)} articles")
    for col in ("id", "published", "outlet", "title", "claims", "records", "copy of", "copies", "related"):
        table.add_column(col, overflow="fold")
    for r in rows:
        outlet = r["outlet"] or ""
        if r["origin_outlet"]:
            outlet += f" (from {r['origin_outlet']})"
        table.add_row(*_cells(
            r["id"],
            r["published"] or "",
            outlet,
            (r["title"] or "")[:80],
            str(r["claims"]),
            str(r["records"]),
            _short(r["copy_of"]) if r["copy_of"] else "",
            str(r["copies"] or ""),
            str(r.get("related") or ""),
        ))
    console.print(table)


# Styles for the spans highlighted in `show`: figures stand out most.
STYLES = {"claim": "bold black on yellow", "time": "bold cyan", "entity": "underline", "statement": "italic"}


def _valid(span: Any, n: int) -> bool:
    return span is not None and 0 <= span[0] < span[1] <= n


def show_article(view: Any, console: Any) -> None:
    """The article text with its records' spans highlighted, then its records as tables."""
    from rich.text import Text

    a: ArticleRecord = view.article
    console.rule(f"[bold]{_esc(a.title or a.text.split(chr(10), 1)[0][:80])}")
    meta = [f"id {a.id}", f"published {a.published or '?'} ({a.published_source or 'unknown'})"]
    for label, value in (("outlet", a.outlet), ("origin", a.origin_outlet), ("url", a.url), ("from", a.path)):
        if value:
            meta.append(f"{label} {value}")
    console.print(_esc("  ".join(meta)))
    if view.original_id and view.original_id != a.id:
        console.print(f"[bold]republished copy[/] of {_esc(view.original_id)}")
    for c in view.copies:
        console.print(_esc(f"copy: {c['id']} published {c['published'] or '?'} {c['outlet'] or ''}"))
    for r in getattr(view, "related", ()):
        # An update of a similar report: its own claims, never folded into this one's.
        console.print(_esc(f"related ({r['kind']}, other {r['reason']}): {r['id']} published {r['published'] or '?'}"))
    text = Text(visible(a.text))
    n = len(a.text)
    # Spans index the stored text; a C1 control is shown wider than one character.
    c1 = c1_positions(a.text)
    # Lower layers first so a claim's highlight wins over an entity inside it.
    for kind in ("statement", "entity", "time", "claim"):
        for r in view.records:
            if r.TYPE == kind and _valid(getattr(r, "span", None), n):
                text.stylize(STYLES[kind], visible_offset(r.span[0], c1), visible_offset(r.span[1], c1))
    console.print()
    console.print(text)
    console.print()
    console.print(
        "legend: " + "  ".join(f"[{style}]{kind}[/]" for kind, style in STYLES.items())
    )
    record_tables(view.records, console)
    for message in view.errors:
        console.print(f"[bold red]error[/] {_esc(message)}")


def _claim_cells(c: ClaimRecord) -> tuple[str, ...]:
    q = c.quantity
    src = ""
    if c.source is not None:
        src = (c.source.entity or c.source.name) + (f" ({c.source.cue})" if c.source.cue else "")
    return (
        c.text,
        _num(q.value),
        f"{q.bound} [{_num(q.low)}, {_num(q.high)}]",
        (q.unit or "") + (f" {q.change}" if q.change else ""),
        c.measure or "",
        c.subject or "",
        "" if c.time is None else _holds(c.time.kind, c.time.start, c.time.end),
        src,
    )


def _statement_cells(s: StatementRecord) -> tuple[str, ...]:
    src = "" if s.source is None else (s.source.entity or s.source.name)
    return (src, s.cue or "", "yes" if s.direct else "", s.text)


# kind -> (record class, title, columns, fold long cells, the row of one record)
_RECORD_TABLES: dict[str, tuple[type, str, tuple[str, ...], bool, Any]] = {
    "claim": (
        ClaimRecord, "claims",
        ("figure", "value", "interval", "unit", "measure", "subject", "holds", "source"), True, _claim_cells,
    ),
    "time": (
        TimeRecord, "time expressions", ("text", "type", "value", "interval"), False,
        lambda t: (t.text, t.timex_type, t.value, _interval(t.start, t.end)),
    ),
    "entity": (
        EntityRecord, "entities", ("text", "label", "canonical", "country"), False,
        lambda e: (e.text, e.label, e.canonical or "", e.country or ""),
    ),
    "statement": (StatementRecord, "statements", ("source", "cue", "direct", "text"), True, _statement_cells),
}


def record_tables(
    records: Sequence[Record],
    console: Any,
    kinds: tuple[str, ...] = ("claim", "time", "entity", "statement"),
) -> None:
    """One table per record kind: an article's claims, times, entities and statements."""
    from rich.table import Table

    for kind in kinds:
        cls, title, columns, fold, cells = _RECORD_TABLES[kind]
        chosen = [r for r in records if isinstance(r, cls)]
        if not chosen:
            continue
        table = Table(title=title)
        for col in columns:
            if fold:
                table.add_column(col, overflow="fold")
            else:
                table.add_column(col)
        for r in chosen:
            table.add_row(*_cells(*cells(r)))
        console.print(table)


def view_records(view: Any) -> list[Record]:
    return [view.article, *view.records]
