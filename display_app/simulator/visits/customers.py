"""The simulated store's loyalty customers, and the link that lets the simulated counter
learn who the shopper on its live sale is once their visit session is joined.

In a real store the counter already knows the loyalty customer (card scanned at the till,
or the retailer's back office attaching it); in the simulator the POST to the visit-session
API stands in for that, so the sale snapshot then carries the customer's name and the
customer display can greet them. Names live here and on the counter only: never in a code.
"""

from __future__ import annotations

import logging
from typing import Any

from ...visits.model import redact

log = logging.getLogger(__name__)

#: Loyalty / customer id -> name, as the counter would know them.
CUSTOMERS: dict[str, str] = {
    "C1001": "Aroha Ngata",
    "C1002": "James Whitfield",
    "C1003": "Mei Lin Chen",
    "4000123456789": "Sione Taufa",
    "LOYAL-77341902": "Priya Raman",
}


def link_lane(visits: Any, lane: Any, customers: dict[str, str] | None = None) -> None:
    """When an association names the lane's live sale, put the customer's name on it."""
    table = CUSTOMERS if customers is None else customers

    def on_associate(session_id: str, customer_id: str) -> None:
        name = table.get(customer_id)
        if name and session_id == lane.sale_key and lane.active:
            lane.set_customer(name)
            log.info("counter: sale %s is %s's", session_id, redact(customer_id))

    visits.on_associate.append(on_associate)
