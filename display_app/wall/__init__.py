"""The head-office Lane Wall's domain: the stores file (``config``), per-lane tile state
reduced from counter messages (``model``), the store links (``feed``: one FD1 socket per
store) and the state-file probe (``probe``). Imports ``fd1`` and ``sale`` (session ids);
no Qt, never ``ui``."""
