"""The simulated estate: many stores, each a PosGreen counter socket carrying all its
lanes' checkout sessions, from one process (``estate.EstateSimulator``; ``display-app
simulate --stores S --lanes L``). Reuses ``simulator.counter`` (server, lane, catalogue)
and imports ``fd1``; never Qt or ``ui``."""
