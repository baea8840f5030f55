"""The plain-text reader: page furniture, footnote blocks, paragraphs recovered from line layout.

``lines`` classifies raw lines (page headers, footnote separators, marks), ``paragraphs`` joins
them into source blocks, and ``reader`` is the entry point that hands the blocks to
:mod:`drafter.parsing.recovery`.
"""
