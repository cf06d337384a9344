"""The ``newsledger_quantities`` spaCy component: a doc's figures as claim records.

:func:`extract_claims` reads each sentence's figures (:mod:`.reader`), links
each to its measure, subject and change (:mod:`.measure`, :mod:`.change`),
then, once the sentence's figures are all known, to its time (:mod:`.timing`),
and returns the :class:`~newsledger.records.ClaimRecord` list in text order.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...records import ClaimRecord, Quantity
from ...lang.en import units
from ..guarded import Guarded
from .change import change_of
from .guards import model_numbers
from .hedges import APPROX_BAND, interval
from .measure import MeasureLinker, Skip, change_noun_measure, compound_phrase, money_measure, unit_measure
from .reader import figures
from .sentence import Figure, Sentence
from .timing import TimeLinker, time_slot, time_spans


@dataclass(frozen=True)
class _Counted:
    """A figure of the sentence with its quantity, measure and subject, waiting for its time."""

    start: int  # doc token bounds of the figure, hedges included
    end: int
    np_tok: Token
    quantity: Quantity
    measure: str | None
    subject: str | None


def extract_claims(doc: Doc, approx_band: float = APPROX_BAND) -> list[ClaimRecord]:
    """The claims of a parsed doc, in text order (the component's work, callable alone).

    ``approx_band`` is the half-width, as a fraction of the value, of an "about" figure's interval.
    """
    times, blocked = time_spans(doc)
    time_linker = TimeLinker(doc, times)
    measure_linker = MeasureLinker(doc, time_linker.time_tokens)
    published = doc._.published if isinstance(doc._.published, dt.date) else None
    doc_ids = model_numbers(doc)
    article_id = doc._.article_id or ""
    out: list[ClaimRecord] = []
    skip_base = frozenset(blocked | time_linker.time_tokens)  # built once per doc, not per figure
    for sent in doc.sents:
        counted = _count_sentence(sent, Sentence(sent, blocked, doc_ids), measure_linker, skip_base, approx_band)
        out.extend(_claims(sent, counted, time_linker, published, article_id))
    return out


def _count_sentence(
    sent: Span, reader: Sentence, linker: MeasureLinker, skip_base: frozenset[int], approx_band: float
) -> list[_Counted]:
    """The sentence's figures with their quantity, measure, subject and change."""
    doc = sent.doc
    counted: list[_Counted] = []
    sent_currency = None
    for fig in figures(reader):
        s, e = sent.start + fig.start, sent.start + fig.end
        cs, ce = sent.start + fig.core_start, sent.start + fig.core_end
        if fig.money_sub is not None and (fig.unit is None or fig.unit not in units.CURRENCY_CODES):
            default = units.SUBUNITS[fig.money_sub][1]
            if fig.money_sub in units.CENT_WORDS:
                # cents belong to many currencies: the one the sentence names, else USD
                if sent_currency is None:
                    sent_currency = _sentence_currency(sent) or default
                fig.unit = sent_currency
            else:
                fig.unit = default
        if fig.unit == "JPY" and _yuan_sign(sent, s, e):
            fig.unit = "CNY"
        if not all(math.isfinite(x) for x in (fig.value, fig.high_value or 0.0)):
            continue  # a run of digits too long for a float is no figure we can record
        value, low, high, bound = interval(fig, approx_band)
        measure, subject, np_tok = _link(doc, fig, linker, Skip(s, e, skip_base), (s, e, cs, ce))
        measure, subject = _settle_measure(doc, fig, np_tok, measure, subject, (cs, ce, e))
        quantity = Quantity(value=value, low=low, high=high, bound=bound, unit=fig.unit, change=fig.change)
        if measure is None and counted and _elided(doc, counted[-1], s, quantity):
            measure = counted[-1].measure  # "4,300 jobs in France, 3,700 in Germany"
        if measure is None:
            target = _safe(linker.level_target, np_tok)  # "held its rate at 6.5%"
            measure = compound_phrase(target) if target is not None else None
        counted.append(_Counted(s, e, np_tok, quantity, measure, subject))
    return counted


def _elided(doc: Doc, before: _Counted, start: int, quantity: Quantity) -> bool:
    """Whether a figure with no noun of its own counts what the figure before it counts.

    "cut 4,300 jobs in France, 3,700 in Germany", "91 aircraft and 230 on
    order", "US$140bn ($96bn, £86bn)": a list or a restatement, the same kind
    of unit, and no verb between them (a verb starts a clause of its own,
    which may count something else).
    """
    if before.measure is None or before.measure == "age" or start - before.end > 8:
        return False
    a, b = before.quantity.unit, quantity.unit
    same_kind = a == b or (a in units.CURRENCY_CODES and b in units.CURRENCY_CODES)
    if not same_kind:
        return False
    between = doc[before.end : start]
    if any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("WDT", "WP") or t.text in (";", ":") for t in between):
        return False
    return any(t.lower_ in ("and", "or", ",", "(", "to", "while", "but", "versus", "vs") for t in between) or not len(between)


def _settle_measure(doc: Doc, fig: Figure, np_tok: Token, measure, subject, bounds: tuple[int, int, int]):
    """(measure, subject) once the parse has had its say: the figure's own words, money verbs, units."""
    cs, ce, e = bounds
    if fig.measure is not None:
        # the figure's words say what it measures ("12-year-old": an age); the noun is its subject
        fig.change = None
        return fig.measure, subject or measure
    if fig.unit in units.CURRENCY_CODES:
        paid = _safe(money_measure, np_tok)
        if paid is not None and (measure is None or paid == "funds raised"):
            if paid == "funds raised":
                fig.change = None  # "the council raised £120,000": money gathered, not a rise
            return paid, subject or measure
    if measure is None and fig.unit == "times" and np_tok.pos_ == "VERB":
        # "sales doubled": the multiplier is the verb, what it multiplies its subject
        subj = next((c for c in np_tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
        measure = compound_phrase(subj) if subj is not None else None
    if measure is None:
        measure = _safe(change_noun_measure, np_tok, ce) or unit_measure(doc, cs, e, fig.unit)
    return measure, subject


def _safe(fn, *args):
    try:
        return fn(*args)
    except (IndexError, ValueError, AttributeError):  # a parse we do not expect: no measure rather than none at all
        return None


def _link(doc: Doc, fig: Figure, linker: MeasureLinker, skip: Skip, bounds: tuple[int, int, int, int]):
    """(measure, subject, the token standing for the figure's noun phrase); sets the figure's change."""
    s, e, cs, ce = bounds
    try:
        measure, subject, np_tok = linker.measure_subject(cs, max(ce, e), skip)
        if fig.change is None:
            fig.change = change_of(doc, fig, cs if fig.hedges == [] else s, np_tok)
    except (IndexError, ValueError, AttributeError):  # a parse we do not expect: keep the number
        measure = subject = None
        np_tok = doc[ce - 1]
    return measure, subject, np_tok


def _claims(sent: Span, counted: list[_Counted], linker: TimeLinker, published: dt.date | None, article_id: str):
    """The sentence's claim records, each with its time."""
    doc = sent.doc
    # Times come second, once every figure of the sentence is known: a time
    # right after a figure's noun phrase ("9.8 million tonnes in 2023") is
    # that figure's, not its neighbour's.
    starts = [time_slot(doc, c.start, c.end, c.np_tok) for c in counted]
    sentence_span = _sentence_chars(sent) if counted else None  # joins the sentence's tokens: once, not per claim
    for k, c in enumerate(counted):
        others = frozenset(p for j, slot in enumerate(starts) if j != k for p in slot)
        try:
            ctime = linker.time(c.start, c.end, c.np_tok, sent, published, others)
        except (IndexError, ValueError, AttributeError):
            ctime = None
        span = doc[c.start : c.end]
        end_char, text = span.end_char, span.text
        last = doc[c.end - 1]
        if len(last.text) > 1 and last.text.endswith(".") and last.text[-2:-1].isalnum() and _ends_sentence(doc, c.end):
            end_char, text = end_char - 1, text[:-1]  # "1.5C.", "150,000 km/h.": the sentence's full stop is no part of the figure
        yield ClaimRecord(
            article_id=article_id,
            span=(span.start_char, end_char),
            text=text,
            sentence_span=sentence_span,
            quantity=c.quantity,
            measure=c.measure,
            subject=c.subject,
            time=ctime,
        )


def _ends_sentence(doc: Doc, end: int) -> bool:
    """Whether nothing but white space follows token ``end - 1`` in its sentence."""
    sent_end = doc[end - 1].sent.end
    return all(doc[k].is_space for k in range(end, sent_end))


def _yuan_sign(sent: Span, start: int, end: int) -> bool:
    """Whether a figure written with the yen sign is in yuan: the sentence speaks of China or the yuan."""
    doc = sent.doc
    if not any(doc[k].text.startswith(units.YEN_SIGN) for k in range(start, end)):
        return False
    return any(t.lower_ in units.YUAN_CONTEXT for t in sent) and not any(t.lower_ == "yen" for t in sent)


def _sentence_currency(sent: Span) -> str | None:
    for tok in sent:
        if tok.text in units.CURRENCY_PREFIX:
            return units.CURRENCY_PREFIX[tok.text]
        if tok.lower_ in units.CURRENCY_WORDS and tok.lower_ not in units.POUND_WORDS:
            return units.CURRENCY_WORDS[tok.lower_]
        if tok.text in units.CURRENCY_CODES:
            return units.CODE_ALIASES.get(tok.text, tok.text)
    return None


def _sentence_chars(sent: Span) -> tuple[int, int]:
    """A sentence's characters without the whitespace spaCy leaves on its edges.

    spaCy ends a paragraph's last sentence with its "\n\n" token: kept, every
    stored sentence (and CSV cell) would end in a line break.
    """
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    end = sent.start_char + len(text.rstrip())
    return (start, end) if start < end else (sent.start_char, sent.end_char)


class Quantities(Guarded):
    """The component: ``doc._.claims`` from the parsed doc and its times."""

    def __init__(self, name: str, approx_band: float = APPROX_BAND) -> None:
        super().__init__(name)
        self.approx_band = approx_band

    def run(self, doc: Doc) -> None:
        # extract_claims is this module's global, looked up at each call: the seam tests replace.
        doc._.claims = extract_claims(doc, approx_band=self.approx_band)

    def give_up(self, doc: Doc, exc: Exception) -> None:
        doc._.claims = []  # bad input degrades to no claims, never a crash


@Language.factory(
    "newsledger_quantities",
    default_config={"approx_band": APPROX_BAND},
    # doc._.published and doc._.article_id are read too, but the caller sets them, no component.
    # token.pos is read; the attribute ruler derives it from token.tag (see newsledger_entities).
    requires=["doc._.times", "token.dep", "token.tag", "doc.sents"],
    assigns=["doc._.claims"],
)
def make_quantities(nlp: Language, name: str, approx_band: float) -> Quantities:
    # All word tables are module-level constants built at import: nothing per doc.
    return Quantities(name, approx_band=approx_band)
