"""display-app: customer display and presell tablet for Fieldpine PosGreen counters."""

__version__ = "0.1.0"
