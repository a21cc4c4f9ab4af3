#!/usr/bin/python3
# bench-pytrainer-startup.py — pytrainer's start-up with the plugin, against plain pytrainer
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# A benchmark, not a test: `meson test -C BUILD --benchmark --suite pytrainer -v`.
# Each sample starts a fresh pytrainer process on the same seeded profile and
# times it, from the fork to the first idle moment after its main window is
# up (the user can click), by the system's monotonic clock:
#   plain   pytrainer as /usr/bin/pytrainer starts it, no bridge;
#   plugin  the same through the bridge (plugin/pytrainer/hyr_pytrainer_bridge.py)
#           with Hypertrophy Running enabled: its Planner, Shoes and Protein tabs
#           are added, behind pytrainer's own first tab.
# Samples alternate between the two, so a busy machine slows both alike;
# the figure is the median of the samples and the ratio plugin / plain,
# in wall-clock time and in the process's CPU time.
# Goal (issue 11): at most 1.10x.

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

SRC = os.environ.get("HYR_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("HYR_BUILD_DIR")
PYTHON = "/usr/bin/python3"
SEEDER = os.path.join(SRC, "plugin", "pytrainer", "hyr_seed_demo.py")
SAMPLES = int(os.environ.get("HYR_BENCH_SAMPLES", "7"))
GOAL = 1.10


def child(mode, profile):
    """Runs in the sample's process: start pytrainer, print the monotonic
    time of the first idle after its window is up, and leave at once."""
    sys.path.insert(0, os.path.join(SRC, "plugin", "pytrainer"))
    import gi
    gi.require_version("Gtk", "3.0")
    gi.require_version("Gdk", "3.0")
    from gi.repository import GLib

    def ready(window):
        print("ready %.6f %d" % (time.monotonic(), window.notebook.get_n_pages()), flush=True)
        os._exit(0)

    argv = ["pytrainer", "--confdir", profile]
    if mode == "plugin":
        # The bridge and what it imports (Peas, the Hyr typelib) count.
        import hyr_pytrainer_bridge as bridge
        argv += ["--hyr-enable-plugin", "hypertrophy-running"]
    # Where /usr/bin/pytrainer finds its data; its modules need its gettext
    # before they are imported.
    data_path = "/usr/share/pytrainer/"
    import pytrainer.lib.localization
    pytrainer.lib.localization.initialize_gettext("/usr/share/locale")

    from pytrainer.gui import windowmain
    original_run = windowmain.Main.run

    def run_then_report(self):
        # Below GTK's redraw priority: the window has been drawn by then.
        GLib.idle_add(ready, self, priority=GLib.PRIORITY_LOW)
        return original_run(self)

    windowmain.Main.run = run_then_report
    if mode == "plugin":
        return bridge.launch(argv)   # finds the plugin through HYR_BUILD_DIR
    sys.argv[:] = argv
    from pytrainer.main import pyTrainer
    pyTrainer(None, data_path)
    return 0


def sample(mode, profile):
    env = dict(os.environ)
    env.pop("G_DEBUG", None)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu0 = usage.ru_utime + usage.ru_stime
    t0 = time.monotonic()
    done = subprocess.run([PYTHON, os.path.abspath(__file__), "--child", mode, profile],
                          capture_output=True, text=True, timeout=180, env=env,
                          cwd=tempfile.gettempdir())
    for line in done.stdout.splitlines():
        if line.startswith("ready "):
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (usage.ru_utime + usage.ru_stime - cpu0) * 1000
            return (float(line.split()[1]) - t0) * 1000, int(line.split()[2]), cpu
    sys.exit("pytrainer (%s) did not start:\n%s%s" % (mode, done.stdout, done.stderr[-3000:]))


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        return child(sys.argv[2], sys.argv[3])
    if not os.environ.get("DISPLAY"):
        print("SKIP: no X display (run under xvfb-run)")
        return 77
    work = tempfile.mkdtemp(prefix="hyr-bench-startup-")
    profile = os.path.join(work, "profile")
    seeded = subprocess.run([PYTHON, SEEDER, profile, "--weeks", "260"],
                            capture_output=True, text=True, timeout=600)
    if seeded.returncode != 0:
        sys.exit("seeding failed:\n" + seeded.stderr)

    # One of each first: Python's and GTK's files in the page cache.
    own_tabs = sample("plain", profile)[1]
    all_tabs = sample("plugin", profile)[1]
    if all_tabs != own_tabs + 3:
        sys.exit("with the plugin, pytrainer shows %d tabs, not its own %d and the plugin's 3"
                 % (all_tabs, own_tabs))
    plain, plugin, plain_cpu, plugin_cpu = [], [], [], []
    for _ in range(SAMPLES):
        wall, _, cpu = sample("plain", profile)
        plain.append(wall)
        plain_cpu.append(cpu)
        wall, _, cpu = sample("plugin", profile)
        plugin.append(wall)
        plugin_cpu.append(cpu)
    p, q = statistics.median(plain), statistics.median(plugin)
    pc, qc = statistics.median(plain_cpu), statistics.median(plugin_cpu)
    print("pytrainer start-up, 5 years of demo history, median of %d samples each" % SAMPLES)
    print("%-40s %8.0f ms  [%.0f … %.0f]" % ("plain pytrainer (baseline)", p, min(plain), max(plain)))
    print("%-40s %8.0f ms  [%.0f … %.0f]" % ("with Hypertrophy Running", q, min(plugin), max(plugin)))
    print("%-40s %8.2fx  (goal: at most %.2fx)" % ("ratio", q / p, GOAL))
    print("CPU time of the process (steadier on a shared machine): %.0f ms plain, %.0f ms "
          "with the plugin, %.2fx" % (pc, qc, qc / pc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
