"""Akoma Ntoso (AKN4UN): the UN's own XML markup of its resolutions, read and written.

``safety`` parses an XML file without trusting it, ``names`` holds the namespace and
the element vocabulary, ``render`` turns the markup into the reader-neutral blocks
that structure recovery receives, ``reader`` is the entry point for reading,
``dates`` and ``frbr`` build the identifiers, ``writer`` writes a model as AKN4UN and
``schema`` validates a document against the Akoma Ntoso 3.0 schema.
"""
