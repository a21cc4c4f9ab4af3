#!/usr/bin/python3
# bench-pytrainer-refresh.py — the plugin's tab refreshing in pytrainer, against pytrainer's Totals
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# A benchmark, not a test: `meson test -C BUILD --benchmark --suite pytrainer -v`.
# pytrainer runs with the plugin on the 20-year database of bench-pytrainer-store
# (seeded once through pytrainer's API and kept in the build dir), in one process:
#   baseline  pytrainer's own Totals tab refreshing (pyTrainer.refreshStatsView(),
#             what pytrainer runs when that tab is shown or its data changed);
#   planner   the Planner tab, shown, refreshing after the host says its data
#             changed (HyrActivityStore::changed): the history read again through
#             the bridge, the week planned again, the page redrawn; timed until
#             the main loop is idle again.
# Each figure is the median of SAMPLES runs, the two interleaved.
# Goal (issue 11): the plugin's tab at most 0.5x pytrainer's Totals.

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time

SRC = os.environ.get("HYR_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = "/usr/bin/python3"
SAMPLES = int(os.environ.get("HYR_BENCH_SAMPLES", "7"))
GOAL = 0.5


def store_bench():
    """bench-pytrainer-store.py as a module: its seeded, cached database."""
    spec = importlib.util.spec_from_file_location(
        "bench_pytrainer_store", os.path.join(SRC, "tests", "bench-pytrainer-store.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def child(profile):
    """In pytrainer's process: time both refreshes once pytrainer is up."""
    sys.path.insert(0, os.path.join(SRC, "plugin", "pytrainer"))
    import gi
    gi.require_version("Gtk", "3.0")
    gi.require_version("Gdk", "3.0")
    from gi.repository import GLib, Gtk
    import hyr_pytrainer_bridge as bridge_module

    def drain():
        while Gtk.events_pending():
            Gtk.main_iteration_do(False)

    def run(window):
        main = window.pytrainer_main
        bridge = main.hyr_bridge
        notebook = bridge.pages.notebook
        planner = [i for i in range(notebook.get_n_pages())
                   if notebook.get_tab_label_text(notebook.get_nth_page(i)) == "Planner"]
        if not planner:
            print("error: no Planner tab", flush=True)
            os._exit(1)
        notebook.set_current_page(planner[0])
        drain()
        time.sleep(0.3)         # the fallback build, should no frame come
        drain()

        def has_view(widget):
            if type(widget).__name__ == "PlannerPage" or \
                    widget.__gtype__.name == "HyrPlannerPage":
                return True
            return isinstance(widget, Gtk.Container) and any(has_view(c) for c in widget.get_children())
        if not has_view(notebook.get_nth_page(planner[0])):
            print("error: the Planner tab shows no plan", flush=True)
            os._exit(1)
        totals, tab = [], []
        for _ in range(SAMPLES):
            t = time.perf_counter()
            main.refreshStatsView()
            drain()
            totals.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            bridge.store.emit("changed")
            drain()
            tab.append((time.perf_counter() - t) * 1000)
        print("totals " + " ".join("%.3f" % v for v in totals), flush=True)
        print("planner " + " ".join("%.3f" % v for v in tab), flush=True)
        os._exit(0)

    argv = ["pytrainer", "--confdir", profile, "--hyr-enable-plugin", "hypertrophy-running"]
    import pytrainer.lib.localization
    pytrainer.lib.localization.initialize_gettext("/usr/share/locale")
    from pytrainer.gui import windowmain
    original_run = windowmain.Main.run

    def run_then_measure(self):
        GLib.idle_add(run, self, priority=GLib.PRIORITY_LOW)
        return original_run(self)

    windowmain.Main.run = run_then_measure
    return bridge_module.launch(argv)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        return child(sys.argv[2])
    if not os.environ.get("DISPLAY"):
        print("SKIP: no X display (run under xvfb-run)")
        return 77
    cached = store_bench().cached_profile()
    work = tempfile.mkdtemp(prefix="hyr-bench-refresh-")
    profile = os.path.join(work, "profile")
    subprocess.run(["cp", "-a", cached, profile], check=True)

    env = dict(os.environ, LANGUAGE="C", LC_ALL="C.UTF-8")
    env.pop("G_DEBUG", None)
    done = subprocess.run([PYTHON, os.path.abspath(__file__), "--child", profile],
                          capture_output=True, text=True, timeout=900, env=env,
                          cwd=tempfile.gettempdir())
    figures = {}
    for line in done.stdout.splitlines():
        name, _, values = line.partition(" ")
        if name in ("totals", "planner"):
            figures[name] = [float(v) for v in values.split()]
    if len(figures) != 2:
        sys.exit("pytrainer did not measure:\n%s%s" % (done.stdout, done.stderr[-3000:]))

    totals = statistics.median(figures["totals"])
    tab = statistics.median(figures["planner"])
    print("refresh in pytrainer, 20-year database, median of %d samples each" % SAMPLES)
    print("%-44s %8.0f ms  [%.0f … %.0f]" % ("pytrainer's Totals tab (baseline)", totals,
                                              min(figures["totals"]), max(figures["totals"])))
    print("%-44s %8.0f ms  [%.0f … %.0f]" % ("the Planner tab after the store changed", tab,
                                              min(figures["planner"]), max(figures["planner"])))
    print("%-44s %8.2fx  (goal: at most %.2fx)" % ("ratio", tab / totals, GOAL))
    return 0


if __name__ == "__main__":
    sys.exit(main())
