"""The live sale (no Qt): models, money, snapshot parsing and the reducer from counter
messages to the screen state. May import ``fd1``; never Qt or ``ui``."""
