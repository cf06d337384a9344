"""Language data: the words newsledger reads news with, one package per language.

A language package (``en`` for English) holds word lists, tables and the regex
alternations built from them, and nothing else: no spaCy, no logic beyond
building patterns, no imports from the rest of newsledger. The components in
:mod:`newsledger.nlp` take every word they match from here, as spaCy keeps its
language data in ``spacy/lang/en/``. A second language would be a sibling
package (``lang/de/``) with the same module names.
"""
