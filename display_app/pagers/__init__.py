"""Guest pagers (LRS T7470-style base station over CoAP): the pager-session model, the
wire codec, the aiocoap adapter and the action queue. Qt-free: imports only the standard
library, aiocoap and this package; nothing here imports ui/ or the simulator.
"""
