"""Never losing a drafter's work: atomic saves, autosave/recovery, locks, disk changes.

No Qt here: the editor drives these with its timers and dialogs.
"""
