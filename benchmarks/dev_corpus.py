"""Write the development texts as one JSONL input, to compare extract output before and after a change.

A refactoring must leave the records byte-identical. This gathers what the
accuracy harness reads (MEANTIME articles with their creation dates, the
distinct PLOVER sentences, the seed report) into one JSONL file that
``newsledger extract`` reads, so that::

    python benchmarks/dev_corpus.py /tmp/dev.jsonl
    newsledger extract /tmp/dev.jsonl --format jsonl > /tmp/before.jsonl
    # ... change the code ...
    newsledger extract /tmp/dev.jsonl --format jsonl > /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl

shows any change. The texts stay in ../shared; the file is written where
the caller says, never into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import meantime  # noqa: E402
import plover  # noqa: E402

SEED_DIR = meantime.SHARED / "corpus" / "seed"
# The dates the accuracy and speed harnesses use.
PLOVER_PUBLISHED = "2000-01-01"
SEED_PUBLISHED = "2025-03-27"


def items() -> list[dict[str, str | None]]:
    out: list[dict[str, str | None]] = []
    for doc in meantime.read_all():
        published = doc.creation_date.isoformat() if doc.creation_date else None
        out.append({"id": f"meantime-{doc.doc_id}", "text": doc.text, "published": published})
    for i, text in enumerate(plover.sentences(plover.read_records())):
        out.append({"id": f"plover-{i:04d}", "text": text, "published": PLOVER_PUBLISHED})
    for path in sorted(SEED_DIR.glob("*.txt")):
        out.append({"id": f"seed-{path.stem}", "text": path.read_text(encoding="utf-8"), "published": SEED_PUBLISHED})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out", type=Path, help="the JSONL file to write")
    args = parser.parse_args()
    found = items()
    with args.out.open("w", encoding="utf-8") as f:
        for item in found:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(found)} texts -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
