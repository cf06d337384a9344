"""How the commands print: rich tables on a terminal, JSON Lines / CSV / JSON when piped.

Follows sqlite-utils and datasette: the same rows, whatever the format; CSV
with a header row; JSON Lines one object per line; ``json`` an array. The
rows and records come from the library; only this module knows how they look.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

from ..records import ArticleRecord, ErrorRecord, Record, shown_kinds
from ..records.kind import holds as _holds, interval as _interval, num as _num
from ..safe_text import c1_positions, for_terminal, visible, visible_offset
from ..store.export import write_rows
from .options import output_format


def write_jsonl(records: Iterable[Record], out: TextIO) -> None:
    """Records in the output contract's form, one JSON object a line, as ``extract`` prints them."""
    out = for_terminal(out)
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False))
        out.write("\n")


def emit_rows(rows: list[dict[str, Any]], fmt: str | None, table: Callable[[Any, Any], None]) -> None:
    """Query rows as a rich table on a terminal (or when asked), else JSONL/CSV/JSON."""
    if output_format(fmt) == "table":
        from rich.console import Console

        table(rows, Console())
    else:
        write_rows(rows, output_format(fmt), sys.stdout)


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


def claims_table(rows: Sequence[dict[str, Any]], console: Any, *, with_sentence: bool = False) -> None:
    from rich.table import Table

    table = Table(title=f"{len(rows)} claims", show_lines=with_sentence)
    columns = ("published", "figure", "value", "interval", "unit", "measure", "holds", "source", "in", "article")
    for col in columns + (("sentence",) if with_sentence else ()):
        table.add_column(col, overflow="fold")
    for r in rows:
        interval = f"{r['bound'] or ''} [{_num(r['low'])}, {_num(r['high'])}]"
        source = r["source_entity"] or r["source_name"] or ""
        if source and r["source_cue"]:
            source += f" ({r['source_cue']})"
        if source and r.get("source_via"):
            source += f" via {r['source_via']}"
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
            *((r.get("sentence") or "",) if with_sentence else ()),
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
# kind -> the style that marks its spans in `show`, in display order.
STYLES = {k.name: k.display.style for k in shown_kinds() if k.display.style}


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
    for kind in reversed(STYLES):
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


def record_tables(records: Sequence[Record], console: Any, kinds: tuple[str, ...] | None = None) -> None:
    """One table per record kind that has a display (records/registry.py): an article's
    claims, times, entities and statements; ``kinds`` names the ones to show."""
    from rich.table import Table

    for kind in shown_kinds():
        if kinds is not None and kind.name not in kinds:
            continue
        shown = kind.display
        chosen = [r for r in records if isinstance(r, kind.cls)]
        if not chosen:
            continue
        table = Table(title=shown.title)
        for col in shown.columns:
            table.add_column(col, overflow="fold" if shown.fold else "ellipsis")  # ellipsis: rich's default
        for r in chosen:
            table.add_row(*_cells(*shown.cells(r)))
        console.print(table)


def view_records(view: Any) -> list[Record]:
    return [view.article, *view.records]


def how_many(n: int, kind: str) -> str:
    """'1 entity', '4 entities', '4 statements'."""
    if n == 1:
        return f"1 {kind}"
    return f"{n} {kind[:-1]}ies" if kind.endswith("y") else f"{n} {kind}s"


# What `extract --format table` shows in full; the other kinds it only counts.
SUMMARY_KINDS = ("claim", "time")


def print_tables(groups: Iterable[list[Record]], console: Any) -> None:
    """Readable tables for a terminal: each article with its claims and times."""
    for records in groups:
        head = records[0]
        if isinstance(head, ErrorRecord):
            console.print(f"[bold red]error[/] {_esc(head.message)}")
            continue
        assert isinstance(head, ArticleRecord)
        title = head.title or head.text.split("\n", 1)[0][:80]
        console.rule(f"[bold]{_esc(title)}")
        console.print(
            _esc(
                f"id {head.id}  published {head.published or '?'} ({head.published_source or 'unknown'})"
                + (f"  outlet {head.outlet}" if head.outlet else "")
                + (f"  origin {head.origin_outlet}" if head.origin_outlet else "")
            )
        )
        record_tables(records[1:], console, kinds=SUMMARY_KINDS)
        for r in records[1:]:
            if isinstance(r, ErrorRecord):
                console.print(f"[bold red]error[/] {_esc(r.message)}")
        counts: dict[str, int] = {}
        for r in records[1:]:
            if r.TYPE not in SUMMARY_KINDS:
                counts[r.TYPE] = counts.get(r.TYPE, 0) + 1
        if counts:
            console.print("also: " + ", ".join(how_many(n, t) for t, n in counts.items()))


def series_table(rows: Sequence[dict[str, Any]], console: Any) -> None:
    from rich.table import Table

    table = Table(title=f"{len(rows)} series")
    for col in ("id", "series", "members", "sources", "from", "to", "flags"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(*_cells(
            r["id"], r["label"], str(r["n_members"]), str(r["n_sources"]), r["first_date"] or "",
            r["last_date"] or "", r["flag_kinds"] or "",
        ))
    console.print(table)


def _bar(low: float, best: float, high: float, lo: float, hi: float, width: int = 30) -> str:
    """One low-high bar on a shared scale, the best value marked: ``   ├──●───┤``."""
    if hi <= lo:
        return " " * (width // 2) + "●"
    def at(v: float) -> int:
        return max(0, min(width - 1, round((v - lo) / (hi - lo) * (width - 1))))
    a, b, m = at(low), at(high), at(best)
    cells = [" "] * width
    for i in range(a, b + 1):
        cells[i] = "─"
    cells[a], cells[b] = "├", "┤"
    cells[m] = "●"
    return "".join(cells).rstrip()


def show_series_view(record: Any, console: Any) -> None:
    """A series: its members by date and source, the estimate as bars, and the flags explained."""
    from rich.table import Table

    console.rule(f"[bold]{_esc(record.label)}")
    console.print(_esc(f"id {record.id}  class {record.measure_class}  unit {record.unit or 'count'}  per {record.per}"))
    table = Table(title="members (copies of one report are one member)")
    for col in ("#", "as of", "figure", "interval", "source", "outlets", "article"):
        table.add_column(col, overflow="fold")
    for i, m in enumerate(record.members):
        as_of = (m.as_of or "?") + (" (published)" if m.as_of_basis == "published_fallback" else "")
        table.add_row(*_cells(
            str(i), as_of, m.text or _num(m.value), f"{m.bound} [{_num(m.low)}, {_num(m.high)}]",
            m.source or "(the outlet)", ", ".join(m.outlets) or (m.outlet or ""), _short(m.article_id),
        ))
    console.print(table)
    if record.estimate:
        values = [v for e in record.estimate for v in (e.low, e.high)]
        lo, hi = min(values), max(values)
        chart = Table(title="estimate per date (low ├─●─┤ high, best ●)")
        for col in ("date", "low", "best", "high", "sources", ""):
            chart.add_column(col, overflow="fold")
        for e in record.estimate:
            chart.add_row(e.date, _num(e.low), _num(e.best), _num(e.high), str(e.sources),
                          _bar(e.low, e.best, e.high, lo, hi))
        console.print(chart)
    for f in record.flags:
        console.print(f"[bold red]{f.kind}[/] (members {', '.join(map(str, f.members))}): {_esc(f.note)}")
    if not record.flags:
        console.print("no flags")
