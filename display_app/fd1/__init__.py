"""FD1, the PosGreen counter protocol: packets, the counter link (login, replies,
firehoses, reconnect) and ``dialect``, our choices where Fieldpine is silent.
Imports only the standard library and websockets: no Qt, nothing else of ours."""
