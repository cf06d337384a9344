"""Running the rule table fast: each rule's pattern is searched only near the hits of a cheap trigger.

The windows are a speed-up only; tests check that they find what a scan of
the whole text finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ...lang.en.calendar import MONTHS, TIME_UNIT_WORDS, WEEKDAYS
from .grammar import _RULES


def _one_line(pattern: str) -> str:
    """The pattern with its whitespace kept to one line: a headline and the dateline under it are separate."""
    return pattern.replace(r"[-\s]", r"[-\t ]").replace(r"\s", r"[^\S\n]")


def _word_trigger(words: str, plural: bool = False, whole: bool = True) -> str:
    """A fast regex for any of ``words`` (case-insensitive) starting a word.

    It opens with a character class, which lets ``re`` skip to candidate
    positions; an ``(?i:...)`` group or a leading ``\\b`` would make it try
    every position of the text.
    """
    by_first: dict[str, list[str]] = {}
    for word in words.split():
        by_first.setdefault(word[0].lower(), []).append(re.escape(word[1:]))
    firsts = "".join(sorted(c + c.upper() for c in by_first))
    alts = "|".join(
        f"(?<=[{c}{c.upper()}])(?:{'|'.join(sorted(rests, key=len, reverse=True))})" for c, rests in by_first.items()
    )
    tail = ("s?" if plural else "") + (r"\b" if whole else "")
    return f"[{firsts}](?<![A-Za-z].)(?i:{alts}){tail}"


_UNITS_T = _word_trigger(TIME_UNIT_WORDS, plural=True)
# The first three letters of every month name and abbreviation, as written.
_MONTHS_T = "(?:" + "|".join([m[:3].capitalize() for m in MONTHS] + [m[:3].upper() for m in MONTHS]) + ")"
_WEEKDAYS_T = "(?:" + "|".join([d[:-3].capitalize() for d in WEEKDAYS] + [d[:-3].upper() for d in WEEKDAYS]) + ")(?:day|DAY)"
_SEASONS_T = _word_trigger("spring summer autumn winter fall")
# A cheap regex that every match of a rule overlaps, and how far the match may
# reach before and after it: the rule's own (costlier) pattern only runs in
# those windows around the trigger's hits. None: the whole text.
_TRIGGERS: dict[str, tuple[str, int, int] | None] = {
    "full_date": (_MONTHS_T, 30, 40), "full_date_dmy": (_MONTHS_T, 40, 20),
    "month_year": (_MONTHS_T, 25, 30), "month": (_MONTHS_T, 25, 15),
    "wire": (_WEEKDAYS_T, 5, 30), "weekday": (_WEEKDAYS_T, 12, 20), "weekdays": (_WEEKDAYS_T, 2, 12),
    "year": (r"(?:1[6-9]|20)\d\d", 8, 2), "decade": (r"0s\b", 20, 2), "iso": (r"\d-\d\d-", 8, 10), "slash": (r"\d/\d", 6, 8),
    "rel_day": (_word_trigger("today tonight yesterday tomorrow night morning afternoon evening"), 35, 20),
    "ref": (_word_trigger("now current currently present presently nowadays far date being days recent "
                          "recently lately past soon future term shortly"), 15, 12),
    "rel_unit": (_word_trigger(TIME_UNIT_WORDS + " weekend spring summer autumn winter fall", plural=True), 45, 2),
    "quarter": (_word_trigger("quarter"), 20, 30), "quarter_short": (r"Q[1-4]", 8, 8),
    "half": (_word_trigger("half"), 20, 30), "season": (_SEASONS_T, 2, 20), "season_bare": (_SEASONS_T, 2, 12),
    "ago": (_word_trigger("ago"), 60, 2), "past_n": (_UNITS_T, 50, 2), "past_day": (_word_trigger("day"), 12, 2), "duration": (_UNITS_T, 45, 2),
    "vague_duration": (_UNITS_T, 30, 8),
    "set": (_word_trigger("every each per daily nightly weekly monthly quarterly annually annual yearly "
                          "hourly biweekly fortnightly biannual"), 2, 45),
    "clock": (r"[:apAPUGh](?:(?<=:)[0-5]\d|(?<=[ap])\.?m\b|(?<=[AP])M\b|(?<=U)TC|(?<=G)MT|(?<=h)rs|(?<=h)ours)", 12, 20),
    "noon": (_word_trigger("noon midday midnight"), 2, 10), "the_day": (_word_trigger("day"), 40, 2),
    "short_year": (r"['’]\d\d\b", 12, 2), "day_offset": (_UNITS_T, 45, 12),
    "weekend": (_word_trigger("weekend"), 6, 2), "same_period": (_word_trigger("same year"), 6, 50),
    "part_of_day": (_word_trigger("morning afternoon evening"), 6, 2),
    "holiday": (r"[CBNVHAIERGTLM](?:(?<=C)hristmas|(?<=B)(?:oxing|astille|lack)|(?<=N)ew|(?<=V)(?:alentine|eterans)|(?<=H)alloween"
                r"|(?<=A)rmistice|(?<=R)emembrance|(?<=I)nternational|(?<=E)aster|(?<=G)ood|(?<=T)hanksgiving|(?<=C)yber"
                r"|(?<=L)abor|(?<=M)emorial)\b", 12, 40), "century": (_word_trigger("century"), 12, 2),
}

# Room past a window's end for the lookaheads that end a pattern ("the day" not before "after").
_LOOKAHEAD = 30
_TRIGGER_RES = {t[0]: re.compile(t[0]) for t in _TRIGGERS.values() if t}
_COMPILED = [
    (name, re.compile(_one_line(pattern)), handler,
     (_TRIGGER_RES[_TRIGGERS[name][0]], _TRIGGERS[name][1], _TRIGGERS[name][2]) if _TRIGGERS.get(name) else None)
    for name, pattern, handler in _RULES
]


def _hits(trigger: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where a trigger matches in the text."""
    return [m.span() for m in trigger.finditer(text)]


def _windows(trigger: re.Pattern[str], before: int, after: int, text: str,
             hits: list[tuple[int, int]] | None = None) -> list[list[int]]:
    """Merged character windows around the hits of a trigger (``hits``: found already)."""
    windows: list[list[int]] = []
    n = len(text)
    for start, end in _hits(trigger, text) if hits is None else hits:
        # endpos hides the text after it even from lookaheads: leave them room.
        lo, hi = max(0, start - before), min(n, end + after + _LOOKAHEAD)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    return windows


def _matches(
    pattern: re.Pattern[str], trigger: tuple[re.Pattern[str], int, int] | None, text: str,
    cache: dict[Any, Any] | None = None,
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` in ``text``, searched only near the hits of ``trigger``.

    ``cache``, shared by the rules over one text, keeps each trigger's hits (by
    its pattern: rules reaching different distances share one scan) and each
    (pattern, before, after)'s windows, found or empty.
    """
    if trigger is None:
        yield from pattern.finditer(text)
        return
    if cache is None:
        windows = _windows(*trigger, text)
    else:
        windows = cache.get(trigger)
        if windows is None:
            hits = cache.get(trigger[0])
            if hits is None:
                hits = cache[trigger[0]] = _hits(trigger[0], text)
            windows = cache[trigger] = _windows(*trigger, text, hits=hits)
    last_end = -1
    for lo, hi in windows:
        for m in pattern.finditer(text, lo, hi):
            if m.start() >= last_end:
                last_end = m.end()
                yield m
