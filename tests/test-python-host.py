#!/usr/bin/python3
# test-python-host.py — the plugin loaded by a host written in Python
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The host contract is implemented here in Python through the typelibs, as a
# libpeas host written with PyGObject (pytrainer's bridge, for one) does it.
# The objects the vfuncs return are Python temporaries: the test proves the
# plugin keeps them alive (transfer full) and reads them correctly.

import gc
import os
import unittest

import hyr_tap

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("Peas", "1.0")
gi.require_version("Hyr", "1.0")
gi.require_version("HyrGtk", "1.0")
from gi.repository import GLib, GObject, Gtk, Hyr, HyrGtk, Peas  # noqa: E402

PLUGIN_ID = "hypertrophy-running"
PAGE_IDS = {"planner", "shoes", "protein"}


class PythonStore(GObject.Object, Hyr.ActivityStore):
    """An activity store whose activities exist only as Python objects."""

    def __init__(self, n_runs=40):
        super().__init__()
        self.n_runs = n_runs
        self.queries = 0
        self.ranges = []
        # What it handed over and what of that was finalized, counted with
        # GObject weak references (a Python wrapper may die while its GObject
        # lives on), to check the plugin's references balance.
        self.handed_over = 0
        self.finalized = 0
        tz = GLib.TimeZone.new_local()
        self.now = GLib.DateTime.new_now(tz)

    def _make(self, i):
        # Built afresh on every query and dropped by Python right after.
        start = self.now.add_days(-2 * i).add_hours(-1)
        return Hyr.Activity(id=str(i), sport="Running", start=start,
                            duration=3000.0, distance=10000.0 + i,
                            gear_ids=["shoe-a" if i % 2 else "shoe-b"],
                            avg_heart_rate=float("nan"), title="Run %d" % i)

    def do_query(self, from_, to):
        self.queries += 1
        self.ranges.append((from_.to_unix(), to.to_unix()))
        result = []
        for i in range(self.n_runs):
            activity = self._make(i)
            start = activity.props.start
            if start.compare(from_) >= 0 and start.compare(to) < 0:
                result.append(activity)
        # A hostile entry: no start time. The plugin must drop it.
        result.append(Hyr.Activity(id="no-start", sport="Running",
                                   duration=60.0, distance=float("inf")))
        for activity in result:
            activity.weak_ref(self._on_finalized)
        self.handed_over += len(result)
        return result

    def _on_finalized(self, *args):
        self.finalized += 1

    def do_list_gear(self):
        return [Hyr.Gear(id="shoe-a", name="Trainer A", prior_distance=1000.0,
                         retire_distance=800000.0, active=True),
                Hyr.Gear(id="shoe-b", name="Flat B", prior_distance=0.0,
                         retire_distance=-5.0, active=True)]

    def do_get_body_mass(self, when):
        return 81.5


class PythonWorkbench(GObject.Object, HyrGtk.Workbench):
    def __init__(self, store):
        super().__init__()
        self.store = store
        self.notebook = Gtk.Notebook()
        self.pages = {}

    def do_add_page(self, page_id, title, widget):
        assert page_id not in self.pages, page_id
        self.pages[page_id] = widget
        self.notebook.append_page(widget, Gtk.Label(label=title))

    def do_remove_page(self, page_id):
        widget = self.pages.pop(page_id)
        self.notebook.remove(widget)

    def do_get_store(self):
        return self.store


def spin():
    while GLib.MainContext.default().iteration(False):
        pass


def show_pages(workbench):
    """Shows each of the plugin's pages, as a user who opens its tabs: the
    plugin builds a page's view, and reads the history, only then."""
    if workbench.notebook.get_parent() is None:
        window = Gtk.OffscreenWindow()
        window.add(workbench.notebook)
        window.show_all()
    for i in range(workbench.notebook.get_n_pages()):
        workbench.notebook.set_current_page(i)
        spin()


class PythonHostTest(unittest.TestCase):
    def setUp(self):
        self.engine = Peas.Engine()
        self.engine.add_search_path(os.environ["HYR_PLUGIN_BUILD_DIR"], None)
        self.info = self.engine.get_plugin_info(PLUGIN_ID)
        self.assertIsNotNone(self.info)
        self.store = PythonStore()
        self.workbench = PythonWorkbench(self.store)
        self.extensions = Peas.ExtensionSet.new(self.engine, Peas.Activatable,
                                                ["object"], [self.workbench])
        self.extensions.connect("extension-added",
                                lambda s, i, e: e.activate())
        self.extensions.connect("extension-removed",
                                lambda s, i, e: e.deactivate())

    def tearDown(self):
        self.engine.unload_plugin(self.info)
        del self.extensions
        gc.collect()

    def test_contract_through_typelib(self):
        # The wrappers check what a Python host returns.
        now = GLib.DateTime.new_now_local()
        got = Hyr.ActivityStore.query(self.store, now.add_years(-1), now.add_seconds(1))
        self.assertEqual(len(got), 40)
        starts = [a.props.start.to_unix() for a in got]
        self.assertEqual(starts, sorted(starts))
        self.assertEqual(got[0].props.avg_heart_rate, 0.0)  # NaN became unknown
        gear = Hyr.ActivityStore.list_gear(self.store)
        self.assertEqual([g.props.id for g in gear], ["shoe-a", "shoe-b"])
        self.assertEqual(gear[1].props.retire_distance, 0.0)  # negative became unknown
        self.assertEqual(Hyr.ActivityStore.get_body_mass(self.store, now), 81.5)

    def test_references_balanced(self):
        # Every activity a Python host hands over is freed once the plugin
        # is done with it, and once a Python caller is: a reference too many
        # leaks 20 years of history on every refresh, one too few crashes.
        store = PythonStore()
        state = Hyr.State.new(os.path.join(GLib.get_user_data_dir(), "refs.json"))
        for _ in range(5):
            rotation = Hyr.ShoeRotation.new(store, state)
            self.assertEqual(len(rotation.list_shoes()), 2)
            del rotation
        gc.collect()
        self.assertGreaterEqual(store.handed_over, 5 * 40)
        self.assertEqual(store.finalized, store.handed_over)

        now = GLib.DateTime.new_now_local()
        for _ in range(5):
            got = Hyr.ActivityStore.query(store, now.add_years(-1), now.add_seconds(1))
            self.assertEqual(got[0].props.id, "39")
            del got
        gc.collect()
        self.assertEqual(store.finalized, store.handed_over)

    def test_activate_and_deactivate(self):
        self.assertTrue(self.engine.load_plugin(self.info))
        self.assertEqual(set(self.workbench.pages), PAGE_IDS)
        self.assertEqual(self.workbench.notebook.get_n_pages(), len(PAGE_IDS))
        # Nothing is read until a page is shown; then the history, once.
        self.assertEqual(self.store.queries, 0)
        show_pages(self.workbench)
        self.assertGreaterEqual(self.store.queries, 1)
        spin()
        self.assertTrue(self.engine.unload_plugin(self.info))
        self.assertEqual(self.workbench.pages, {})
        self.assertEqual(self.workbench.notebook.get_n_pages(), 0)

    def test_changed_requeries(self):
        self.assertTrue(self.engine.load_plugin(self.info))
        show_pages(self.workbench)
        before = self.store.queries
        self.store.emit("changed")
        spin()
        self.assertGreater(self.store.queries, before)

    def test_activities_changed_from_python(self):
        # A Python host says which range changed: the rotation asks for that
        # range only, and its figures match a rotation that read it all.
        store = PythonStore()
        state = Hyr.State.new(os.path.join(GLib.get_user_data_dir(), "range.json"))
        rotation = Hyr.ShoeRotation.new(store, state)
        self.assertEqual(len(rotation.list_shoes()), 2)

        heard = []
        store.connect("activities-changed",
                      lambda s, f, t: heard.append((f.to_unix(), t.to_unix())))
        store.n_runs = 41   # run 40, in shoe-b, 80 days and an hour ago
        start = store._make(40).props.start
        from_, to = start.add_days(-1), start.add_days(1)
        before = store.queries
        store.emit("activities-changed", from_, to)
        Hyr.ActivityStore.emit_activities_changed(store, from_, to)
        self.assertEqual(heard, [(from_.to_unix(), to.to_unix())] * 2)

        shoes = {s.props.gear_id: s for s in rotation.list_shoes()}
        self.assertEqual(store.queries - before, 2)
        self.assertEqual(store.ranges[-2:], heard)

        fresh = {s.props.gear_id: s for s in Hyr.ShoeRotation.new(store, state).list_shoes()}
        for gear_id in ("shoe-a", "shoe-b"):
            self.assertEqual(shoes[gear_id].props.distance, fresh[gear_id].props.distance)
            self.assertEqual(shoes[gear_id].props.runs, fresh[gear_id].props.runs)
        # shoe-b: runs 0, 2, …, 40, 21 of them
        self.assertEqual(shoes["shoe-b"].props.runs, 21)
        del rotation, shoes, fresh
        spin()

    def test_100_cycles(self):
        for _ in range(100):
            self.assertTrue(self.engine.load_plugin(self.info))
            self.assertEqual(self.workbench.notebook.get_n_pages(), len(PAGE_IDS))
            self.store.emit("changed")
            spin()
            self.assertTrue(self.engine.unload_plugin(self.info))
            self.assertEqual(self.workbench.notebook.get_n_pages(), 0)
            gc.collect()


if __name__ == "__main__":
    hyr_tap.main(PythonHostTest)
