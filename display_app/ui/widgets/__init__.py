"""Widgets and formatting shared by surfaces: money and quantities (QLocale), QR codes.
Imports only Qt and the Qt-free packages."""
