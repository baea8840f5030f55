"""Check family 'structure': the rules that make a text a well-formed UN resolution.

One module per concern (formula, openers, agreement, sequencing, punctuation, numbering,
footnotes, reserved language), sharing the per-document facts in ``context``; ``family``
runs them all. Rule ids, messages and sources are data in ``resources/rules/structure.json``.
"""
