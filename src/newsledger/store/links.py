"""Copy linking in SQL: candidates from the band-key index, links and relations written back.

Which article is a copy of which, and which of its claims are its
original's, is decided in :mod:`newsledger.reconcile`; this module looks up
what those decisions need (band keys, stored signatures and facts) and
writes what they decide (original ids, claim links, update relations).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..records import ArticleRecord
from ..reconcile import signatures
from ..reconcile.claims import CLAIM_KEY_COLS, ClaimKey, match_claims, order_key
from ..reconcile.facts import (
    DATE_TYPES,
    Facts,
    FactsOf,
    conflict,
    content_words,
    facts_from_json,
    facts_to_json,
    same_report,
    to_date,
    word_overlap,
)
from . import dialects
from .groups import Group
from .schema import (
    article_minhash,
    article_relations,
    articles,
    claim_articles,
    claims,
    entities,
    lsh_bands,
    times,
)


_ROOT = articles.alias("root")

MAX_BAND_HITS = 400
MAX_CANDIDATES = 64
GROUP_PROBE = 16
# Similar articles checked for conflicting figures per new article, and how
# many of the conflicting ones (the most similar) are recorded as related:
# enough to show an update's series, bounded so that a long series does not
# make each article cost more than the last.
SCREEN_MAX = 16
RELATED_MAX = 4


def _claim_key_cols() -> list[sa.Column]:
    return [claims.c[name] for name in CLAIM_KEY_COLS]


def load_facts(conn: Connection, ids: Iterable[str]) -> dict[str, Facts]:
    """The figures, dates and names of stored articles (an article with none gets empty facts)."""
    ids = list(dict.fromkeys(ids))
    found = {a: FactsOf() for a in ids}
    for i in range(0, len(ids), 400):
        chunk = ids[i : i + 400]
        for r in conn.execute(
            sa.select(claims.c.article_id, claims.c.value, claims.c.low, claims.c.high, claims.c.unit, claims.c.measure)
            .where(claims.c.article_id.in_(chunk))
        ):
            found[r.article_id].claim(r.value, r.low, r.high, r.unit, r.measure)
        for r in conn.execute(
            sa.select(times.c.article_id, times.c.text, times.c.timex_type, times.c.value, times.c.start, times.c.end)
            .where(times.c.article_id.in_(chunk), times.c.timex_type.in_(DATE_TYPES))
        ):
            found[r.article_id].time(r.text, r.timex_type, r.value, r.start, r.end)
        for r in conn.execute(
            sa.select(entities.c.article_id, entities.c.text, entities.c.canonical).where(entities.c.article_id.in_(chunk))
        ):
            found[r.article_id].entity(r.text, r.canonical)
    return {a: f.facts() for a, f in found.items()}


def _index_keys(group: Group) -> list[tuple[int, int]]:
    """(band, key) of an article in lsh_bands: its MinHash bands, then its figure keys."""
    assert group.signature is not None
    return [*enumerate(group.signature.keys), *((signatures.FACT_BAND, k) for k in group.fact_keys)]


class CopyLinker:
    """Copy linking for one batch: one LSH lookup for the whole batch, then per article.

    Band keys are looked up for every new article at once; articles of the
    same batch find each other in memory. A copy stores only the band keys
    that no stored article has yet: keys it shares are already found through
    its group, so a large group of near-identical reports does not make any
    key's list grow, and each lookup stays O(1). An article that is no copy
    (an original, or an update of a similar report) stores all its keys: its
    own copies must find it, not only the report it updates.
    """

    def __init__(
        self, conn: Connection, new_claims: dict[str, list[ClaimKey]], new_facts: dict[str, Facts] | None = None
    ) -> None:
        self.conn = conn
        self.dialect = dialects.of(conn)
        self.new_claims = new_claims
        self.new_facts = new_facts or {}
        self.by_key: dict[tuple[int, int], list[str]] = {}
        self.sigs: dict[str, Any] = {}
        self.facts: dict[str, Facts] = {}
        self.bands: list[dict[str, Any]] = []
        self.minhashes: list[dict[str, Any]] = []
        self.original_claims: dict[str, list[ClaimKey]] = {}
        self.links: list[dict[str, Any]] = []
        self.same_as: list[tuple[int, int]] = []
        self.relations: dict[tuple[str, str], dict[str, Any]] = {}
        self.updated: set[str] = set()
        self.vocab: dict[str, frozenset[str]] = {}
        self.texts: dict[str, str] = {}

    def prefetch(self, groups: list[Group]) -> None:
        """Look up the stored articles holding any band key of the batch, in a few queries."""
        pairs = sorted({p for g in groups if g.signature is not None for p in _index_keys(g)})
        for i in range(0, len(pairs), 400):  # stay well under any bind-parameter limit
            chunk = pairs[i : i + 400]
            for r in self.conn.execute(
                sa.select(lsh_bands.c.band, lsh_bands.c.key, lsh_bands.c.article_id)
                .where(sa.tuple_(lsh_bands.c.band, lsh_bands.c.key).in_(chunk))
                .limit(MAX_BAND_HITS * 10)
            ):
                self.by_key.setdefault((r.band, r.key), []).append(r.article_id)

    def _signatures(self, ids: list[str]) -> None:
        missing = [a for a in ids if a not in self.sigs]
        if missing:
            for r in self.conn.execute(
                sa.select(article_minhash.c.article_id, article_minhash.c.signature, article_minhash.c.facts).where(
                    article_minhash.c.article_id.in_(missing)
                )
            ):
                self.sigs[r.article_id] = signatures.from_bytes(r.signature)
                if r.facts is not None and r.article_id not in self.facts:
                    self.facts[r.article_id] = facts_from_json(r.facts)

    def _facts(self, ids: list[str]) -> dict[str, Facts]:
        missing = [a for a in ids if a not in self.facts]
        if missing:
            self.facts.update(load_facts(self.conn, missing))
        return {a: self.facts[a] for a in ids}

    def link(self, group: Group, seq: int) -> bool:
        head: ArticleRecord = group.records[0]  # type: ignore[assignment]
        sig = group.signature
        if sig is None:
            return False
        pairs = _index_keys(group)
        # Candidates that share the most bands first: under the cap, templated
        # reports sharing a few bands must not crowd out the copy's original.
        shared: dict[str, int] = {}
        by_figures: dict[str, int] = {}
        for p in pairs:
            for a in self.by_key.get(p, ()):
                if a != head.id:
                    shared[a] = shared.get(a, 0) + 1
                    if p[0] == signatures.FACT_BAND:
                        by_figures[a] = by_figures.get(a, 0) + 1
        cand = sorted(shared, key=lambda a: -shared[a])[:MAX_CANDIDATES]
        self._signatures(cand)
        self.sigs[head.id] = sig.values
        # Its facts and words are at hand: no need to read back what was just written.
        self.facts[head.id] = self.new_facts.get(head.id) or FactsOf().facts()
        self.texts[head.id] = head.text
        self.minhashes.append(
            {"article_id": head.id, "signature": sig.to_bytes(), "facts": facts_to_json(self.facts[head.id])}
        )
        best = self._matches(sig.values, cand)
        if not best and cand:
            # A copy stores only its novel band keys, so a copy of a copy may
            # reach the group through its original alone and fall under the
            # threshold there: try the latest members of the groups it hit.
            members = self.conn.execute(
                sa.select(articles.c.id)
                .where(
                    articles.c.original_id.in_(sa.select(articles.c.original_id).where(articles.c.id.in_(cand))),
                    articles.c.id.not_in([*cand, head.id]),
                )
                .order_by(articles.c.seq.desc())
                .limit(GROUP_PROBE)
            ).scalars().all()
            self._signatures(list(members))
            best = self._matches(sig.values, list(members))
        best = self._screen(head.id, best)
        if not best:
            best = self._same_facts(head.id, [a for a in cand if by_figures.get(a, 0) >= signatures.FACT_MIN_PAIRS])
        joined = bool(best) and self._join(head, seq, best)
        for p in pairs:
            holders = self.by_key.setdefault(p, [])
            if not holders or (not joined and head.id not in holders):
                self.bands.append({"band": p[0], "key": p[1], "article_id": head.id})
                holders.append(head.id)
        return joined

    def _matches(self, values: Any, ids: list[str]) -> dict[str, float]:
        found = {}
        for a in ids:
            if a in self.sigs:
                sim = signatures.similarity(values, self.sigs[a])
                if sim >= signatures.THRESHOLD:
                    found[a] = sim
        return found

    def _same_facts(self, article_id: str, ids: list[str]) -> dict[str, float]:
        """The articles sharing its figures that are copies in other words (see same_report)."""
        if not ids:
            return {}
        facts = self._facts([article_id, *ids])
        words = self._words([article_id, *ids])
        mine = self.sigs[article_id]
        return {
            a: signatures.similarity(mine, self.sigs[a])
            for a in ids
            if a in self.sigs and same_report(facts[article_id], facts[a], word_overlap(words[article_id], words[a]))
        }

    def _words(self, ids: list[str]) -> dict[str, frozenset[str]]:
        for a in ids:
            if a not in self.vocab and a in self.texts:
                self.vocab[a] = content_words(self.texts[a])
        missing = [a for a in ids if a not in self.vocab]
        if missing:
            for r in self.conn.execute(sa.select(articles.c.id, articles.c.text).where(articles.c.id.in_(missing))):
                self.vocab[r.id] = content_words(r.text)
        return {a: self.vocab.get(a, frozenset()) for a in ids}

    def _screen(self, article_id: str, similar: dict[str, float]) -> dict[str, float]:
        """The similar articles that are copies; the others are recorded as updates."""
        if not similar:
            return similar
        # The most similar first, and only so many: in a long series of
        # templated bulletins every one is similar to dozens of others, and
        # the copy a new article is of is among the closest.
        ranked = sorted(similar, key=lambda a: -similar[a])[:SCREEN_MAX]
        facts = self._facts([article_id, *ranked])
        copies = {}
        related = 0
        for other in ranked:
            why = conflict(facts[article_id], facts[other])
            if why is None:
                copies[other] = similar[other]
            elif related < RELATED_MAX:
                self._relate(article_id, other, similar[other], why)
                related += 1
        return copies

    def _relate(self, article_id: str, other: str, sim: float | None, why: str) -> None:
        self.updated.add(article_id)
        self.relations.setdefault(
            (article_id, other),
            {"article_id": article_id, "related_id": other, "kind": "update", "reason": why, "similarity": sim},
        )

    def _join(self, head: ArticleRecord, seq: int, best: dict[str, float]) -> bool:
        conn = self.conn
        root = _ROOT
        found = conn.execute(
            sa.select(root.c.id, root.c.published, root.c.seq)
            .select_from(articles.join(root, root.c.id == articles.c.original_id))
            .where(articles.c.id.in_(list(best)))
        ).all()
        roots = {r.id: r for r in found}
        # A copy's claims are matched to its group's original: a report that
        # agrees with one of the group's copies but not with the original
        # (a cut-short copy lacks the very figure that changed) updates it.
        unchecked = [r for r in roots if r not in best]
        if unchecked:
            self._signatures(unchecked)
            facts = self._facts([head.id, *unchecked])
            for r in unchecked:
                why = conflict(facts[head.id], facts[r])
                if why is not None:
                    base = self.sigs.get(r)
                    self._relate(head.id, r, signatures.similarity(self.sigs[head.id], base) if base is not None else None, why)
                    del roots[r]
        if len(roots) > 1:
            # Joining groups makes one report of them: never two whose
            # originals conflict (a rewrite that agrees with a bulletin and
            # with its follow-up, each on what it names).
            facts = self._facts(list(roots))
            kept: list[str] = []
            for r in sorted(roots, key=lambda r: order_key(roots[r].published, roots[r].seq)):
                if all(conflict(facts[r], facts[k]) is None for k in kept):
                    kept.append(r)
            roots = {r: roots[r] for r in kept}
        if not roots:
            return False
        earliest_root = min(roots.values(), key=lambda m: order_key(m.published, m.seq))
        if len(roots) == 1 and order_key(earliest_root.published, earliest_root.seq) < order_key(
            to_date(head.published), seq
        ):
            # The usual case: a later copy joins one group whose original stays.
            self._signatures([earliest_root.id])
            base = self.sigs.get(earliest_root.id)
            sim = signatures.similarity(self.sigs[head.id], base) if base is not None else None
            conn.execute(
                sa.update(articles)
                .where(articles.c.id == head.id)
                .values(original_id=earliest_root.id, copy_similarity=sim)
            )
            self._link_new_copy(earliest_root.id, head.id)
            return True
        # The new article is earlier than the group's original, or joins
        # groups: the earliest of all becomes the original of every member.
        self.flush()
        members = conn.execute(
            sa.select(articles.c.id, articles.c.published, articles.c.seq).where(
                sa.or_(articles.c.original_id.in_(list(roots)), articles.c.id == head.id)
            )
        ).all()
        earliest = min(members, key=lambda m: order_key(m.published, m.seq)).id
        ids = [m.id for m in members]
        conn.execute(sa.update(articles).where(articles.c.id.in_(ids)).values(original_id=earliest))
        _set_similarities(conn, earliest, ids)
        relink_claims(conn, earliest)
        self.original_claims.clear()
        return True

    def _link_new_copy(self, original_id: str, copy_id: str) -> None:
        """Match a brand-new copy's claims to its original's (its own links exist already)."""
        if original_id not in self.original_claims:
            self.original_claims[original_id] = [
                ClaimKey(*r)
                for r in self.conn.execute(
                    sa.select(*_claim_key_cols()).where(claims.c.article_id == original_id).order_by(claims.c.ord)
                )
            ]
        for c, o in match_claims(self.original_claims[original_id], self.new_claims.get(copy_id, [])):
            self.links.append({"claim_id": o, "article_id": copy_id})
            self.same_as.append((c, o))

    def flush(self) -> None:
        """Write the signatures, band keys, claim links and relations gathered so far."""
        self.dialect.bulk_insert(self.conn, claim_articles, self.links)
        self.links = []
        self.dialect.set_same_as(self.conn, self.same_as)
        self.same_as = []
        if self.minhashes:
            self.dialect.bulk_insert(self.conn, article_minhash, self.minhashes)
            self.minhashes = []
        if self.bands:
            self.dialect.bulk_insert(self.conn, lsh_bands, self.bands)
            self.bands = []
        if self.relations:
            self.conn.execute(
                self.dialect.insert(article_relations).on_conflict_do_nothing(), list(self.relations.values())
            )
            self.relations = {}


def _set_similarities(conn: Connection, original_id: str, ids: list[str]) -> None:
    """copy_similarity: each copy's estimated Jaccard similarity to its group's original."""
    sigs = {
        r.article_id: signatures.from_bytes(r.signature)
        for r in conn.execute(
            sa.select(article_minhash.c.article_id, article_minhash.c.signature).where(
                article_minhash.c.article_id.in_([original_id, *ids])
            )
        )
    }
    base = sigs.get(original_id)
    values = [
        {"aid": a, "sim": None if a == original_id or base is None or a not in sigs else signatures.similarity(base, sigs[a])}
        for a in ids
    ]
    if values:
        conn.execute(
            sa.update(articles).where(articles.c.id == sa.bindparam("aid")).values(copy_similarity=sa.bindparam("sim")),
            values,
        )


def relink_claims(conn: Connection, original_id: str, copies: list[str] | None = None) -> None:
    """Point each copy's claims at the matching claims of the earliest copy.

    A copy's claim matches an original claim only when they agree on value,
    unit, change, measure (case-insensitive) and time (see match_claims);
    each original claim is matched at most once per copy, in text order.
    claim_articles then lists, for each original claim, every article that
    carries it. ``copies`` limits the work to those copies (a new copy joining
    a group); by default every member of the group is relinked.
    """
    if copies is None:
        copies = list(conn.execute(sa.select(articles.c.id).where(articles.c.original_id == original_id)).scalars())
        # The original's own claims point nowhere else.
        conn.execute(sa.update(claims).where(claims.c.article_id == original_id).values(same_as=None))
    copies = [a for a in copies if a != original_id]
    if not copies:
        return
    cols = _claim_key_cols()
    rows = conn.execute(
        sa.select(*cols).where(claims.c.article_id.in_(copies)).order_by(claims.c.article_id, claims.c.ord)
    ).all()
    originals = conn.execute(sa.select(*cols).where(claims.c.article_id == original_id).order_by(claims.c.ord)).all()
    links: list[dict[str, Any]] = [{"claim_id": r.id, "article_id": r.article_id} for r in rows]
    same_as: dict[int, int | None] = {r.id: None for r in rows}
    by_article: dict[str, list[Any]] = {}
    for r in rows:
        by_article.setdefault(r.article_id, []).append(r)
    for article_id, copy_claims in by_article.items():
        for c, o in match_claims(originals, copy_claims):
            same_as[c] = o
            links.append({"claim_id": o, "article_id": article_id})
    conn.execute(sa.delete(claim_articles).where(claim_articles.c.article_id.in_(copies)))
    dialect = dialects.of(conn)
    if links:
        conn.execute(dialect.insert(claim_articles).on_conflict_do_nothing(), links)
    dialect.set_same_as(conn, list(same_as.items()))


def repair_copy_links(conn: Connection) -> int:
    """Undo the copy links of a store written before copies were told from updates.

    Copy linking used to trust similarity alone and to match claims on their
    value alone when measures differed, so a templated report could be
    folded into another one and its claims hidden. Each copy whose figures
    or dates conflict with its group's original becomes an article of its
    own, recorded as an update of the original; every group's claims are
    then matched again under the strict rule. Returns how many copies were
    split off.
    """
    groups: dict[str, list[str]] = {}
    for r in conn.execute(
        sa.select(articles.c.id, articles.c.original_id).where(
            articles.c.original_id.is_not(None), articles.c.original_id != articles.c.id
        )
    ):
        groups.setdefault(r.original_id, []).append(r.id)
    split = 0
    dialect = dialects.of(conn)
    for root_id, members in groups.items():
        facts = load_facts(conn, [root_id, *members])
        updates = [(m, why) for m in members if (why := conflict(facts[m], facts[root_id])) is not None]
        for member, why in updates:
            sim = conn.execute(sa.select(articles.c.copy_similarity).where(articles.c.id == member)).scalar()
            conn.execute(
                sa.update(articles).where(articles.c.id == member).values(original_id=member, copy_similarity=None)
            )
            conn.execute(
                dialect.insert(article_relations).on_conflict_do_nothing(),
                [{"article_id": member, "related_id": root_id, "kind": "update", "reason": why, "similarity": sim}],
            )
            own = conn.execute(sa.select(claims.c.id).where(claims.c.article_id == member)).scalars().all()
            conn.execute(sa.delete(claim_articles).where(claim_articles.c.article_id == member))
            if own:
                conn.execute(sa.insert(claim_articles), [{"claim_id": c, "article_id": member} for c in own])
            conn.execute(sa.update(claims).where(claims.c.article_id == member).values(same_as=None))
            split += 1
        relink_claims(conn, root_id)
    return split
