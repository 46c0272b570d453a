"""The guest-pager base station simulator (an LRS T7470 look-alike): ``station`` is its
state and rules (standard library only), ``server`` serves it over CoAP/UDP with aiocoap.
May import display_app.pagers (dialect, codec) and aiocoap; never ui/ or Qt.
"""
