"""What every surface runs in: the qasync runtime, the counter-command body, kiosk mode,
the PIN pad and the setup screen. Imports ``widgets`` and the Qt-free packages, never a surface."""
