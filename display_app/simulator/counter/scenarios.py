"""Scenarios: scripted cashier sessions for the simulated lane, stored as JSON data files.

A scenario file (``display_app/simulator/counter/scenarios/NAME.json``)::

    {"name": "quick-grocery", "description": "...", "pace": 0.6, "loop": false,
     "steps": [{"do": "start_sale"}, {"do": "add", "sku": "DAI0002", "qty": 2}, ...]}

``pace`` is the pause after each cashier step in seconds (default 0.5); ``wait`` steps
pause explicitly. Both are divided by the simulator's ``speed``. ``loop`` repeats the
steps until the simulator stops (the demo). Steps:

=============  ==============================================================
``start_sale``  ``key`` (optional salephyskey)
``add``         ``sku`` (sku, barcode or pid); ``qty`` (items, or kg for weighed
                products) or ``grams``; optional ``price`` (unit price)
``set_qty``     ``seq``; ``qty`` or ``grams``
``discount``    ``seq``; ``percent`` or ``amount``
``void``        ``seq``; optional ``flag`` (10000, 10002 or 10005)
``pay``         ``kind`` (a name in lane.PAYMENT_TYPES, e.g. "Cash", "EFTPOS"); ``amount``
                (a number, or "balance" for what is still owing)
``complete``    (freezes datetimelocal)
``clear``       (the lane goes idle)
``status``      (send a ``.status`` snapshot now)
``wait``        ``seconds``
``link_status`` ``message`` ("" clears the banner)
``spelling``    ``prefix``: "custdisp.sale" or "cust.sale" for the following messages
=============  ==============================================================

Scenarios are checked on load (unknown step, missing or mistyped field, unknown sku,
a ``seq`` that no earlier ``add`` made) and a ScenarioError names the scenario, the step
number and the problem.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Any, Callable, Mapping

from ...fd1 import dialect
from .catalogue import Catalogue
from .lane import PAYMENT_TYPES, Lane

log = logging.getLogger(__name__)

DEFAULT_PACE = 0.5

_NUMBER = (int, float)


class ScenarioError(ValueError):
    """A scenario that cannot be loaded; the message says which and why."""


@dataclass(frozen=True)
class Scenario:
    name: str
    description: str
    steps: tuple[Mapping[str, Any], ...]
    loop: bool = False
    pace: float = DEFAULT_PACE


# step -> (required fields, optional fields)
STEPS: dict[str, tuple[set[str], set[str]]] = {
    "start_sale": (set(), {"key"}),
    "add": ({"sku"}, {"qty", "grams", "price"}),
    "set_qty": ({"seq"}, {"qty", "grams"}),
    "discount": ({"seq"}, {"percent", "amount"}),
    "void": ({"seq"}, {"flag"}),
    "pay": ({"kind", "amount"}, set()),
    "complete": (set(), set()),
    "clear": (set(), set()),
    "status": (set(), set()),
    "wait": ({"seconds"}, set()),
    "link_status": ({"message"}, set()),
    "spelling": ({"prefix"}, set()),
}


def names() -> list[str]:
    """Names of the packaged scenarios, sorted."""
    folder = resources.files("display_app.simulator.counter").joinpath("scenarios")
    return sorted(item.name[: -len(".json")] for item in folder.iterdir() if item.name.endswith(".json"))


def describe() -> list[tuple[str, str]]:
    """(name, description) of every packaged scenario."""
    out = []
    for name in names():
        try:
            doc = _read(name)
            out.append((name, str(doc.get("description", ""))))
        except ScenarioError as exc:
            out.append((name, f"(broken: {exc})"))
    return out


def _read(name: str) -> dict[str, Any]:
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise ScenarioError(f"bad scenario name {name!r}")
    item = resources.files("display_app.simulator.counter").joinpath("scenarios", f"{name}.json")
    if not item.is_file():
        raise ScenarioError(f"no scenario named {name!r}; known: {', '.join(names())}")
    try:
        doc = json.loads(item.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ScenarioError(f"scenario {name!r} is not valid JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise ScenarioError(f"scenario {name!r} must be a JSON object")
    doc.setdefault("name", name)
    return doc


def load(source: str | Mapping[str, Any] | Scenario, catalogue: Catalogue) -> Scenario:
    """A packaged scenario by name, or a scenario dict, validated against the catalogue."""
    if isinstance(source, Scenario):
        return source
    doc = _read(source) if isinstance(source, str) else dict(source)
    return validate(doc, catalogue)


def validate(doc: Mapping[str, Any], catalogue: Catalogue) -> Scenario:
    name = str(doc.get("name", "(unnamed)"))

    def fail(problem: str, index: int | None = None) -> ScenarioError:
        where = f"step {index + 1}" if index is not None else "top level"
        return ScenarioError(f"scenario {name!r}, {where}: {problem}")

    steps = doc.get("steps")
    if not isinstance(steps, list) or not steps:
        raise fail("'steps' must be a non-empty list")
    loop = doc.get("loop", False)
    if not isinstance(loop, bool):
        raise fail("'loop' must be true or false")
    pace = doc.get("pace", DEFAULT_PACE)
    if isinstance(pace, bool) or not isinstance(pace, _NUMBER) or pace < 0:
        raise fail("'pace' must be a number of seconds >= 0")
    unknown_top = set(doc) - {"name", "description", "steps", "loop", "pace"}
    if unknown_top:
        raise fail(f"unknown key(s) {sorted(unknown_top)}")

    lines_made = 0  # seqnce numbers handed out in the current sale
    products: dict[int, Any] = {}  # seqnce -> product, in the current sale
    completed = False  # the current sale was completed: edits and payments are refused
    has_wait = False
    for i, step in enumerate(steps):
        if not isinstance(step, dict):
            raise fail("a step must be an object like {\"do\": \"add\", ...}", i)
        do = step.get("do")
        if do not in STEPS:
            raise fail(f"unknown step {do!r}; steps are {', '.join(STEPS)}", i)
        required, optional = STEPS[do]
        fields = set(step) - {"do", "comment"}
        missing = required - fields
        if missing:
            raise fail(f"{do} needs {', '.join(sorted(missing))}", i)
        extra = fields - required - optional
        if extra:
            raise fail(f"{do} does not take {', '.join(sorted(extra))}", i)
        for key in ("qty", "amount", "percent", "price", "seconds"):
            if key == "amount" and do == "pay" and step[key] == "balance":
                continue
            if key in step and not _is_amount(step[key]):
                raise fail(f"{key} must be a number, not {step[key]!r}", i)
        for key in ("seq", "grams", "flag"):
            if key in step and (isinstance(step[key], bool) or not isinstance(step[key], int)):
                raise fail(f"{key} must be an integer, not {step[key]!r}", i)
        for key in ("qty", "amount", "percent", "price", "seconds", "grams"):
            value = step.get(key)
            if value is not None and value != "balance" and Decimal(str(value)) <= 0 and not (key == "seconds" and Decimal(str(value)) == 0):
                raise fail(f"{key} must be more than 0, not {value!r}", i)
        if "percent" in step and Decimal(str(step["percent"])) > 100:
            raise fail(f"percent must be at most 100, not {step['percent']!r}", i)
        if do in ("start_sale", "clear"):
            lines_made, completed = 0, False
            products = {}
        elif do == "complete":
            completed = True
        elif do in ("set_qty", "discount", "void", "pay") and completed:
            raise fail(f"{do} after complete: the sale is finished (start_sale or add begins a new one)", i)
        if do == "add":
            if completed:
                lines_made, completed = 0, False  # an add after complete starts a new sale
                products = {}
            product = catalogue.find(step["sku"])
            if product is None:
                raise fail(f"unknown sku {step['sku']!r} (not in the catalogue)", i)
            if "grams" in step and "qty" in step:
                raise fail("add takes qty or grams, not both", i)
            _check_quantity(step, product, lambda problem: fail(problem, i))
            lines_made += 1
            products[lines_made] = product
        elif do in ("set_qty", "discount", "void"):
            if not 1 <= step["seq"] <= lines_made:
                raise fail(f"seq {step['seq']} does not name a line added earlier in this sale", i)
            if do == "set_qty":
                if ("qty" in step) == ("grams" in step):
                    raise fail("set_qty takes exactly one of qty or grams", i)
                _check_quantity(step, products[step["seq"]], lambda problem: fail(problem, i))
            if do == "discount" and ("percent" in step) == ("amount" in step):
                raise fail("discount takes exactly one of percent or amount", i)
            if do == "void" and "flag" in step and step["flag"] not in dialect.VOID_PIDFLAGS:
                raise fail(f"flag must be one of {sorted(dialect.VOID_PIDFLAGS)}", i)
        elif do == "pay":
            if step["kind"] not in PAYMENT_TYPES:
                raise fail(f"unknown payment kind {step['kind']!r}; kinds are {', '.join(PAYMENT_TYPES)}", i)
        elif do == "spelling":
            if step["prefix"] not in dialect.CUSTDISP_PREFIXES:
                raise fail(f"prefix must be one of {', '.join(dialect.CUSTDISP_PREFIXES)}", i)
        elif do == "link_status":
            if not isinstance(step["message"], str):
                raise fail("message must be a string", i)
        elif do == "wait":
            if step["seconds"] > 0:
                has_wait = True
    if loop and not has_wait and pace <= 0:
        raise fail("a looping scenario needs a wait step or a pace, or it would spin")
    return Scenario(
        name=name,
        description=str(doc.get("description", "")),
        steps=tuple(steps),
        loop=loop,
        pace=float(pace),
    )


def _check_quantity(step: Mapping[str, Any], product: Any, fail: Callable[[str], ScenarioError]) -> None:
    if "grams" in step and not product.weighed:
        raise fail(f"{product.sku} ({product.description}) is not sold by weight; use qty")
    if "qty" in step and not product.weighed and Decimal(str(step["qty"])) % 1 != 0:
        raise fail(f"{product.sku} ({product.description}) is sold by the unit; qty must be whole, not {step['qty']!r}")


def _is_amount(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, _NUMBER):
        return True
    if isinstance(value, str):
        try:
            Decimal(value)
        except ArithmeticError:
            return False
        return True
    return False


async def play(
    scenario: Scenario,
    lane: Lane,
    *,
    speed: float = 1.0,
    link_status: Callable[[str], None] | None = None,
) -> None:
    """Run the steps on the lane; a looping scenario runs until cancelled."""

    async def pause(seconds: float) -> None:
        if seconds > 0 and speed > 0:
            await asyncio.sleep(seconds / speed)
        else:
            await asyncio.sleep(0)

    log.info("playing scenario %s%s", scenario.name, " (looping)" if scenario.loop else "")
    holding = False  # the lane's till, from start_sale to clear (see Lane.till)
    try:
        while True:
            for step in scenario.steps:
                do = step["do"]
                if do == "wait":
                    await pause(float(step["seconds"]))
                    continue
                if do == "start_sale" and not holding:
                    await lane.till.acquire()
                    holding = True
                _apply(step, lane, link_status)
                if do == "clear" and holding:
                    lane.till.release()
                    holding = False
                await pause(scenario.pace)
            if not scenario.loop:
                return
    finally:
        if holding:
            lane.till.release()


def _apply(step: Mapping[str, Any], lane: Lane, link_status: Callable[[str], None] | None) -> None:
    do = step["do"]
    if do == "start_sale":
        lane.start_sale(step.get("key"))
    elif do == "add":
        lane.add_item(step["sku"], step.get("qty", 1), grams=step.get("grams"), price=step.get("price"))
    elif do == "set_qty":
        lane.set_qty(step["seq"], step.get("qty"), grams=step.get("grams"))
    elif do == "discount":
        lane.discount(step["seq"], percent=step.get("percent"), amount=step.get("amount"))
    elif do == "void":
        lane.void(step["seq"], step.get("flag", 10000))
    elif do == "pay":
        amount = step["amount"]
        if amount == "balance":
            amount = lane.total() - lane.paid()
            if amount <= 0:
                log.warning("scenario pays the balance but nothing is owing; skipped")
                return
        lane.pay(step["kind"], amount)
    elif do == "complete":
        lane.complete()
    elif do == "clear":
        lane.clear()
    elif do == "status":
        lane.broadcast_status()
    elif do == "link_status":
        if link_status is not None:
            link_status(step["message"])
    elif do == "spelling":
        lane.prefix = step["prefix"]
