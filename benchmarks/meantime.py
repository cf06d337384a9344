"""Reader of the NewsReader MEANTIME corpus (English, CAT XML) for newsledger's benchmarks.

MEANTIME gives each article as a list of tokens plus *markables* that point at
token ids. newsledger works on characters, so this module rebuilds one text per
document and maps every markable onto a character span of that text.

How the text is rebuilt (the choice matters for every span-based figure):

- one line per MEANTIME sentence, lines joined with ``"\\n"`` (sentence 0 is the
  Wikinews title, sentence 1 usually the dateline);
- within a sentence, tokens are joined with one space, except that no space is
  put before closing punctuation and clitics (``, . ; : ? ! % ) ] 's n't``) nor
  after opening brackets and currency signs (``( [ $ £ € ¥``), so that the text
  reads like news copy ("$15 billion", "20%", "Boeing's") rather than a token
  dump. Currency tokens ending in ``$`` ("US$", "AU$") also take no space
  after them, and ``#`` before a number, which is how the corpus mangled
  ``£``, is written as ``£``. PTB quote tokens (````` and ``''``) are written as ``"`` and get the
  usual no-space-inside treatment.

Each :class:`Token` keeps its character offsets in that text, so a markable's span
is ``(first token start, last token end)``. Markables whose tokens are not
contiguous (rare) get the covering span and ``contiguous=False``.

The creation time is the TIMEX3 with ``functionInDocument="CREATION_TIME"``;
its ``value`` is the publication date. In these files it is anchored on the
dateline tokens, so it also has a span.

Entity mentions link to an ENTITY through REFERS_TO relations; the ENTITY gives
``ent_type`` (PER, ORG, LOC, PRO, FIN, MIX) and, where the cross-document
annotation made one, an ``instance_id`` and a DBpedia ``external_ref``. An
entity without an instance id is identified within its document by its m_id.

Only the start of each article is fully annotated: MEANTIME's document-level
annotation (timexes, values, events, entity mentions with a syntactic type)
covers the title, the dateline and the first four sentences (sentences 0-5,
once 0-6); further down only the cross-document entity mentions (markables
with no attributes but their m_id) appear. :attr:`MeantimeDoc.annotated_end`
is the character offset where the fully annotated part ends, so that scorers
do not count as spurious what a system finds in unannotated text.

Reads ../shared/eval at run time; nothing of the corpus is copied into the repo.
"""

from __future__ import annotations

import datetime as dt
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSLEDGER_SHARED", ROOT.parent / "shared"))
MEANTIME_DIR = SHARED / "eval" / "meantime" / "intra_cross-doc_annotation"

Span = tuple[int, int]

# Tokens written without a space before them, and those without a space after.
_NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "...", "'s", "'S", "n't", "'re", "'ve",
                    "'ll", "'d", "'m", "’s", "’"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "£", "€", "¥", "#"}
_QUOTES = {"``": '"', "''": '"', '"': '"', "“": "“", "”": "”"}


class MeantimeError(Exception):
    """A MEANTIME file that cannot be read as the CAT format this reader expects."""


@dataclass(frozen=True)
class Token:
    """One MEANTIME token and where its surface form stands in the rebuilt text."""

    t_id: int
    sentence: int
    text: str
    """The token as the XML gives it."""
    surface: str
    """As written into the rebuilt text (PTB quotes become ``"``)."""
    start: int
    end: int


@dataclass(frozen=True)
class Markable:
    """What every markable has: its id, tokens and character span."""

    m_id: str
    t_ids: tuple[int, ...]
    span: Span | None
    """None for a markable with no tokens (MEANTIME has a few empty ones)."""
    text: str
    contiguous: bool


@dataclass(frozen=True)
class Timex(Markable):
    """A TIMEX3: type DATE/TIME/DURATION/SET and its TimeML value."""

    type: str = ""
    value: str = ""
    function: str = "NONE"
    """functionInDocument: CREATION_TIME for the document date, else NONE."""


@dataclass(frozen=True)
class Value(Markable):
    """A VALUE markable: type QUANTITY, MONEY or PERCENT. The gold has no numeric value."""

    type: str = ""


@dataclass(frozen=True)
class EntityMention(Markable):
    """An ENTITY_MENTION with the ENTITY it refers to, if any."""

    syntactic_type: str = ""
    """NAM, PRE.NAM, NOM, PRO, APP, CONJ, ... ('' where the annotators left it empty)."""
    entity_id: str | None = None
    """The m_id of the ENTITY it REFERS_TO."""
    ent_type: str | None = None
    """PER, ORG, LOC, PRO, FIN or MIX."""
    instance_id: str | None = None
    """Cross-document instance, e.g. ORG37154719430036883; None if not linked."""
    external_ref: str | None = None
    """DBpedia URI where the annotators gave one."""
    descriptor: str | None = None
    """The ENTITY's TAG_DESCRIPTOR (a free-text name)."""

    @property
    def referent(self) -> str | None:
        """The identity the gold links this mention to (instance, else document-local entity)."""
        if self.instance_id:
            return self.instance_id
        return f"local:{self.entity_id}" if self.entity_id else None


@dataclass(frozen=True)
class MeantimeDoc:
    """One MEANTIME article: rebuilt text, creation date and markables with character spans."""

    doc_id: str
    name: str
    corpus: str
    url: str | None
    path: str
    text: str
    tokens: tuple[Token, ...]
    creation_date: dt.date | None
    """The CREATION_TIME value, else the dateline's date (2 documents), else None."""
    creation_timex: Timex | None
    timexes: tuple[Timex, ...]
    """Every TIMEX3 except the creation time."""
    values: tuple[Value, ...]
    entity_mentions: tuple[EntityMention, ...]
    annotated_end: int = 0
    """End offset of the last sentence that carries document-level annotation."""
    annotated_sentences: int = 0
    """How many sentences (from the title on) are fully annotated."""

    def annotated(self, span: Span | None) -> bool:
        """Whether a span starts inside the fully annotated part of the text."""
        return span is not None and span[0] < self.annotated_end


def _join(tokens: list[tuple[int, int, str]]) -> tuple[str, list[Token]]:
    """Rebuild the text from (t_id, sentence, token) triples in order."""
    parts: list[str] = []
    out: list[Token] = []
    pos = 0
    prev_sentence: int | None = None
    glue_next = True  # no space before the first token of a line
    open_quote = False
    for i, (t_id, sentence, tok) in enumerate(tokens):
        surface = _QUOTES.get(tok, tok)
        # The corpus carries "£" as "#" ("#13 billion", "GB #20.1 billion"): restore it before a number.
        if tok == "#" and i + 1 < len(tokens) and tokens[i + 1][2][:1].isdigit():
            surface = "£"
        is_quote = tok in ("``", "''", '"')
        if prev_sentence is not None and sentence != prev_sentence:
            parts.append("\n")
            pos += 1
            glue_next = True
            open_quote = False
        if is_quote:
            # `` opens, '' closes; a bare " alternates.
            opening = tok == "``" or (tok == '"' and not open_quote)
            space = not glue_next and opening
            open_quote = opening
            glue_after = opening
        else:
            space = not glue_next and tok not in _NO_SPACE_BEFORE
            glue_after = tok in _NO_SPACE_AFTER or (tok.endswith("$") and tok.isupper() or tok == "$")
        if space:
            parts.append(" ")
            pos += 1
        out.append(Token(t_id, sentence, tok, surface, pos, pos + len(surface)))
        parts.append(surface)
        pos += len(surface)
        glue_next = glue_after
        prev_sentence = sentence
    return "".join(parts), out


def _markable_span(elem: ET.Element, by_id: dict[int, Token], text: str) -> tuple[tuple[int, ...], Span | None, str, bool]:
    ids = []
    for anchor in elem.findall("token_anchor"):
        try:
            t_id = int(anchor.get("t_id", ""))
        except ValueError:
            continue
        if t_id in by_id:
            ids.append(t_id)
    ids = sorted(set(ids))
    if not ids:
        return (), None, "", True
    start, end = by_id[ids[0]].start, by_id[ids[-1]].end
    contiguous = ids == list(range(ids[0], ids[-1] + 1))
    return tuple(ids), (start, end), text[start:end], contiguous


def _parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _dateline(text: str) -> dt.date | None:
    """The date of a Wikinews dateline ("April 27, 2005") on the text's second line."""
    lines = text.split("\n")
    if len(lines) < 2:
        return None
    try:
        return dt.datetime.strptime(lines[1].strip(), "%B %d, %Y").date()
    except ValueError:
        return None


def read_doc(path: Path) -> MeantimeDoc:
    """Parse one MEANTIME CAT XML file."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise MeantimeError(f"{path}: not well-formed XML ({exc})") from exc
    raw_tokens = []
    for tok in root.findall("token"):
        try:
            raw_tokens.append((int(tok.get("t_id", "")), int(tok.get("sentence", "0")), tok.text or ""))
        except ValueError as exc:
            raise MeantimeError(f"{path}: token without a numeric t_id/sentence") from exc
    # Tokens are listed in order; empty tokens (none seen) would add nothing.
    raw_tokens = [t for t in raw_tokens if t[2]]
    text, tokens = _join(raw_tokens)
    by_id = {t.t_id: t for t in tokens}

    markables = root.find("Markables")
    relations = root.find("Relations")
    entities: dict[str, dict[str, str]] = {}
    timexes: list[Timex] = []
    values: list[Value] = []
    mention_elems: list[ET.Element] = []
    creation: Timex | None = None
    sentence_of = {t.t_id: t.sentence for t in tokens}
    last_annotated = -1
    if markables is not None:
        for elem in markables:
            if len(elem.attrib) > 1:
                # Document-level markables carry attributes; cross-document ones only an m_id.
                for anchor in elem.findall("token_anchor"):
                    s = sentence_of.get(int(anchor.get("t_id", "-1") or -1), -1)
                    last_annotated = max(last_annotated, s)
            if elem.tag == "ENTITY":
                entities[elem.get("m_id", "")] = dict(elem.attrib)
            elif elem.tag == "TIMEX3":
                ids, span, mtext, contiguous = _markable_span(elem, by_id, text)
                timex = Timex(
                    elem.get("m_id", ""), ids, span, mtext, contiguous,
                    type=elem.get("type", ""), value=elem.get("value", ""),
                    function=elem.get("functionInDocument", "NONE") or "NONE",
                )
                if timex.function == "CREATION_TIME":
                    creation = timex
                else:
                    timexes.append(timex)
            elif elem.tag == "VALUE":
                ids, span, mtext, contiguous = _markable_span(elem, by_id, text)
                values.append(Value(elem.get("m_id", ""), ids, span, mtext, contiguous, type=elem.get("type", "")))
            elif elem.tag == "ENTITY_MENTION":
                mention_elems.append(elem)

    refers: dict[str, str] = {}
    if relations is not None:
        for rel in relations.findall("REFERS_TO"):
            target = rel.find("target")
            if target is None:
                continue
            for source in rel.findall("source"):
                refers[source.get("m_id", "")] = target.get("m_id", "")

    mentions: list[EntityMention] = []
    for elem in mention_elems:
        ids, span, mtext, contiguous = _markable_span(elem, by_id, text)
        m_id = elem.get("m_id", "")
        entity_id = refers.get(m_id)
        ent = entities.get(entity_id or "", {})
        mentions.append(
            EntityMention(
                m_id, ids, span, mtext, contiguous,
                syntactic_type=elem.get("syntactic_type", "") or "",
                entity_id=entity_id if entity_id in entities else None,
                ent_type=ent.get("ent_type") or None,
                instance_id=ent.get("instance_id") or None,
                external_ref=ent.get("external_ref") or None,
                descriptor=ent.get("TAG_DESCRIPTOR") or None,
            )
        )

    in_region = [t.end for t in tokens if t.sentence <= last_annotated]
    annotated_end = max(in_region) if in_region else 0
    key = lambda m: (m.span or (-1, -1), m.m_id)  # noqa: E731
    return MeantimeDoc(
        doc_id=root.get("doc_id", path.stem),
        name=root.get("doc_name", path.stem),
        corpus=path.parent.name,
        url=root.get("url"),
        path=str(path),
        text=text,
        tokens=tuple(tokens),
        # Two documents lack a CREATION_TIME timex; their dateline still gives the date.
        creation_date=(_parse_date(creation.value) if creation else None) or _dateline(text),
        creation_timex=creation,
        timexes=tuple(sorted(timexes, key=key)),
        values=tuple(sorted(values, key=key)),
        entity_mentions=tuple(sorted(mentions, key=key)),
        annotated_end=annotated_end,
        annotated_sentences=last_annotated + 1,
    )


def iter_docs(directory: Path = MEANTIME_DIR) -> Iterator[MeantimeDoc]:
    """Every MEANTIME document under ``directory`` (its corpus_* subfolders), in a stable order."""
    for path in sorted(Path(directory).glob("*/*.xml")):
        yield read_doc(path)


def read_all(directory: Path = MEANTIME_DIR) -> list[MeantimeDoc]:
    """All documents as a list (120 for the English MEANTIME release)."""
    return list(iter_docs(directory))


if __name__ == "__main__":
    docs = read_all()
    n = lambda attr: sum(len(getattr(d, attr)) for d in docs)  # noqa: E731
    print(f"{len(docs)} docs, {n('timexes')} timexes (+ creation times), {n('values')} values, "
          f"{n('entity_mentions')} entity mentions, {sum(len(d.text) for d in docs)} chars")
