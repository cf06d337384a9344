"""Article in, records out: the one entry point shared by the CLI, the run layer and workers.

:class:`Extractor` turns raw articles into record lists: clean, settle the
publication date, run one spaCy pass with newsledger's components, and gather
what they assigned into records. Bad input and failures inside the pipeline
become ``error`` records for that article alone; the rest goes on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import InputError
from .ingest.clean import Cleaned, clean_html, clean_text, headline_of
from .ingest.article import Item, RawArticle
from .records import ArticleRecord, ErrorRecord, Record, Span, article_id_for, doc_kinds

# The record kinds the components leave on a Doc (records/registry.py).
DOC_KINDS = doc_kinds()

# Headlines an article may carry beside its text, read as texts of their own:
# their figures can contradict the body's (a series' `internal` flag).
HEADLINE_PARTS = ("title", "origin_title")
_PART_ORDER = {"text": 0, "title": 1, "origin_title": 2}
# Longer than any headline: a "title" field holding a whole text is not read twice.
MAX_HEADLINE_CHARS = 400

# spaCy's parser wants bounded documents; longer texts are cut into pieces at
# paragraph (else sentence) boundaries and their spans shifted back. It is also
# the most text the pipeline holds at once: memory follows it, not the input.
MAX_CHUNK_CHARS = 100_000

# The longest raw input (text or HTML, in characters) extracted by default. A
# longer one is an error record: it is more likely a dump than an article, and
# its records alone (one per figure, name and date) would fill memory.
DEFAULT_MAX_CHARS = 5_000_000


# Years a publication date may have. Outside them lie placeholders such as
# 0001-01-01 (a zero timestamp) and 9999-12-31, against which "last year" or
# "two days ago" cannot be resolved (the date arithmetic overflows).
MIN_YEAR, MAX_YEAR = 1000, 9000


def plausible_date(day: dt.date | None) -> dt.date | None:
    """The date where its year is in MIN_YEAR..MAX_YEAR, else None."""
    return day if day is not None and MIN_YEAR <= day.year <= MAX_YEAR else None


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date or datetime (or a common written date) to a date, else None."""
    if not value:
        return None
    text = value.strip()
    try:
        return plausible_date(dt.date.fromisoformat(text[:10]))
    except ValueError:
        pass
    if not re.search(r"(?<!\d)\d{4}(?!\d)", text):
        # dateutil fills a missing year or month from today: "12" would become
        # the 12th of the current month. A date without its year is no date.
        return None
    try:
        from dateutil import parser as date_parser

        return plausible_date(date_parser.parse(text, fuzzy=False).date())
    except (ValueError, OverflowError, TypeError):
        return None


@dataclass(frozen=True)
class Prepared:
    """A cleaned article ready for the pipeline."""

    article: ArticleRecord
    published: dt.date | None


def where_from(raw: RawArticle) -> str:
    """Where an input came from, for messages: path:line, the path, or <stdin>:line."""
    if raw.path and raw.line:
        return f"{raw.path}:{raw.line}"
    return raw.path or (f"<stdin>:{raw.line}" if raw.line else "<input>")


def prepare(
    raw: RawArticle, default_published: dt.date | None = None, today: dt.date | None = None
) -> Prepared | ErrorRecord:
    """Clean one raw article and settle its publication date and id."""
    from .nlp.pubdate import infer_published

    try:
        cleaned: Cleaned = clean_html(raw.html, raw.url) if raw.html is not None else clean_text(raw.text or "")
    except InputError as exc:
        return ErrorRecord(raw.id, f"{where_from(raw)}: {exc}", raw.path, raw.line)
    published, source = parse_date(raw.published), "given"
    if published is None and raw.published and raw.published.strip():
        return ErrorRecord(
            raw.id, f"{where_from(raw)}: published {raw.published!r} is not a usable date (YYYY-MM-DD, year {MIN_YEAR}-{MAX_YEAR})", raw.path, raw.line
        )
    if published is None and cleaned.published:
        published, source = parse_date(cleaned.published), "metadata"
    if published is None and default_published is not None:
        published, source = default_published, "given"
    if published is None:
        # A dated URL (/2025/03/27/) is evidence too, weighed with the text's own.
        published, source = infer_published(cleaned.text, today=today, url=raw.url or cleaned.url), "inferred"
    article_id = raw.id or article_id_for(cleaned.text)
    article = ArticleRecord(
        article_id=article_id,
        id=article_id,
        text=cleaned.text,
        # a plain text's first line, where it is a headline
        title=raw.title or cleaned.title or (headline_of(cleaned.text) if raw.html is None else None),
        url=raw.url or cleaned.url,
        outlet=raw.outlet or cleaned.outlet,
        language="en",
        published=published.isoformat() if published else None,
        published_source=source if published else None,
        origin_outlet=cleaned.origin_outlet,
        origin_title=cleaned.origin_title,
        path=raw.path,
        line=raw.line,
    )
    return Prepared(article, published)


def split_text(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut text into (offset, piece) parts of at most ``limit`` characters."""
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = window.rfind("\n")
        if cut < limit // 2:
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
            cut = cut + 1 if cut >= limit // 2 else limit
        else:
            cut += 1
        parts.append((start, text[start : start + cut]))
        start += cut
    parts.append((start, text[start:]))
    return parts


def _is_span_field(f: dataclasses.Field) -> bool:
    # Read off the annotation, so that every span-typed field moves, whatever its
    # name ("span", "sentence_span", an event's counts "dead", "injured", ...).
    return "Span" in str(f.type)


def _shift(value: Any, offset: int) -> Any:
    """A record (or nested value) with every span moved right by ``offset``."""
    if offset == 0 or not dataclasses.is_dataclass(value):
        return value
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(value):
        current = getattr(value, f.name)
        if current is not None and _is_span_field(f) and isinstance(current, tuple) and len(current) == 2:
            changes[f.name] = (current[0] + offset, current[1] + offset)
        elif dataclasses.is_dataclass(current):
            changes[f.name] = _shift(current, offset)
    return dataclasses.replace(value, **changes) if changes else value


def _article_error(article: ArticleRecord, message: str) -> ErrorRecord:
    """An error record about one article, naming where it came from."""
    where = article.path or article.id
    if article.line:
        where = f"{where}:{article.line}"
    return ErrorRecord(article.id, f"{where}: {message}", article.path, article.line)


def _over_limit(raw: RawArticle, max_chars: int | None) -> ErrorRecord | None:
    """An error record for an input whose raw text or HTML is over ``max_chars``, else None."""
    if not max_chars:
        return None
    size = len(raw.html) if raw.html is not None else len(raw.text or "")
    if size <= max_chars:
        return None
    kind = "HTML" if raw.html is not None else "text"
    return ErrorRecord(
        raw.id,
        f"{where_from(raw)}: {kind} of {size:,} characters is over the limit of {max_chars:,}; "
        f"raise it with --max-chars (0 for no limit) to extract it",
        raw.path,
        raw.line,
    )


def _span_key(record: Record) -> tuple[int, int]:
    span: Span | None = getattr(record, "span", None)
    return span if span is not None else (0, 0)


class Extractor:
    """Runs newsledger's pipeline over articles, in batches, isolating failures."""

    # prepare() settles the publication date over the whole text before the pass;
    # the pubdate component, where a caller's pipeline has it, would only search
    # each chunk again for an undated article.
    SKIP_COMPONENTS = ("newsledger_pubdate",)

    def __init__(
        self,
        model: str | None = None,
        *,
        nlp: Any = None,
        batch_size: int = 32,
        default_published: dt.date | None = None,
        today: dt.date | None = None,
        chunk_chars: int = MAX_CHUNK_CHARS,
        max_chars: int | None = DEFAULT_MAX_CHARS,
    ) -> None:
        if chunk_chars < 1:
            raise ValueError(f"chunk_chars must be positive, not {chunk_chars}")
        if nlp is None:
            from .nlp.pipeline import load_pipeline

            nlp = load_pipeline(model)
        from .nlp.doc_words import remember_text  # spaCy is imported only once an Extractor is made

        self._remember_text = remember_text
        self.nlp = nlp
        self._skip = tuple(n for n in self.SKIP_COMPONENTS if n in getattr(nlp, "pipe_names", ()))
        self.batch_size = batch_size
        self.default_published = default_published
        self.today = today
        self.chunk_chars = chunk_chars
        # None or 0: no limit.
        self.max_chars = max_chars or None
        # Inside a memory zone spaCy's tokenizer caches nothing, so the first
        # group runs outside one: its words (the commonest in any news stream)
        # stay cached and in the vocab for good, a bounded one-off cost.
        self._warmed = False

    # -- one batch ---------------------------------------------------------
    def _doc(self, prepared: Prepared, piece: str) -> Any:
        doc = self.nlp.make_doc(piece)
        self._remember_text(doc, piece)  # the components need doc.text, which spaCy joins at each call
        doc._.article_id = prepared.article.id
        doc._.published = prepared.published
        doc._.published_source = prepared.article.published_source
        return doc

    def _docs_for(self, prepared: Prepared) -> list[tuple[int, Any]]:
        """Every piece of the article as an unprocessed Doc (for callers that time the steps)."""
        pieces = split_text(prepared.article.text, self.chunk_chars)
        return [(offset, self._doc(prepared, piece)) for offset, piece in pieces]

    def _memory_zone(self) -> contextlib.AbstractContextManager[Any]:
        # Strings and lexemes first seen inside the zone are dropped when it
        # ends, so the vocab stays its size after the first group over any
        # number of articles.
        zone = getattr(self.nlp, "memory_zone", None)
        if zone is None or not self._warmed:
            self._warmed = True
            return contextlib.nullcontext()
        return zone()

    @staticmethod
    def _harvest(article: ArticleRecord, offset: int, doc: Any, found: list[Record], problems: list[Record]) -> None:
        """Copy what the components assigned to one processed piece into records."""
        for kind in DOC_KINDS:
            for record in getattr(doc._, kind.doc_attr) or ():
                found.append(_shift(record, offset))
        # A component that gave up keeps the article but says what it lost.
        for problem in doc._.problems or ():
            problems.append(_article_error(article, problem))

    @staticmethod
    def _assemble(article: ArticleRecord, found: list[Record], problems: list[Record]) -> list[Record]:
        # The body's records in text order, then the headlines' (records.md: `part`).
        found.sort(key=lambda r: (_PART_ORDER.get(getattr(r, "part", "text"), 0), _span_key(r), r.TYPE))
        return [article, *found, *problems]

    def _headline_docs(self, group: list[Prepared]) -> list[tuple[int, str, Any]]:
        """(index in group, part, unprocessed Doc) of each headline an article carries
        apart from its text: a given title, and the credited original's headline."""
        out = []
        for i, p in enumerate(group):
            for part in HEADLINE_PARTS:
                line = getattr(p.article, part, None)
                if not line or not line.strip() or len(line) > MAX_HEADLINE_CHARS:
                    continue
                # a title that opens the text is read with the text already
                if p.article.text.lstrip().startswith(line.strip()):
                    continue
                out.append((i, part, self._doc(p, line)))
        return out

    def _headlines(self, group: list[Prepared], found: list[list[Record]], problems: list[list[Record]]) -> None:
        docs = self._headline_docs(group)
        if not docs:
            return
        done = self.nlp.pipe((d for _, _, d in docs), batch_size=max(1, len(docs)), disable=self._skip)
        for (i, part, _), doc in zip(docs, done):
            here: list[Record] = []
            self._harvest(group[i].article, 0, doc, here, problems[i])
            found[i].extend(dataclasses.replace(r, part=part) for r in here if hasattr(r, "part"))


    def _piecewise(self, prepared: Prepared) -> list[Record]:
        """Records of an article parsed piece by piece, each piece's Doc dropped before the next is made."""
        found: list[Record] = []
        problems: list[Record] = []
        for offset, piece in split_text(prepared.article.text, self.chunk_chars):
            doc = self.nlp(self._doc(prepared, piece), disable=self._skip)
            self._harvest(prepared.article, offset, doc, found, problems)
            # Else the loop variable would keep this piece alive while the next is parsed.
            del doc
        self._headlines([prepared], [found], [problems])
        return self._assemble(prepared.article, found, problems)

    def _run_group(self, group: list[Prepared]) -> list[list[Record]]:
        """Records of a group: one long article piece by piece, or short ones in one spaCy pass."""
        if len(group) == 1 and len(group[0].article.text) > self.chunk_chars:
            return [self._piecewise(group[0])]
        docs = (self._doc(p, p.article.text) for p in group)
        done = self.nlp.pipe(docs, batch_size=max(1, len(group)), disable=self._skip)
        found: list[list[Record]] = [[] for _ in group]
        problems: list[list[Record]] = [[] for _ in group]
        for i, (p, doc) in enumerate(zip(group, done)):
            self._harvest(p.article, 0, doc, found[i], problems[i])
        self._headlines(group, found, problems)
        return [self._assemble(p.article, found[i], problems[i]) for i, p in enumerate(group)]

    def _groups(self, prepared: list[Prepared]) -> Iterator[list[Prepared]]:
        """Consecutive articles, at most ``batch_size`` and ``chunk_chars`` characters a group.

        What the pipeline holds at once is one group's Docs, so bounding their
        characters bounds memory; a text longer than one piece is a group alone.
        """
        group: list[Prepared] = []
        chars = 0
        for p in prepared:
            size = len(p.article.text)
            if group and (len(group) >= self.batch_size or chars + size > self.chunk_chars):
                yield group
                group, chars = [], 0
            group.append(p)
            chars += size
        if group:
            yield group

    def _run_one(self, prepared: Prepared) -> list[Record]:
        try:
            with self._memory_zone():
                return self._piecewise(prepared)
        except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the run
            return [_article_error(prepared.article, f"extraction failed ({type(exc).__name__}: {exc})")]

    def run_batch(self, prepared: list[Prepared]) -> list[list[Record]]:
        """Records for each prepared article, in order.

        Short articles share spaCy passes; a long one is parsed piece by piece.
        Each group runs in its own memory zone, and its Docs become records
        before the zone ends (a Doc must not be touched after its zone).
        """
        out: list[list[Record]] = []
        for group in self._groups(prepared):
            try:
                with self._memory_zone():
                    out.extend(self._run_group(group))
            except Exception:  # noqa: BLE001 - find the article that failed, keep the others
                out.extend(self._run_one(p) for p in group)
        return out

    # -- streams -----------------------------------------------------------
    def prepare(self, item: Item) -> Prepared | ErrorRecord:
        if isinstance(item, ErrorRecord):
            return item
        too_long = _over_limit(item, self.max_chars)
        if too_long is not None:
            return too_long
        return prepare(item, self.default_published, self.today)

    def process(self, items: Iterable[Item]) -> Iterator[list[Record]]:
        """Record lists, one per input item, in input order."""
        pending: list[Prepared | ErrorRecord] = []
        chars = 0
        for item in items:
            ready = self.prepare(item)
            pending.append(ready)
            if isinstance(ready, Prepared):
                chars += len(ready.article.text)
            # Flush on characters too: waiting for batch_size long texts would
            # hold all of them (and their records) at once.
            if len(pending) >= self.batch_size or chars >= self.chunk_chars:
                yield from self._flush(pending)
                pending, chars = [], 0
        if pending:
            yield from self._flush(pending)

    def _flush(self, pending: list[Prepared | ErrorRecord]) -> Iterator[list[Record]]:
        ready = [p for p in pending if isinstance(p, Prepared)]
        results = iter(self.run_batch(ready)) if ready else iter(())
        for p in pending:
            yield [p] if isinstance(p, ErrorRecord) else next(results)
