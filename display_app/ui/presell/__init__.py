"""The presell tablet surface: window, barcode-wedge scanner and the command. Imports
``shell``, ``widgets`` and the Qt-free packages; never another surface."""
