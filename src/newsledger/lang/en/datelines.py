"""English words of the date stamps, datelines and dated URLs that wire and web copy carry.

The publication-date reader (nlp/pubdate.py) builds its patterns from these:
a stamp word before a date ("Published: 27 Mar. 2025", "Last updated
2025-01-24T10:00Z"), the agencies whose name in brackets closes a wire
dateline ("SEOUL, April 30 (Yonhap) --"), and the units of a relative stamp
("Updated 3 hours ago").
"""

from __future__ import annotations

# Stamps that give the publication itself, as pages print them (title case;
# the reader also accepts them upper case). Longer forms first.
PUBLISHED_STAMPS = ("This article was published on", "This article was published", "Article published on",
                    "First published", "Originally published", "Published on", "Published", "Posted on", "Posted",
                    "Date published", "Publication date", "Dated", "Date", "Filed")
# Stamps of a later revision: weaker evidence of the publication date.
UPDATED_STAMPS = ("Last updated", "Last update", "Last modified", "Updated on", "Updated", "Modified", "Revised",
                  "Edited")

# News agencies whose name, in brackets after the place and date, marks a wire
# dateline: "LONDON, March 4 (Reuters) -", "Seoul, April 30 (Yonhap) --".
WIRE_AGENCIES = (
    "AP", "Associated Press", "Reuters", "AFP", "Agence France-Presse", "UPI", "Bloomberg", "dpa", "DPA",
    "Yonhap", "Xinhua", "Kyodo", "Jiji", "IANS", "PTI", "ANI", "UNI", "Bernama", "Antara", "PNA", "CNA", "AAP",
    "CP", "Canadian Press", "TASS", "Interfax", "RIA Novosti", "Ukrinform", "UNIAN", "PAP", "CTK", "MTI", "ANSA",
    "EFE", "Lusa", "Belga", "ANP", "APA", "NTB", "TT", "STT", "Ritzau", "KUNA", "WAM", "SPA", "QNA", "BNA", "MENA",
    "IRNA", "Anadolu", "AA", "Prensa Latina", "Notimex", "Agencia Brasil", "NAN", "KNA", "APS", "MAP", "TAP",
    "Sputnik", "BelTA", "Trend", "Kazinform", "Akipress", "Fides", "IPS", "CNS", "RNS", "JTA", "WAFA", "SANA",
    "Petra", "Saba", "NNA", "Tanjug", "Hina", "STA", "Fena", "BTA", "Agerpres", "Moldpres", "Armenpress", "Xinhua News Agency",
    "UNN", "Interfax-Ukraine", "APP", "MNA", "ISNA", "Tasnim", "Fars", "Mehr", "KCNA", "SUNA", "AGI", "PA", "UNB", "BSS",
    "AzerTag", "Kyodo News", "ANTARA", "VNA", "Yonhap News Agency", "Anadolu Agency", "RIA", "Ria Novosti",
)

# What closes a wire dateline after the agency's bracket: "(Reuters) -", "(Yonhap) --", "(AP) —", "(AP) _".
WIRE_DASHES = frozenset({"-", "--", "—", "–", "_", "---"})

# Units of a relative stamp ("Updated 3 hours ago", "Posted 2d ago") -> days back per unit, 0 for under a day.
RELATIVE_UNITS = {"second": 0, "seconds": 0, "sec": 0, "secs": 0, "s": 0, "minute": 0, "minutes": 0, "min": 0,
                  "mins": 0, "m": 0, "hour": 0, "hours": 0, "hr": 0, "hrs": 0, "h": 0, "day": 1, "days": 1, "d": 1,
                  "week": 7, "weeks": 7, "wk": 7, "wks": 7, "w": 7}
# Words standing for the count one ("an hour ago", "a day ago").
RELATIVE_ONE = ("a", "an", "one")
# Relative stamps without a count -> days back.
RELATIVE_DAYS_STAMP = {"just now": 0, "today": 0, "yesterday": 1}

# Separators between the fields of a byline or stamp line ("By Ana Ruiz | March 4, 2025 | 5 min read").
FIELD_SEPARATORS = "|•·‧∙/"
# A byline opens with this word.
BYLINE_WORD = "By"

# Reporting verbs whose weekday in wire copy is mostly the dateline's own day ("the military said
# Wednesday", "told reporters on Wednesday"), where an event's weekday is as often the day before.
STATEMENT_VERBS = ("said", "says", "told", "announced", "reported", "stated", "confirmed", "warned")
