"""Reader of the PLOVER gold standard records (PLOVER_GSR_CAMEO.txt) for newsledger's benchmarks.

The file is one JSON list. Its first record documents the file (``event ==
"DOCUMENT"``) and is skipped; every other record is one coded sentence with:

- ``text``: the sentence (edited wire copy, circa 2000);
- ``date``: always the placeholder ``2000-01-01`` (the readme says so);
- ``source`` / ``target``: lists of actors ``{actorText, code, sector}``;
- ``event`` (PLOVER type: ASSAULT, PROTEST, ...) and ``eventText``;
- optional counts as strings: ``dead``, ``injured`` and ``size``
  ("156", "1", but also "Thousands", "Tens of thousands", "group", "scores");
- optional ``mode``, ``context``, ``eventLoc``, ``comment`` and
  ``textInfo.markup`` (the sentence with SRC/TAR/EVT/LOC brackets).

Several records can share one sentence (one per coded event), so
:func:`sentences` groups them by text.

Reads ../shared/eval at run time; nothing of the data is copied into the repo.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSLEDGER_SHARED", ROOT.parent / "shared"))
PLOVER_FILE = SHARED / "eval" / "plover" / "PLOVER_GSR_CAMEO.txt"


class PloverError(Exception):
    """The PLOVER file is not the JSON list of records this reader expects."""


@dataclass(frozen=True)
class Actor:
    """A source or target actor as coded: its text, country/ethnicity code and sector."""

    text: str
    code: str | None
    sector: str | None


@dataclass(frozen=True)
class Count:
    """A coded count: the string as given and its number where it is one."""

    raw: str
    value: float | None
    """The number for digit strings ("156", "1,000"); None for "Thousands", "group", ..."""


@dataclass(frozen=True)
class PloverRecord:
    """One coded event in one sentence."""

    id: str
    date: str | None
    text: str
    event: str
    event_text: str | None
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    dead: Count | None
    injured: Count | None
    size: Count | None
    mode: str | None
    event_loc: str | None
    markup: str | None
    comment: str | None


_NUMBER_RE = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def _count(value: object) -> Count | None:
    if value is None or value == "":
        return None
    raw = str(value).strip()
    number = float(raw.replace(",", "")) if _NUMBER_RE.match(raw) else None
    return Count(raw, number)


def _actors(value: object) -> tuple[Actor, ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for actor in value:
        if isinstance(actor, dict):
            out.append(Actor(str(actor.get("actorText", "")), actor.get("code"), actor.get("sector")))
    return tuple(out)


def read_records(path: Path = PLOVER_FILE) -> list[PloverRecord]:
    """Every coded sentence record in file order, DOCUMENT records skipped."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PloverError(f"{path}: cannot read the PLOVER records ({exc})") from exc
    if not isinstance(data, list):
        raise PloverError(f"{path}: expected a JSON list of records")
    records = []
    for item in data:
        if not isinstance(item, dict) or item.get("event") == "DOCUMENT" or not item.get("text"):
            continue
        markup = item.get("textInfo", {}).get("markup") if isinstance(item.get("textInfo"), dict) else None
        records.append(
            PloverRecord(
                id=str(item.get("id", "")),
                date=item.get("date"),
                text=str(item["text"]),
                event=str(item.get("event", "")),
                event_text=item.get("eventText"),
                sources=_actors(item.get("source")),
                targets=_actors(item.get("target")),
                dead=_count(item.get("dead")),
                injured=_count(item.get("injured")),
                size=_count(item.get("size")),
                mode=item.get("mode"),
                event_loc=item.get("eventLoc"),
                markup=markup,
                comment=item.get("comment"),
            )
        )
    return records


def sentences(records: Iterable[PloverRecord]) -> dict[str, list[PloverRecord]]:
    """Records grouped by sentence text, in first-seen order."""
    grouped: dict[str, list[PloverRecord]] = {}
    for record in records:
        grouped.setdefault(record.text, []).append(record)
    return grouped


if __name__ == "__main__":
    recs = read_records()
    print(
        f"{len(recs)} records, {len(sentences(recs))} distinct sentences, "
        f"{sum(r.dead is not None for r in recs)} with dead, {sum(r.injured is not None for r in recs)} with injured, "
        f"{sum(r.size is not None for r in recs)} with size"
    )
