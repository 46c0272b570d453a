"""The order-ready board surface (customer-facing): who is getting ready and who is called,
from a guest-pager base station. Imports ``shell``, ``widgets`` and the Qt-free packages
(``pagers``); never another surface."""
