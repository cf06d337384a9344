"""English boilerplate: the credit, legal and author-bio lines that end a scraped article.

Regex sources (the cleaner compiles them, case-insensitively except where a
capital letter is the evidence): a trailing paragraph that matches is cut from
the article text, and a credit line names the outlet that first published it.
"""

from __future__ import annotations

# "This content was originally published in <title> on CNN Brazil."
ORIGIN_LINE = (
    r"^(?:this (?:content|article|story|report) (?:was|is) )?(?:originally|first) "
    r"(?:published|appeared|posted)\b(?P<rest>.*)$"
)
# The outlet at the end of such a line: "... on CNN Brazil." (case-sensitive: a name is capitalised).
ORIGIN_OUTLET = r"\b(?:on|in|by|at)\s+(?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s*\.?\s*$"
# What leads into the original's headline on such a line: "in", "under the title", "as".
ORIGIN_TITLE_LEAD = r"^\s*(?:(?:in|as|at)\s+)?(?:(?:the\s+)?(?:article|story|report|piece)\s+)?(?:(?:under|with)\s+the\s+(?:title|headline)\s+)?"
# "Source: CNN Brasil", "Via: Reuters"
SOURCE_LINE = r"^(?:source|sources|via|credit|courtesy(?: of)?)\s*[:\-–]\s*(?P<outlet>.{1,80})$"
LEGAL_LINE = (
    r"^(?:©|\(c\)|copyright\b|all rights reserved|follow us\b|sign up\b|subscribe\b|"
    r"share this\b|read more\b|related:|tags?:|\(reporting by\b|reporting by\b|editing by\b|"
    r"additional reporting by\b|writing by\b)"
)
# "Bruce Belcher is a seasoned author with over 5 years of experience ..." (case-sensitive: the name).
AUTHOR_BIO = (
    r"^(?:[A-Z][\w.'’-]+\s+){1,3}(?:is|was|has been|has)\s+(?:a|an|the)?\s*[^.]{0,80}?\b"
    r"(?:author|writer|journalist|reporter|correspondent|editor|columnist|contributor|"
    r"freelancer|analyst|blogger|producer)\b"
)
AUTHOR_BIO_HINTS = (
    r"\b(?:writes for|years of experience|covers\b|can be reached|follow (?:him|her|them)|"
    r"is known for|contributes to|his work|her work)\b"
)
# Attribution verbs: a closing paragraph with one reports news, whatever else it looks like.
ATTRIBUTION_CUES = r"\b(?:said|says|told|according to)\b"
