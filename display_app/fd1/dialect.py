"""Where the Fieldpine docs are silent, our choices live here, in one place.

Each constant names the GAP it covers in shared/reference/fd1-protocol.md. The
client, the simulator and the sale reducer all read these, so changing a guess
for a real counter is a one-line edit (or a setting, where one exists).
"""

from __future__ import annotations

#: Port PosGreen listens on. GAP (section 1.2): only 3490 appears in the FD1 examples.
DEFAULT_PORT = 3490

#: Path of the FD1 WebSocket on a PosGreen counter (DOC: app_posgreen.htm).
DEFAULT_PATH = "/fd1/open_websocket"

#: The websocat example uses this path instead (DOC: examples_websocat.htm). The simulator serves both.
ALTERNATE_PATHS = ("/ws/open_websocket",)

#: Firehose event that streams customer-display sale messages. GAP (section 4.3, the
#: critical one): no readable page names it. Overridable with the ``firehose_event``
#: setting; the client also accepts custdisp messages that arrive with no firehose open.
DEFAULT_CUSTDISP_EVENT = "custdisp.sale"

#: Schema prefixes of customer-display sale messages. The docs' list says ``cust.sale.``,
#: their example says ``custdisp.sale.``; we accept both (section 4.4).
CUSTDISP_PREFIXES = ("custdisp.sale", "cust.sale")

#: Endpoint names used by the customer display.
LOGIN = "fd1.session.login"
GET_INFO = "fd1.customerdisplay.get_info"
OPEN_FIREHOSE = "fd1.firehose.open_firehose"
#: GAP (section 4.2): close_firehose takes ``k`` = the ``rq`` used to open it (our guess,
#: following ``cancel_request``).
CLOSE_FIREHOSE = "fd1.firehose.close_firehose"
SET_FIREHOSE_OPTION = "fd1.firehose.set_firehose_option"
IGNORE = "fd1.session.ignore"


#: Voided / cancelled line flags: never shown to a customer (DOC: db_salelines.htm).
VOID_PIDFLAGS = frozenset({10000, 10002, 10005})

#: Server-to-client message carrying a banner text and alternative servers (DOC: fn1_overview.htm).
LINK_STATUS = "fn1.link.link_status"


def is_custdisp(sc: str) -> bool:
    """True for a customer-display sale schema in either spelling."""
    return any(sc == p or sc.startswith(p + ".") for p in CUSTDISP_PREFIXES)

#: Weighed (variable-measure) products. DOC (db_salelines.htm, section 6.2): ``qty`` is an
#: integer in the product's measurement base unit; Fieldpine never sells fractions of a
#: unit. Our choice where the docs are silent: a line whose ``product.measurement`` is a key
#: here carries ``qty`` as an integer count of the base unit (grams for "kg", millilitres
#: for "l"), and ``qty / WEIGHED_UNITS[measurement]`` is the amount in that measurement.
#: ``totalprice`` is the line price; ``unitprice`` the price per kg (per l).
WEIGHED_UNITS = {"kg": 1000, "l": 1000}

#: Payment type numbers -> a customer-facing name, used only when a payment carries no
#: ``originalname``/``description``/``name``. GAP (section 6.3): Fieldpine's type table
#: is not in the readable docs; these are our guesses, one edit away from a real table.
PAYMENT_TYPE_NAMES = {
    1: "Cash",
    2: "EFTPOS",
    3: "Credit card",
    4: "Cheque",
    5: "Account",
    6: "Gift card",
    7: "Voucher",
    8: "Loyalty points",
    9: "Mobile payment",
}

#: Liveness. GAP (sections 1.5 and 4.5): the docs give no heartbeat, no idle timeout and
#: no interval for the periodic ``.status`` repeat (the simulator sends one every 5 s).
#: A hung POS can keep its WebSocket answering pings while it sends nothing, so a link
#: with a firehose open that has heard no FD1 packet for ``SILENT_AFTER_SECONDS`` (three
#: status intervals of an assumed 3 s; a counter with sparser repeats is merely asked
#: more often) sends ``LIVENESS_REQUEST``. Any reply, even an error, proves the counter
#: alive; none within ``LIVENESS_TIMEOUT_SECONDS`` means offline and a rebuilt link, at
#: most 12 s after the last packet (plus the 1.5 s reconnecting grace on screen).
#: ``get_info`` is the request: documented, without side effects, and one the display
#: depends on anyway (``fd1.session.ignore`` is documented to get no reply).
LIVENESS_REQUEST = GET_INFO
SILENT_AFTER_SECONDS = 9.0
LIVENESS_TIMEOUT_SECONDS = 3.0

#: GAP (section 4.5): whether a counter opens the next sale's key as soon as a sale
#: completes. Our choice: a sale key the display is not showing, with no lines and no
#: payments, is the idle lane (welcome screen; a running thank-you still runs its time).
#: The same key losing all its lines (every item voided) stays a sale at $0.00.
NEW_EMPTY_SALE_IS_IDLE = True

#: GAP (section 6.3): how a counter books change. Our choice: on a sale with a positive
#: total, negative payments that do not exceed the overpayment (cash 20.00, then -8.26 on
#: an 11.74 sale) are the change handed back: they are not listed as payments and the
#: change box shows the overpayment. Refunds (a total of zero or less) are left alone.
NEGATIVE_PAYMENT_IS_CHANGE = True
