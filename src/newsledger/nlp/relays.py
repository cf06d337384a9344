"""Media that relay a speaker: a medium named beside a source is its ``via``, not the source.

"told CNN", "in an interview with the BBC", "citing a Reuters report",
"..., according to the newspaper", "Citing unnamed officials, the newspaper
said" (the officials are the source, the newspaper the medium), "State media
Tass reported that the minister said" (the minister speaks through Tass).
Split from :mod:`attribution` (the cue finder), which asks this for every cue.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from ..records import Source
from .attribution_phrases import Resolver, is_outlet, noun_phrase
from .doc_words import lemmas as lemma_column
from .doc_words import text as doc_text


class Relays:
    """The media of one Doc's attributions."""

    def __init__(self, doc: Doc, resolver: Resolver, make_source: Callable[[tuple[int, int], Token, str], Source]) -> None:
        self.doc = doc
        self.resolver = resolver
        self.make_source = make_source

    def outlet_name(self, head: Token) -> str | None:
        """The medium a phrase headed by head names, or None where it names no medium."""
        start, end = noun_phrase(head)
        phrase = self.doc[start:end]
        if not is_outlet(phrase.text, head):
            return None
        return self.resolver.resolve(phrase, head) or phrase.text

    def relayed(self, verb: Token, source: Source, lemma: str) -> Source:
        """The source with its medium: "told CNN", "in an interview with the BBC", "citing a Reuters report".

        "Citing unnamed officials, the newspaper said": the newspaper is the
        medium and the officials the source.
        """
        via: str | None = None
        for child in verb.children:
            if child.dep_ in {"dobj", "dative"} and lemma == "tell":
                via = via or self.outlet_name(child)
            elif child.dep_ == "prep" and child.lower_ in {"in", "on", "to", "with"}:
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    via = via or self.outlet_name(pobj)
                    for prep in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ in {"with", "to", "on"}):
                        for inner in (c for c in prep.children if c.dep_ == "pobj"):
                            via = via or self.outlet_name(inner)  # "in an interview with the BBC"
        # a "citing" is looked for among the lemmas the subtree spans before the subtree is walked
        citing = "cite" in lemma_column(self.doc)[verb.left_edge.i : verb.right_edge.i + 1]
        for tok in verb.subtree if citing else ():
            if tok.lemma_.lower() != "cite" or tok.tag_ != "VBG":
                continue
            cited = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if cited is None:
                continue
            if source.span is not None and self.is_outlet_source(source):
                # The medium cites who it heard it from: they are the source.
                start, end = noun_phrase(cited)
                inner = self.make_source((start, end), cited, source.cue or "")
                return dataclasses.replace(inner, via=source.entity or source.name)
            outlet = self.outlet_name(cited)
            if outlet is None:
                outlet = next((self.outlet_name(c) for c in cited.children if c.dep_ in {"compound", "poss"} and self.outlet_name(c)), None)
            via = via or outlet  # "citing a Reuters report"
        return dataclasses.replace(source, via=via) if via else source

    def is_outlet_source(self, source: Source) -> bool:
        if source.span is None:
            return False
        span = self.doc.char_span(source.span[0], source.span[1], alignment_mode="expand")
        return span is not None and is_outlet(span.text, span.root)

    def _right_after(self, speaker: Any, relay: Any) -> bool:
        """Whether an "according to" follows a speaker's cue with only a comma between: "the agency said, according to"."""
        between = doc_text(self.doc)[speaker.cue_span[1] : relay.cue_span[0]]  # Doc.text joins every token
        return speaker.cue_span[1] <= relay.cue_span[0] and between.strip() in ("", ",")

    def through_media(self, found: list[Any]) -> list[Any]:
        """A medium relaying a speaker becomes the speaker's ``via`` and stops being a source.

        "The governor said ..., according to the newspaper" and "State media
        Tass reported that the minister said ...": the governor and the minister
        are the sources, the newspaper and Tass the media they spoke through.
        """
        if len(found) < 2:
            return found
        media = [
            a for a in found
            if a.source is not None and a.kind in {"according", "verb"}
            and (self.is_outlet_source(a.source) or a.kind == "according")
        ]
        if not media:
            return found
        out = list(found)
        for m in media:
            outlet = self.is_outlet_source(m.source)
            # "..., the agency said, according to Rep. Lee, who attended the session": a person or body
            # that tells of the speech act right before it relays it too (a speaker named like a medium
            # included); "Most voters said she ..., according to a poll" stays the poll's
            speakers = [
                a for a in out
                if a is not m and a.source is not None and a.source.span is not None and a.kind in {"verb", "bare"}
                and (outlet and not self.is_outlet_source(a.source) or not outlet and self._right_after(a, m))
                and ((m.kind == "according" and outlet) or m.content[0] <= a.cue_span[0] < m.content[1])
            ]
            if not speakers:
                continue
            via = m.source.entity or m.source.name
            for a in speakers:
                if a.source.via is None:
                    out[out.index(a)] = dataclasses.replace(a, source=dataclasses.replace(a.source, via=via))
            out.remove(m)
        return out
