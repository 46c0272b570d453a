"""Simulated systems around the app, for tests, the demo and support staff: one package
each (``counter``: the PosGreen counter with its lane and presell endpoints), plus ``cli``,
the ``display-app simulate`` command. May import the Qt-free packages (``fd1`` for the
wire format); never Qt or ``ui``. Imports stay lazy so ``--version`` does not pay for them.
"""
