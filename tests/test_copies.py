"""Copies against updates: a copy link never hides or merges a claim that is not the same claim.

Issue 7, defect 1: two daily bulletins from one template, with different
figures, were linked as a republished copy, and claim matching then fell back
to the value alone, so day 2's "14 injured" folded into day 1's "14 roads" and
vanished from ``claims``. Runs on SQLite and PostgreSQL (``store_url``).
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.ingest.readers import iter_inputs
from newsledger.records import ArticleRecord, ClaimRecord, ClaimTime, Quantity
from newsledger.reconcile import signatures
from newsledger.run import ingest
from newsledger.store import open_store
from newsledger.store.links import repair_copy_links
from newsledger.store.queries import ClaimFilter, find_claims, get_article, list_articles
from test_store_fixtures import store_url  # noqa: F401  (fixture)

BULLETIN = (
    "Storm bulletin from the regional emergency office. {killed} people have been killed and {injured} injured "
    "since the storm made landfall, the office said on {day}. Crews reported {roads} roads closed across the province "
    "and asked drivers to stay at home unless their journey is essential. Shelters remain open in the three districts "
    "worst hit by the flooding, and volunteers are handing out blankets, drinking water and hot meals to families who "
    "left their homes. The office will publish its next bulletin tomorrow morning. Residents who need help should "
    "call the emergency line, and anyone who sees a fallen power line should keep well away and report it."
)
DAY1 = BULLETIN.format(killed=40, injured=120, roads=14, day="Monday")
DAY2 = BULLETIN.format(killed=52, injured=14, roads=9, day="Tuesday")

REPORT = (
    "At least 18 civilians were killed and about 70 wounded when shells struck a market in the port city of "
    "Marrow Bay on Sunday, the regional health directorate said.\n\n"
    "Rescue teams were still searching the rubble of two collapsed buildings on Monday morning, and the hospital "
    "director said her staff had treated 64 of the wounded, 12 of them children.\n\n"
    "Aid agencies said the city's main water station was damaged in the attack, leaving about 150,000 residents "
    "without running water. The directorate said it had asked for generators and fuel from neighbouring provinces."
)
# A re-edit: a new lede word, a trimmed clause, a credit line.
EDITED = (
    REPORT.replace("when shells struck", "when artillery shells struck")
    .replace(" The directorate said it had asked for generators and fuel from neighbouring provinces.", "")
    + "\n\nThis article was originally published in The Port Herald."
)
# Cut short after its first two paragraphs, as feeds often carry a report.
TRUNCATED = "\n\n".join(REPORT.split("\n\n")[:2])
# The report translated into another language and back: other words, the same facts.
TRANSLATED = (
    "The regional health directorate reported that no fewer than 18 civilians died and roughly 70 were injured "
    "after shells hit a market in the port city of Marrow Bay on Sunday.\n\n"
    "Rescuers kept looking through the ruins of two buildings that fell down on Monday morning, while the director "
    "of the hospital stated that her team cared for 64 of the injured, among them 12 children.\n\n"
    "According to humanitarian organisations, the attack damaged the main water plant of the city, so some 150,000 "
    "inhabitants have no running water. Nearby provinces were asked by the directorate to provide fuel and generators."
)
# Another story about the same city that happens to give some of the same numbers.
LOOKALIKE = (
    "The city council of Marrow Bay approved on Sunday a plan to build 18 schools and about 70 kilometres of cycle "
    "lanes, the mayor said. The plan, which will cost 64 million dollars over 12 years, also gives 150,000 households "
    "a discount on public transport passes."
)


def _jsonl(path, items):
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return str(path)


def _ingest(store_url, extractor, tmp_path, items, **kw):
    with open_store(store_url) as store:
        stats = ingest(store, iter_inputs([_jsonl(tmp_path / "in.jsonl", items)]), extractor=extractor, **kw)
        with store.engine.connect() as conn:
            originals = dict(conn.execute(sa.text("SELECT id, original_id FROM articles")).all())
    return stats, originals


def _claims_cli(store_url, *args):
    result = CliRunner().invoke(cli, ["claims", *args, "--db", store_url], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _no_claim_hidden(store_url):
    """Every claim is listed by default, or folds into a claim that says exactly the same."""
    with open_store(store_url) as store, store.engine.connect() as conn:
        everything = find_claims(conn, ClaimFilter(copies=True))
        listed = {r["id"] for r in find_claims(conn, ClaimFilter())}
    by_id = {r["id"]: r for r in everything}
    same = ("value", "low", "high", "bound", "unit", "change", "time_start", "time_end", "time_kind")
    for r in everything:
        if r["id"] in listed:
            continue
        target = by_id[r["same_as"]]
        assert target["id"] in listed
        assert [r[k] for k in same] == [target[k] for k in same], (r, target)
        assert (r["measure"] or "").lower() == (target["measure"] or "").lower(), (r, target)


def test_the_next_days_bulletin_is_an_update_and_keeps_its_claims(store_url, extractor, tmp_path):
    """The issue's repro: day 2's '14 injured' must stay in `claims` and `claims --about injured`."""
    sig1, sig2 = signatures.signature(DAY1), signatures.signature(DAY2)
    assert signatures.similarity(sig1.values, sig2.values) >= signatures.THRESHOLD  # similar enough to be taken for a copy
    stats, originals = _ingest(
        store_url, extractor, tmp_path,
        [{"id": "day1", "published": "2025-03-03", "text": DAY1}, {"id": "day2", "published": "2025-03-04", "text": DAY2}],
    )
    assert stats.copies == 0
    assert originals == {"day1": "day1", "day2": "day2"}
    injured = {(r["article_id"], r["value"]) for r in _claims_cli(store_url, "--about", "injured")}
    assert {("day1", 120.0), ("day2", 14.0)} <= injured
    listed = {(r["article_id"], r["value"]) for r in _claims_cli(store_url)}
    assert {("day2", 52.0), ("day2", 14.0), ("day2", 9.0), ("day1", 14.0)} <= listed
    with open_store(store_url) as store, store.engine.connect() as conn:
        relations = conn.execute(sa.text("SELECT article_id, related_id, kind, reason FROM article_relations")).all()
        arts = {a["id"]: a for a in list_articles(conn)}
        view = get_article(conn, "day1")
    assert [tuple(r) for r in relations] == [("day2", "day1", "update", "figures")]
    assert arts["day2"]["copy_of"] is None and arts["day1"]["copies"] == 0
    assert arts["day1"]["related"] == arts["day2"]["related"] == 1
    assert [r["id"] for r in view.related] == ["day2"] and view.copies == []
    _no_claim_hidden(store_url)


def test_only_the_dates_differ_is_an_update(store_url, extractor, tmp_path):
    same_figures = BULLETIN.format(killed=40, injured=120, roads=14, day="Tuesday")
    _, originals = _ingest(
        store_url, extractor, tmp_path,
        [{"id": "mon", "published": "2025-03-03", "text": DAY1},
         {"id": "tue", "published": "2025-03-04", "text": same_figures}],
    )
    assert originals == {"mon": "mon", "tue": "tue"}
    with open_store(store_url) as store, store.engine.connect() as conn:
        reason = conn.execute(sa.text("SELECT reason FROM article_relations")).scalar_one()
    assert reason == "dates"


def test_an_edited_copy_and_a_truncated_copy_are_still_copies(store_url, extractor, tmp_path):
    stats, originals = _ingest(
        store_url, extractor, tmp_path,
        [{"id": "orig", "published": "2025-03-03", "text": REPORT},
         {"id": "edited", "published": "2025-03-04", "text": EDITED},
         {"id": "short", "published": "2025-03-04", "text": TRUNCATED}],
        commit_every=1,
    )
    assert stats.copies == 2
    assert originals == {"orig": "orig", "edited": "orig", "short": "orig"}
    rows = _claims_cli(store_url)
    # The copies' figures fold into the original's: each listed once, carried by all three.
    eighteen = [r for r in rows if r["value"] == 18.0]
    assert [(r["article_id"], r["articles"]) for r in eighteen] == [("orig", 3)]
    with open_store(store_url) as store, store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM article_relations")).scalar_one() == 0
    _no_claim_hidden(store_url)


def _claim(article_id, start, text, value, measure, time=None):
    return ClaimRecord(article_id, (start, start + len(text)), text, (0, 200), Quantity(value, value, value), measure,
                       time=time)


def test_a_claim_folds_only_into_the_same_measure_and_time(store_url):
    """'77 roads' never folds into 'About 77 homes', nor a Monday figure into a Tuesday one.

    The two articles are copies (same text, no conflicting figure), so only
    claim matching decides: before the fix it fell back to the value alone.
    """
    monday = ClaimTime("2025-03-03", "2025-03-03", "Monday", "point")
    tuesday = ClaimTime("2025-03-04", "2025-03-04", "Tuesday", "point")
    orig = ArticleRecord("o", "o", REPORT, published="2025-03-03")
    copy = ArticleRecord("c", "c", EDITED, published="2025-03-04")
    with open_store(store_url) as store:
        store.write([([orig, _claim("o", 0, "About 77 homes", 77.0, "homes"),
                       _claim("o", 20, "18", 18.0, "killed", monday), _claim("o", 30, "64", 64.0, "treated")], None)])
        store.write([([copy, _claim("c", 0, "77 roads", 77.0, "roads"),
                       _claim("c", 20, "18", 18.0, "killed", tuesday), _claim("c", 30, "64", 64.0, "Treated")], None)])
        with store.engine.connect() as conn:
            original = conn.execute(sa.text("SELECT original_id FROM articles WHERE id = 'c'")).scalar_one()
            listed = {(r["article_id"], r["figure"]) for r in find_claims(conn, ClaimFilter())}
            roads = find_claims(conn, ClaimFilter(about="roads"))
    assert original == "o"
    assert listed == {("o", "About 77 homes"), ("c", "77 roads"), ("o", "18"), ("c", "18"), ("o", "64")}
    assert [r["figure"] for r in roads] == ["77 roads"]
    _no_claim_hidden(store_url)


def test_a_claim_folds_only_into_the_same_hedge(store_url):
    """'at least 40 killed' in a copy is not the original's exact '40 killed': both stay listed.

    Found by review after the first fix: the hedge was not part of what two claims must share.
    """
    orig = ArticleRecord("o", "o", REPORT, published="2025-03-03")
    copy = ArticleRecord("c", "c", EDITED, published="2025-03-04")
    hedged = ClaimRecord("c", (20, 31), "at least 40", (0, 200), Quantity(40.0, 40.0, None, "lower"), "killed")
    same = ClaimRecord("c", (40, 46), "about 9", (0, 200), Quantity(9.0, 8.1, 9.9, "approx"), "roads")
    with open_store(store_url) as store:
        store.write([([orig, _claim("o", 20, "40", 40.0, "killed"),
                       ClaimRecord("o", (40, 46), "about 9", (0, 200), Quantity(9.0, 8.1, 9.9, "approx"), "roads")], None)])
        store.write([([copy, hedged, same], None)])
        with store.engine.connect() as conn:
            original = conn.execute(sa.text("SELECT original_id FROM articles WHERE id = 'c'")).scalar_one()
            listed = {(r["article_id"], r["figure"]) for r in find_claims(conn, ClaimFilter())}
    assert original == "o"
    assert listed == {("o", "40"), ("c", "at least 40"), ("o", "about 9")}
    _no_claim_hidden(store_url)


def test_a_copy_that_conflicts_with_its_groups_original_is_an_update(store_url):
    """A cut-short copy lacks the very figure that changed: the update must be checked against the original too."""
    full = ArticleRecord("full", "full", REPORT, published="2025-03-03")
    short = ArticleRecord("short", "short", TRUNCATED, published="2025-03-03")
    later = ArticleRecord("later", "later", TRUNCATED + " The toll later rose.", published="2025-03-04")
    with open_store(store_url) as store:
        store.write([([full, _claim("full", 0, "18", 18.0, "killed"), _claim("full", 9, "150,000", 150000.0, "residents")], None)])
        store.write([([short, _claim("short", 0, "18", 18.0, "killed")], None)])
        store.write([([later, _claim("later", 0, "18", 18.0, "killed"), _claim("later", 9, "90,000", 90000.0, "residents")], None)])
        with store.engine.connect() as conn:
            originals = dict(conn.execute(sa.text("SELECT id, original_id FROM articles")).all())
            related = conn.execute(sa.text("SELECT article_id, related_id FROM article_relations")).all()
    assert originals == {"full": "full", "short": "full", "later": "later"}
    assert ("later", "full") in {tuple(r) for r in related}
    _no_claim_hidden(store_url)


def test_migration_0004_splits_a_store_linked_the_old_way(store_url):
    """Upgrading a store the old linking wrote: an update stored as a copy, its claim folded, is its own report again."""
    from alembic import command

    from newsledger.store.engine import alembic_config

    day1 = ArticleRecord("d1", "d1", DAY1, published="2025-03-03")
    day2 = ArticleRecord("d2", "d2", DAY2, published="2025-03-04")
    with open_store(store_url) as store:
        store.write([([day1, _claim("d1", 0, "40", 40.0, "killed"), _claim("d1", 5, "14", 14.0, "roads")], None)])
        store.write([([day2, _claim("d2", 0, "52", 52.0, "killed"), _claim("d2", 5, "14", 14.0, "injured")], None)])
        with store.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0003")
        with store.engine.begin() as conn:
            # What the old linking stored: day 2 a copy of day 1, its 14 injured folded into 14 roads.
            ids = dict(conn.execute(sa.text("SELECT article_id || ':' || measure, id FROM claims")).all())
            conn.execute(sa.text("UPDATE articles SET original_id = 'd1' WHERE id = 'd2'"))
            conn.execute(sa.text("UPDATE claims SET same_as = :t WHERE id = :c"), {"t": ids["d1:roads"], "c": ids["d2:injured"]})
            conn.execute(sa.text("INSERT INTO claim_articles VALUES (:c, 'd2')"), {"c": ids["d1:roads"]})
        with store.engine.connect() as conn:
            # (plain SQL: today's queries read columns that revision 0003 does not have)
            listed_before = set(conn.execute(sa.text("SELECT article_id, text FROM claims WHERE same_as IS NULL")).all())
            assert ("d2", "14") not in listed_before
    with open_store(store_url) as store:  # upgrades to 0004, which repairs
        with store.engine.connect() as conn:
            originals = dict(conn.execute(sa.text("SELECT id, original_id FROM articles")).all())
            listed = {(r["article_id"], r["figure"]) for r in find_claims(conn, ClaimFilter())}
            carriers = conn.execute(
                sa.text("SELECT article_id FROM claim_articles WHERE claim_id = :c"), {"c": ids["d1:roads"]}
            ).scalars().all()
            related = conn.execute(sa.text("SELECT article_id, related_id, kind FROM article_relations")).all()
    assert originals == {"d1": "d1", "d2": "d2"}
    assert {("d2", "14"), ("d2", "52"), ("d1", "14"), ("d1", "40")} == listed
    assert carriers == ["d1"]
    assert [tuple(r) for r in related] == [("d2", "d1", "update")]
    with open_store(store_url) as store, store.engine.begin() as conn:
        assert repair_copy_links(conn) == 0  # nothing left to split


def test_a_translated_copy_is_linked_by_its_figures_and_a_lookalike_is_not(store_url, extractor, tmp_path):
    """A translation shares few 3-word shingles with its original: it is found by its figures instead."""
    sig = [signatures.signature(t) for t in (REPORT, TRANSLATED)]
    assert signatures.similarity(sig[0].values, sig[1].values) < signatures.THRESHOLD
    stats, originals = _ingest(
        store_url, extractor, tmp_path,
        [{"id": "orig", "published": "2025-03-03", "text": REPORT},
         {"id": "other", "published": "2025-03-03", "text": LOOKALIKE},
         {"id": "translated", "published": "2025-03-04", "text": TRANSLATED}],
        commit_every=1,
    )
    assert originals == {"orig": "orig", "translated": "orig", "other": "other"}
    assert stats.copies == 1
    _no_claim_hidden(store_url)


def test_the_facts_kept_for_linking_are_the_facts_read_back(store_url, extractor):
    """The linker judges a new article on the rows it writes, a stored one on article_minhash.facts
    (or on its record tables): all three must say the same."""
    from newsledger.reconcile.facts import facts_from_json
    from newsledger.store.links import load_facts

    from newsledger.ingest.article import RawArticle

    records = next(iter(extractor.process([RawArticle(text=TRANSLATED, id="r", published="2025-03-04")])))
    with open_store(store_url) as store:
        store.write([(records, None)])
        with store.engine.connect() as conn:
            stored = load_facts(conn, ["r"])["r"]
            kept = conn.execute(sa.text("SELECT facts FROM article_minhash WHERE article_id = 'r'")).scalar_one()
    assert stored == facts_from_json(kept)
    assert stored.values and stored.dates and stored.names


def test_the_ingest_summary_counts_updates_and_show_names_the_related_report(store_url, tmp_path, extractor, monkeypatch):
    """A user who ingests two bulletins is told one is an update, and `show` points from each to the other."""
    import newsledger.run.local as local

    # The CLI builds its own Extractor; hand it the session's loaded one.
    monkeypatch.setattr(local, "Extractor", lambda *a, **k: extractor)
    path = _jsonl(
        tmp_path / "days.jsonl",
        [{"id": "day1", "published": "2025-03-03", "text": DAY1}, {"id": "day2", "published": "2025-03-04", "text": DAY2}],
    )
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", path, "--db", store_url, "--no-progress"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "0 linked as republished copies, 1 as an update of a similar report" in result.stderr
    shown = runner.invoke(cli, ["show", "day1", "--db", store_url, "--format", "table"], catch_exceptions=False)
    assert shown.exit_code == 0, shown.output
    assert "related (update, other figures): day2" in shown.stdout
