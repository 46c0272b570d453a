"""Everything Qt. One package per surface (``display``, ``presell``), ``shell`` for what
surfaces share (qasync runtime, the command body, kiosk, PIN, setup screen), ``widgets`` for
shared widgets (money format, QR). The modules at this level launch and combine surfaces
(``start``, ``demo``, ``screenshots``). Dependencies point one way: launchers -> surfaces ->
shell/widgets -> the Qt-free packages. Nothing outside ``ui`` imports it."""
