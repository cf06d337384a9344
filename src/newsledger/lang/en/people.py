"""English words around person names: titles and honorifics.

A person mention starting with one ("President Biden", "Dr. Smith") is looked up
without it.
"""

from __future__ import annotations

PERSON_TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sir dame president prime minister general gen. "
    "gen col. lt. sen. sen rep. rep gov. gov chancellor king queen prince pope "
    "premier leader secretary ambassador".split()
)
