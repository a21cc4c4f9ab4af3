#!/usr/bin/python3
# test-hostile-host.py — a Python host that returns everything a host should not
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Issue 14: "a host can never crash pytrainer". The store below hands the
# plugin None inside its lists, NaN, ±infinity, negative and huge figures,
# activities without a start, an identifier or a sport, gear without an
# identifier. Meson runs this with G_DEBUG=fatal-criticals, so a single
# critical anywhere (the contract wrapper, the engine, a page) fails it;
# the wrapper must drop or neutralise each bad value and log why.

import gc
import math
import os
import unittest

import hyr_tap

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("Peas", "1.0")
gi.require_version("Hyr", "1.0")
gi.require_version("HyrGtk", "1.0")
from gi.repository import GLib, GObject, Gtk, Hyr, HyrGtk, Peas  # noqa: E402,F401

PLUGIN_ID = "hypertrophy-running"
NAN = float("nan")
INF = float("inf")
BAD_NUMBERS = [NAN, INF, -INF, -1.0, -1e308, 1e308, 0.0, 5e-324]


class HostileStore(GObject.Object, Hyr.ActivityStore):
    """body_mass: what get_body_mass() answers; microscopic: query() gives
    weeks of runs of 1e-300 m, then a normal week, instead."""

    def __init__(self, body_mass=NAN, microscopic=False):
        super().__init__()
        tz = GLib.TimeZone.new_local()
        self.now = GLib.DateTime.new_now(tz)
        self.queries = 0
        self.body_mass = body_mass
        self.microscopic = microscopic

    def _microscopic(self, from_, to):
        result = []
        for i in range(1, 60):
            start = self.now.add_days(-i).add_hours(-2)
            distance = 10000.0 if i < 6 else 1e-300
            if start.compare(from_) >= 0 and start.compare(to) < 0:
                result.append(Hyr.Activity(id="m%d" % i, sport="Running", start=start,
                                           duration=3000.0, distance=distance))
        return result

    def _good(self, i):
        return Hyr.Activity(id="good-%d" % i, sport="Running",
                            start=self.now.add_days(-3 * i - 1),
                            duration=1800.0, distance=5000.0,
                            gear_ids=["shoe"], title="Run %d" % i)

    def do_query(self, from_, to):
        self.queries += 1
        if self.microscopic:
            return self._microscopic(from_, to)
        result = [None]
        for i in range(10):
            result.append(self._good(i))
        for j, x in enumerate(BAD_NUMBERS):
            start = self.now.add_days(-2 - j)
            result.append(Hyr.Activity(id="bad-%d" % j, sport="Running", start=start,
                                       duration=x, distance=x, ascent=x,
                                       avg_heart_rate=x, rpe=x,
                                       gear_ids=["shoe", "missing-shoe"], title="Bad %d" % j))
            result.append(None)
        # Missing pieces: no start, no id, no sport, no title, a start far
        # outside the range, and a start at the very first and last days
        # GDateTime holds.
        result.append(Hyr.Activity(id="no-start", sport="Running", distance=1000.0))
        result.append(Hyr.Activity(sport="Running", start=self.now.add_days(-1), distance=1000.0))
        result.append(Hyr.Activity(id="no-sport", start=self.now.add_days(-1), distance=1000.0))
        first = GLib.DateTime.new_utc(1, 1, 1, 0, 0, 0)
        last = GLib.DateTime.new_utc(9999, 12, 31, 23, 59, 59)
        result.append(Hyr.Activity(id="year-1", sport="Running", start=first, distance=1000.0))
        result.append(Hyr.Activity(id="year-9999", sport="Running", start=last, distance=1000.0))
        return [a for a in result if a is None or
                a.props.start is None or
                (a.props.start.compare(from_) >= 0 and a.props.start.compare(to) < 0)] + [None]

    def do_list_gear(self):
        gear = [None, Hyr.Gear(id="shoe", name="Shoe", prior_distance=1000.0,
                               retire_distance=800000.0, active=True)]
        for j, x in enumerate(BAD_NUMBERS):
            gear.append(Hyr.Gear(id="g%d" % j, name=None if j % 2 else "G%d" % j,
                                 prior_distance=x, retire_distance=x, active=bool(j % 2)))
            gear.append(None)
        gear.append(Hyr.Gear(name="No id"))
        return gear

    def do_get_body_mass(self, when):
        return NAN


class Workbench(GObject.Object, HyrGtk.Workbench):
    def __init__(self, store):
        super().__init__()
        self.store = store
        self.notebook = Gtk.Notebook()
        self.pages = {}

    def do_add_page(self, page_id, title, widget):
        self.pages[page_id] = widget
        self.notebook.append_page(widget, Gtk.Label(label=title))

    def do_remove_page(self, page_id):
        self.notebook.remove(self.pages.pop(page_id))

    def do_get_store(self):
        return self.store


def spin():
    while GLib.MainContext.default().iteration(False):
        pass


class HostileHostTest(unittest.TestCase):
    def setUp(self):
        self.store = HostileStore()
        self.state = Hyr.State.new(os.path.join(GLib.get_user_data_dir(), "hostile.json"))

    def test_contract_drops_none_and_nonsense(self):
        now = self.store.now
        got = Hyr.ActivityStore.query(self.store, now.add_years(-1), now.add_seconds(1))
        ids = [a.props.id for a in got]
        self.assertNotIn(None, got)
        for i in range(10):
            self.assertIn("good-%d" % i, ids)
        self.assertNotIn("no-start", ids)
        for a in got:
            for value in (a.props.duration, a.props.distance, a.props.ascent,
                          a.props.avg_heart_rate, a.props.rpe):
                self.assertTrue(math.isfinite(value), (a.props.id, value))
                self.assertGreaterEqual(value, 0.0, a.props.id)
                self.assertLess(value, 1e300, a.props.id)

        gear = Hyr.ActivityStore.list_gear(self.store)
        self.assertNotIn(None, gear)
        self.assertIn("shoe", [g.props.id for g in gear])
        for g in gear:
            self.assertIsNotNone(g.props.id)
            self.assertTrue(math.isfinite(g.props.prior_distance))
            self.assertTrue(math.isfinite(g.props.retire_distance))

        self.assertEqual(Hyr.ActivityStore.get_body_mass(self.store, now), 0.0)
        self.assertEqual(Hyr.ActivityStore.get_body_mass(HostileStore(body_mass=INF), now), 0.0)

    def test_engine_survives(self):
        rotation = Hyr.ShoeRotation.new(self.store, self.state)
        shoes = rotation.list_shoes()
        self.assertIn("shoe", [s.props.gear_id for s in shoes])
        for shoe in shoes:
            self.assertTrue(math.isfinite(shoe.get_wear()))
            self.assertTrue(0 <= shoe.get_wear_percent() <= 999)
            self.assertTrue(math.isfinite(shoe.props.distance))
        planner = Hyr.Planner.new(self.store, self.state)
        monday = self.store.now.add_days(-(self.store.now.get_day_of_week() - 1))
        week = planner.plan_week(monday)
        self.assertIsNotNone(week)
        del rotation, planner, week
        gc.collect()

    def test_microscopic_distances_give_no_absurd_figures(self):
        # Issue 14: runs of 1e-300 m made the planner's rise in per cent
        # overflow an int: "your running distance rose -2147483648 %". The
        # contract takes a distance under a metre as none.
        self.assertEqual(Hyr.Activity(distance=1e-300).props.distance, 0.0)
        self.assertEqual(Hyr.Activity(distance=0.5).props.distance, 0.0)
        self.assertEqual(Hyr.Activity(distance=1.0).props.distance, 1.0)
        store = HostileStore(microscopic=True)
        planner = Hyr.Planner.new(store, self.state)
        monday = store.now.add_days(-(store.now.get_day_of_week() - 1))
        for week in planner.plan_range(monday.add_days(-14), 4):
            for warning in week.get_warnings() or []:
                self.assertNotIn("-2147483648", warning)
                self.assertNotRegex(warning, r"-\d+ %")

    def test_plugin_pages_survive(self):
        engine = Peas.Engine()
        engine.add_search_path(os.environ["HYR_PLUGIN_BUILD_DIR"], None)
        info = engine.get_plugin_info(PLUGIN_ID)
        workbench = Workbench(self.store)
        extensions = Peas.ExtensionSet.new(engine, Peas.Activatable, ["object"], [workbench])
        extensions.connect("extension-added", lambda s, i, e: e.activate())
        extensions.connect("extension-removed", lambda s, i, e: e.deactivate())
        window = Gtk.Window()
        window.add(workbench.notebook)
        window.show_all()
        for _ in range(3):
            self.assertTrue(engine.load_plugin(info))
            self.assertEqual(len(workbench.pages), 3)
            for n in range(workbench.notebook.get_n_pages()):
                workbench.notebook.set_current_page(n)
                spin()
            self.store.emit("changed")
            spin()
            self.assertTrue(engine.unload_plugin(info))
            self.assertEqual(workbench.pages, {})
        window.destroy()
        del extensions
        gc.collect()


if __name__ == "__main__":
    hyr_tap.main(HostileHostTest)
