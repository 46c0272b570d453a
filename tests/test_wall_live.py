"""The Lane Wall's model and store links against the multi-store simulator, over real
sockets on 127.0.0.1 (no Qt). Each test asserts what a head office would see on a tile."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import time
from decimal import Decimal
from zoneinfo import ZoneInfo

from display_app.fd1 import client as fd1client
from display_app.simulator.stores.estate import EstateSimulator
from display_app.wall import config as wallconfig
from display_app.wall.feed import STORM_SPREAD, WallFeed
from display_app.wall.model import Alert, LaneState, Link

MILK = "DAI0002"  # Anchor Blue Top Milk 2L, $4.79
BREAD = "BAK0004"


async def until(predicate, timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


@contextlib.asynccontextmanager
async def estate_and_wall(stores: int = 3, lanes: int = 4, **feed_options):
    async with EstateSimulator(stores, lanes, cashiers=False, status_interval=1.0, seed=7) as estate:
        cfg = wallconfig.parse(estate.wall_config())
        options = {"first_delay": 0.1, "max_delay": 0.3, **feed_options}
        feed = WallFeed(cfg, **options)
        task = asyncio.ensure_future(feed.run())
        try:
            await until(lambda: all(s.link is Link.ONLINE for s in feed.model.stores.values()), what="every store online")
            yield estate, feed
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


def tile(feed: WallFeed, store: str, lane: str):
    return feed.model.view((store, lane))


async def test_every_lane_of_every_store_is_a_tile_and_a_sale_shows_on_its_own_tile():
    async with estate_and_wall() as (estate, feed):
        views = feed.model.views()
        assert len(views) == 12
        assert {v.store for v in views} == {"S001", "S002", "S003"}
        assert all(v.link is Link.ONLINE and v.state is LaneState.IDLE for v in views)
        lane = estate.stores[1].checkout(3).lane  # store 2, lane 3
        lane.start_sale()
        lane.add_item(MILK, 2)
        lane.add_item(BREAD)
        await until(lambda: tile(feed, "S002", "3").items == 2, what="two items on S002/3")
        v = tile(feed, "S002", "3")
        assert v.state is LaneState.IN_SALE
        assert v.total == Decimal(str(lane.snapshot()["saletotal"]))
        assert v.last_item == lane.catalogue.find(BREAD).description
        assert v.sale_started is not None and time.time() - v.sale_started < 10
        # every other tile is untouched
        assert all(o.state is LaneState.IDLE for o in feed.model.views() if o.key != ("S002", "3"))
        lane.pay("EFTPOS", lane.total())
        await until(lambda: tile(feed, "S002", "3").state is not LaneState.IN_SALE, what="tendered")
        lane.complete()
        await until(lambda: tile(feed, "S002", "3").today_count == 1, what="the sale counted today")
        v = tile(feed, "S002", "3")
        assert v.state is LaneState.IDLE and v.total is None
        assert v.today_total == lane.total()
        totals = feed.model.totals()
        assert totals.today_count == 1 and totals.stores_online == 3 and totals.lanes_online == 12


async def test_two_sessions_on_one_lane_show_on_that_lane_only():
    async with estate_and_wall() as (estate, feed):
        store = estate.stores[0]
        reg, tab = store.checkout(1, "REG1"), store.checkout(1, "TAB1")
        reg.lane.start_sale()
        reg.lane.add_item(MILK)
        await until(lambda: tile(feed, "S001", "1").items == 1)
        tab.lane.start_sale()
        tab.lane.add_item(BREAD, 3)
        await until(lambda: tile(feed, "S001", "1").sessions == 2 and tile(feed, "S001", "1").last_item == tab.lane.catalogue.find(BREAD).description)
        assert tile(feed, "S001", "1").session == tab.session
        assert len(feed.model.views()) == 12  # still one tile for lane 1


async def test_bad_input_from_one_store_marks_only_its_tiles_and_the_others_carry_on():
    async with estate_and_wall() as (estate, feed):
        bad = estate.stores[1]
        assert bad.send_raw("{not json") >= 1
        bad.send_raw('{"rp":"x","sc":"custdisp.sale.status","v":[1,2,3]}')
        bad.send_raw('{"sc":"custdisp.sale.lines.add","v":{"salephyskey":"K","source":{"lane":2},"lines":["x",{"seqnce":1,"totalprice":"abc"}],"saletotal":"NaN"}}')
        await until(lambda: Alert.BAD_DATA in tile(feed, "S002", "1").alerts, what="bad data alert on store 2")
        assert all(Alert.BAD_DATA not in v.alerts for v in feed.model.views() if v.store != "S002")
        # a flood from the same store: 3,000 snapshots in a burst
        lane = bad.checkout(2).lane
        lane.start_sale()
        for _ in range(3000):
            lane.broadcast_status()
        good = estate.stores[2].checkout(4).lane
        good.start_sale()
        good.add_item(MILK)
        await until(lambda: tile(feed, "S003", "4").items == 1, what="store 3 still updating")
        lane.add_item(MILK)
        await until(lambda: tile(feed, "S002", "2").items == 1, what="the flooding store's latest sale")
        assert feed.model.stores["S003"].bad_messages == 0


async def test_a_store_that_goes_away_is_offline_on_its_tiles_only_and_comes_back():
    async with estate_and_wall() as (estate, feed):
        gone = estate.stores[2]
        await gone.stop()
        await until(lambda: tile(feed, "S003", "1").link is Link.OFFLINE, what="store 3 offline")
        assert all(Alert.STORE_OFFLINE in v.alerts for v in feed.model.views() if v.store == "S003")
        assert all(v.link is Link.ONLINE for v in feed.model.views() if v.store != "S003")
        await gone.start()
        await until(lambda: tile(feed, "S003", "1").link is Link.ONLINE, what="store 3 back")


async def test_accept_then_drop_and_hung_stores_stay_theirs():
    async with estate_and_wall(silent_after=1.0) as (estate, feed):
        flaky, hung = estate.stores[0], estate.stores[1]
        flaky.accept_then_drop = True
        await flaky.drop_clients()
        hung.silent = True
        hung.status_interval = None
        for task in list(hung._tasks):
            task.cancel()  # no more status: the counter says nothing at all
        await until(lambda: tile(feed, "S001", "1").link is Link.OFFLINE, what="flaky store offline")
        await until(lambda: tile(feed, "S002", "1").link is Link.OFFLINE, timeout=15, what="hung store offline")
        lane = estate.stores[2].checkout(1).lane
        lane.start_sale()
        lane.add_item(MILK)
        await until(lambda: tile(feed, "S003", "1").items == 1)
        assert tile(feed, "S003", "1").link is Link.ONLINE
        flaky.accept_then_drop = False
        await until(lambda: tile(feed, "S001", "1").link is Link.ONLINE, timeout=15, what="flaky store back")


async def test_a_silent_lane_goes_offline_and_a_long_sale_raises_its_alert():
    async with estate_and_wall() as (estate, feed):
        lane = estate.stores[0].checkout(2).lane
        lane.start_sale()
        lane.add_item(MILK)
        await until(lambda: tile(feed, "S001", "2").items == 1)
        model = feed.model
        later = time.monotonic() + model.config.stale_after_s + 5
        # time passes with nothing from lane 2 (the others keep their status going in real
        # time, but the tick is told it is later than any of them)
        model.tick(mono=later, wall=time.time() + model.config.long_sale_s + 5)
        v = model.view(("S001", "2"), mono=later)
        assert Alert.LANE_OFFLINE in v.alerts
        assert Alert.LONG_SALE in v.alerts


def test_today_restarts_at_local_midnight_in_the_stores_time_zone():
    from display_app.wall.model import WallModel

    cfg = wallconfig.parse('[[stores]]\nname="A"\naddress="a"\ntimezone="Pacific/Auckland"\nlanes=1\n')
    model = WallModel(cfg)
    zone = ZoneInfo("Pacific/Auckland")
    before = dt.datetime(2026, 12, 1, 23, 58, tzinfo=zone).timestamp()
    after = dt.datetime(2026, 12, 2, 0, 1, tzinfo=zone).timestamp()
    sale = {"salephyskey": "K1", "source": {"lane": 1}, "saletotal": 10,
            "lines": [{"seqnce": 1, "totalprice": 10, "product": {"description": "Milk"}}],
            "payments": [{"amount": 10}]}
    from display_app.fd1 import packets

    model.apply("S001", fd1client.LinkChanged("connected", "ws://a"), mono=1.0, wall=before)
    model.apply("S001", packets.Event(rp=None, sc="custdisp.sale.edit", v=sale), mono=2.0, wall=before)
    assert model.view(("S001", "1"), mono=2.0).today_count == 1
    model.apply("S001", packets.Event(rp=None, sc="custdisp.sale.status", v=sale), mono=3.0, wall=before)
    assert model.view(("S001", "1"), mono=3.0).today_count == 1  # a late copy never counts twice
    model.tick(mono=4.0, wall=after)
    v = model.view(("S001", "1"), mono=4.0)
    assert v.today_count == 0 and v.today_total == 0


async def test_when_every_store_drops_at_once_the_reconnects_are_spread_out():
    # The wall's real spread is 1-45 s (STORM_SPREAD, measured by the bench); here 0.2-3 s.
    async with estate_and_wall(stores=20, lanes=1, storm_spread=(0.2, 3.0)) as (estate, feed):
        assert STORM_SPREAD[1] - STORM_SPREAD[0] >= 30
        dropped_at = time.monotonic()
        await estate.drop_all()
        await until(lambda: all(any(t > dropped_at for t in feed.connected_at[sid]) for sid in feed.clients),
                    timeout=15, what="every store back")
        back = sorted(min(t for t in feed.connected_at[sid] if t > dropped_at) - dropped_at for sid in feed.clients)
        assert back[-1] - back[0] > 1.0  # spread out, not all in the same instant
        assert sum(1 for t in back if t < 0.2) <= 6  # only the first few, before the storm was seen
        await until(lambda: all(v.link is Link.ONLINE for v in feed.model.views()), what="no lane dark")
