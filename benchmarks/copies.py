"""Copy detection: precision and recall of the republished-copy link, through the real store.

    python benchmarks/copies.py [--per-topic 4] [--updates 3] [--seeds 7,11,23] [--write] [--json]

The evaluation set is generated here (no real articles, no network). Six
topics each have a report template of four paragraphs, written in two ways:
as the original, and as a paraphrase such as a translation into another
language and back would give (other words, the same facts and figures; both
written for this benchmark). Every original fills its topic's template with
its own place, officials, figures and dates. From each original come:

- **edited** copies: a new lede word, a trimmed sentence and a credit line;
- **reordered** copies: the middle paragraphs swapped, a wire byline added;
- **truncated** copies: the first two paragraphs only (a subset of the figures);
- **translated** copies: the paraphrase, with the original's facts.

Against them, negatives that must not be linked:

- **template siblings**: the other originals of the same topic (one template,
  other places and figures), and for each original ``--updates`` follow-up
  reports: the same template, place and officials on later days (daily
  bulletins); the first keeps every figure and only its dates move, the
  others change most figures;
- **lookalikes**: for each original, a story of another topic about the same
  place and people that happens to give the same figures (the figure keys'
  worst case: shared numbers, shared names, other words);
- **unrelated**: every other pair across topics.

Everything is ingested with ``newsledger.run.ingest`` into a temporary SQLite store
(extraction, MinHash LSH, copy and update linking as in ``newsledger
ingest``), in a shuffled order, 20 articles a transaction. A predicted copy
pair is two articles in one copy group (same ``original_id``); a true pair is
two versions of one report. Precision and recall are over pairs; recall is
also given per kind of copy, and the false links per kind of negative.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS_MD = ROOT / "BENCHMARKS.md"
COMMAND = "python benchmarks/copies.py --write"

# -- the six topics: (original, paraphrase) templates --------------------------
# Slots: {place}, {official}, {agency}, {day} (a weekday), {n0}..{n4} (figures).
TOPICS: dict[str, tuple[str, str]] = {
    "shelling": (
        "At least {n0} civilians were killed and about {n1} wounded when shells struck a market in {place} on "
        "{day}, the regional health directorate said.\n\n"
        "Rescue teams were still searching the rubble of {n2} collapsed buildings, and {official}, the director of "
        "the main hospital, said her staff had treated {n3} of the wounded overnight.\n\n"
        "Aid agencies said the city's water station was damaged in the attack, leaving about {n4},000 residents "
        "without running water. The directorate asked neighbouring provinces for generators and fuel.\n\n"
        "The {agency} said it was sending two convoys of medical supplies and would open a field clinic near the "
        "market within days.",
        "The regional health directorate reported that no fewer than {n0} civilians died and roughly {n1} were "
        "injured after shells hit a market in {place} on {day}.\n\n"
        "Rescuers kept looking through the ruins of {n2} buildings that fell down, while {official}, who heads the "
        "principal hospital, stated that her team cared for {n3} of the injured during the night.\n\n"
        "According to humanitarian organisations, the attack damaged the water plant of the city, so some "
        "{n4},000 inhabitants have no running water. Nearby provinces were asked by the directorate to provide "
        "fuel and generators.\n\n"
        "Two convoys carrying medicines are being dispatched by the {agency}, which plans to set up a field clinic "
        "close to the market in the coming days.",
    ),
    "storm": (
        "Storm bulletin from the {agency}. {n0} people have been killed and {n1} injured since the storm made "
        "landfall near {place}, the office said on {day}.\n\n"
        "Crews reported {n2} roads closed across the province and asked drivers to stay at home unless their "
        "journey is essential. {official}, who leads the response, said {n3} villages were still cut off.\n\n"
        "Shelters remain open in the districts worst hit by the flooding, where volunteers are handing out "
        "blankets, drinking water and hot meals to about {n4},000 people who left their homes.\n\n"
        "The office will publish its next bulletin tomorrow morning. Residents who need help should call the "
        "emergency line and keep well away from fallen power lines.",
        "In a bulletin about the storm, the {agency} said on {day} that {n0} people had lost their lives and "
        "{n1} had been hurt since it came ashore close to {place}.\n\n"
        "Across the province {n2} roads are shut, according to crews, and motorists were told to remain indoors "
        "if the trip is not necessary. {n3} villages can still not be reached, said {official}, the head of the "
        "response.\n\n"
        "In the districts that the floods hit hardest, shelters stay open and volunteers give blankets, water to "
        "drink and warm food to around {n4},000 people who had to leave their houses.\n\n"
        "A new bulletin is due tomorrow morning from the office. People in need of assistance were asked to phone "
        "the emergency number and to stay far from power cables that have come down.",
    ),
    "rates": (
        "The central bank of {place} kept its benchmark rate at {n0}.25% on {day}, saying inflation was easing "
        "faster than its economists had forecast.\n\n"
        "Consumer prices rose {n1}.8% in May from a year earlier, down from {n2}.4% in April, the statistics "
        "office said. {official}, the bank's governor, told reporters that the board saw no need to cut rates yet.\n\n"
        "The currency rose 0.{n3}% against the dollar after the announcement, and government bond yields fell to "
        "their lowest level in {n4} months.\n\n"
        "Economists polled by the {agency} had expected the decision. Most of them now see the first cut in the "
        "autumn, once wage growth slows.",
        "On {day} the central bank of {place} left its key interest rate unchanged at {n0}.25%, explaining that "
        "inflation was coming down more quickly than its economists had predicted.\n\n"
        "According to the statistics office, consumer prices were {n1}.8% higher in May than a year before, "
        "after {n2}.4% in April. Speaking to journalists, governor {official} said the board did not yet see a "
        "reason to lower rates.\n\n"
        "Following the decision the currency gained 0.{n3}% on the dollar, while yields on state bonds dropped "
        "to the lowest in {n4} months.\n\n"
        "The decision had been anticipated by economists in a survey of the {agency}; the majority now expect a "
        "first reduction in autumn when wages grow more slowly.",
    ),
    "wildfire": (
        "A wildfire burning in the hills above {place} has destroyed {n0} homes and forced about {n1},000 "
        "residents to leave, fire officials said on {day}.\n\n"
        "More than {n2} firefighters, backed by {n3} water-dropping aircraft, were working to contain the blaze, "
        "which has burned through some {n4},000 hectares of dry forest since the weekend.\n\n"
        "{official}, the regional fire chief, said shifting winds had pushed the flames toward two more "
        "villages overnight and that the fire was only partly contained.\n\n"
        "The {agency} warned that temperatures would stay high all week and banned outdoor burning across the "
        "region until further notice.",
        "Fire officials said on {day} that a forest fire in the hills over {place} has burned down {n0} houses "
        "and made roughly {n1},000 people evacuate.\n\n"
        "Over {n2} firefighters, supported by {n3} planes dropping water, are trying to bring under control the "
        "fire, which since the weekend has consumed around {n4},000 hectares of dry woodland.\n\n"
        "According to {official}, who is the fire chief of the region, changing winds drove the fire in the night "
        "in the direction of two further villages, and it is only partially contained.\n\n"
        "High temperatures will last the whole week, the {agency} cautioned, and it prohibited any burning "
        "outdoors in the region until further notice.",
    ),
    "strike": (
        "About {n0},000 rail workers in {place} walked off the job on {day}, halting commuter trains and most "
        "freight services, the {agency} said.\n\n"
        "The union is demanding a pay rise of {n1}% over two years; the operator has offered {n2}%. {official}, "
        "the union's general secretary, said the strike would last {n3} days unless talks resumed.\n\n"
        "The transport ministry said about {n4}0,000 passengers a day were affected and urged employers to let "
        "staff work from home.\n\n"
        "Talks broke down last week after the operator said it could not afford the union's demands without "
        "cutting services on rural lines.",
        "Around {n0},000 railway employees in {place} stopped work on {day}, bringing commuter trains and most "
        "freight traffic to a standstill, according to the {agency}.\n\n"
        "The union wants wages to rise by {n1}% over two years, while the operator offers {n2}%. The strike will "
        "go on for {n3} days if negotiations do not restart, said {official}, the general secretary of the union.\n\n"
        "Some {n4}0,000 travellers each day are affected, the ministry of transport said, asking companies to "
        "allow employees to work from home.\n\n"
        "Negotiations collapsed last week when the operator declared that it could not pay what the union asks "
        "without reducing services on rural routes.",
    ),
    "outbreak": (
        "Health authorities in {place} confirmed {n0} new cases of cholera on {day}, bringing the total since the "
        "outbreak began to {n1}, the {agency} said.\n\n"
        "At least {n2} people have died, most of them children under five. {official}, who runs the district "
        "hospital, said its {n3} beds were full and patients were being treated in tents.\n\n"
        "Teams have vaccinated about {n4},000 people in the worst affected neighbourhoods and are chlorinating "
        "wells, officials said.\n\n"
        "The outbreak was traced to a contaminated water source after heavy rains flooded the area's latrines "
        "last month.",
        "On {day} the health authorities of {place} confirmed {n0} further cholera cases, so that the total since "
        "the start of the outbreak is now {n1}, according to the {agency}.\n\n"
        "No fewer than {n2} people have died, mostly children younger than five. The {n3} beds of the district "
        "hospital are all occupied and patients are cared for in tents, said {official}, its director.\n\n"
        "In the neighbourhoods hit hardest, around {n4},000 people have been vaccinated by teams that are also "
        "adding chlorine to wells, officials said.\n\n"
        "The source of the outbreak was a polluted water supply, after latrines were flooded by heavy rain in the "
        "area last month.",
    ),
}

PLACES = ["Marrow Bay", "Kessa", "Port Salven", "Norland", "Eastbrook", "Tirelli", "Lakeshore", "Vallen", "Orsk",
          "Quenby", "Haldor", "Brisa"]
OFFICIALS = ["Amara Okafor", "Lena Lindgren", "Claire Moreau", "Yuki Tanaka", "Rosa Silva", "Petra Novak",
             "Nadia Haddad", "Ewa Kowalski", "Abena Mensah", "Lucia Ibarra"]
AGENCIES = ["regional emergency office", "national news agency", "civil protection service", "state broadcaster"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LEDES = [("At least", "At least"), ("Health authorities", "Regional health authorities"),
         ("A wildfire", "A fast-moving wildfire"), ("About", "Roughly"), ("The central bank", "The central bank"),
         ("Storm bulletin", "Latest storm bulletin")]
CREDITS = ["This article was originally published by {agency}.", "(Reporting by {official}; editing by the desk)",
           "Copyright {agency}. All rights reserved."]
START = dt.date(2025, 3, 3)  # a Monday


@dataclass(frozen=True)
class Item:
    """One article of the evaluation set."""

    id: str
    family: str
    """The report it is a version of: copies share their original's family."""
    kind: str
    """original, edited, reordered, truncated, translated, or update."""
    topic: str
    published: dt.date
    text: str


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def _edited(text: str, rng: random.Random, slots: dict) -> str:
    paras = _paragraphs(text)
    for old, new in LEDES:
        if paras[0].startswith(old):
            paras[0] = new + paras[0][len(old):]
            break
    # Trim the last sentence of the third paragraph, as an editor short of space would.
    sentences = paras[2].split(". ")
    if len(sentences) > 1:
        paras[2] = ". ".join(sentences[:-1]) + "."
    paras.append(rng.choice(CREDITS).format(**slots))
    return "\n\n".join(paras)


def _reordered(text: str, rng: random.Random, slots: dict) -> str:
    paras = _paragraphs(text)
    paras[1], paras[2] = paras[2], paras[1]
    return f"By {slots['official'].split()[0]} Reyes, {slots['agency'].title()}\n\n" + "\n\n".join(paras)


def _truncated(text: str, rng: random.Random, slots: dict) -> str:
    return "\n\n".join(_paragraphs(text)[:2])


def _slots(rng: random.Random, place: str, official: str, agency: str, day: dt.date) -> dict:
    return {
        "place": place,
        "official": official,
        "agency": agency,
        "day": WEEKDAYS[day.weekday()],
        **{f"n{i}": rng.randint(3, 95) for i in range(5)},
    }


def build(per_topic: int = 4, updates: int = 3, seed: int = 7) -> list[Item]:
    """The evaluation set: originals, their copies, their follow-up reports."""
    rng = random.Random(seed)
    items: list[Item] = []
    names = list(TOPICS)
    n = 0
    for topic, (template, paraphrase) in TOPICS.items():
        for k in range(per_topic):
            n += 1
            place, official, agency = PLACES[(n + k) % len(PLACES)], OFFICIALS[n % len(OFFICIALS)], AGENCIES[n % len(AGENCIES)]
            day = START + dt.timedelta(days=rng.randint(0, 40))
            slots = _slots(rng, place, official, agency, day)
            family = f"{topic}-{k}"
            original = template.format(**slots)
            items.append(Item(f"{family}-original", family, "original", topic, day + dt.timedelta(days=0), original))
            for kind, make in (("edited", _edited), ("reordered", _reordered), ("truncated", _truncated)):
                later = day + dt.timedelta(days=rng.randint(0, 1))
                items.append(Item(f"{family}-{kind}", family, kind, topic, later, make(original, rng, slots)))
            items.append(Item(f"{family}-translated", family, "translated", topic, day + dt.timedelta(days=1),
                              paraphrase.format(**slots)))
            # Follow-up bulletins: the same template, place and people, days later.
            for u in range(updates):
                later = day + dt.timedelta(days=u + 1)
                follow = dict(slots, day=WEEKDAYS[later.weekday()])
                if u > 0:  # the first follow-up repeats every figure: only its dates differ
                    for i in range(5):
                        if rng.random() < 0.7:  # most figures move, some stay put
                            follow[f"n{i}"] = slots[f"n{i}"] + rng.randint(1, 9)
                    if all(follow[f"n{i}"] == slots[f"n{i}"] for i in range(5)):
                        follow["n0"] = slots["n0"] + 1
                items.append(Item(f"{family}-update{u + 1}", f"{family}-update{u + 1}", "update", topic, later,
                                  template.format(**follow)))
            other = names[(names.index(topic) + 1 + k) % len(names)]
            items.append(Item(f"{family}-lookalike", f"{family}-lookalike", "lookalike", other, day,
                              TOPICS[other][0].format(**slots)))
    return items


def _pairs(groups: dict[str, list[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for members in groups.values() for p in itertools.combinations(sorted(members), 2)}


def evaluate(items: list[Item], extractor=None, seed: int = 7) -> dict:
    """Ingest the set into a temporary SQLite store and score the copy groups it made."""
    import sqlalchemy as sa

    from newsledger.extract import Extractor
    from newsledger.ingest.article import RawArticle
    from newsledger.run import ingest
    from newsledger.store import open_store

    extractor = extractor or Extractor(today=dt.date(2025, 6, 30))
    order = list(items)
    random.Random(seed).shuffle(order)
    raws = [RawArticle(text=i.text, id=i.id, published=i.published.isoformat(), outlet="Bench Wire") for i in order]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "copies.db"))
        t0 = time.perf_counter()
        stats = ingest(store, raws, extractor=extractor, commit_every=20)
        seconds = time.perf_counter() - t0
        with store.engine.connect() as conn:
            groups_of = dict(conn.execute(sa.text("SELECT id, original_id FROM articles")).all())
            try:
                relations = conn.execute(sa.text("SELECT article_id, related_id FROM article_relations")).all()
            except sa.exc.OperationalError:  # a store from before migration 0004 (measuring the old linking)
                relations = []
        store.close()
    by_id = {i.id: i for i in items}
    predicted: dict[str, list[str]] = {}
    for a, root in groups_of.items():
        predicted.setdefault(root or a, []).append(a)
    truth: dict[str, list[str]] = {}
    for i in items:
        truth.setdefault(i.family, []).append(i.id)
    pred, true = _pairs(predicted), _pairs(truth)
    hits = pred & true
    out: dict = {
        "articles": len(items),
        "stored": len(groups_of),
        "true_pairs": len(true),
        "predicted_pairs": len(pred),
        "correct_pairs": len(hits),
        "precision": len(hits) / len(pred) if pred else 1.0,
        "recall": len(hits) / len(true) if true else 1.0,
        "seconds": seconds,
        "copies_reported": stats.copies,
    }
    # Recall per kind of copy: the copy linked to its own original.
    for kind in ("edited", "reordered", "truncated", "translated"):
        copies = [i for i in items if i.kind == kind]
        linked = [i for i in copies if frozenset((i.id, f"{i.family}-original")) in pred]
        out[f"recall_{kind}"] = (len(linked), len(copies))
    def negative(pair) -> str:
        a, b = (by_id[x] for x in pair)
        if "lookalike" in (a.kind, b.kind):
            look, other = (a, b) if a.kind == "lookalike" else (b, a)
            if other.family.startswith(look.family.removesuffix("-lookalike")):
                return "lookalike"
        return "template" if a.topic == b.topic else "unrelated"

    wrong = pred - true
    negatives = [frozenset(p) for p in itertools.combinations(sorted(by_id), 2) if frozenset(p) not in true]
    for kind in ("template", "lookalike", "unrelated"):
        out[f"{kind}_negative_pairs"] = sum(1 for p in negatives if negative(p) == kind)
        out[f"false_{kind}_pairs"] = sum(1 for p in wrong if negative(p) == kind)
    updates = [i for i in items if i.kind == "update"]
    related = {frozenset(r) for r in relations}
    out["updates_related_to_their_report"] = (
        sum(1 for u in updates if any(frozenset((u.id, v.id)) in related for v in items
                                      if v.topic == u.topic and v.family.split("-update")[0] == u.family.split("-update")[0]
                                      and v.id != u.id)),
        len(updates),
    )
    out["wrong_pairs"] = sorted(sorted(p) for p in wrong)[:20]
    out["missed_copies"] = sorted(i.id for i in items if i.kind not in ("original", "update", "lookalike")
                                  and frozenset((i.id, f"{i.family}-original")) not in pred)
    return out


_COUNTS = ("articles", "stored", "true_pairs", "predicted_pairs", "correct_pairs", "seconds", "copies_reported",
           "template_negative_pairs", "false_template_pairs", "lookalike_negative_pairs", "false_lookalike_pairs",
           "unrelated_negative_pairs", "false_unrelated_pairs")
_FRACTIONS = ("recall_edited", "recall_reordered", "recall_truncated", "recall_translated",
              "updates_related_to_their_report")


def pool(results: list[dict]) -> dict:
    """The runs of several seeds as one: counts summed, precision and recall recomputed."""
    out: dict = {k: sum(r[k] for r in results) for k in _COUNTS}
    for k in _FRACTIONS:
        out[k] = (sum(r[k][0] for r in results), sum(r[k][1] for r in results))
    out["precision"] = out["correct_pairs"] / out["predicted_pairs"] if out["predicted_pairs"] else 1.0
    out["recall"] = out["correct_pairs"] / out["true_pairs"] if out["true_pairs"] else 1.0
    return out


def markdown(runs: list[tuple[int, dict]], per_topic: int, updates: int) -> str:
    def frac(pair) -> str:
        return f"{pair[0]}/{pair[1]} ({pair[0] / pair[1]:.2f})" if pair[1] else "-"

    def row(name: str, r: dict) -> str:
        return (f"| {name} | {r['articles']} | {r['true_pairs']} | {r['predicted_pairs']} | {r['correct_pairs']} | "
                f"{r['precision']:.3f} | {r['recall']:.3f} |")

    res = pool([r for _, r in runs])
    seeds = ", ".join(str(sd) for sd, _ in runs)
    return "\n".join([
        f"Measured {dt.date.today().isoformat()} with `{COMMAND}`: {len(TOPICS)} topics, {per_topic} originals "
        f"each, {updates} follow-up reports per original, one set per seed ({seeds}), each ingested in a shuffled "
        f"order into a temporary SQLite store ({res['seconds']:.0f} s in all). Pairs: two articles in one copy "
        f"group (predicted) or two versions of one report (true).",
        "",
        "| seed | articles | true pairs | predicted | correct | precision | recall |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *(row(str(sd), r) for sd, r in runs),
        row("all", res),
        "",
        "| copies made by | linked to their original |",
        "|---|---:|",
        *(f"| {kind} | {frac(res[f'recall_{kind}'])} |" for kind in ("edited", "reordered", "truncated", "translated")),
        "",
        "| negatives | pairs | wrongly linked |",
        "|---|---:|---:|",
        f"| different reports from one template (other originals, follow-up bulletins) | "
        f"{res['template_negative_pairs']} | {res['false_template_pairs']} |",
        f"| lookalikes (another story, same place, people and figures) | "
        f"{res['lookalike_negative_pairs']} | {res['false_lookalike_pairs']} |",
        f"| unrelated reports (other topics) | {res['unrelated_negative_pairs']} | {res['false_unrelated_pairs']} |",
        "",
        f"Follow-up bulletins recorded as updates (related, not copies) of a report of their series: "
        f"{frac(res['updates_related_to_their_report'])}.",
    ])


def write_markdown(body: str, path: Path = BENCHMARKS_MD) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from accuracy import replace_section

    md = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if "<!-- copies:start -->" not in md:
        md = md.rstrip() + "\n\n## Copy detection\n"
    path.write_text(replace_section(md, "copies", body), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-topic", type=int, default=4, help="originals per topic")
    ap.add_argument("--updates", type=int, default=3, help="follow-up reports per original")
    ap.add_argument("--seeds", default="7,11,23", help="one generated set per seed (comma-separated)")
    ap.add_argument("--write", action="store_true", help="update the Copy detection section of BENCHMARKS.md")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    from newsledger.extract import Extractor

    extractor = Extractor(today=dt.date(2025, 6, 30))
    runs = []
    for seed in (int(x) for x in args.seeds.split(",")):
        res = evaluate(build(args.per_topic, args.updates, seed), extractor, seed=seed)
        runs.append((seed, res))
        if res["wrong_pairs"]:
            print(f"seed {seed}: wrongly linked (first 20):", res["wrong_pairs"], file=sys.stderr)
        if res["missed_copies"]:
            print(f"seed {seed}: missed copies:", res["missed_copies"], file=sys.stderr)
    body = markdown(runs, args.per_topic, args.updates)
    if args.json:
        print(json.dumps({"runs": dict((str(sd), r) for sd, r in runs), "all": pool([r for _, r in runs])},
                         indent=2, default=list))
    else:
        print(body)
    if args.write:
        write_markdown(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
