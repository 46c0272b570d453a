"""The simulated PosGreen counter: ``server.CounterSimulator`` (FD1 over WebSocket),
``client`` (one connected socket), ``lane`` (the checkout and its live sale), ``presell``
(SalesBuilder endpoints, parked sales, lane recall), ``catalogue`` and ``scenarios``
(scripted sales; data in ``scenarios/`` and ``data/``). Imports ``fd1`` only."""
