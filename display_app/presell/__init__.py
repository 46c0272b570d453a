"""The presell tablet's domain (no Qt): build a customer's sale on the counter from a
tablet in the queue, and hand it to the lane with a recall code.

* ``model``: immutable basket state (``TabletState``, ``BasketLine``, ``Product``, ...).
* ``salesbuilder``: the ONE adapter that knows the counter's SalesBuilder endpoints
  (both documented name variants) and our choices for their arguments.
* ``outbox``: writes in order, each with a stable ``rq``, replayed once after a drop.
* ``tablet``: ``Tablet``, which ties the counter link, the adapter and the outbox together.

May import ``fd1``; never Qt or ``ui``.
"""
