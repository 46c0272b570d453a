"""The customer display surface: window, screens (idle, sale, thank-you, offline), the
lines list, theme and the controller that feeds it screen states. Imports ``shell``,
``widgets`` and the Qt-free packages; never another surface."""
