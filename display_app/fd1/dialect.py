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

# ----------------------------------------------------------------------------- sale sessions
# GAP (sessions-pagers.md section 1, F3/F14): Fieldpine names no session-id parameter, no
# enumeration call and no session record. What is documented: every custdisp.sale.*
# snapshot carries ``salephyskey`` (one SALE) and a ``source`` object of "technical origin
# identifiers" (faid, plevel, the rest cut off), and ``fd1.sales.get_activesale_list``
# lists the sales in progress. A checkout SESSION (a register, a tablet user, one of two
# operators on a lane) outlives its sales, so we identify it by where its sales come from.

#: Fields of ``source`` (any case) that, when present, ARE the session id (our guess at
#: what a counter may send). The first one present wins.
SESSION_ID_FIELDS = ("session", "sessionid", "session_id", "sessid", "context", "contextid")

#: Fields of ``source`` that say which lane (checkout) a session rings on; the first present
#: names the lane. Without one, the session is its own lane.
LANE_FIELDS = ("lane", "laneid", "till", "tillid", "checkout", "register", "terminal")

#: Fields of ``source`` that may change from message to message and so never identify a
#: session (left out of the derived id).
SOURCE_VOLATILE_FIELDS = frozenset({"datetime", "datetimelocal", "time", "ts", "timestamp", "seq", "sequence", "msgid"})

#: The enumeration call: the documented name (guide_salescapture.htm). Its reply shape is a
#: GAP; ours (the simulator's) is ``data.rows[]`` of ``{"source": {...}, "salephyskey",
#: "saletotal", "lines": <count>, "startdt", "lane"}``; decoded tolerantly by
#: ``sale.sessions.decode_session_list`` (a ``session`` field, ``data`` as a bare list,
#: ``lines`` as a list, ``total`` for ``saletotal`` are all accepted).
ACTIVESALE_LIST = "fd1.sales.get_activesale_list"


def _scalar_text(value: object) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, str)):
        text = str(value).strip()
        return text[:80] or None
    if isinstance(value, float) and value == value and abs(value) != float("inf"):
        return repr(value)
    return None


def _folded(source: dict) -> dict[str, object]:
    """Keys lower-cased; when two keys fold together the first in sorted order wins, so the
    result never depends on the order the counter wrote them in."""
    folded: dict[str, object] = {}
    for key in sorted(source, key=str):
        folded.setdefault(str(key).lower(), source[key])
    return folded


def session_id(source: object) -> str:
    """The checkout session a ``source`` object names ("" when it names none).

    An explicit session field (``SESSION_ID_FIELDS``) wins; otherwise the id is derived
    from every scalar field but the volatile ones, as ``key=value`` pairs sorted by key and
    joined by ``;`` (``device=REG1;faid=3283;lane=1;plevel=2502``), so two registers that
    differ in any one identifier are two sessions.
    """
    if not isinstance(source, dict):
        return ""
    folded = _folded(source)
    for name in SESSION_ID_FIELDS:
        text = _scalar_text(folded.get(name))
        if text:
            return text
    parts = []
    for key in sorted(folded):
        if key in SOURCE_VOLATILE_FIELDS:
            continue
        text = _scalar_text(folded[key])
        if text is not None:
            parts.append(f"{key[:40]}={text}")
    return ";".join(parts[:16])


def lane_id(source: object) -> str:
    """The lane a ``source`` object names (``LANE_FIELDS``), else "" (the session is the lane)."""
    if not isinstance(source, dict):
        return ""
    folded = _folded(source)
    for name in LANE_FIELDS:
        text = _scalar_text(folded.get(name))
        if text:
            return text
    return ""

#: The Lane Wall logs in to each store's counter with this purpose: the documented one that
#: receives custdisp.sale.* (a head-office monitor has no purpose of its own in the docs).
WALL_LOGIN_PURPOSE = "customerdisplay"


#: GAP: Fieldpine's docs name no field for the shopper's language. A sale that names one (a
#: loyalty customer's preference, a tourist's choice at the counter) is shown in it, and the
#: next sale returns to the store's language. We read the first non-empty text, a language tag
#: such as "de", "zh-CN" or "mi", under these keys of the sale body (``v``), then under
#: ``CUSTOMER_LANGUAGE_FIELDS`` of its ``customer`` object (case-insensitive). A tag we have no
#: translation for leaves the store's language on screen (display_app/sale/language.py).
SALE_LANGUAGE_FIELDS = ("customerlanguage", "customerlang")
CUSTOMER_LANGUAGE_FIELDS = ("language", "lang", "locale")
