"""Guards: numbers that are no figure, each a named check.

A number read by :mod:`.number` is dropped when it is a calendar number (a
year, a day of the month, a clock time), a duration or an age, an ordinal or
identifier (a model name, a phone number, a reference, a list marker), a
calibre, a score or a word that only refers back ("the two companies"). Each
check takes the sentence and the figure as read so far and says yes or no;
the figure reader decides where reading goes on after a yes.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...lang.en import calendar, numbers, units
from ...lang.en.numbers import CARDINAL_WORDS, SCALE_WORDS, SMALL_CARDINALS
from ..doc_words import texts as doc_texts
from .sentence import HYPHENS, Figure, Sentence

_PHONE = re.compile(r"^\+?\d{2,4}([-. ]\d{2,4}){2,}$|^\d{3,}[-.]\d{4,}$")
_MODEL_NUMBER = re.compile(r"^(\d{3,})s?$")


# -- names across the document -----------------------------------------------------------


def after_name(prev: Token, title_case: bool) -> bool:
    """Whether a number right after ``prev`` is part of a name ("Boeing 737", "Section 427")."""
    if prev.text[:1].islower() and any(c.isupper() for c in prev.text[1:]) and prev.is_alpha:
        return True  # "iOS 4", "iPhone 4": a product line and its version
    if title_case or prev.pos_ != "PROPN" or not any(c.isupper() for c in prev.text):
        return False
    low = prev.lower_
    return low not in calendar.MONTH_TOKENS and low not in calendar.WEEKDAY_TOKENS and prev.text not in units.CURRENCY_CODES and prev.text not in units.CURRENCY_PREFIX


def _has_letters_after_hyphen(doc: Doc, hyphen: Token) -> bool:
    """Whether a glued "-200LR" (one token or two) follows: letters mixed with digits."""
    rest = hyphen.text[1:]
    if not rest and not hyphen.whitespace_ and hyphen.i + 1 < len(doc):
        rest = doc[hyphen.i + 1].text
    return any(c.isalpha() for c in rest) and any(c.isdigit() for c in rest)


def model_numbers(doc: Doc) -> frozenset[str]:
    """Numbers the document uses as model names somewhere ("Boeing 737", "737s").

    A document that writes "Boeing 737" also means the plane by "the 737
    replacement" or "their 737 airliner"; three digits or more, so that a
    small count elsewhere is not caught.
    """
    found = set()
    for i, text in enumerate(doc_texts(doc)):
        m = _MODEL_NUMBER.match(text)
        if m is None:
            continue
        tok = doc[i]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.text.endswith("s") and not (1800 <= int(m[1]) <= 2100):
            found.add(m[1])  # "737s": a plural of a name
        elif nxt is not None and not tok.whitespace_ and nxt.text[:1] in HYPHENS and _has_letters_after_hyphen(doc, nxt):
            found.add(m[1])  # "777-200LR": a model and its variant
        elif tok.i > 0 and after_name(doc[tok.i - 1], False) and not _falling_pair(doc, tok, int(m[1])):
            if nxt is None or (nxt.lower_ not in units.UNITS and nxt.lower_ not in units.CURRENCY_WORDS and nxt.lower_ not in SCALE_WORDS):
                found.add(m[1])
    return frozenset(found)


def _falling_pair(doc: Doc, tok: Token, value: int) -> bool:
    """ "beat the Celtics 112-104": a name's number then a smaller one after a hyphen is a score, no model
    (a variant's number is the larger, "737-800")."""
    k = tok.i + 2
    if k >= len(doc) or tok.whitespace_ or doc[k - 1].text not in HYPHENS or doc[k - 1].whitespace_:
        return False
    return doc[k].text.isdigit() and int(doc[k].text) < value


# -- calendar numbers ------------------------------------------------------------------------


def in_time_expression(s: Sentence, fig: Figure) -> bool:
    """A number inside a time expression of ``doc._.times`` (a fraction aside)."""
    return any(s.is_blocked(k) for k in range(fig.core_start, fig.core_end)) and fig.unit != "fraction"


def _bare(fig: Figure) -> bool:
    """One token of digits or words with nothing that makes it a quantity."""
    return fig.unit is None and not fig.has_scale and not fig.vague and not fig.has_comma and fig.core_end - fig.core_start == 1


def spacy_date(s: Sentence, fig: Figure) -> bool:
    """A day or year spaCy's own date reading finds: it backs up our lists."""
    tok, v = s.toks[fig.core_start], fig.value
    return tok.ent_type_ in ("DATE", "TIME") and tok.like_num and v == int(v) and (1 <= v <= 31 or 1800 <= v <= 2100)


def day_number(s: Sentence, fig: Figure) -> bool:
    """A day next to a month ("March 3", "3 of March") or a weekday ("Thursday (27)")."""
    i, j, v = fig.core_start, fig.core_end, fig.value
    if not (v == int(v) and 1 <= v <= 31):
        return False
    nxt, prv = s.word(j), s.word(i - 1)
    if prv in calendar.MONTH_TOKENS or (prv == "," and s.word(i - 2) in calendar.MONTH_TOKENS):
        return True
    if nxt in calendar.MONTH_TOKENS or (nxt == "of" and s.word(j + 1) in calendar.MONTH_TOKENS):
        return True
    if prv == "(" and nxt == ")" and s.word(i - 2) in calendar.WEEKDAY_TOKENS:
        return True
    return prv in calendar.WEEKDAY_TOKENS


def clock_time(s: Sentence, fig: Figure) -> bool:
    """ "3 p.m.", "10 a.m."."""
    j = fig.core_end
    return s.word(j) in calendar.CLOCK_WORDS or (s.word(j) == "." and s.word(j + 1) in calendar.CLOCK_WORDS)


def year(s: Sentence, fig: Figure) -> bool:
    """A bare 1800-2100, unless it counts a plural noun right after it ("2000 people")."""
    tok, v, j = s.toks[fig.core_start], fig.value, fig.core_end
    if v == int(v) and 1800 <= v <= 2100 and "." not in tok.text:
        return not (s.tag(j) == "NNS" and tok.head.i == j + s.offset)
    return False


def is_calendar(s: Sentence, fig: Figure) -> bool:
    if in_time_expression(s, fig):
        return True
    return _bare(fig) and any(check(s, fig) for check in (spacy_date, day_number, clock_time, year))


def is_duration_or_age(s: Sentence, fig: Figure, end: int) -> bool:
    """ "30 days", "48h", "aged 45": the times component keeps durations, ages are no figure."""
    if fig.unit is not None and fig.unit not in ("times",):
        return False
    w = s.word(end)
    if w in HYPHENS:
        w = s.word(end + 1)
    if w in calendar.DURATION_UNITS or fig.glued_suffix in calendar.DURATION_UNITS or fig.glued_suffix in ("h", "hr"):
        return True
    return s.word(fig.start - 1) in numbers.AGE_CUES


def names_a_kind(s: Sentence, fig: Figure, end: int) -> bool:
    """ "nine three-pointers", "two-seaters": a number hyphened to a plural noun names a kind of thing,
    it counts none ("a 10-point lead" sizes its noun and stays a figure)."""
    if fig.unit is not None or end != fig.core_start + 1 or s.word(end) not in HYPHENS or end + 1 >= len(s):
        return False
    if s.toks[end - 1].whitespace_ or s.toks[end].whitespace_:
        return False
    nxt = s.toks[end + 1]
    w = nxt.lower_
    return nxt.tag_ == "NNS" and w.endswith("s") and w not in units.UNITS and w not in calendar.DURATION_UNITS and w not in SCALE_WORDS


def is_age_compound(s: Sentence, end: int) -> bool:
    """ "45-year-old"."""
    return s.word(end) in HYPHENS and s.word(end + 1) in ("year", "years") and s.word(end + 2) in HYPHENS


# -- identifiers and names --------------------------------------------------------------------


def _prev(s: Sentence, fig: Figure) -> Token | None:
    return s.toks[fig.core_start - 1] if fig.core_start > 0 else None


def _next(s: Sentence, fig: Figure) -> Token | None:
    return s.toks[fig.core_end] if fig.core_end < len(s) else None


def hyphenated_name(s: Sentence, fig: Figure) -> bool:
    """Glued to letters by a hyphen: "F-16", "Su-27", "COVID-19"."""
    i, prev = fig.core_start, _prev(s, fig)
    if prev is not None and prev.text in HYPHENS and not prev.whitespace_ and i >= 2:
        before = s.toks[i - 2]
        if before.is_lower and "." in s.texts[i]:
            return False  # "a magnitude-7.8 quake": a word of measure, then a decimal; models are "F-16", "Su-27"
        return before.is_alpha and not before.whitespace_ and before.lower_ not in CARDINAL_WORDS
    return False


def model_and_variant(s: Sentence, fig: Figure) -> bool:
    """ "Boeing 737-800": a name's number, a hyphen, its variant's number."""
    j, prev, nxt = fig.core_end, _prev(s, fig), _next(s, fig)
    if nxt is not None and not s.toks[j - 1].whitespace_ and nxt.text in HYPHENS and j + 1 < len(s):
        after = s.toks[j + 1]
        return after.like_num and not after.is_alpha and not s.toks[j].whitespace_ and prev is not None and prev.pos_ == "PROPN"
    return False


def phone_like(s: Sentence, fig: Figure) -> bool:
    return _PHONE.match(s.texts[fig.core_start]) is not None


def glued_to_symbol(s: Sentence, fig: Figure) -> bool:
    """ "P5+1", "#1", "covid_19": glued to a symbol, part of a name."""
    prev = _prev(s, fig)
    return prev is not None and not prev.whitespace_ and prev.text in ("+", "/", "#", "&", "_", "@")


def leading_zero(s: Sentence, fig: Figure) -> bool:
    """ "0958": a leading zero marks a code, not a count."""
    text = s.texts[fig.core_start]
    return len(text) > 1 and text.startswith("0") and text.isdigit()


def generation_letter(s: Sentence, fig: Figure) -> bool:
    """ "3G", "4K": a generation or grade."""
    tok, nxt = s.toks[fig.core_start], _next(s, fig)
    return nxt is not None and not tok.whitespace_ and len(nxt.text) == 1 and nxt.text.isupper() and nxt.text not in "MKB"


def document_model_number(s: Sentence, fig: Figure) -> bool:
    """A number the document uses as a model name elsewhere ("the 737 replacement")."""
    return s.texts[fig.core_start] in s.doc_ids


def apostrophe_year(s: Sentence, fig: Figure) -> bool:
    """ "since '82": a year."""
    prev = _prev(s, fig)
    return prev is not None and prev.text in ("'", "\u2019") and not prev.whitespace_


def _counts_noun(s: Sentence, fig: Figure) -> bool:
    nxt = _next(s, fig)
    return nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in ("index", "indices")


def reference_number(s: Sentence, fig: Figure) -> bool:
    """ "No. 1", "p. 12"."""
    prev = _prev(s, fig)
    if prev is None:
        return False
    pw = prev.lower_
    if prev.text in numbers.CAPITAL_REFERENCE_WORDS and s.texts[fig.core_start].isdigit():
        return True  # "the world No 3", "No 10 Downing Street": British copy drops the full stop
    return pw in numbers.REFERENCE_MARKS or (pw == "." and s.word(fig.core_start - 2) in numbers.REFERENCE_WORDS)


def _counts_plural(s: Sentence, fig: Figure) -> bool:
    """Whether the number counts a plural noun after it ("three Pinocchios", "eight remaining casinos")."""
    tok = s.toks[fig.core_start]
    head = tok.head
    return _counts_noun(s, fig) or (head.tag_ in ("NNS", "NNPS") and 0 < head.i - tok.i <= 3)


def number_of_name(s: Sentence, fig: Figure) -> bool:
    """A number after a name ("Boeing 737"), not trusted for a count in a title-case headline.

    Models and versions are written in digits: a number word after a name that counts a plural
    ("gave Carson three Pinocchios", "mentioned CNN five times") is a count."""
    prev = _prev(s, fig)
    if prev is None or not after_name(prev, s.title_case):
        return False
    if s.words[fig.core_start] in CARDINAL_WORDS and (_counts_plural(s, fig) or s.word(fig.core_end) == "of"):
        return False  # "gave Carson three Pinocchios", "gave Cruz nine of the delegates"
    return not (_counts_noun(s, fig) and s.title_case)


def after_reference_noun(s: Sentence, fig: Figure) -> bool:
    """ "Section 427", "Resolution 2231": a noun that numbers things."""
    prev = _prev(s, fig)
    return prev is not None and not _counts_noun(s, fig) and prev.lower_ in numbers.ID_NOUNS and prev.pos_ in ("NOUN", "PROPN")


def after_possessive_name(s: Sentence, fig: Figure) -> bool:
    """ "Boeing's 787,", "Standard & Poor's 500 plunged".

    A model is a whole number in digits, so "Clinton's 696.57" and "Reuters's eight-person board"
    are figures; so are "Clinton's 16-point victory" (a unit after the hyphen) and a tally of
    possessors ("Cruz's 465 and Kasich's 143", "568 billionaires to America's 535")."""
    i, prev, nxt = fig.core_start, _prev(s, fig), _next(s, fig)
    if prev is None or prev.lower_ not in ("'s", "\u2019s") or not s.texts[i].isdigit():
        return False
    if nxt is not None and nxt.text in HYPHENS and s.word(i + 2) in units.UNITS:
        return False
    if not (i >= 2 and s.toks[i - 2].pos_ == "PROPN" and (nxt is None or nxt.pos_ not in ("NOUN", "ADJ"))):
        return False
    return not _possessive_tally(s, i)


def _possessive_tally(s: Sentence, i: int) -> bool:
    """Whether "Name's N" at token i is one of a tally: after "to"/"versus"/"than", or beside another "Name's M"."""
    k = i - 2
    while k > 0 and s.toks[k - 1].pos_ == "PROPN":
        k -= 1
    if s.word(k - 1) in numbers.TALLY_WORDS:
        return True
    return any(
        s.word(j - 1) in ("'s", "\u2019s") and s.texts[j][:1].isdigit()
        for j in range(max(2, i - 8), min(len(s), i + 9))
        if j != i
    )


def list_item(s: Sentence, fig: Figure) -> bool:
    """ "2 Ted Cruz.": a number opening a line of names only, a place in a list or a ranking."""
    if fig.core_start != 0 or not s.texts[0].isdigit():
        return False
    words = [t for t in s.toks[1:] if not t.is_punct and not t.is_space]
    return 0 < len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)


def street_number(s: Sentence, fig: Figure) -> bool:
    """ "285 Toure Drive", "1600 Pennsylvania Avenue": a number of an address, the street word
    ending the name ("3 Supreme Court justices" counts justices)."""
    j = fig.core_end
    if not s.texts[fig.core_start].isdigit():
        return False
    for k in range(j, min(j + 4, len(s))):
        tok = s.toks[k]
        if not tok.text[:1].isupper():
            return False
        if k > j and tok.text in numbers.STREET_WORDS:
            return k + 1 >= len(s) or s.toks[k + 1].pos_ not in ("NOUN", "PROPN")
    return False


def index_name(s: Sentence, fig: Figure) -> bool:
    """ "FTSE 100 Index"."""
    nxt = _next(s, fig)
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.lower_ in ("index",)


def hyphenated_variant(s: Sentence, fig: Figure) -> bool:
    """ "777-200LR": a variant glued by a hyphen (not "-plus", "-odd", "-year")."""
    tok, nxt = s.toks[fig.core_start], _next(s, fig)
    if nxt is not None and not tok.whitespace_ and nxt.text[:1] in HYPHENS and len(nxt.text) > 1 and any(c.isalnum() for c in nxt.text[1:]):
        rest = nxt.text[1:].lower()
        return rest not in numbers.HYPHEN_WORDS and not rest.startswith(numbers.HYPHEN_TIME_WORDS)
    return False


def list_marker(s: Sentence, fig: Figure) -> bool:
    """A bare small number alone in parentheses: "(1)"."""
    prev, nxt = _prev(s, fig), _next(s, fig)
    return prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")" and fig.value < 10


def named_entity(s: Sentence, fig: Figure) -> bool:
    """A number spaCy reads inside a name of an organisation, product, law...; not a count."""
    tok = s.toks[fig.core_start]
    if tok.ent_type_ not in ("ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "EVENT") or _counts_plural(s, fig):
        return False
    # "306 electoral votes to Trump's 232": the small model may take a tally's name and number for a product
    return not (s.word(fig.core_start - 1) in ("'s", "\u2019s") and s.texts[fig.core_start].isdigit() and _possessive_tally(s, fig.core_start))


# A thousands comma is written in counts, never in names: the checks after it
# are skipped for "1,500".
_IDENTIFIER_CHECKS = (hyphenated_name, model_and_variant, phone_like, glued_to_symbol, leading_zero, generation_letter)
_NAME_CHECKS = (
    document_model_number, apostrophe_year, reference_number, number_of_name, after_reference_noun,
    after_possessive_name, index_name, hyphenated_variant, list_marker, named_entity, list_item, street_number,
)  # fmt: skip


def is_identifier(s: Sentence, fig: Figure) -> bool:
    if fig.unit is not None or fig.has_scale or fig.vague or fig.hedges:
        return False
    if any(check(s, fig) for check in _IDENTIFIER_CHECKS):
        return True
    return not fig.has_comma and any(check(s, fig) for check in _NAME_CHECKS)


def names_singular(s: Sentence, k: int, end: int) -> bool:
    """A bare number above one before a singular common noun it modifies is a name ("500 index")."""
    if end >= len(s) or end != k + 1:
        return False
    nxt = s.toks[end]
    if nxt.tag_ not in ("NN", "NNP") or nxt.lower_ in numbers.MILESTONE_NOUNS or nxt.lower_ in units.UNITS or nxt.lower_ in calendar.DURATION_UNITS:
        return False
    if nxt.lower_ in numbers.SAME_PLURAL_NOUNS:
        return False
    if nxt.lower_ in units.CURRENCY_WORDS or nxt.lower_ in units.SUBUNITS or nxt.lower_ in SCALE_WORDS:
        return False
    if nxt.dep_ == "compound" and nxt.head.tag_ in ("NNS", "NNPS") and nxt.head.i > nxt.i:
        return False  # "the 718 party leaders", "400 establishment Democrats": it counts the plural
    try:
        value = float(s.texts[k])
    except ValueError:
        return False
    return value > 1 and s.toks[k].head.i == nxt.i


def is_model_name(s: Sentence, fig: Figure, end: int) -> bool:
    """ "the 787 Dreamliner", "737-800": a bare number the document or its noun shows is a model."""
    k = fig.core_start
    return (
        fig.unit is None
        and not fig.has_comma
        and not fig.has_scale
        and fig.core_end - k == 1
        and s.texts[k].isdigit()
        and (s.texts[k] in s.doc_ids or names_singular(s, k, end))
    )


def is_back_reference(s: Sentence, fig: Figure) -> bool:
    """ "the two companies": a small number word referring back to things named."""
    k = fig.core_start
    if s.word(k + 1) in HYPHENS and not s.toks[k].whitespace_:
        return False  # "the nine-page plan": a count inside a modifier, nothing named before
    return fig.unit is None and fig.core_end - k == 1 and s.words[k] in SMALL_CARDINALS and s.word(k - 1) in numbers.BACK_REFERENCE_DETERMINERS


def digit_run(s: Sentence, fig: Figure) -> int:
    """The end of a run of bare digit groups starting at the figure, else its own end.

    Two bare integers in a row never make one figure in English prose; they
    are a phone number, a code or a reference.
    """
    k = fig.core_start
    if fig.unit is not None or fig.has_scale or fig.has_comma or fig.hedges:
        return fig.core_end
    if not s.texts[k].lstrip("+").isdigit():
        return fig.core_end
    end = k + 1
    while end < len(s) and s.texts[end].isdigit() and s.toks[end - 1].whitespace_:
        end += 1
    if end - k >= 2 or s.texts[k].startswith("+"):
        return max(end, fig.core_end + (1 if s.texts[k].startswith("+") else 0))
    return fig.core_end


# -- calibres -----------------------------------------------------------------------------------


def is_calibre(s: Sentence, fig: Figure, end: int) -> bool:
    """A length unit glued to a number before a weapon or system noun."""
    unit = fig.glued_suffix
    if unit not in units.CALIBRE_UNITS:
        return False
    nxt = s.toks[end] if end < len(s) else None
    if nxt is None:
        return False
    if nxt.text in HYPHENS and end + 1 < len(s):
        nxt = s.toks[end + 1]
    if nxt.is_punct or nxt.lower_ in ("of", "and", "or", "in", "on", "at", "to", "from", "per", "a", "an", "the"):
        return False
    window = {s.word(k) for k in range(end, min(end + 4, len(s)))}
    if window & units.WEAPON_WORDS:
        return True
    # "155mm" right before a noun names a calibre even for weapons we do not list
    return unit in ("mm", "calibre", "caliber") and nxt.pos_ in ("NOUN", "ADJ", "PROPN")


def calibre_noun_after(s: Sentence, end: int) -> bool:
    """Whether a glued "m" means metres: a weapon noun, "-long"/"-high" or a race follows."""
    window = {s.word(k) for k in range(end, min(end + 4, len(s)))}
    if window & units.WEAPON_WORDS:
        return True
    if s.word(end) in units.DISTANCE_EVENT_WORDS:
        return True  # "the 400m hurdles"
    if s.word(end) == "in" and end + 1 < len(s) and s.is_blocked(end + 1):
        return True  # "ran the 100m in 9.58 seconds"
    if s.word(end) in units.SIZE_WORDS or (
        s.word(end) in ("and", "to", "or", "-") and (s.word(end + 2) in units.SIZE_WORDS or s.word(end + 3) in units.SIZE_WORDS)
    ):
        return True  # "the tree is 30m tall", "a crater 20m wide", "between 2m and 3m high"
    return s.word(end) in HYPHENS and s.word(end + 1) in units.DIMENSION_WORDS


def race_distance(s: Sentence, fig: Figure, end: int) -> bool:
    """ "clocked 1:43.5 in the 800m.", "the 1500m, which": a race's distance after "the", no noun of its own."""
    if s.word(fig.core_start - 1) != "the" or fig.value not in units.RACE_DISTANCES:
        return False
    return end >= len(s) or s.toks[end].is_punct or s.toks[end].is_space or s.word(end) in ("in", "at", "and", "on")


def field_mark(s: Sentence, fig: Figure, end: int) -> bool:
    """ "threw the discus 74.35m to win", "cleared 2.36m": a glued "m" after a verb of throwing or
    jumping is the mark in metres, unless a noun follows that the figure counts in millions."""
    k = fig.core_start - 1
    while k >= 0 and s.toks[k].pos_ in ("DET", "NOUN", "ADV") and fig.core_start - k <= 3:
        k -= 1  # "threw the discus", "jumped just": the verb's object or an adverb between
    if k < 0 or s.toks[k].pos_ != "VERB" or s.toks[k].lemma_.lower() not in units.FIELD_EVENT_VERBS:
        return False
    return end >= len(s) or s.toks[end].pos_ not in ("NOUN", "PROPN")


def size_of_a_thing(s: Sentence, fig: Figure, end: int) -> bool:
    """ "a storm surge of up to 5m", "waves of 8m", "at an altitude of 3.5m": a glued "m" after "of"
    and a noun of physical size is metres, unless a noun follows that the figure counts in millions."""
    k = fig.start - 1
    while k >= 0 and fig.start - k <= 4 and s.word(k) != "of":
        k -= 1  # past the hedge: "of up to 5m", "of about 8m"
    if s.word(k) != "of" or s.word(k - 1) not in units.SIZE_NOUNS:
        return False
    return end >= len(s) or s.toks[end].pos_ not in ("NOUN", "PROPN")

