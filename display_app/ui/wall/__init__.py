"""The head-office Lane Wall surface: ``main`` (the ``display-app wall`` command), ``window``
(header, frame pump, state file, opening a lane) and ``view`` (one custom-painted widget of
tiles). Imports ``wall`` (the Qt-free model and store links), ``ui.shell`` and
``ui.widgets``; never another surface (a tapped lane opens in a separate customer-display
process)."""
