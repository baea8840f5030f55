"""The ``citations`` check family: cited resolutions against the citation index (issue 15).

``family.check`` is the family entry point; the rules are in ``rules``.
"""
