"""The ``newsledger_events`` spaCy component: event records from the parse and the other components' records.

It runs after ``newsledger_sources`` (and ``newsledger_holds``): it reads the
entities (with their ``geo``), the times, the sourced claims and the
statements, and writes ``doc._.events``. Per sentence it finds the triggers
(:mod:`.triggers`), then each event's roles (:mod:`.roles`) and its ACLED code
(:mod:`.acled`). The work is a pass over each sentence's tokens with dictionary
lookups, and the role readers only look at the trigger's own words.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...records import EventRecord
from ..geocode import article_countries, load_geocoder
from ..guarded import Guarded
from .acled import acled_code
from .roles import Context
from .triggers import find_triggers, modality, mode_with_actor, plover_type


class EventCoder(Guarded):
    """The component: triggers, roles, ACLED codes."""

    def run(self, doc: Doc) -> None:
        events: list[EventRecord] = []
        sents = list(doc.sents)
        found = [(s, find_triggers(s)) for s in sents]
        if not any(t for _, t in found):
            doc._.events = events
            return
        geocoder = load_geocoder()
        countries = article_countries([e.country for e in doc._.entities or ()])
        ctx = Context(doc, geocoder, countries)
        article_id = doc._.article_id or ""
        for sent, triggers in found:
            for trig in triggers:
                mood = modality(trig)
                etype, mode = plover_type(trig, mood)
                actor, recipient = ctx.sides(trig)
                if etype == "ASSAULT" and actor is not None:
                    mode = mode_with_actor(mode, actor.name)
                lo, hi = trig.tokens
                words = doc[lo:hi]
                events.append(
                    EventRecord(
                        article_id,
                        (words.start_char, words.end_char),
                        words.text,
                        (sent.start_char, sent.end_char),
                        etype,  # type: ignore[arg-type]
                        mode,
                        (),
                        acled_code(trig, mode, actor, recipient) if etype == trig.event_type else None,
                        actor,
                        recipient,
                        ctx.place(trig, actor, recipient),
                        ctx.time(trig, mood),
                        ctx.counts(trig),
                        mood,  # type: ignore[arg-type]
                        ctx.source(trig),
                    )
                )
        doc._.events = events

    def give_up(self, doc: Doc, exc: Exception) -> None:
        doc._.events = []


@Language.factory(
    "newsledger_events",
    requires=["doc._.entities", "doc._.times", "doc._.claims", "doc._.statements", "token.dep"],
    assigns=["doc._.events"],
)
def make_events(nlp: Language, name: str) -> EventCoder:
    return EventCoder(name)
