#!/usr/bin/python3
# pytrainer_session.py — pytrainer with the plugin, driven through its
# accessibility tree (dogtail over AT-SPI) as a person would
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The base of the tests that drive pytrainer: it starts the accessibility
# bus, seeds a throwaway pytrainer profile, starts and stops pytrainer, and
# finds tabs, menus and the plugin manager's check box. A subclass says which
# launcher runs (launcher_command) in which environment (app_env), and where
# screenshots go (shots); its test_N_ methods are the steps, in order, and a
# failed step skips the later ones.

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

SRC = os.environ.get("HYR_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = "/usr/bin/python3"
SEEDER = os.path.join(SRC, "plugin", "pytrainer", "hyr_seed_demo.py")
PLUGIN_NAME = "Hypertrophy Running"
OWN_TABS = ["Record", "Day", "Week", "Month", "Year", "Athlete", "Totals"]

class StepTimeout(AssertionError):
    pass


# A busy machine (CI's two cores shared with other tests) runs up to three
# times slower than a quiet one: every wait allows for it. A step that
# works returns as soon as it is done; only a hanging one waits longer.
SLOWDOWN = float(os.environ.get("HYR_TEST_SLOWDOWN", "3"))


def wait_for(what, fn, timeout=15.0, interval=0.2):
    """Polls fn until it returns something true; fails with what."""
    timeout *= SLOWDOWN
    deadline = time.monotonic() + timeout
    last = None
    while True:
        try:
            value = fn()
            if value:
                return value
        except Exception as e:          # AT-SPI calls on nodes going away
            last = e
        if time.monotonic() > deadline:
            raise StepTimeout("timed out after %gs waiting for %s%s"
                              % (timeout, what, " (last error: %s)" % last if last else ""))
        time.sleep(interval)


def settle():
    """A new window reports its widgets showing a moment before it takes
    clicks (Xvfb, no window manager); a click in between is lost."""
    time.sleep(1.0)


def center_y(node):
    return node.position[1] + node.size[1] / 2.0



class PytrainerSession(unittest.TestCase):
    failed = None        # the first failed step: later steps are skipped
    shots = None         # where screenshots and pytrainer's logs go
    deadline = 150 * SLOWDOWN  # the whole scenario; a hanging step fails here, not at meson's limit

    @classmethod
    def setUpClass(cls):
        cls.app_proc = None
        cls.bus_proc = None
        cls.run_no = 0
        cls.shot_no = 0
        if not os.environ.get("DISPLAY"):
            raise unittest.SkipTest("no X display (build-aux/hyr-check runs the tests under Xvfb)")
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            raise unittest.SkipTest("no D-Bus session (build-aux/hyr-check starts one)")
        for tool in ("import", "/usr/libexec/at-spi-bus-launcher"):
            if not shutil.which(tool):
                raise unittest.SkipTest("%s is not installed" % tool)

        shutil.rmtree(cls.shots, ignore_errors=True)
        os.makedirs(cls.shots)
        signal.signal(signal.SIGALRM, cls.on_deadline)
        signal.alarm(cls.deadline)

        cls.start_a11y_bus()
        from dogtail.config import config
        config.logDebugToFile = False
        config.logDebugToStdOut = False      # stdout carries TAP
        # pytrainer gets GTK_MODULES below; this process needs no desktop
        # setting for that (and may lack its schema).
        config.checkForA11y = False
        config.actionDelay = 0.3
        config.defaultDelay = 0.3
        config.searchBackoffDuration = 0.25
        config.searchCutoffCount = 20
        from dogtail import tree
        cls.tree = tree
        import gi
        gi.require_version("Gdk", "3.0")
        from gi.repository import Gdk
        screen = Gdk.Display.get_default().get_monitor(0).get_geometry()
        width, height = screen.width, screen.height
        if width < 1280 or height < 900:
            raise RuntimeError("the screen is %dx%d; pytrainer with the plugin's tabs needs "
                               "1280x1024 (build-aux/hyr-check runs Xvfb so)" % (width, height))

        work = tempfile.mkdtemp(prefix="pytrainer-e2e-")
        cls.profile = os.path.join(work, "profile")
        seeded = subprocess.run([PYTHON, SEEDER, cls.profile] + cls.seed_options(),
                                capture_output=True, text=True, timeout=60)
        with open(os.path.join(cls.shots, "seeder.log"), "w") as f:
            f.write(seeded.stdout + seeded.stderr)
        if seeded.returncode != 0:
            raise RuntimeError("seeding failed: " + seeded.stderr)

        cls.env = cls.app_env()

    @classmethod
    def seed_options(cls):
        """Options for the seeder (plugin/pytrainer/hyr_seed_demo.py)."""
        return []

    @classmethod
    def launcher_command(cls):
        """The command that starts pytrainer with the bridge (argv list)."""
        raise NotImplementedError

    @classmethod
    def app_env(cls):
        """pytrainer's environment: GTK_MODULES for the accessibility tree, and
        no G_DEBUG=fatal-criticals: GTK's accessibility code prints a critical
        of its own when the plugin's pages go (see assert_clean_logs), so the
        log is checked instead."""
        env = dict(os.environ)
        env.pop("NO_AT_BRIDGE", None)
        env.pop("G_DEBUG", None)
        env.update(GTK_MODULES="gail:atk-bridge")
        return env

    @classmethod
    def tearDownClass(cls):
        signal.alarm(0)
        cls.stop_pytrainer()
        if cls.bus_proc is not None:
            try:
                os.killpg(cls.bus_proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                cls.bus_proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(cls.bus_proc.pid, signal.SIGKILL)
                cls.bus_proc.wait()

    @classmethod
    def on_deadline(cls, _signum, _frame):
        raise StepTimeout("the scenario took longer than %d s" % cls.deadline)

    def setUp(self):
        if type(self).failed:
            self.skipTest("an earlier step failed: " + type(self).failed)

    def run(self, result=None):
        failures = len(result.failures) + len(result.errors) if result else 0
        super().run(result)
        if result and len(result.failures) + len(result.errors) > failures:
            type(self).failed = type(self).failed or self._testMethodName
            self.shot("FAILED-" + self._testMethodName)
            self.dump_tree("FAILED-" + self._testMethodName)

    # -- processes --------------------------------------------------------

    @classmethod
    def a11y_bus_owned(cls):
        r = subprocess.run(["dbus-send", "--session", "--print-reply",
                            "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                            "org.freedesktop.DBus.NameHasOwner", "string:org.a11y.Bus"],
                           capture_output=True, text=True, timeout=10)
        return "boolean true" in r.stdout

    @classmethod
    def start_a11y_bus(cls):
        """The accessibility bus, started here so that its registry daemon
        (which synthesizes clicks) talks to this display; a bus the session
        activated by itself would have no DISPLAY."""
        if cls.a11y_bus_owned():
            print("# using the session's accessibility bus", file=sys.stderr)
            return
        cls.bus_proc = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                        start_new_session=True, stdout=subprocess.DEVNULL,
                                        stderr=open(os.path.join(cls.shots, "at-spi.log"), "w"))
        wait_for("the accessibility bus (org.a11y.Bus)", cls.a11y_bus_owned, timeout=10)

    @classmethod
    def start_pytrainer(cls):
        cls.run_no += 1
        log = open(os.path.join(cls.shots, "pytrainer-%d.log" % cls.run_no), "w")
        cls.app_proc = subprocess.Popen(cls.launcher_command() + ["--confdir", cls.profile],
                                        env=cls.env, stdout=log, stderr=subprocess.STDOUT,
                                        cwd=tempfile.gettempdir())

        def ours():
            if cls.app_proc.poll() is not None:
                raise AssertionError("pytrainer exited with %s; see %s"
                                     % (cls.app_proc.returncode, log.name))
            for app in cls.tree.root.children:
                if app.name == "pytrainer" and app.get_process_id() == cls.app_proc.pid:
                    return app
        cls.app = wait_for("pytrainer in the accessibility tree", ours, timeout=30)
        cls.frame = wait_for("pytrainer's main window", lambda: [
            f for f in cls.app.children if f.roleName == "frame"
            and f.name.startswith("pytrainer") and f.showing][0], timeout=20)
        wait_for("pytrainer's tabs", lambda: cls.own_tab("Totals").showing, timeout=20)
        settle()

    @classmethod
    def stop_pytrainer(cls):
        p, cls.app_proc = cls.app_proc, None
        if p is None or p.poll() is not None:
            return
        p.terminate()
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()

    def quit_pytrainer(self):
        self.menu("File", "Quit")
        wait_for("pytrainer to quit", lambda: self.app_proc.poll() is not None, timeout=20)
        self.assertEqual(self.app_proc.returncode, 0)
        type(self).app_proc = None

    # -- looking and clicking -------------------------------------------------

    def shot(self, name):
        type(self).shot_no += 1
        path = os.path.join(self.shots, "%02d-%s.png" % (type(self).shot_no, name))
        subprocess.run(["import", "-window", "root", path], timeout=30,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return path

    def dump_tree(self, name):
        """The accessibility tree at a failure, to see what was there."""
        if self.app_proc is None:
            return
        try:
            with open(os.path.join(self.shots, name + ".tree.txt"), "w") as out:
                def walk(node, depth):
                    state = "showing" if node.showing else "hidden"
                    out.write("%s[%s] %r %s\n" % ("  " * depth, node.roleName, node.name, state))
                    if depth < 40:
                        for child in node.children:
                            walk(child, depth + 1)
                walk(self.app, 0)
        except Exception as e:
            print("# could not dump the tree: %s" % e, file=sys.stderr)

    def click(self, node):
        wait_for("%s %r to be showing" % (node.roleName, node.name), lambda: node.showing)
        node.click()

    @classmethod
    def own_tab(cls, name):
        return cls.frame.child(name=name, roleName="page tab", retry=False)

    def tabs(self):
        """The tab labels of pytrainer's main notebook, in order."""
        tab_list = self.own_tab("Record").parent
        return [t.name for t in tab_list.children if t.roleName == "page tab"]

    def plugin_tabs(self):
        return [t for t in self.tabs() if t not in OWN_TABS]

    def menu(self, menu_name, item_name):
        menu = self.frame.child(name=menu_name, roleName="menu")
        self.click(menu)
        item = wait_for("menu item %s → %s" % (menu_name, item_name), lambda: [
            i for i in menu.children if i.name == item_name and i.showing][0], timeout=5)
        self.click(item)

    def open_plugin_manager(self):
        self.menu("Tools", "Plugins…")
        return wait_for("the Plugins dialog", lambda: [
            d for d in self.app.children if d.roleName == "dialog" and d.name == "Plugins"
            and d.showing][0])

    def plugin_toggle(self, dialog):
        """The check box on the row of our plugin in libpeas-gtk's list."""
        cells = dialog.findChildren(lambda n: n.roleName == "table cell" and n.showing)
        names = [c for c in cells if c.name.startswith(PLUGIN_NAME)]
        self.assertEqual(len(names), 1, [c.name for c in cells])
        row = center_y(names[0])
        toggles = [c for c in cells if "toggle" in c.actions and abs(center_y(c) - row) < 4]
        self.assertEqual(len(toggles), 1)
        return toggles[0]

    def set_plugin_enabled(self, enabled):
        dialog = self.open_plugin_manager()
        toggle = self.plugin_toggle(dialog)
        self.assertEqual(toggle.checked, not enabled, "the check box before the click")
        self.click(toggle)
        wait_for("the check box to turn %s" % ("on" if enabled else "off"),
                 lambda: self.plugin_toggle(dialog).checked == enabled, timeout=10)
        self.shot("plugin-manager-" + ("enabled" if enabled else "disabled"))
        self.click(dialog.child(name="Close", roleName="push button"))
        wait_for("the Plugins dialog to close", lambda: not [
            d for d in self.app.children if d.roleName == "dialog" and d.showing])

    def shoe_rows(self):
        """{pair name: km shown} from the Shoes tab: each pair's row shows
        its name and "<distance> km of <retire distance> km (<n> %)"."""
        tab = self.own_tab("Shoes")
        rows = {}
        for item in tab.findChildren(lambda n: n.roleName == "list item" and n.showing):
            labels = [n.name for n in item.findChildren(
                lambda n: n.roleName == "label" and n.showing)]
            wear = [re.match(r"^([0-9.]+) km of [0-9.]+ km \(\d+ %\)$", t) for t in labels]
            wear = [m for m in wear if m]
            if wear:
                rows[labels[0]] = float(wear[0].group(1))
        return rows

    def shoe_rows_if(self, condition):
        rows = self.shoe_rows()
        return rows if condition(rows) else None

    def assert_shown_is_usage(self, shown, usage):
        """Every pair on the Shoes tab shows pytrainer's usage, as precisely
        as it shows distances: whole km from 100 km on, one decimal below."""
        self.assertEqual(sorted(shown), sorted(usage))
        for name, e in usage.items():
            tolerance = 0.5 if e["usage"] >= 99.95 else 0.05
            self.assertLessEqual(abs(shown[name] - e["usage"]), tolerance + 1e-9,
                                 "%s: the Shoes tab shows %s km, pytrainer %.3f km"
                                 % (name, shown[name], e["usage"]))

    def field_right_of(self, window, label, roles=("text",)):
        """The input fields on the same row as a label, left to right: what
        a person takes for "the field next to Distance"."""
        lab = window.child(name=label, roleName="label")
        row, x = center_y(lab), lab.position[0]
        fields = [n for n in window.findChildren(lambda n: n.roleName in roles and n.showing)
                  if abs(center_y(n) - row) < 8 and n.position[0] > x]
        self.assertTrue(fields, "no field right of %r" % label)
        return sorted(fields, key=lambda n: n.position[0])

    def assert_clean_logs(self):
        """Nothing went wrong in any run: no Python traceback, no critical
        and no warning from the bridge, the plugin or libpeas. Two kinds of
        messages are pytrainer's and GTK's own and are let through: pytrainer's
        .ui files set child properties GtkFrame lacks, and GTK 3 reports
        "gtk_notebook_get_tab_label: assertion 'list != NULL'" whenever a
        notebook page is removed while an accessibility client holds the
        tree (a plain GtkNotebook does it too)."""
        bad = re.compile(r"Traceback|bridge failed|CRITICAL|"
                         r"(Hyr|hypertrophy-running|libpeas|Peas)[-A-Za-z]*-WARNING")
        known = re.compile(r"gtk_notebook_get_tab_label: assertion 'list != NULL'")
        for n in range(1, self.run_no + 1):
            with open(os.path.join(self.shots, "pytrainer-%d.log" % n)) as f:
                lines = [l for l in f if bad.search(l) and not known.search(l)]
            self.assertEqual(lines, [], "pytrainer-%d.log" % n)
