"""Reconciling reports with each other: which article is a copy of which, and which claims are one claim.

Plain Python over records and store rows, with no SQL: the store looks up
candidates and writes links, and asks this package for every decision.

- :mod:`.signatures`: MinHash signatures, LSH band keys and figure keys (finding candidates);
- :mod:`.facts`: what an article states, and whether two similar articles are one report;
- :mod:`.claims`: which claims of a copy are the claims of its original.
"""
