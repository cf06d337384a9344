"""Sources: who every claim and statement is attributed to.

``newsledger_sources`` runs last. It finds the attribution cues of the Doc
(:mod:`newsledger.nlp.attribution`) and the quotations (:mod:`newsledger.nlp.quotes`),
then:

- builds ``doc._.statements``: one record per quotation (``direct`` true, span
  inside the marks) and one per reported clause (``direct`` false, span the
  clause: "X said that <...>", "<...>, X said", "according to X, <...>",
  ending with the closing mark where the clause ends in a quotation);
- replaces every claim in ``doc._.claims`` with a copy carrying its ``source``
  and ``statement_date``.

Decisions, documented because the record keeps one source per claim:

- **Nested attribution** ("X said that Y reported ..."; "..., Shoigu told Kim,
  according to the media"): a claim takes the *outermost* attribution, the one
  the outlet itself vouches for: X, or the media relay. Each layer still gets
  its own statement record (Y's statement lies inside X's), so the chain is
  kept in the statements; but a belief or a speech act without a clause inside
  another's clause ("X said he believes ...", "X said Y urged them to ...") is
  part of X's statement, no record of its own. A quotation's statement takes
  the *innermost* speaker, whose words they are.
- **Media relays** ("The governor said ..., according to the newspaper",
  "State media Tass reported that the minister said ...", "told CNN", "in an
  interview with the BBC", "citing a Reuters report"): the speaker is the
  source and the medium its ``via`` (records v2). A medium that speaks for
  itself ("said the North Korean state news agency KCNA") stays the source,
  with no ``via``.
- **Citing** ("Reuters reported that 7 banks failed, citing people familiar
  with the matter"): the one who cites is the source and the cited stays a
  statement of its own, because the cited stands inside the citer's account;
  but where the citer is a medium ("Citing unnamed officials, the newspaper
  said"), the cited are the source and the medium the ``via``.
- **One quotation, one statement**: a quotation broken by its own cue
  ("“We will not leave,” she said, “until the last family is safe.”", or
  "... she said. “We have been ready for weeks.”") is one statement whose
  span runs from inside the first opening mark to inside the last closing
  mark, so it holds the interrupting cue; so is a quotation run over several
  paragraphs (each opened with a mark, only the last closed). Quoted words
  inside a reported clause ("said the camp was “overflowing”") are part of
  that clause's statement, not a statement of their own.
- **Quotations without a cue** take, in order: the subject of the clause they
  stand in ("Moore thanked him for “...”", "She called it “...”"; a short
  quotation only under a verb of calling, praising or blaming); the speaker
  of a colon before them ("Cruz called them on it: “...”"); the carried
  source below. Quoted titles ("“Orange Is the New Black”") are no statements.
- A cue with no content of its own ("Moscow denied the report") covers its
  sentence only where no cue with content does ("..., while Kyiv said 14
  civilians were killed" gives Kyiv).
- **Carry-over**: a sentence with no cue of its own, in the same paragraph (a
  line break ends one), takes the source of the attributed sentence right
  before it; a sentence further on takes it only when its subject refers back
  ("he", "they", "the country", "the ministry"). A carried source has ``span``
  None. A quotation with no cue carries the last statement's source in its
  paragraph (or the previous paragraph's, when it opens its own paragraph
  right after an attributed quotation).
- A figure the outlet asserts itself (no cue, nothing to carry) keeps
  ``source`` None. Quotations of fewer than four words with no speaker (scare
  quotes) are not statements.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from spacy.language import Language
from spacy.tokens import Doc

from ..lang.en.carryover import FIGURE_ANAPHOR_DETS, FIGURE_ANAPHORS
from ..lang.en.reporting import ANAPHOR_HEADS, GROUP_PRONOUNS, PERSON_PRONOUNS
from ..lang.en.tense import COMPARISON_LEADS
from ..records import ClaimRecord, Source, StatementRecord
from .clauses import climb_to_verb
from .doc_words import text as doc_text
from .guarded import Guarded
from .attribution import Attribution, Finder
from .quotes import Quote, find_quotes

_NEWLINE = re.compile("\n")

_MIN_UNATTRIBUTED_QUOTE_WORDS = 4


_SMALL_WORDS = frozenset("a an and as at by for from in is of on or the to with".split())


def _is_title(words: str) -> bool:
    """True for a quoted name of a show, book or campaign: "Orange Is the New Black", "MAKE AMERICA GREAT"."""
    tokens = [w.strip(".,!?:;\"'()") for w in words.split()]
    tokens = [w for w in tokens if w and w.lower() not in _SMALL_WORDS]
    return bool(tokens) and all(w[0].isupper() or w[0].isdigit() for w in tokens)


def _contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


_COMPARED = re.compile(rf"^[^.;:!?\"“”]*,\s*(?:{'|'.join(COMPARISON_LEADS)})\s+$", re.I)


def _compared_after(text: str, span: tuple[int, int], atts: list[Attribution]) -> Attribution | None:
    """The attribution a comparison after it belongs to: "grew 1.4%, Rosstat said last week, down from
    4.5% in the fourth quarter" (the earlier figure is the same source's, set against its content)."""
    for a in atts:
        end = max(a.cue_span[1], a.source.span[1] if a.source is not None and a.source.span else 0)
        if a.source is not None and a.content[1] <= a.cue_span[0] and end <= span[0] and _COMPARED.match(text[end : span[0]]):
            return a
    return None


class SourceAttributor(Guarded):
    """The component: statements and claim sources for one Doc at a time."""

    def __init__(self, name: str, min_unattributed_quote_words: int = _MIN_UNATTRIBUTED_QUOTE_WORDS) -> None:
        super().__init__(name)
        # Shorter quotations with no speaker are scare quotes or titles, not statements.
        self.min_unattributed_quote_words = min_unattributed_quote_words

    def give_up(self, doc: Doc, exc: Exception) -> None:
        doc._.statements = []  # bad input degrades to unattributed claims and no statements

    def run(self, doc: Doc) -> None:
        text = doc_text(doc)
        article_id = doc._.article_id or ""
        quotes = find_quotes(text)
        finder = Finder(doc, doc._.entities or [], doc._.times or [], [q.outer for q in quotes])
        atts = finder.find()
        sents = list(doc.sents)
        sent_starts = [s.start_char for s in sents]
        newlines = [m.start() for m in _NEWLINE.finditer(text)]

        def para(pos: int) -> int:
            return bisect.bisect_right(newlines, pos)

        def sent_of(pos: int) -> int:
            return max(0, bisect.bisect_right(sent_starts, pos) - 1)

        by_sent: dict[int, list[Attribution]] = {}
        for a in atts:
            by_sent.setdefault(a.sent_index, []).append(a)

        statements: list[StatementRecord] = []
        quote_atts: list[Attribution] = []
        last_in_para: dict[int, tuple[Source, str | None, bool]] = {}
        stated = sorted(atts, key=lambda a: a.cue_span[0])

        # Indirect statements first, in text order, remembering each paragraph's last source.
        indirect: list[tuple[tuple[int, int], Attribution]] = []
        for a in stated:
            if a.kind == "bare" or a.source is None:
                continue
            if a.minor and any(
                o is not a and o.kind != "bare" and _contains(o.content, a.content) and o.content[0] <= a.cue_span[0] < o.content[1]
                for o in atts
            ):
                continue  # "he said he believes ...", "said he had urged them to ...": part of that statement
            if self._mostly_quoted(text, a.content, quotes):
                continue
            span = self._through_closing_mark(text, a.content, quotes)
            statements.append(StatementRecord(article_id, span, text[span[0] : span[1]], a.source, a.cue, False))
            indirect.append((span, a))

        direct_outers: list[tuple[int, int]] = []
        for group in self._quote_groups(text, quotes, atts, sent_of):
            first, last = group[0], group[-1]
            span = (first.start, last.end)
            outer = (first.open_at, last.outer[1])
            att = next((a for a in (self._quote_source(q, atts, sent_of) for q in group) if a is not None), None)
            if any(
                _contains(c, outer) and (a.kind not in {"according", "citing"} or att is None or att is a or att.source is None)
                for c, a in indirect
            ):
                # Quoted words inside a reported clause are part of that statement, unless
                # they are a speaker's own inside a relay: "“...,” Shoigu told Kim, according to the media".
                continue
            if direct_outers and _contains(direct_outers[-1], outer):
                continue  # a quoted title inside a quotation's pieces: part of that statement
            direct_outers.append(outer)
            if att is None or att.source is None:
                words = sum(len(text[q.start : q.end].split()) for q in group)
                att = finder.quote_speaker(first.outer, words) or att
            source: Source | None = None
            cue: str | None = None
            if att is not None and att.source is not None:
                source, cue = att.source, att.cue
            else:
                p = para(first.open_at)
                carried = last_in_para.get(p)
                if carried is None and (first.open_at == 0 or text[first.open_at - 1] == "\n"):
                    # The paragraph before, over any blank lines between.
                    back = len(text[: first.open_at].rstrip())
                    prev_p = para(max(0, back - 1))
                    prev = last_in_para.get(prev_p) if back else None
                    if prev is not None and prev[2]:
                        carried = prev
                    elif back and self._whole_paragraph(text, outer):
                        # A paragraph that is nothing but a quotation, after one that
                        # reports a speaker ("Blackwell said ...\n\n“...”"): theirs.
                        carried = self._last_statement_in_para(statements, back, para, prev_p)
                if carried is None:
                    carried = self._last_statement_in_para(statements, first.open_at, para, p)
                if carried is not None:
                    source = dataclasses.replace(carried[0], span=None)
                    cue = carried[1]
            words = sum(len(text[q.start : q.end].split()) for q in group)
            if words <= 8 and _is_title(text[span[0] : span[1]]) and not (att is not None and _contains(att.content, span)):
                continue  # a name beside a cue, not what it says: "Christie said on “This Week.”"
            if source is None and (words < self.min_unattributed_quote_words or _is_title(text[span[0] : span[1]])):
                continue
            statements.append(StatementRecord(article_id, span, text[span[0] : span[1]], source, cue, True))
            if source is not None:
                last_in_para[para(last.open_at)] = (source, cue, True)
                quote_atts.append(Attribution(source, cue, span, outer, sent_of(first.start), att.date if att else None, "quote"))

        statements.sort(key=lambda s: s.span)
        doc._.statements = statements

        claims = doc._.claims
        if not claims:
            return
        everything = atts + quote_atts
        out: list[ClaimRecord] = []
        for claim in claims:
            out.append(self._attribute(doc, claim, everything, by_sent, sents, sent_of, para))
        doc._.claims = out

    @staticmethod
    def _mostly_quoted(text: str, content: tuple[int, int], quotes: list[Quote]) -> bool:
        """True where a reported clause is nothing but quotations (a direct statement).

        "She said: “We will win.”" is the quotation's statement; "She said the
        camp was “overflowing”" is the clause's, the quoted words part of it.
        """
        if content[1] <= content[0]:
            return True
        inside = [False] * (content[1] - content[0])
        quoted = False
        for q in quotes:
            lo, hi = max(content[0], q.outer[0]), min(content[1], q.outer[1])
            if hi > lo:
                quoted = True
                inside[lo - content[0] : hi - content[0]] = [True] * (hi - lo)
        if not quoted:
            return False
        return not any(ch.isalnum() for ch, q in zip(text[content[0] : content[1]], inside) if not q)

    @staticmethod
    def _through_closing_mark(text: str, content: tuple[int, int], quotes: list[Quote]) -> tuple[int, int]:
        """A reported clause ending in a quotation ends with its closing mark, not a word before it;
        one opening with a quotation that closes inside it starts with the opening mark."""
        for q in quotes:
            if q.start == content[0] and q.close_at is not None and q.outer[1] <= content[1]:
                content = (q.open_at, content[1])  # "said that “a wise Latina” can bring ..."
                break
        for q in quotes:
            if content[0] <= q.open_at < content[1] < q.outer[1]:
                # The quoted words go on past the clause the parse gave (a second sentence,
                # an aside): "X said Carson is “losing strength. Some of his support ...”".
                return (content[0], q.outer[1])
        return content

    @classmethod
    def _quote_groups(cls, text: str, quotes: list[Quote], atts: list[Attribution], sent_of) -> list[list[Quote]]:
        """Quotations that make one statement: pieces around their own cue, and paragraphs run on.

        "“We will not leave,” she said, “until the last family is safe.”" is one
        statement, and so is "“We are ready,” she said. “We have been for weeks.”":
        the gap between two pieces holds only the cue clause of the first, and the
        second has no cue of its own. A quotation left open at its paragraph's end
        goes on where the next paragraph opens with a quote mark (news copy opens
        each paragraph of a long quotation and closes only the last).
        """
        groups: list[list[Quote]] = []
        owner: Attribution | None = None
        last = -1  # the group a later piece may continue; a quoted title between does not end it
        for q in quotes:
            words = text[q.start : q.end]
            if last >= 0 and len(words.split()) <= 8 and _is_title(words) and q.close_at is not None:
                # "..., Christie said on ABC's “This Week.” “And ...”": the show's name
                # is a statement of none, and the quotation goes on after it.
                groups.append([q])
                continue
            own = cls._quote_source(q, atts, sent_of)
            if last >= 0 and cls._continues(text, groups[last][-1], q, owner, own):
                groups[last].append(q)
                owner = owner or own
                continue
            groups.append([q])
            last = len(groups) - 1
            owner = own
        return groups

    @staticmethod
    def _continues(text: str, last: Quote, q: Quote, owner: Attribution | None, own: Attribution | None) -> bool:
        gap = text[last.outer[1] : q.open_at]
        if last.close_at is None:
            # Left open: the next paragraph's opening mark takes it up again.
            return gap != "" and gap.strip() == "" and "\n" in gap
        if owner is None or owner.source is None or "\n" in gap or len(gap) > 300:
            return False
        if not (last.outer[1] <= owner.cue_span[0] < q.open_at):
            return False  # the cue between the pieces must be the first piece's own
        if last.outer[1] <= owner.content[0] < q.open_at:
            return False  # the gap says something of its own: "“Title,” X said Y. “...”"
        if own is not None and own is not owner:
            return False  # "“A,” she said. “B,” he replied.": two speakers
        closing = text[last.end : last.outer[1]]
        return any(ch in closing for ch in ",—–") or gap.rstrip().endswith((".", ","))

    @staticmethod
    def _quote_source(q: Quote, atts: list[Attribution], sent_of) -> Attribution | None:
        """The speaker of a quotation: the innermost cue whose content holds it, else a cue beside it."""
        inner = (q.start, q.end)
        holding = [a for a in atts if a.kind in {"verb", "trailing"} and _contains(a.content, inner)]
        if holding:
            return min(holding, key=lambda a: a.content[1] - a.content[0])
        first, last = sent_of(q.open_at), sent_of(max(q.open_at, q.end - 1))
        beside = [
            a for a in atts
            if a.kind in {"verb", "bare"} and first <= a.sent_index <= last
            and not (q.outer[0] <= a.cue_span[0] < q.outer[1])
        ]
        if beside:
            return min(beside, key=lambda a: min(abs(a.cue_span[0] - q.outer[1]), abs(a.cue_span[0] - q.outer[0])))
        holding = [a for a in atts if _contains(a.content, inner)]
        if holding:
            return min(holding, key=lambda a: a.content[1] - a.content[0])
        return None

    @staticmethod
    def _whole_paragraph(text: str, outer: tuple[int, int]) -> bool:
        end = text.find("\n", outer[1])
        return not text[outer[1] : end if end >= 0 else len(text)].strip()

    @staticmethod
    def _last_statement_in_para(statements, pos: int, para, p: int):
        best = None
        for s in statements:
            if s.source is not None and s.span[1] <= pos and para(s.span[0]) == p:
                if best is None or s.span > best.span:
                    best = s
        return (best.source, best.cue, best.direct) if best is not None else None

    @staticmethod
    def _refers_back(doc: Doc, sent) -> bool:
        """True where a sentence's subject points back: "he", "they", "the country"."""
        for tok in sent:
            if tok.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if tok.lower_ in PERSON_PRONOUNS or tok.lower_ in GROUP_PRONOUNS:
                return True
            if tok.lemma_.lower() in ANAPHOR_HEADS and any(c.lower_ in {"the", "this"} for c in tok.lefts):
                return True
        return False

    @staticmethod
    def _second_reported_clause(doc: Doc, span: tuple[int, int], atts: list[Attribution]) -> Attribution | None:
        """The attribution whose verb a figure's "and that ..." clause is joined to: "X said it was the
        65th exchange, and that 4,757 Ukrainians had been freed" reports both clauses."""
        tok = doc.char_span(span[0], span[1], alignment_mode="expand")
        if tok is None or len(tok) == 0:
            return None
        verb = climb_to_verb(tok.root, 8)
        if verb.dep_ != "conj" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            return None
        cue = verb.head.idx
        return next((a for a in atts if a.source is not None and a.cue_span[0] == cue and a.kind == "verb"), None)

    def _attribute(self, doc: Doc, claim: ClaimRecord, atts, by_sent, sents, sent_of, para) -> ClaimRecord:
        span = claim.span
        holding = _in_scope(doc, span, [a for a in atts if a.source is not None and _contains(a.content, span)])
        if holding:
            # Outermost wins, but a cue with real content beats one that merely covers the
            # sentence, and a speaker beats the sources that speaker cites.
            rank = {"bare": 0, "citing": 1}
            best = max(
                holding,
                key=lambda a: (rank.get(a.kind, 2), a.content[1] - a.content[0], -a.cue_span[0]),
            )
            return dataclasses.replace(claim, source=best.source, statement_date=best.date)
        k = sent_of(span[0])
        if by_sent.get(k):
            again = self._second_reported_clause(doc, span, by_sent[k]) or _compared_after(doc_text(doc), span, by_sent[k])
            if again is not None:
                return dataclasses.replace(claim, source=again.source, statement_date=again.date)
            return claim  # the sentence has its own cue, and this figure is outside it
        p = para(span[0])
        goes_on = _figure_again(sents[k])
        for j in range(k - 1, -1, -1):
            if para(sents[j].start_char) != p and not (goes_on and j == k - 1):
                break
            found = [a for a in by_sent.get(j, []) if a.source is not None]
            if not found:
                continue
            if j == k - 1 or self._refers_back(doc, sents[k]):
                last = max(found, key=lambda a: a.cue_span[0])
                carried = dataclasses.replace(last.source, span=None)
                return dataclasses.replace(claim, source=carried, statement_date=last.date)
            break
        return claim


def _in_scope(doc: Doc, span: tuple[int, int], holding: list[Attribution]) -> list[Attribution]:
    """The attributions that hold a claim, less an "according to" whose scope the claim is outside.

    Two "according to" phrases of one sentence ("About 3.5 million have been displaced, according to
    the UN, and at least 6,200 killed, according to a monitoring group"): each figure is the next one's
    after it. And an "according to" the parse hangs on a clause of its own ("The ministry says 61,000
    have been killed in the offensive, which began after militants attacked, killing some 1,200 people,
    according to Israeli tallies") gives the figures of that clause only, where a speaker's verb holds
    the others.
    """
    according = [a for a in holding if a.kind == "according"]
    if not according:
        return holding
    if len(according) > 1:
        after = [a for a in according if a.cue_span[0] >= span[1]]
        if after:
            nearest = min(after, key=lambda a: a.cue_span[0])
            holding = [a for a in holding if a.kind != "according" or a is nearest]
            according = [nearest]
    speakers = [a for a in holding if a.kind == "verb"]
    if not speakers:
        return holding
    fig = doc.char_span(span[0], span[1], alignment_mode="expand")
    if fig is None or not len(fig):
        return holding
    out = []
    for a in holding:
        if a.kind == "according":
            cue = doc.char_span(a.cue_span[0], a.cue_span[1], alignment_mode="expand")
            if cue is not None and len(cue):
                clause = _clause_above(cue[0])
                if clause is not None and clause.dep_ in ("advcl", "relcl", "acl", "conj") and not (
                    clause.left_edge.i <= fig.root.i <= clause.right_edge.i
                ):
                    continue
        out.append(a)
    return out


def _clause_above(tok):
    """The verb an "according" phrase hangs on."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _figure_again(sent) -> bool:
    """Whether a sentence's subject is a figure named again: "The number includes 1,090 casualties"."""
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in FIGURE_ANAPHORS and any(
            c.dep_ == "det" and c.lower_ in FIGURE_ANAPHOR_DETS for c in tok.children
        ):
            return True
    return False


@Language.factory(
    "newsledger_sources",
    default_config={"min_unattributed_quote_words": _MIN_UNATTRIBUTED_QUOTE_WORDS},
    requires=["doc._.claims", "doc._.entities", "doc._.times", "token.dep"],
    assigns=["doc._.claims", "doc._.statements"],
)
def make_sources(nlp: Language, name: str, min_unattributed_quote_words: int) -> SourceAttributor:
    return SourceAttributor(name, min_unattributed_quote_words=min_unattributed_quote_words)
