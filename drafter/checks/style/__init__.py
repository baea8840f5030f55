"""Check family 'style': the UN Editorial Manual's rules.

Most rules are data (a pattern and a replacement in ``resources/rules/style.json``, loaded by
``catalogue``); those that need logic are code (``numbers``, ``spelling``,
``typography``, registered in ``code_rules``). ``context`` and ``spans`` tell where a rule may
fire (never inside quoted titles or addresses); ``family`` runs them all.
"""
