"""Structure recovery: from a reader's ordered blocks to a :class:`~drafter.core.model.Resolution`.

Every reader (plain text, Word, Akoma Ntoso) hands over :class:`~drafter.parsing.blocks.SourceBlock`
objects and the footnote texts it found; :mod:`drafter.parsing.recovery` then decides, the same
way for every source, what each block is (masthead line, title, formula, preambular, operative,
sub-paragraph, heading, closing line, annex). Keeping this out of ``formats/`` is what makes a
Word file and its text extraction give the same model. Depends on ``core`` only.
"""
