"""TempEval-3 training data (TBAQ-cleaned) for newsledger's benchmarks: time expressions and publication dates.

    python benchmarks/tempeval.py [--json] [--errors]        (publication dates)
    python benchmarks/accuracy.py --only tempeval            (time expressions)

256 TimeML news documents (TimeBank 1.2 and AQUAINT: AP, NYT, Xinhua, WSJ,
broadcast transcripts of 1989-2000), each with its document creation time
(DCT) and TIMEX3 annotations in its ``<TEXT>``. Reads ../shared/eval at run
time; nothing of the corpus is copied into the repo. ``testpipeline/`` holds
a copy of one TimeBank file and is skipped.

The text of a document is its ``<TEXT>`` with the tags removed and the ends
trimmed; each TIMEX3 keeps its character span in that text.

times (scored by ``accuracy.py``'s ``tempeval`` section; this module only reads the corpus)
  newsledger's extractor runs over each text with the DCT's date as the
  publication date, and its ``time`` records are scored by
  :func:`accuracy.score_times`, so every figure has the MEANTIME definition
  (relaxed overlap span P/R/F1, exact spans, ``value_accuracy`` of all gold
  timexes, per-type value accuracy). The gold is every TIMEX3 of the text
  except the one marked as the document's own date: the six Xinhua datelines
  whose date is annotated ``functionInDocument="PUBLICATION_TIME"`` play the
  part of MEANTIME's creation time (left out of gold; system times on them
  left out of precision). The whole text is annotated.

pubdate (publication-date inference from text alone)
  ``infer_published`` reads what a wire body would carry: the title line
  where the document has one, a blank line, and the text (which keeps any
  dateline of its own, "WASHINGTON, August 11 (Xinhua) --", "HAVANA (AP) --";
  the DCT, DOCID and EXTRAINFO, which hold the date, are not given). A
  guess is *exact* when it is the DCT's date, *near* when within one day
  (Xinhua's datelines are often the day before the DCT), *wrong* otherwise;
  ``inferred`` is the share of documents with any guess (``tempeval_*``).
  Two readings of "today" (the latest date a guess may take):

  - ``feed``: today is the DCT plus 7 days, a reader of a live feed;
  - ``archive``: today is 2000-12-31 (after the corpus's latest DCT), a reader
    of an archive, where a year-less date must find its year in the text.

  Two more sets of real text, read the same two ways (their own dates as
  gold; nothing of them is copied): ``polnear_*``, the 840 PolNeAR train
  articles of seven US outlets (2015-16), gold the date in each file's name,
  archive today 2017-06-30; ``meantime_*``, the 120 MEANTIME Wikinews
  articles (text rebuilt by :mod:`meantime`, a date line under the title),
  gold the creation time, archive today 2015-12-31.

  ``synthetic_*`` (labelled synthetic: the stamps are ours, built from the
  gold DCT, not the corpus's): the same texts with a stamp line in one of
  :data:`STAMP_FORMATS` under the title (on top where there is none), in the
  archive reading, per format and
  overall; and ``synthetic_url``, the text with a dated URL (one of
  :data:`URL_FORMATS`). ``synthetic_conflict``: a "Published" stamp with an
  "Updated" stamp two days later, where the published one is right.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

SHARED = Path(os.environ.get("NEWSLEDGER_SHARED", ROOT.parent / "shared"))
TEMPEVAL_DIR = SHARED / "eval" / "tempeval3-train" / "data" / "TempEval3" / "Training" / "TBAQ-cleaned"
SUBCORPORA = ("TimeBank", "AQUAINT")
SECTIONS = ("pubdate",)
ARCHIVE_TODAY = dt.date(2000, 12, 31)
FEED_DAYS = 7

Span = tuple[int, int]


class TempevalError(Exception):
    """A TimeML file this reader cannot read, or the corpus is missing."""


@dataclass(frozen=True)
class Timex:
    """One TIMEX3 of the text; the field names are MEANTIME's so one scorer serves both."""

    m_id: str
    span: Span
    text: str
    type: str
    value: str
    function: str = "NONE"


@dataclass(frozen=True)
class TempevalDoc:
    doc_id: str
    corpus: str
    path: str
    title: str
    text: str
    dct: dt.date
    dct_value: str
    """The DCT's TimeML value ("1998-02-13T14:35:00"), time of day where the corpus gives one."""
    timexes: tuple[Timex, ...]
    """Every TIMEX3 of the text but the document's own date."""
    creation_timex: Timex | None
    """The text's own date (a dateline annotated PUBLICATION_TIME), if it has one."""

    def annotated(self, span: Span | None) -> bool:
        """The whole text is annotated (unlike MEANTIME, whose later sentences are not)."""
        return span is not None

    @property
    def wire_text(self) -> str:
        """What the publication-date figures read: the title line, if any, then the text."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text


def _flatten(elem: ET.Element) -> tuple[str, list[tuple[ET.Element, int, int]]]:
    """The element's text without tags, and each TIMEX3 inside it with its span."""
    parts: list[str] = []
    spans: list[tuple[ET.Element, int, int]] = []
    pos = 0

    def walk(e: ET.Element) -> None:
        nonlocal pos
        if e.text:
            parts.append(e.text)
            pos += len(e.text)
        for child in e:
            start = pos
            walk(child)
            if child.tag == "TIMEX3":
                spans.append((child, start, pos))
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)

    walk(elem)
    return "".join(parts), spans


def read_doc(path: Path) -> TempevalDoc:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise TempevalError(f"{path}: not well-formed XML ({exc})") from exc
    dct_elem = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    if dct_elem is None or body is None:
        raise TempevalError(f"{path}: no DCT or no TEXT")
    dct_value = dct_elem.get("value", "")
    try:
        dct = dt.date.fromisoformat(dct_value[:10])
    except ValueError as exc:
        raise TempevalError(f"{path}: DCT value {dct_value!r} is no date") from exc
    raw, spans = _flatten(body)
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    timexes: list[Timex] = []
    creation: Timex | None = None
    for elem, start, end in spans:
        a, b = start - lead, end - lead
        if a < 0 or b > len(text) or a >= b:
            continue
        timex = Timex(elem.get("tid", ""), (a, b), text[a:b], elem.get("type", ""), elem.get("value", ""),
                      elem.get("functionInDocument", "NONE") or "NONE")
        if timex.function in ("CREATION_TIME", "PUBLICATION_TIME"):
            creation = creation or timex
        else:
            timexes.append(timex)
    title_elem = root.find("TITLE")
    title = " ".join((title_elem.text or "").split()) if title_elem is not None else ""
    return TempevalDoc(
        doc_id=(root.findtext("DOCID") or path.stem).strip(), corpus=path.parent.name, path=str(path),
        title=title, text=text, dct=dct, dct_value=dct_value,
        timexes=tuple(sorted(timexes, key=lambda t: t.span)), creation_timex=creation,
    )


def read_all(directory: Path = TEMPEVAL_DIR) -> list[TempevalDoc]:
    paths = [p for sub in SUBCORPORA for p in sorted((Path(directory) / sub).glob("*.tml"))]
    if not paths:
        raise TempevalError(f"no TimeML files under {directory}")
    return [read_doc(p) for p in paths]


# -- times -------------------------------------------------------------------


# -- publication dates -------------------------------------------------------


def _clock(doc: TempevalDoc) -> tuple[int, int]:
    """The DCT's time of day, else a plausible wire hour."""
    rest = doc.dct_value[11:16]
    try:
        return int(rest[:2]), int(rest[3:5])
    except ValueError:
        return 9, 43


def _mon(d: dt.date) -> str:
    """Month abbreviation as AP style writes it: May, June and July in full, September as Sept."""
    name = d.strftime("%B")
    return {"May": "May", "June": "June", "July": "July", "September": "Sept."}.get(name, name[:3] + ".")


# Stamp lines as web and wire copy print them (our own formats, filled from the gold DCT).
STAMP_FORMATS: dict[str, Callable[[dt.date, int, int], str]] = {
    "published_colon_abbr": lambda d, h, m: f"Published: {d.day} {_mon(d)} {d.year}, {h:02d}:{m:02d}",
    "published_us": lambda d, h, m: f"Published {d:%B} {d.day}, {d.year}",
    "updated_iso": lambda d, h, m: f"Updated {d.isoformat()}T{h:02d}:{m:02d}Z",
    "posted_slash": lambda d, h, m: f"Posted on {d.month}/{d.day}/{d.year}",
    "last_updated_weekday": lambda d, h, m: f"Last updated: {d:%A}, {d:%B} {d.day}, {d.year} {(h - 1) % 12 + 1}:{m:02d} "
                                            f"{'p.m.' if h >= 12 else 'a.m.'} EST",
    "iso_line": lambda d, h, m: f"{d.isoformat()}T{h:02d}:{m:02d}:00+00:00",
    "byline_bar": lambda d, h, m: f"By Staff Reporter | {_mon(d)} {d.day}, {d.year} {h:02d}:{m:02d} GMT",
    "published_time_first": lambda d, h, m: f"Published {h:02d}:{m:02d} GMT, {d.day} {d:%B} {d.year}",
}
URL_FORMATS: dict[str, Callable[[dt.date], str]] = {
    "path": lambda d: f"https://news.example.com/world/{d.year}/{d.month:02d}/{d.day:02d}/talks-resume/",
    "compact": lambda d: f"https://www.example.org/news/{d:%Y%m%d}/story-4431.html",
    "slug": lambda d: f"https://example.net/politics/vote-count-{d.isoformat()}-final",
}


def _stamped(doc: TempevalDoc, stamp: str) -> str:
    """The text with a stamp where a page prints it: under the headline, else on top."""
    return f"{doc.title}\n{stamp}\n\n{doc.text}" if doc.title else f"{stamp}\n{doc.text}"


def _tally(pairs: Iterable[tuple[dt.date | None, dt.date]]) -> dict[str, float]:
    n = inferred = exact = near = 0
    for got, gold in pairs:
        n += 1
        if got is None:
            continue
        inferred += 1
        exact += got == gold
        near += abs((got - gold).days) <= 1
    share = lambda k: k / n if n else 0.0  # noqa: E731
    return {"inferred": share(inferred), "exact": share(exact), "near": share(near), "wrong": share(inferred - near),
            "docs": float(n)}


POLNEAR_DIR = SHARED / "eval" / "polnear-train" / "data" / "train" / "text"


def _polnear() -> list[tuple[str, str, dt.date]]:
    """(name, text, date) of each PolNeAR train article; the date is the one in its file name."""
    out = []
    for path in sorted(POLNEAR_DIR.glob("*.txt")):
        parts = path.stem.split("_")
        try:
            out.append((path.stem, path.read_text(encoding="utf-8"), dt.date.fromisoformat(parts[1])))
        except (IndexError, ValueError):
            continue
    return out


def _meantime() -> list[tuple[str, str, dt.date]]:
    import meantime

    if not meantime.MEANTIME_DIR.exists():
        return []
    return [(d.doc_id, d.text, d.creation_date) for d in meantime.read_all() if d.creation_date]


def evaluate_pubdate(docs: Sequence[TempevalDoc], errors: list[str] | None = None) -> dict[str, float]:
    """Shares of documents whose publication date is inferred, exactly right, within a day, wrong."""
    from newsledger.nlp.pubdate import infer_published

    def call(text: str, today: dt.date, **kw: Any) -> dt.date | None:
        try:
            return infer_published(text, today=today, **kw)
        except TypeError:  # an infer_published without the url keyword (before issue 9)
            return None

    out: dict[str, float] = {}
    sets = (("tempeval", [(d.doc_id, d.wire_text, d.dct) for d in docs], ARCHIVE_TODAY),
            ("polnear", _polnear(), dt.date(2017, 6, 30)), ("meantime", _meantime(), dt.date(2015, 12, 31)))
    for name, items, archive_today in sets:
        if not items:
            continue
        for reading in ("feed", "archive"):
            pairs = []
            for item_id, text, gold in items:
                got = call(text, gold + dt.timedelta(days=FEED_DAYS) if reading == "feed" else archive_today)
                pairs.append((got, gold))
                if errors is not None and got is not None and abs((got - gold).days) > 1:
                    errors.append(f"WRONG {name} {reading} {item_id}: gold {gold} got {got}: {text[:80]!r}")
            out |= {f"{name}_{reading}_{k}": v for k, v in _tally(pairs).items()}
    every: list[tuple[dt.date | None, dt.date]] = []
    for name, fmt in STAMP_FORMATS.items():
        pairs = [(call(_stamped(d, fmt(d.dct, *_clock(d))), ARCHIVE_TODAY), d.dct) for d in docs]
        every.extend(pairs)
        out[f"synthetic_stamp_{name}_exact"] = _tally(pairs)["exact"]
    out |= {f"synthetic_stamp_{k}": v for k, v in _tally(every).items() if k != "docs"}
    every = []
    for name, url in URL_FORMATS.items():
        pairs = [(call(d.wire_text, ARCHIVE_TODAY, url=url(d.dct)), d.dct) for d in docs]
        every.extend(pairs)
        out[f"synthetic_url_{name}_exact"] = _tally(pairs)["exact"]
    out |= {f"synthetic_url_{k}": v for k, v in _tally(every).items() if k != "docs"}
    pairs = []
    for d in docs:
        h, m = _clock(d)
        later = d.dct + dt.timedelta(days=2)
        stamp = f"Published {d.dct:%B} {d.dct.day}, {d.dct.year} {h:02d}:{m:02d} ET\nUpdated {later:%B} {later.day}, {later.year}\n"
        pairs.append((call(_stamped(d, stamp.rstrip("\n")), ARCHIVE_TODAY), d.dct))
    out |= {f"synthetic_conflict_{k}": v for k, v in _tally(pairs).items() if k != "docs"}
    return out


# -- the run -----------------------------------------------------------------


def evaluate(only: Iterable[str] = SECTIONS, errors: list[str] | None = None) -> dict[str, dict[str, float]]:
    """Every figure, by section, plus run facts under ``_run``."""
    docs = read_all()
    results: dict[str, dict[str, float]] = {}
    run: dict[str, float] = {"docs": float(len(docs))}
    if "pubdate" in only:
        started = time.perf_counter()
        results["pubdate"] = evaluate_pubdate(docs, errors)
        run["pubdate_seconds"] = time.perf_counter() - started
    results["_run"] = run
    return results


def table(results: dict[str, dict[str, float]]) -> str:
    rows = []
    for section, figures in results.items():
        if section.startswith("_"):
            continue
        rows.append(f"{section}")
        for key, value in figures.items():
            shown = f"{int(value)}" if key in ("gold", "system", "docs", "docs_with_errors") or key.startswith("gold_") \
                or key.endswith("_docs") else f"{value:.3f}"
            rows.append(f"  {key:<44} {shown:>7}")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default=",".join(SECTIONS), help="comma list of: " + ",".join(SECTIONS))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--errors", action="store_true", help="print what went wrong")
    args = ap.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    if set(only) - set(SECTIONS):
        ap.error(f"unknown section(s): {', '.join(sorted(set(only) - set(SECTIONS)))}")
    errors: list[str] | None = [] if args.errors else None
    try:
        results = evaluate(only, errors=errors)
    except TempevalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(table(results))
    for line in errors or ():
        print(f"[pubdate] {line}", file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
