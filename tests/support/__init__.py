"""Helpers shared by the test modules: corpus paths, document builders, editor drivers, fakes.

Plain modules, imported as ``support.<module>`` (``pythonpath = ["tests"]`` in
pyproject.toml), so that no test module imports another test module or a conftest.
Fixtures stay in the ``conftest.py`` files; these modules hold the functions and data
that the fixtures and tests call.
"""
