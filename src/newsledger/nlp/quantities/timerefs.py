"""Time expressions the times component leaves in pieces or unresolved: ranges and back-references.

- **Ranges**: "between April and June", "from January to March", "the
  April-June period" are one span from the first date's start to the second's
  end. The times component gives two records, or only the second one where the
  first month stands bare before a dash; a figure would otherwise take one month.
- **Back-references**: "during the trip", "in that period", "over the same
  period", "at the time", "since then" name no date, but point at one the text gave before.
  Such a phrase stands for the nearest resolved date before it in the same
  paragraph, or, when the phrase opens its sentence, in the sentence right
  before (news paragraphs are often one sentence long). The day words ("that
  day", "the same morning") take only a single-day date.
"""

from __future__ import annotations

import dataclasses

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


def merge_ranges(doc: Doc, spans: list[TimeSpan]) -> list[TimeSpan]:
    """The spans with each range of two dates made one span, cue :data:`RANGE`."""
    covered = {i for s, e, _r, _c in spans for i in range(s, e)}
    out: list[TimeSpan] = []
    for cand in spans:
        s, e, rec, _cue = cand
        if _is_date(rec):
            prev = out[-1] if out else None
            if prev is not None and _is_date(prev[2]) and _joined(doc, prev, cand) and prev[2].start <= rec.start:
                # the span takes "between" or "from" too: the range as written
                start = prev[0] - 1 if prev[0] > 0 and doc[prev[0] - 1].lower_ in tense.RANGE_OPENERS else prev[0]
                out[-1] = (start, e, _merged(doc, start, e, prev[2].start, rec), RANGE)
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
    if n + 1 < n_words and words[n + 1] in ("of", "being"):
        return None
    return i + 1, n + 1, words[n]


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
            out.append((s, e, best, tense.BACK_THEN[words[i]] if noun == "then" else None))
    return out


def _previous_sentence_start(doc: Doc, start: int) -> int | None:
    if start == 0:
        return None
    return doc[start - 1].sent.start
