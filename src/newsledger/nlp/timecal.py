"""Calendar arithmetic for time expressions: intervals of TimeML values, shifts.

Pure functions over :class:`datetime.date`, shared by the time-expression
grammar (:mod:`newsledger.nlp.timex`) and publication-date inference.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

Interval = tuple[dt.date, dt.date]

# Meteorological seasons (northern hemisphere): whole months, so that a season
# lines up with the monthly figures news reports quote. Winter YYYY-WI runs
# from December of YYYY into February of YYYY+1.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def last_day(year: int, month: int) -> int:
    """Number of days in the month."""
    return calendar.monthrange(year, month)[1]


def month_interval(year: int, month: int) -> Interval:
    """First and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, last_day(year, month))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day-of-month ``months`` later (clamped to the month's end)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, last_day(year, month + 1)))


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` units of D, W, M, Q or Y (negative: back)."""
    if unit == "D":
        return day + dt.timedelta(days=n)
    if unit == "W":
        return day + dt.timedelta(weeks=n)
    if unit == "M":
        return add_months(day, n)
    if unit == "Q":
        return add_months(day, 3 * n)
    if unit == "Y":
        return add_months(day, 12 * n)
    raise ValueError(unit)


def week_value(day: dt.date) -> str:
    """ISO week of a date as a TimeML value (2025-W13)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    """The calendar quarter (1-4) a date falls in."""
    return (day.month - 1) // 3 + 1


_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d)(?:T.*)?)?"
    r"|W(?P<w>\d\d)(?:-(?P<wd>\d|WE))?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?$"
)
_DECADE = re.compile(r"^(?P<dec>\d{3})$")


def interval_of(value: str) -> Interval | None:
    """The calendar interval a resolved TimeML date value covers, else None.

    ``2025-03-27`` (and ``2025-03-27T15:00``) is that day; ``2025-03`` the month;
    ``2025`` the year; ``2025-W12`` Monday to Sunday; ``2025-W12-WE`` Saturday and
    Sunday; ``2024-Q3`` and ``2024-H1`` quarters and halves; ``2024-SU`` a season;
    ``202`` a decade. Underspecified values (``XXXX-11``) have none.
    """
    if re.fullmatch(r"\d\d", value):  # a century: "20" is 2000-2099
        start = int(value) * 100
        return dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31)
    dec = _DECADE.match(value)
    if dec:
        start = int(dec["dec"]) * 10
        return dt.date(start, 1, 1), dt.date(start + 9, 12, 31)
    found = _VALUE.match(value)
    if not found:
        return None
    try:
        year = int(found["y"])
        if found["d"]:
            day = dt.date(year, int(found["m"]), int(found["d"]))
            return day, day
        if found["m"]:
            return month_interval(year, int(found["m"]))
        if found["w"]:
            monday = dt.date.fromisocalendar(year, int(found["w"]), 1)
            if found["wd"] == "WE":
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            if found["wd"]:
                day = monday + dt.timedelta(days=int(found["wd"]) - 1)
                return day, day
            return monday, monday + dt.timedelta(days=6)
        if found["q"]:
            first = 3 * (int(found["q"]) - 1) + 1
            return dt.date(year, first, 1), month_interval(year, first + 2)[1]
        if found["h"]:
            first = 1 if found["h"] == "1" else 7
            return dt.date(year, first, 1), month_interval(year, first + 5)[1]
        if found["s"]:
            first, last = SEASON_MONTHS[found["s"]]
            end_year = year + 1 if last < first else year
            return dt.date(year, first, 1), month_interval(end_year, last)[1]
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:  # impossible dates such as 2025-02-30 or week 54
        return None


def part_of(interval: Interval, part: str) -> Interval:
    """The early, mid or late part of an interval (thirds; for a month: days 1-10, 11-20, 21-end)."""
    start, end = interval
    if start.day == 1 and start.month == end.month and start.year == end.year:
        if part == "early":
            return start, start.replace(day=10)
        if part == "mid":
            return start.replace(day=11), start.replace(day=20)
        return start.replace(day=21), end
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        first = {"early": 1, "mid": 5, "late": 9}[part]  # thirds of a year: Jan-Apr, May-Aug, Sep-Dec
        return dt.date(start.year, first, 1), month_interval(start.year, first + 3)[1]
    span = (end - start).days + 1
    third = span // 3
    if part == "early":
        return start, start + dt.timedelta(days=third - 1)
    if part == "mid":
        return start + dt.timedelta(days=third), end - dt.timedelta(days=third)
    return end - dt.timedelta(days=third - 1), end


def pick(candidates: list[Interval], anchor: dt.date, tense: str | None) -> int | None:
    """Index of the candidate interval a news text most likely means.

    Past tense: the latest that has begun by ``anchor``. Future tense: the first
    that has not ended before ``anchor``. Unknown: the nearest, with news's past
    preference (a future candidate must be less than half as far away).
    """
    past = [i for i, (start, _) in enumerate(candidates) if start <= anchor]
    future = [i for i, (_, end) in enumerate(candidates) if end >= anchor]
    best_past = max(past, key=lambda i: candidates[i][0]) if past else None
    best_future = min(future, key=lambda i: candidates[i][1]) if future else None
    if tense == "past" or best_future is None:
        return best_past if best_past is not None else best_future
    if tense == "future" or best_past is None:
        return best_future
    if best_past == best_future:
        return best_past
    back = (anchor - candidates[best_past][1]).days
    ahead = (candidates[best_future][0] - anchor).days
    return best_future if 2 * ahead < back else best_past


def easter(year: int) -> dt.date:
    """Western Easter Sunday of a year (the Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_c, leap_r = divmod(century, 4)
    moon_fix = (century + 8) // 25
    sun_fix = (century - moon_fix + 1) // 3
    epact = (19 * golden + century - leap_c - sun_fix + 15) % 30
    weeks, years_in = divmod(rest, 4)
    weekday = (32 + 2 * leap_r + 2 * weeks - epact - years_in) % 7
    correction = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * correction + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday (0 = Monday) of a month; n = -1 for the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, last_day(year, month))
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
