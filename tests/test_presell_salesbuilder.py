"""The SalesBuilder adapter against the simulator's presell side, over real sockets,
in both documented endpoint variants."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from helpers import quick_settings, running_client, running_simulator, wait_until

from display_app.fd1.client import CounterError, counter_url
from display_app.presell.salesbuilder import ENDPOINTS, SalesBuilder, Variant, is_unknown_endpoint
from display_app.simulator.counter import presell as sim_presell


def presell_client_settings(url: str):
    return quick_settings(counter_url(url, presell=True), purpose=None, fetch_info=False, firehoses=())


MILK_2L = 1002  # Anchor Blue Top Milk 2L, 4.79
BANANAS = 1260  # Bananas Cavendish, 3.49 per kg


@pytest.mark.parametrize("served", ["A", "B"])
@pytest.mark.parametrize("first", ["A", "B"])
async def test_adapter_finds_the_variant_and_builds_a_sale(served: str, first: str) -> None:
    async with running_simulator(status_interval=None) as sim:
        sim.presell.use_variant(served)
        async with running_client(presell_client_settings(sim.url)) as run:
            await run.client.wait_connected(3)
            builder = SalesBuilder(run.client, variant=first)
            sale = await builder.create(rq="t-1")
            assert builder.variant == Variant(served) and builder.confirmed
            sale = await builder.add_product(sale.key, pid=MILK_2L, qty=2, rq="t-2")
            sale = await builder.add_product(sale.key, pid=BANANAS, qty=750, rq="t-3")
            # prices and totals are the counter's: 2 x 4.79 and 0.75 kg x 3.49 (2.6175 -> 2.62)
            assert [(line.description, line.qty, line.total) for line in sale.lines] == [
                ("Anchor Blue Top Milk 2L", 2, Decimal("9.58")),
                ("Bananas Cavendish", 750, Decimal("2.62")),
            ]
            assert sale.total == Decimal("12.20")
            sale = await builder.set_qty(sale.key, 1, 3, rq="t-4")
            sale = await builder.remove_line(sale.key, 2, rq="t-5")
            sale = await builder.set_customer(sale.key, "Aroha", rq="t-6")
            assert (sale.customer, sale.total, [line.seq for line in sale.lines]) == ("Aroha", Decimal("14.37"), [1])
            fetched = await builder.fetch(sale.key)
            assert fetched == sale
        names = [r.a for r in sim.received if r.a.startswith("fd1.salesbuilder.")]
        assert ENDPOINTS[Variant(served)]["create"] in names
        assert all(name in sim_presell.VARIANTS[served].values() for name in (n.removeprefix("fd1.salesbuilder.") for n in names if n != ENDPOINTS[Variant(first)]["create"]))


async def test_writes_follow_fieldpine_write_rules() -> None:
    async with running_simulator(status_interval=None) as sim:
        async with running_client(presell_client_settings(sim.url)) as run:
            await run.client.wait_connected(3)
            builder = SalesBuilder(run.client)
            sale = await builder.create(rq="w-1")
            await builder.add_product(sale.key, pid=MILK_2L, qty=1, rq="w-2")
        add = next(r for r in sim.received if r.a.endswith("add_product"))
        assert add.k == sale.key  # k = the sale's physkey (the robust key, write concepts)
        assert add.v == {"pid": MILK_2L, "qty": 1}
        assert add.rq == "w-2"


async def test_probe_learns_the_variant_without_creating_a_sale() -> None:
    async with running_simulator(status_interval=None) as sim:
        sim.presell.use_variant("A")
        async with running_client(presell_client_settings(sim.url)) as run:
            await run.client.wait_connected(3)
            builder = SalesBuilder(run.client, variant="B")
            assert await builder.probe() is Variant.A
            assert builder.variant is Variant.A
        assert sim.presell.sales == {}


async def test_a_replayed_rq_is_answered_from_the_record_and_not_done_twice() -> None:
    async with running_simulator(status_interval=None) as sim:
        async with running_client(presell_client_settings(sim.url)) as run:
            await run.client.wait_connected(3)
            builder = SalesBuilder(run.client)
            sale = await builder.create(rq="r-1")
            first = await builder.add_product(sale.key, pid=MILK_2L, qty=1, rq="r-2")
            again = await builder.add_product(sale.key, pid=MILK_2L, qty=1, rq="r-2")
            assert again == first
            assert len(sim.presell.sales[sale.key].lines) == 1
            # a refusal is recorded too: the replay is refused the same way
            for _ in range(2):
                with pytest.raises(CounterError, match="unknown barcode 999"):
                    await builder.add_product(sale.key, barcode="999", rq="r-3")
            assert len(sim.presell.sales[sale.key].lines) == 1


async def test_search_by_description_sku_and_barcode() -> None:
    async with running_simulator(status_interval=None) as sim:
        async with running_client(presell_client_settings(sim.url)) as run:
            await run.client.wait_connected(3)
            builder = SalesBuilder(run.client)
            by_words = await builder.search("blue top 2l")
            assert [p.description for p in by_words] == ["Anchor Blue Top Milk 2L"]
            assert by_words[0].price == Decimal("4.79")
            by_sku = await builder.search("DAI0002")
            assert by_sku[0].pid == MILK_2L
            by_barcode = await builder.search("9421000000028")
            assert by_barcode[0].pid == MILK_2L
            bananas = await builder.search("bananas")
            assert bananas[0].weighed and bananas[0].measurement == "kg"
            assert await builder.search("no such thing at all") == []
            assert (await builder.lookup("9421000000028")).pid == MILK_2L
        data = next(r for r in sim.received if r.a == "fd1.data")
        assert data.v["table"] == "logical.products" and isinstance(data.v["limit"], int)


async def test_park_gives_a_code_the_lane_recalls_once() -> None:
    async with running_simulator(status_interval=None) as sim:
        async with running_client(presell_client_settings(sim.url)) as run:
            await run.client.wait_connected(3)
            builder = SalesBuilder(run.client)
            sale = await builder.create(rq="p-1")
            with pytest.raises(CounterError, match="no lines"):
                await builder.park(sale.key, rq="p-2")
            sale = await builder.add_product(sale.key, pid=MILK_2L, qty=2, rq="p-3")
            parked = await builder.park(sale.key, rq="p-4")
            assert parked.code.isdigit() and len(parked.code) == 4 and parked.state == "parked"
            with pytest.raises(CounterError, match="parked"):
                await builder.add_product(sale.key, pid=MILK_2L, rq="p-5")
            reply = await run.client.request(sim_presell.RECALL, v={"code": parked.code})
            assert reply.data["lines"] == 1
            snapshot = sim.lane.snapshot()
            assert [(line["pid"], line["qty"]) for line in snapshot["lines"]] == [(MILK_2L, 2)]
            assert snapshot["saletotal"] == 9.58
            with pytest.raises(CounterError, match="no presell sale is waiting"):
                await run.client.request(sim_presell.RECALL, v={"code": parked.code})


async def test_an_expired_code_is_refused() -> None:
    async with running_simulator(status_interval=None) as sim:
        now = [1000.0]
        sim.presell.clock = lambda: now[0]
        async with running_client(presell_client_settings(sim.url)) as run:
            await run.client.wait_connected(3)
            builder = SalesBuilder(run.client)
            sale = await builder.create()
            await builder.add_product(sale.key, pid=MILK_2L)
            parked = await builder.park(sale.key)
        now[0] += sim.presell.expire_after + 1
        with pytest.raises(Exception, match="expired"):
            sim_presell.recall(sim, parked.code)
        assert sim.lane.snapshot()["lines"] == []


def test_unknown_endpoint_is_recognised() -> None:
    assert is_unknown_endpoint("unknown endpoint fd1.salesbuilder.sale_create (code 404)")
    assert not is_unknown_endpoint("sale_get_price needs k: the sale's physkey (code 400)")


async def test_auto_recall_rings_a_parked_sale_through_the_lane_for_the_demo() -> None:
    async with running_simulator(status_interval=None) as sim:
        sim.presell.auto_recall = 0.05
        sim.presell.cashier_seconds = 0.2
        async with running_client(presell_client_settings(sim.url)) as run:
            await run.client.wait_connected(3)
            builder = SalesBuilder(run.client)
            sale = await builder.create()
            await builder.add_product(sale.key, pid=MILK_2L, qty=3)
            parked = await builder.park(sale.key)
            assert sim.lane.snapshot()["lines"] == []

            await wait_until(lambda: sim.lane.snapshot()["lines"], what="the auto recall")
            assert [(line["pid"], line["qty"]) for line in sim.lane.snapshot()["lines"]] == [(MILK_2L, 3)]
            assert parked.code not in sim.presell.parked
            # the simulated cashier takes the balance by EFTPOS, completes, then the lane goes idle
            await wait_until(lambda: sim.lane.completed, what="the cashier completing the sale")
            paid = sim.lane.snapshot()["payments"]
            assert [p["originalname"] for p in paid] == ["EFTPOS"]
            assert sum(Decimal(str(p["amount"])) for p in paid) == Decimal(str(sim.lane.snapshot()["saletotal"]))
            await wait_until(lambda: not sim.lane.sale_key, what="the lane going idle")


async def test_a_scenario_and_a_recalled_sale_take_turns_at_the_till() -> None:
    scenario = {
        "name": "one-sale",
        "pace": 0.05,
        "steps": [
            {"do": "start_sale"},
            {"do": "add", "sku": "DAI0002", "qty": 1},
            {"do": "wait", "seconds": 0.4},
            {"do": "pay", "kind": "Cash", "amount": "balance"},
            {"do": "complete"},
            {"do": "clear"},
        ],
    }
    async with running_simulator(status_interval=None) as sim:
        sim.presell.auto_recall = 0.0
        sim.presell.cashier_seconds = 0.1
        keys: list[str] = []
        sim.lane.on_change.append(lambda sc, snap: keys.append(snap["salephyskey"]) if snap["salephyskey"] and snap["salephyskey"] not in keys else None)
        playing = asyncio.ensure_future(sim.play(scenario))
        await wait_until(lambda: sim.lane.sale_key, what="the scenario's sale")
        async with running_client(presell_client_settings(sim.url)) as run:
            await run.client.wait_connected(3)
            builder = SalesBuilder(run.client)
            sale = await builder.create()
            await builder.add_product(sale.key, pid=MILK_2L, qty=2)
            await builder.park(sale.key)
            await playing
            await wait_until(lambda: len(keys) == 2 and not sim.lane.sale_key, timeout=5, what="both sales rung through")
        # the scenario's sale finished before the recalled one started: never mixed on one sale
        assert len(keys) == 2
