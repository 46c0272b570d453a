"""A simulated PosGreen counter (FD1 over WebSocket) for tests, demos and installers.

``server.CounterSimulator`` is the server, ``lane.Lane`` the simulated checkout with its
live sale, ``catalogue.Catalogue`` the products, ``scenarios`` the scripted sessions
(data files in ``scenarios/``) and ``cli`` the ``display-app simulate`` command. Imports
stay lazy here so ``display-app --version`` does not pay for the server.
"""
