"""Citations of UN resolutions and decisions: how they are written, and what is known.

``patterns`` reads the per-language shapes from ``resources/citations/patterns.json``;
``extract`` finds the citations in a text; ``index`` holds what the public texts say
about each cited resolution (built by ``tools/build_citation_index.py``) plus the
user's own additions (``user_entries``).
"""
