#!/usr/bin/python3
# test-pytrainer-e2e.py — pytrainer with the plugin, used as a person would
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Starts pytrainer through our launcher (plugin/pytrainer/
# hypertrophy-running-pytrainer.in, the same entry build-aux/hyr-demo uses)
# on a freshly seeded throwaway profile, with the plugin from the build dir,
# and drives it only through its accessibility tree (dogtail over AT-SPI):
# mouse clicks on what a person sees, field contents set through the
# accessible editable-text and value interfaces.
#
#   1. pytrainer starts with its own seven tabs and Tools -> Plugins…
#   2. enabling "Hypertrophy Running" in the plugin manager adds its tabs
#   3. every pair's distance on the Shoes tab is pytrainer's own equipment
#      usage (EquipmentService, read from the database by another process)
#   4. the Planner tab plans a run for today; the same run entered in
#      pytrainer's "New Entry" dialog turns its card to "✓ Done"
#   5. a run entered in pytrainer's "New Entry" dialog reaches the Shoes tab
#   6. after File -> Quit and a new start the plugin is enabled again
#   7. disabling it in the plugin manager removes its tabs at once
#   8. after another restart it stays disabled
#
# So that today has a run still to do whatever day the suite runs on, the
# seeded history ends before this week (a week already done would leave
# nothing to plan for today), pytrainer opens on today (not on the last
# entry, as the demo does), and the plugin's profile puts the long run on
# today's weekday.
#
# Each step leaves a screenshot in <build>/tests/pytrainer-e2e-shots/ and
# pytrainer's output in pytrainer-<run>.log there. Needs an X display and a
# D-Bus session (build-aux/hyr-check provides both); starts the
# accessibility bus itself so that its input synthesis uses this display.
#
#   test-pytrainer-e2e.py --pytrainer-figures PROFILE_DIR
# prints pytrainer's equipment usage and newest activity as JSON (the test
# reads them so, from a process of its own).

import datetime
import json
import os
import re
import subprocess
import sys
import time

import hyr_tap
from pytrainer_session import (OWN_TABS, PYTHON, SRC, PytrainerSession, center_y,
                               settle, wait_for)

BUILD = os.environ.get("HYR_BUILD_DIR", "")
LAUNCHER = os.path.join(SRC, "plugin", "pytrainer", "hypertrophy-running-pytrainer.in")
SHOTS = os.path.join(os.environ.get("G_TEST_BUILDDIR") or os.path.join(BUILD, "tests"),
                     "pytrainer-e2e-shots")
PLUGIN_TABS = {"Shoes", "Protein"}
OPTIONAL_TABS = {"Planner"}
# The whole scenario; a step that hangs fails here instead of at meson's limit.
DEADLINE = 150
ADDED_KM = 12.3
TITLE = "Run entered by the e2e test"
# A pair of the seeded history without prior usage (hyr_seed_demo.SHOES).
SEEDED_PAIR = "Nike Pegasus 40 (long runs)"
TODAY = datetime.date.today()
PLANNED_TITLE = "Today's planned run, entered by the e2e test"


def pytrainer_figures(profile_dir):
    """pytrainer's own figures, read from the profile's database through its
    services: every pair's EquipmentService.get_equipment_usage (linked km +
    prior usage) and the newest activity."""
    import gi
    gi.require_version("Gtk", "3.0")
    gi.require_version("Gdk", "3.0")
    import logging
    import warnings
    logging.getLogger().setLevel(logging.CRITICAL)
    warnings.filterwarnings("ignore")
    import pytrainer.lib.localization
    pytrainer.lib.localization.initialize_gettext("/usr/share/locale")
    from pytrainer.lib.ddbb import DDBB
    # every mapped class, so SQLAlchemy can resolve the relationships
    from pytrainer.core.activity import Activity
    import pytrainer.core.sport  # noqa: F401
    import pytrainer.athlete  # noqa: F401
    from pytrainer.core.equipment import EquipmentService
    ddbb = DDBB("sqlite:///" + os.path.join(profile_dir, "pytrainer.ddbb"))
    ddbb.connect()
    service = EquipmentService(ddbb)
    newest = ddbb.session.query(Activity).order_by(Activity.id.desc()).first()
    return dict(
        equipment=[dict(id=e.id, name=e.description, usage=service.get_equipment_usage(e),
                        prior=e.prior_usage, active=bool(e.active))
                   for e in service.get_all_equipment()],
        newest=dict(title=newest.title, sport=newest.sport.name, distance=newest.distance,
                    duration=newest.duration, start=newest.date_time_local,
                    equipment=[e.description for e in newest.equipment]))


if len(sys.argv) == 3 and sys.argv[1] == "--pytrainer-figures":
    print(json.dumps(pytrainer_figures(sys.argv[2])))
    sys.exit(0)


def read_pytrainer(profile_dir):
    """{pair name: figures}, and the newest activity, from another process."""
    r = subprocess.run([PYTHON, os.path.abspath(__file__), "--pytrainer-figures", profile_dir],
                       capture_output=True, text=True, timeout=30)
    if r.returncode != 0:
        raise AssertionError("reading pytrainer's figures failed:\n" + r.stderr)
    figures = json.loads(r.stdout)
    return {e["name"]: e for e in figures["equipment"]}, figures["newest"]


def planned_duration(text):
    """Seconds of a planned duration as the Planner tab shows it: "48 min",
    "2 h", "1 h 50 min"."""
    m = re.fullmatch(r"(?:(\d+) h)? ?(?:(\d+) min)?", text.strip())
    if not m or not any(m.groups()):
        raise AssertionError("not a duration: %r" % text)
    return 3600 * int(m.group(1) or 0) + 60 * int(m.group(2) or 0)


def start_today_before(now, seconds):
    """A start today that ends the run before now if the day allows it."""
    start = datetime.datetime.combine(now.date(), datetime.time(6, 30))
    if start + datetime.timedelta(seconds=seconds) > now:
        start = max(now - datetime.timedelta(seconds=seconds + 60),
                    datetime.datetime.combine(now.date(), datetime.time()))
    return start.replace(microsecond=0)


class PytrainerE2E(PytrainerSession):
    failed = None        # the first failed step: later steps are skipped
    wheel_at = None      # where the mouse wheel scrolls the Planner tab
    shots = SHOTS
    deadline = DEADLINE

    @classmethod
    def seed_options(cls):
        # The history ends on the Sunday before this (Monday-based) week:
        # had this week's runs been done, the plan would leave none for today.
        return ["--today", (TODAY - datetime.timedelta(days=TODAY.weekday() + 1)).isoformat()]

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # pytrainer opens on today, where New Entry then puts a run; the
        # demo opens on the last entry (yesterday here).
        conf = os.path.join(cls.profile, "conf.xml")
        with open(conf) as f:
            text = f.read()
        assert 'prf_startscreen="last_entry"' in text, "the seeder's start screen changed"
        with open(conf, "w") as f:
            f.write(text.replace('prf_startscreen="last_entry"', 'prf_startscreen="current_day"'))

        # The plugin's profile, saved as its profile editor would: the
        # long run on today's weekday (Monday 1 … Sunday 7).
        import gi
        gi.require_version("Gtk", "3.0")
        gi.require_version("Hyr", "1.0")
        from gi.repository import Hyr
        state = Hyr.State.new(Hyr.State.get_default_path())
        profile = state.get_profile()
        profile.set_long_run_day(TODAY.isoweekday())
        profile.save()

    @classmethod
    def launcher_command(cls):
        return [PYTHON, LAUNCHER]

    @classmethod
    def app_env(cls):
        """The plugin, typelib and schema come from the build dir."""
        env = super().app_env()
        env.update(HYR_BUILD_DIR=BUILD,
                   GSETTINGS_SCHEMA_DIR=os.path.join(BUILD, "data"),
                   GSETTINGS_BACKEND="keyfile")
        return env

    def test_1_pytrainer_starts_with_its_own_tabs(self):
        self.start_pytrainer()
        self.assertEqual(self.tabs(), OWN_TABS)
        self.shot("started")
        tools = self.frame.child(name="Tools", roleName="menu")
        self.click(tools)
        wait_for("Tools → Plugins…", lambda: [i for i in tools.children
                                              if i.name == "Plugins…" and i.showing])
        self.shot("tools-menu")
        self.frame.keyCombo("Escape")
        wait_for("the Tools menu to close", lambda: not [
            i for i in tools.children if i.name == "Plugins…" and i.showing], timeout=5)

    def test_2_enabling_the_plugin_adds_its_tabs(self):
        self.set_plugin_enabled(True)
        wait_for("the plugin's tabs", lambda: PLUGIN_TABS <= set(self.tabs()))
        self.assertEqual(self.tabs()[:7], OWN_TABS)
        self.assertLessEqual(set(self.plugin_tabs()), PLUGIN_TABS | OPTIONAL_TABS)
        self.shot("plugin-tabs")

    def test_3_shoe_distances_are_pytrainers_usage(self):
        self.click(self.own_tab("Shoes"))
        wait_for("the Shoes tab", lambda: self.own_tab("Shoes").selected)
        usage, _newest = read_pytrainer(self.profile)
        shown = wait_for("every pair on the Shoes tab",
                         lambda: self.shoe_rows_if(lambda rows: set(rows) == set(usage)))
        self.shot("shoes")
        self.assert_shown_is_usage(shown, usage)
        # the near-retirement pair counts its prior usage once
        self.assertTrue(any(e["prior"] > 0 for e in usage.values()))
        PytrainerE2E.before = shown

    def today_cards(self):
        """The labels of today's column on the Planner tab that are on
        screen, top to bottom: the column under the "Today, <date>" header;
        [] while the header is scrolled out of view."""
        tab = self.own_tab("Planner")
        labels = tab.findChildren(lambda n: n.roleName == "label" and n.showing)
        header = [n for n in labels if n.name.startswith("Today, ")]
        if not header:
            return []
        left = header[0].position[0]
        right = left + header[0].size[0]
        top = header[0].position[1]
        column = [n for n in labels if left - 2 <= n.position[0] + n.size[0] / 2.0 <= right + 2
                  and n.position[1] > top]
        return [n.name for n in sorted(column, key=lambda n: n.position[1])]

    def today_run(self):
        """(km, seconds) of the run today's column plans."""
        for text in self.today_cards():
            m = re.fullmatch(r"([0-9.]+) km · (.+)", text)
            if m:
                return float(m.group(1)), planned_duration(m.group(2))
        return None

    def scroll_planner_until(self, what, fn, notches=40, required=True):
        """Turns the mouse wheel over the Planner tab's week, a notch at a
        time, until fn() is true: the week wraps into rows, and today's
        column may be below the window's edge."""
        if PytrainerE2E.wheel_at is None:
            # where Monday's header is before any scrolling: inside the part
            # of the page that scrolls, wherever it is scrolled to later
            tab = self.own_tab("Planner")
            week = wait_for("the Planner's week", lambda: tab.child(
                name="Monday", roleName="label", retry=False))
            PytrainerE2E.wheel_at = (week.position[0] + 20, week.position[1] + 10)
        x, y = PytrainerE2E.wheel_at
        from dogtail import rawinput
        value = fn()
        if value:
            return value
        # From the top of the week: today's column may be above what is on
        # screen (on a Monday it is the first), and the search goes down.
        # The page is a few screens tall at most; more notches up than it
        # takes cost nothing.
        for _ in range(notches):
            rawinput.click(x, y, button=4)
            time.sleep(0.05)
        time.sleep(0.2)
        for _ in range(notches):
            value = fn()
            if value:
                return value
            rawinput.click(x, y, button=5)
            time.sleep(0.2)
        return wait_for(what, fn, timeout=2) if required else fn()

    def test_4_a_planned_run_entered_turns_done(self):
        self.click(self.own_tab("Planner"))
        wait_for("the Planner tab", lambda: self.own_tab("Planner").selected)
        km, seconds = self.scroll_planner_until("a run planned today on the Planner tab",
                                                self.today_run)
        # a little further, so that the screenshots show the whole card
        self.scroll_planner_until("", lambda: False, notches=3, required=False)
        self.assertFalse([t for t in self.today_cards() if t.startswith("✓ Done")],
                         "nothing was recorded today yet")
        self.shot("planner-today-planned")

        self.menu("File", "New")
        entry = wait_for("the New Entry window", lambda: [
            w for w in self.app.children if w.roleName == "frame" and w.name == "New Entry"
            and w.showing][0])
        settle()
        self.assertEqual(self.field_right_of(entry, "Date:")[0].text, TODAY.isoformat())
        sport = self.field_right_of(entry, "Sport:", roles=("combo box",))[0]
        self.click(sport)
        self.click(wait_for("Run in the list of sports", lambda: [
            i for i in sport.findChildren(lambda n: n.roleName == "menu item")
            if i.name == "Run" and i.showing][0], timeout=5))
        wait_for("Run to be chosen", lambda: sport.name == "Run", timeout=5)
        self.field_right_of(entry, "Title:")[0].text = PLANNED_TITLE
        start = start_today_before(datetime.datetime.now(), seconds)
        self.field_right_of(entry, "Start Time:")[0].text = start.strftime("%H:%M:%S")
        self.field_right_of(entry, "Distance (km)")[0].text = "%.1f" % km
        hours, minutes, secs = self.field_right_of(entry, "Duration:", roles=("spin button",))
        hours.value, minutes.value, secs.value = seconds // 3600, seconds // 60 % 60, 0
        wait_for("the duration", lambda: [n.value for n in (hours, minutes, secs)]
                 == [seconds // 3600, seconds // 60 % 60, 0], timeout=5)
        self.shot("new-entry-planned-run")
        self.click(entry.child(name="OK", roleName="push button"))
        wait_for("the New Entry window to close", lambda: not [
            w for w in self.app.children if w.roleName == "frame" and w.name == "New Entry"
            and w.showing])

        _usage, newest = read_pytrainer(self.profile)
        self.assertEqual((newest["title"], newest["sport"], newest["distance"], newest["duration"]),
                         (PLANNED_TITLE, "Run", round(km, 1), seconds))
        done = wait_for("today's card to say it is done", lambda: [
            t for t in self.today_cards() if t.startswith("✓ Done")]
            or self.scroll_planner_until("today's card", lambda: [
                t for t in self.today_cards() if t.startswith("✓ Done")]), timeout=10)
        self.shot("planner-today-done")
        # what was recorded, in the card's words: "✓ Done: 16.0 km in 1 h 36 min"
        self.assertRegex(done[0], r"^✓ Done: %s km in " % re.escape("%.1f" % km))

    def test_5_a_new_entry_reaches_the_shoes_tab(self):
        pair = SEEDED_PAIR
        before = PytrainerE2E.before[pair]
        self.click(self.own_tab("Shoes"))
        wait_for("the Shoes tab", lambda: self.own_tab("Shoes").selected)

        self.menu("File", "New")
        entry = wait_for("the New Entry window", lambda: [
            w for w in self.app.children if w.roleName == "frame" and w.name == "New Entry"
            and w.showing][0])
        settle()
        sport = self.field_right_of(entry, "Sport:", roles=("combo box",))[0]
        self.click(sport)
        self.click(wait_for("Run in the list of sports", lambda: [
            i for i in sport.findChildren(lambda n: n.roleName == "menu item")
            if i.name == "Run" and i.showing][0], timeout=5))
        wait_for("Run to be chosen", lambda: sport.name == "Run", timeout=5)
        self.field_right_of(entry, "Title:")[0].text = TITLE
        # The date field takes no typing (a calendar button sets it); it
        # proposes the day picked in pytrainer's calendar, the last day with
        # an entry: today or before. Keep it, and start the run in the past.
        day = datetime.date.fromisoformat(self.field_right_of(entry, "Date:")[0].text)
        now = datetime.datetime.now()
        self.assertLessEqual(day, now.date())
        start = datetime.datetime.combine(day, datetime.time(18, 30))
        if start > now:
            start = max(now - datetime.timedelta(minutes=1),
                        datetime.datetime.combine(day, datetime.time())).replace(microsecond=0)
        self.field_right_of(entry, "Start Time:")[0].text = start.strftime("%H:%M:%S")
        self.field_right_of(entry, "Distance (km)")[0].text = "%.1f" % ADDED_KM
        hours, minutes, seconds = self.field_right_of(entry, "Duration:", roles=("spin button",))
        hours.value, minutes.value, seconds.value = 1, 4, 30
        wait_for("the duration 1:04:30", lambda: [(n.value, n.text) for n in (hours, minutes, seconds)]
                 == [(1, "1"), (4, "4"), (30, "30")], timeout=5)
        self.shot("new-entry")

        self.click(entry.child(name="Equipment", roleName="page tab"))
        cells = wait_for("the equipment list", lambda: [
            c for c in entry.findChildren(lambda n: n.roleName == "table cell" and n.showing)])
        names = [c for c in cells if c.name == pair]
        self.assertEqual(len(names), 1, [c.name for c in cells])
        toggle = [c for c in cells if "toggle" in c.actions
                  and abs(center_y(c) - center_y(names[0])) < 4]
        self.assertEqual(len(toggle), 1)
        self.click(toggle[0])
        wait_for("%s to be ticked" % pair, lambda: toggle[0].checked, timeout=5)
        self.shot("new-entry-equipment")
        self.click(entry.child(name="OK", roleName="push button"))
        wait_for("the New Entry window to close", lambda: not [
            w for w in self.app.children if w.roleName == "frame" and w.name == "New Entry"
            and w.showing])

        usage, newest = read_pytrainer(self.profile)
        # pytrainer stored what was entered (1:04:30 is 3870 s), on that pair
        stored_start = newest.pop("start")
        self.assertEqual(newest, dict(title=TITLE, sport="Run", distance=ADDED_KM,
                                      duration=3870, equipment=[pair]))
        self.assertTrue(stored_start.startswith(start.strftime("%Y-%m-%d %H:%M:%S")), stored_start)
        self.assertAlmostEqual(usage[pair]["usage"] - before, ADDED_KM, delta=0.5)
        after = wait_for("the Shoes tab to show %s with the new run" % pair,
                         lambda: self.shoe_rows_if(lambda rows: rows.get(pair, before) != before),
                         timeout=10)
        self.shot("shoes-after-new-entry")
        self.assert_shown_is_usage(after, usage)
        PytrainerE2E.after = after

    def test_6_restart_restores_the_enabled_plugin(self):
        self.quit_pytrainer()
        self.start_pytrainer()
        wait_for("the plugin's tabs after a restart", lambda: PLUGIN_TABS <= set(self.tabs()))
        self.click(self.own_tab("Shoes"))
        wait_for("the Shoes tab", lambda: self.own_tab("Shoes").selected)
        shown = wait_for("the pairs", self.shoe_rows)
        self.assertEqual(shown, PytrainerE2E.after)
        self.shot("restarted-enabled")

    def test_7_disabling_removes_the_tabs(self):
        self.set_plugin_enabled(False)
        wait_for("the plugin's tabs to go", lambda: self.tabs() == OWN_TABS, timeout=2)
        self.shot("plugin-disabled")

    def test_8_restart_keeps_it_disabled(self):
        self.quit_pytrainer()
        self.start_pytrainer()
        # The bridge restores plugins before pytrainer shows its window, so
        # a restored plugin's tabs would be there by now (as in step 5).
        self.assertEqual(self.tabs(), OWN_TABS)
        self.shot("restarted-disabled")
        dialog = self.open_plugin_manager()
        self.assertFalse(self.plugin_toggle(dialog).checked)
        self.click(dialog.child(name="Close", roleName="push button"))
        wait_for("the Plugins dialog to close", lambda: not [
            d for d in self.app.children if d.roleName == "dialog" and d.showing])
        self.quit_pytrainer()
        self.assert_clean_logs()


if __name__ == "__main__":
    hyr_tap.main(PytrainerE2E)
