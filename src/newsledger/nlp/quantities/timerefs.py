"""Time expressions the times component leaves in pieces or unresolved: ranges and back-references.

- **Ranges**: "between April and June", "from January to March", "the
  April-June period" are one span from the first date's start to the second's
  end. The times component gives two records, or only the second one where the
  first month stands bare before a dash; a figure would otherwise take one month.
- **Events named again**: "Airstrikes killed 12 people on Thursday. ... the
  strikes also wounded 31 others": a past clause whose subject is "the" and a
  noun of the sentence before takes the one day that sentence gave that noun's clause.
- **Back-references**: "during the trip", "in that period", "over the same
  period", "at the time", "since then" name no date, but point at one the text gave before.
  Such a phrase stands for the nearest resolved date before it in the same
  paragraph, or, when the phrase opens its sentence, in the sentence right
  before (news paragraphs are often one sentence long). The day words ("that
  day", "the same morning") take only a single-day date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.tokens import Doc

from ...lang.en import calendar, tense
from ...records import TimeRecord
from ..doc_words import text as doc_text

TimeSpan = tuple[int, int, "TimeRecord | None", "str | None"]
"""(token start, token end, record or None for our own cue, cue before it) of one time expression."""

RANGE = "range"
"""The cue of a merged range: a figure of a running total holds as of its end."""


def _is_date(rec: TimeRecord | None) -> bool:
    return rec is not None and rec.timex_type == "DATE" and bool(rec.start) and bool(rec.end) and rec.value != "PRESENT_REF"


def _joined(doc: Doc, a: TimeSpan, b: TimeSpan) -> bool:
    """Whether the words between two dates join them into one range."""
    if b[0] - a[1] != 1:
        return False
    joiner = doc[a[1]].lower_
    if joiner not in tense.RANGE_JOINERS:
        return False
    before = doc[a[0] - 1].lower_ if a[0] > 0 else ""
    if joiner in tense.RANGE_DASHES:
        return True
    if joiner == "and":
        return before == "between"
    after = doc[b[1]].lower_ if b[1] < len(doc) else ""
    return before == "from" or after in tense.RANGE_NOUNS


def _merged(doc: Doc, start: int, end: int, first: str, last: TimeRecord) -> TimeRecord:
    span = doc[start:end]
    return dataclasses.replace(
        last, span=(span.start_char, span.end_char), text=span.text, start=first, end=last.end
    )


def _bare_month_before(doc: Doc, b: TimeSpan, covered: set[int]) -> tuple[int, str] | None:
    """("April", "-") before a month record ("June"): where the range starts and its first day."""
    s, _e, rec, _cue = b
    if s < 2 or doc[s - 1].text not in tense.RANGE_DASHES or s - 2 in covered:
        return None
    word = doc[s - 2].lower_.rstrip(".")
    month = calendar.MONTHS.get(word) or calendar.MONTH_ABBR.get(word)
    if month is None or rec is None or len(rec.value) != 7 or not rec.start:
        return None  # the second date must be a month ("2024-06") for a bare month to read against
    year, b_month = int(rec.start[:4]), int(rec.start[5:7])
    if month > b_month:
        year -= 1  # "November-February": the range runs over the new year
    return s - 2, f"{year:04d}-{month:02d}-01"


def _first_of_range(first: TimeRecord, last: TimeRecord) -> str:
    """Where a range starts: a bare month takes the year of the month that ends it.

    "between April and June of last year", "from January to March 2024": the
    year written once, at the end, is the first month's too (a month after the
    last one lies in the year before: "November to February 2025").
    """
    if len(first.value) != 7 or len(last.value) != 7 or any(ch.isdigit() for ch in first.text):
        return first.start
    f_month, l_year, l_month = int(first.value[5:7]), int(last.value[:4]), int(last.value[5:7])
    year = l_year - 1 if f_month > l_month else l_year
    return f"{year:04d}-{f_month:02d}-01"


def merge_ranges(doc: Doc, spans: list[TimeSpan]) -> list[TimeSpan]:
    """The spans with each range of two dates made one span, cue :data:`RANGE`."""
    covered = {i for s, e, _r, _c in spans for i in range(s, e)}
    out: list[TimeSpan] = []
    for cand in spans:
        s, e, rec, _cue = cand
        if _is_date(rec):
            prev = out[-1] if out else None
            if prev is not None and _is_date(prev[2]) and _joined(doc, prev, cand):
                first = _first_of_range(prev[2], rec)
                if first <= rec.start:
                    # the span takes "between" or "from" too: the range as written
                    start = prev[0] - 1 if prev[0] > 0 and doc[prev[0] - 1].lower_ in tense.RANGE_OPENERS else prev[0]
                    out[-1] = (start, e, _merged(doc, start, e, first, rec), RANGE)
                    continue
            bare = _bare_month_before(doc, cand, covered)
            if bare is not None:
                out.append((bare[0], e, _merged(doc, bare[0], e, bare[1], rec), RANGE))
                continue
        out.append(cand)
    return out


def paragraphs(doc: Doc) -> dict[int, int]:
    """The paragraph of each sentence (keyed by its first token): a line break between sentences starts one."""
    out: dict[int, int] = {}
    p = 0
    text = doc_text(doc)
    for sent in doc.sents:
        k = sent.start - 1
        while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
            k -= 1
        if k >= 0 and (doc[k].is_space or "\n" in text[doc[k].idx + len(doc[k].text) : sent.start_char]):
            p += 1
        out[sent.start] = p
    return out


def _phrase_at(words: list[str], i: int) -> tuple[int, int, str] | None:
    """(start, end, noun) of a back-reference whose preposition is word ``i`` (``words``: the doc's, lower case)."""
    n_words = len(words)
    if i + 1 < n_words and words[i] in tense.BACK_THEN and words[i + 1] == "then":
        return i + 1, i + 2, "then"
    if words[i] not in tense.BACK_PREPS or i + 2 >= n_words:
        return None
    det = words[i + 1]
    if det in tense.BACK_DETS:
        n = i + 2
    elif det == "the" and words[i + 2] == "same":
        n = i + 3
    elif det == "the":
        n = i + 2
        if words[n] not in tense.BACK_THE_NOUNS or (words[n] == "time" and words[i] != "at"):
            return None
    else:
        return None
    if n >= n_words or words[n] not in tense.BACK_NOUNS:
        return None
    # "at the time of the attack", "at the time of writing": the phrase names its own time
    if n + 1 < n_words and words[n + 1] in ("of", "being") and _year_after(words, n + 1) is None:
        return None
    return i + 1, n + 1, words[n]


def _year_after(words: list[str], e: int) -> tuple[int, int | str] | None:
    """(end, year) of the year that follows "the same period": "of 2025", "in 2024" (a year), "last year"
    or "a year earlier" (the string "last": the year before the period referred to)."""
    nxt = words[e : e + 3]
    if len(nxt) >= 2 and nxt[0] in ("of", "in") and len(nxt[1]) == 4 and nxt[1].isdigit():
        return e + 2, int(nxt[1])
    if nxt[:2] == ["last", "year"] or nxt[:3] in (["a", "year", "earlier"], ["a", "year", "ago"], ["a", "year", "before"]):
        return e + (2 if nxt[0] == "last" else 3), "last"
    return None


def _in_year(rec: TimeRecord, year: int | str, span: tuple[int, int], text: str) -> TimeRecord | None:
    """The referred-to period moved to another year ("between January and May, up from 80,000 in the
    same period of 2025"), or None where its dates are not whole days of one calendar."""
    try:
        start, end = dt.date.fromisoformat(rec.start), dt.date.fromisoformat(rec.end)
        shift = -1 if year == "last" else int(year) - start.year
        start = _same_day(start, start.year + shift)
        end = _same_day(end, end.year + shift)
    except (TypeError, ValueError):
        return None
    return dataclasses.replace(rec, span=span, text=text, start=start.isoformat(), end=end.isoformat(),
                               value=rec.value if shift == 0 else "XXXX")


def _same_day(d: dt.date, year: int) -> dt.date:
    """The same day of the month in another year (29 February is the 28th in a common year)."""
    try:
        return d.replace(year=year)
    except ValueError:
        return d.replace(year=year, day=28)


# A back-reference opens with one of these; the other words are not looked at.
_OPENERS = frozenset(tense.BACK_THEN) | frozenset(tense.BACK_PREPS)


def back_references(doc: Doc, spans: list[TimeSpan], words: list[str] | None = None) -> list[TimeSpan]:
    """(start, end, the earlier date it refers to, cue) of each back-reference phrase of the doc.

    The cue is that of "since then" or "by then", else None (the caller reads the words before).
    ``words``: the doc's words in lower case, where the caller has them.
    """
    covered = {i for s, e, _r, _c in spans for i in range(s, e)}
    dated = [(s, e, r) for s, e, r, _c in spans if _is_date(r) or (r is not None and r.timex_type == "TIME" and r.start)]
    if not dated:
        return []
    if words is None:
        words = [t.lower_ for t in doc]
    para: dict[int, int] | None = None  # read only when a phrase turns up
    out: list[tuple[int, int, TimeRecord]] = []
    for i, w in enumerate(words):
        if w not in _OPENERS:
            continue
        found = _phrase_at(words, i)
        if found is None:
            continue
        s, e, noun = found
        if covered & set(range(i, e)):
            continue
        if para is None:
            para = paragraphs(doc)
        sent = doc[s].sent
        p = para[sent.start]
        opens = all(t.is_punct or t.is_space for t in doc[sent.start : i])
        prev_start = _previous_sentence_start(doc, sent.start)
        best = None
        for ds, de, rec in dated:
            if de > i:
                break
            dsent = doc[ds].sent.start
            if para.get(dsent) != p and not (opens and dsent == prev_start):
                continue
            if noun in tense.BACK_DAY_NOUNS and rec.start != rec.end:
                continue
            best = rec
        if best is not None:
            year = _year_after(words, e) if noun in tense.BACK_PERIOD_NOUNS and words[i + 1] == "the" else None
            if year is not None:
                span = doc[s : year[0]]
                best = _in_year(best, year[1], (span.start_char, span.end_char), span.text)
                if best is None:
                    continue
                e = year[0]
            out.append((s, e, best, tense.BACK_THEN[words[i]] if noun == "then" else None))
    return out


def _previous_sentence_start(doc: Doc, start: int) -> int | None:
    if start == 0:
        return None
    return doc[start - 1].sent.start


_DEFINITE = frozenset({"the", "these", "those", "that", "this"})


def event_named_again(doc: Doc, verb, by_sentence: dict[int, list[TimeSpan]]) -> TimeSpan | None:
    """The day of the sentence before that dates the event a clause's definite subject names again.

    "Israeli airstrikes on southern Lebanon killed 12 people on Thursday." then
    "The ministry said the strikes also wounded 31 others": "the strikes" are
    Thursday's airstrikes (a noun of that sentence ending in the subject's noun),
    and Thursday is the day of their clause there. Only a single day, and only
    where that sentence dates the noun's clause with one.
    """
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if subj is None or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subj.children):
        return None
    k = verb.sent.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0:
        return None
    prev = doc[k].sent
    noun = subj.lemma_.lower()
    days = [c for c in by_sentence.get(prev.start, ()) if c[2] is not None and _is_date(c[2]) and c[2].start == c[2].end]
    if not days:
        return None
    for tok in prev:
        if tok.pos_ != "NOUN" or not tok.lemma_.lower().endswith(noun) or tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        dated = [c for c in days if doc[c[0]].head.i == tok.head.i or doc[c[0]].head.head.i == tok.head.i]
        if len({c[2].start for c in dated}) == 1:
            return dated[0]
    return None


def same_period_again(doc: Doc, spans: list[TimeSpan]) -> list[TimeSpan]:
    """The spans with "the same period last year" read as the period of the sentence before it, a year back.

    The times component reads "the same period last year" on its own (a month,
    or last year); after "between January and June" it is January to June of the
    year before: "196 arrived between January and June, up from 99 in the same
    period last year".
    """
    out = list(spans)
    for n, (s, e, rec, cue) in enumerate(spans):
        if rec is not None and tuple(rec.text.lower().split()) in tense.YEAR_BACK_PHRASES:
            moved = _year_back(doc, spans[:n], s, rec)
            if moved is not None:
                out[n] = (s, e, moved, cue)
            continue
        if rec is None or not rec.text.lower().startswith("the same "):
            continue
        words = rec.text.lower().split()
        if len(words) < 3 or words[2] not in tense.BACK_PERIOD_NOUNS:
            continue
        year = _year_after(words, 3)
        sent = doc[s].sent.start
        prev = next((p for p in reversed(spans[:n]) if _is_date(p[2]) and p[2].start != p[2].end
                     and p[1] <= s and doc[p[0]].sent.start == sent), None)
        if year is None or prev is None:
            continue
        moved = _in_year(prev[2], year[1], rec.span, rec.text)
        if moved is not None:
            out[n] = (s, e, moved, cue)
    return out


def _year_back(doc: Doc, before: list[TimeSpan], s: int, rec: TimeRecord) -> TimeRecord | None:
    """The sentence's date before "a year earlier", a year back, where a comparison sets the figures
    against each other ("in the third quarter, down from 52 a year earlier"); else None."""
    sent = doc[s].sent.start
    prev = next((p for p in reversed(before) if _is_date(p[2]) and p[1] <= s and doc[p[0]].sent.start == sent), None)
    if prev is None:
        return None
    between = " " + " ".join(t.lower_ for t in doc[prev[1] : s]) + " "
    if not any(f" {lead} " in between for lead in tense.COMPARISON_LEADS):
        return None
    return _in_year(prev[2], "last", rec.span, rec.text)
