"""The whole Qt-free path against the real counter simulator over a real socket:
simulator lane -> WebSocket -> CounterClient -> from_counter -> SaleReducer.

This is what the customer display does minus the widgets; it checks that the sale
messages the simulator sends read as the screens a customer should see.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, Callable

from display_app.config import Config
from display_app.fd1.client import CounterClient, CounterSettings
from display_app.sale.model import Connection, Screen, ScreenState
from display_app.sale.probe import screen_state_json
from display_app.sale.reducer import SaleReducer, Tick, from_counter, next_deadline
from display_app.simulator.counter.server import CounterSimulator


class Display:
    """The display's sale side: client updates go through the reducer, with Ticks on time."""

    def __init__(self, url: str, *, thankyou_seconds: float) -> None:
        self.reducer = SaleReducer(thankyou_seconds=thankyou_seconds, thankyou_url="https://r.example/{sale}")
        self.config = Config(store_currency="NZD")
        self.client = CounterClient(
            CounterSettings(url=url, first_delay=0.05, max_delay=0.3, request_timeout=2.0, ping_interval=None),
            self.on_update,
        )
        self.screens: list[Screen] = []

    def on_update(self, update: Any) -> None:
        event = from_counter(update, self.config)
        if event is not None:
            self.handle(event)

    def handle(self, event: Any) -> None:
        state = self.reducer.handle(event, time.monotonic())
        if not self.screens or self.screens[-1] != state.screen:
            self.screens.append(state.screen)

    @property
    def state(self) -> ScreenState:
        return self.reducer.state

    def doc(self) -> dict[str, Any]:
        return screen_state_json(self.state)

    async def until(self, what: str, check: Callable[[ScreenState], bool], timeout: float = 5.0) -> ScreenState:
        deadline = time.monotonic() + timeout
        while True:
            due = next_deadline(self.state)
            if due is not None and time.monotonic() >= due:
                self.handle(Tick())
            if check(self.state):
                return self.state
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; screen state: {self.doc()}")
            await asyncio.sleep(0.01)


def lines(state: ScreenState) -> list[tuple[int, str, str, str]]:
    assert state.sale is not None
    return [(line.seq, line.description, str(line.qty), str(line.total)) for line in state.sale.lines]


async def scenario() -> None:
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=0.2)
    await sim.start()
    display = Display(sim.url, thankyou_seconds=0.6)
    link = asyncio.create_task(display.client.run())
    try:
        state = await display.until(
            "connected with the store info", lambda s: s.connection is Connection.CONNECTED and s.store.name != ""
        )
        assert state.screen is Screen.IDLE and state.sale is None
        assert state.store.name == "Harbourside Fresh Market" and state.store.currency == "NZD"
        assert state.counter == sim.url

        lane = sim.lane
        key = lane.start_sale()
        lane.add_item("DAI0002")  # Anchor Blue Top Milk 2L 4.79
        lane.add_item("PRO0001", grams=1235)  # Bananas 3.49/kg
        lane.add_item("DAI0011", qty=2)  # Butter 2 x 7.49
        lane.discount(3, percent=10)
        lane.void(1)
        state = await display.until("the sale with line 1 voided", lambda s: s.sale is not None and len(s.sale.lines) == 2)
        assert state.screen is Screen.SALE and state.sale.key == key
        assert lines(state) == [(2, "Bananas Cavendish", "1.235", "4.31"), (3, "Anchor Butter 500g", "2", "13.48")]
        assert str(state.sale.lines[1].discount) == "1.50"
        assert display.doc()["sale"]["total"] == "17.79"

        lane.pay("EFTPOS", 10)
        state = await display.until("part paid", lambda s: s.sale is not None and s.sale.payments != ())
        assert (state.screen, display.doc()["sale"]["due"]) == (Screen.SALE, "7.79")

        lane.pay("Cash", 10)
        state = await display.until("the thank-you", lambda s: s.screen is Screen.THANKYOU)
        assert display.doc()["sale"]["change"] == "2.21"
        assert state.thankyou_url == f"https://r.example/{key}"
        lane.complete()
        lane.clear()
        state = await display.until("idle after the thank-you", lambda s: s.screen is Screen.IDLE)
        assert state.sale is None
        await asyncio.sleep(0.5)  # a couple of status messages of the idle lane
        assert display.state.screen is Screen.IDLE
        assert display.screens == [Screen.IDLE, Screen.SALE, Screen.THANKYOU, Screen.IDLE]

        # The counter goes away mid-sale and comes back on the same port.
        key = lane.start_sale()
        lane.add_item("DAI0001")
        await display.until("the next sale", lambda s: s.sale is not None and s.sale.key == key and len(s.sale.lines) == 1)
        await sim.stop()
        state = await display.until("offline", lambda s: s.screen is Screen.OFFLINE)
        assert state.sale is not None and state.sale.key == key  # the last sale stays (dimmed)
        lane.add_item("DAI0010")  # rung up while the display was away
        await sim.start()
        state = await display.until(
            "reconnected and up to date",
            lambda s: s.screen is Screen.SALE and s.sale is not None and len(s.sale.lines) == 2,
        )
        assert lines(state) == [(1, "Anchor Blue Top Milk 1L", "1", "3.19"), (2, "a2 Milk Full Cream 2L", "1", "6.29")]
        assert state.connection is Connection.CONNECTED
    finally:
        link.cancel()
        await asyncio.gather(link, return_exceptions=True)
        await sim.stop()


def test_simulated_counter_drives_the_screens():
    asyncio.run(asyncio.wait_for(scenario(), 30))
