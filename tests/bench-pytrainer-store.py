#!/usr/bin/python3
# bench-pytrainer-store.py — the pytrainer bridge over a 20-year pytrainer database
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# A benchmark, not a test: `meson test -C BUILD --benchmark --suite pytrainer -v`
# (or run it directly with HYR_BUILD_DIR and HYR_SOURCE_DIR set as in
# tests/meson.build). It prints how long the plugin's calls into pytrainer's
# database take, each the median of several runs, next to a baseline measured
# in the same run: pytrainer's own ORM loading every activity with its
# equipment. DESIGN.md gives the figures measured once on a 20-year database
# (ORM load about 0.5 s, column query about 70 ms); this measures them here.
#
# The database is a 20-year history (about 14 600 activities, 40 pairs of
# shoes) written by plugin/pytrainer/hyr_seed_demo.py through pytrainer's own
# Record.insertRecord, EquipmentService and Athlete, which takes a minute or
# two; it is kept under BUILD/tests/bench-pytrainer-store-cache/, named by a
# digest of the seeder's source and its options, and copied to a temp dir for
# each run (the last figure adds activities).
#
# Each line: the median wall-clock time, its ratio to the baseline, the
# range, the median CPU time of the process (steadier when other work shares
# the machine) and its ratio, and the peak RSS so far. The ORM baseline is
# measured last, so that the peak RSS of the other lines is their own.

import os
import time

# Every figure below depends on the zone only through date arithmetic; fix it
# so the cached database and the runs agree whatever the machine's zone is.
os.environ["TZ"] = "Europe/Berlin"
time.tzset()

import argparse  # noqa: E402
import cProfile  # noqa: E402
import datetime  # noqa: E402
import gc  # noqa: E402
import hashlib  # noqa: E402
import logging  # noqa: E402
import pstats  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import warnings  # noqa: E402

SRC = os.environ.get("HYR_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("HYR_BUILD_DIR")
sys.path.insert(0, os.path.join(SRC, "plugin", "pytrainer"))

import gi  # noqa: E402

# pytrainer's modules import Gtk and Gdk without pinning a version.
gi.require_version("Gtk", "3.0")
gi.require_version("Gdk", "3.0")
from gi.repository import GLib  # noqa: E402

import hyr_pytrainer_bridge as bridge  # noqa: E402
import hyr_seed_demo as seeder  # noqa: E402

# The history: 1040 weeks (20 years) up to a fixed day, so that reruns find
# the cached database and every run plans the same weeks.
TODAY = datetime.date(2026, 11, 24)           # a Tuesday
SEEDER_ARGS = ["--weeks", "1040", "--pairs", "40", "--commute-days", "3",
               "--seed", "20240917", "--today", TODAY.isoformat()]
YEARS = 20
PLAN_WEEKS = 16


def cache_version():
    """Names the cached database: the seeder's code and options, and the zone."""
    digest = hashlib.sha256()
    with open(seeder.__file__, "rb") as f:
        digest.update(f.read())
    digest.update(repr((SEEDER_ARGS, os.environ["TZ"])).encode())
    return "v1-" + digest.hexdigest()[:16]


def cached_profile():
    """The seeded 20-year profile, built on the first run."""
    build_tests = os.environ.get("G_TEST_BUILDDIR") or \
        (os.path.join(BUILD, "tests") if BUILD else tempfile.gettempdir())
    cache = os.path.join(build_tests, "bench-pytrainer-store-cache")
    version = cache_version()
    ready = os.path.join(cache, version, "profile")
    if os.path.isfile(os.path.join(ready, "pytrainer.ddbb")):
        print("database: cached in %s" % ready)
        return ready
    os.makedirs(cache, exist_ok=True)
    # Older versions are of no use once the seeder or its options changed.
    for entry in os.listdir(cache):
        if not entry.startswith(version):
            shutil.rmtree(os.path.join(cache, entry), ignore_errors=True)
    work = tempfile.mkdtemp(prefix=version + ".building-", dir=cache)
    print("database: seeding 20 years through pytrainer's API (once; cached in %s) ..."
          % os.path.join(cache, version), flush=True)
    t = time.perf_counter()
    seeded = subprocess.run([sys.executable, seeder.__file__, os.path.join(work, "profile")]
                            + SEEDER_ARGS, capture_output=True, text=True)
    if seeded.returncode != 0:
        sys.exit("seeding failed:\n" + seeded.stdout + seeded.stderr)
    print("database: seeded in %.0f s; the seeder's report:" % (time.perf_counter() - t))
    for line in seeded.stdout.splitlines():
        # Not the build directory's name, nor 40 lines of equipment.
        if not line.startswith(("seeded ", "equipment", "  #")):
            print("  | " + line)
    try:
        os.rename(work, os.path.join(cache, version))  # whole, or not at all
    except OSError:
        if not os.path.isfile(os.path.join(ready, "pytrainer.ddbb")):
            raise
        shutil.rmtree(work)                             # another run was faster
    return ready


class Host:
    """What pytrainer's Record uses of its main object (pyTrainer)."""

    def __init__(self, ddbb, profile):
        self.ddbb = ddbb
        self.profile = profile


class Figure:
    """Wall-clock times of several runs, in ms, and the process's CPU time
    in them: on a shared machine the CPU time is the steadier of the two."""

    def __init__(self, wall, cpu, result=None):
        self.wall, self.cpu, self.result = wall, cpu, result
        self.peak_rss = peak_rss_mib()

    @property
    def ms(self):
        return statistics.median(self.wall)


def measure(fn, runs, setup=None):
    """fn() timed over runs, after one run to warm caches (SQLite pages,
    SQLAlchemy's statement cache, GType classes); the last result is kept."""
    wall, cpu = [], []
    result = None
    for i in range(runs + 1):
        if setup is not None:
            setup()
        result = None
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        if i > 0:
            wall.append((time.perf_counter() - t) * 1000.0)
            cpu.append((time.process_time() - c) * 1000.0)
    return Figure(wall, cpu, result)


def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0   # KiB on Linux


class Report:
    """Lines kept until the baseline is known, then printed in order."""

    def __init__(self):
        self.lines = []

    def add(self, name, figure, note=""):
        self.lines.append((name, figure, note))

    def text(self, line):
        self.lines.append((line, None, None))

    def print(self, baseline):
        for name, figure, note in self.lines:
            if figure is None:
                print(name)
                continue
            cpu = statistics.median(figure.cpu)
            ratio = cpu_ratio = ""
            if figure is not baseline:
                ratio = " (%.2f × orm-baseline)" % (figure.ms / baseline.ms)
                cpu_ratio = " = %.2f ×" % (cpu / statistics.median(baseline.cpu))
            print("%s: %.1f ms%s  [median of %d: %.1f … %.1f ms; CPU %.1f ms%s; peak RSS %.0f MiB]%s"
                  % (name, figure.ms, ratio, len(figure.wall), min(figure.wall), max(figure.wall),
                     cpu, cpu_ratio, figure.peak_rss, ("  " + note) if note else ""))


def check(what, got, expected):
    if got != expected:
        sys.exit("bench-pytrainer-store: %s: %r, expected %r" % (what, got, expected))


def main():
    p = argparse.ArgumentParser(description="pytrainer bridge benchmark")
    p.add_argument("--runs", type=int, default=5, help="timed runs per figure (default 5)")
    p.add_argument("--profile", action="store_true",
                   help="also print where the bridge's query spends its time (cProfile)")
    args = p.parse_args()
    runs = max(1, args.runs)

    logging.getLogger().setLevel(logging.CRITICAL)
    warnings.filterwarnings("ignore", module="sqlalchemy")
    warnings.filterwarnings("ignore", message=".*cache_ok.*")

    bridge.setup_typelib_path(build_dir=BUILD)
    Hyr, HyrGtk = bridge.load_contract()
    if Hyr is None:
        sys.exit("bench-pytrainer-store: the Hyr-1.0 and HyrGtk-1.0 typelibs were not found in %s"
                 % BUILD)

    profile_dir = cached_profile()
    work = tempfile.mkdtemp(prefix="bench-pytrainer-store-")
    try:
        run_benchmarks(Hyr, HyrGtk, profile_dir, work, runs, args.profile)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def run_benchmarks(Hyr, HyrGtk, cached, work, runs, profile):
    from sqlalchemy import func
    from sqlalchemy.orm import selectinload
    from pytrainer.core.activity import Activity
    from pytrainer.core.equipment import Equipment, EquipmentService
    from pytrainer.core.sport import Sport, SportService
    from pytrainer.athlete import Athletestat
    from pytrainer.lib.ddbb import record_to_equipment
    from pytrainer.record import Record

    # A copy: the refresh figure adds activities.
    profile_dir = os.path.join(work, "profile")
    shutil.copytree(cached, profile_dir)
    opened = seeder.open_pytrainer(profile_dir)
    host = Host(opened.ddbb, opened.profile)
    session = host.ddbb.session
    n_activities, first_day = session.query(func.count(Activity.id), func.min(Activity.date)).one()
    n_links = session.query(func.count()).select_from(record_to_equipment).scalar()
    n_gear = session.query(func.count(Equipment.id)).scalar()
    print("history: %d activities from %s to %s, %d pairs of shoes, %d activity–shoe links"
          % (n_activities, first_day, TODAY, n_gear, n_links))
    rss_open = peak_rss_mib()

    Store, _workbench = bridge.make_contract_classes(Hyr, HyrGtk)
    data = bridge.PytrainerData(host.ddbb, host.profile)
    store = Store(data)
    # Wired as the bridge wires it, whatever its version: newer watchers
    # report the range of the activities a commit changed.
    if hasattr(bridge, "emit_change"):
        watcher = bridge.ChangeWatcher(session, lambda span: bridge.emit_change(store, span),
                                       (Activity, Equipment, Sport, Athletestat),
                                       activity_model=Activity)
    else:
        watcher = bridge.ChangeWatcher(session, lambda: store.emit("changed"),
                                       (Activity, Equipment, Sport, Athletestat))
    state = Hyr.State.new(os.path.join(work, "state.json"))
    zone = GLib.TimeZone.new_local()
    now = GLib.DateTime.new(zone, TODAY.year, TODAY.month, TODAY.day, 23, 59, 0)
    tomorrow = GLib.DateTime.new(zone, TODAY.year, TODAY.month, TODAY.day, 0, 0, 0).add_days(1)
    monday = tomorrow.add_days(-1 - TODAY.weekday())
    # The whole history, as the shoe rotation asks for it.
    everything = GLib.DateTime.new(zone, 1900, 1, 1, 0, 0, 0)
    report = Report()

    # (a) comes last, so that the peak memory of the bridge's own figures
    # can be told apart from that of pytrainer's ORM objects; the lines
    # are printed in order once it is known.
    print("measuring: every figure is the median of %d runs after one to warm up ..." % runs,
          flush=True)
    print()

    # (b) what the plugin calls: the C entry point, which calls the bridge's
    # do_query and checks and sorts what comes back.
    query = measure(lambda: store.query(everything, tomorrow), runs)
    check("activities from the bridge", len(query.result), n_activities)
    check("gear links from the bridge", sum(len(a.get_gear_ids()) for a in query.result), n_links)
    query.result = None
    gc.collect()
    report.add("query-20y", query)
    epoch = Store._epoch
    rows = measure(lambda: data.activities(epoch(everything), epoch(tomorrow)), runs)
    rows.result = None
    report.add("  of which rows (SQL + Python, no GObjects)", rows)

    if profile or query.ms > 100.0:
        report.text("  query-20y above 100 ms or --profile: cProfile of one query, by own time:")
        prof = cProfile.Profile()
        prof.enable()
        store.query(everything, tomorrow)
        prof.disable()
        stats = pstats.Stats(prof).stats
        for (filename, line, func_name), (_cc, nc, tt, ct, _callers) in \
                sorted(stats.items(), key=lambda kv: -kv[1][2])[:12]:
            report.text("    %8.1f ms own %8.1f ms cumulative %7d calls  %s:%d(%s)"
                        % (tt * 1000, ct * 1000, nc, os.path.basename(filename), line, func_name))
        gc.collect()

    # (c) the host's shoes
    gear = measure(store.list_gear, runs)
    check("pairs from list_gear", len(gear.result), n_gear)
    report.add("list-gear", gear)

    # (d) the shoe tracker's figures from scratch: a new rotation reads the
    # whole history and the gear, and works out every pair.
    def rotation_shoes():
        rotation = Hyr.ShoeRotation.new(store, state)
        rotation.set_reference_time(now)
        return rotation.list_shoes()
    shoes = measure(rotation_shoes, runs)
    check("pairs in the rotation", len(shoes.result), n_gear)
    worn = max(s.get_distance() for s in shoes.result)
    shoes.result = None
    report.add("shoe-rotation-list", shoes, "(most worn pair: %.0f km)" % (worn / 1000))
    drain()

    # (e) the planner: 16 weeks from this Monday, and the training load
    # over 20 years.
    def plan():
        planner = Hyr.Planner.new(store, state)
        planner.set_today(now)
        return planner.plan_range(monday, PLAN_WEEKS)
    plans = measure(plan, runs)
    check("weeks planned", len(plans.result), PLAN_WEEKS)
    plans.result = None
    report.add("planner-16w", plans, "(from %s)" % monday.format("%F"))
    # The planner page: one planner, one week planned per step the user
    # takes, back and forth over 16 weeks.
    stepper = Hyr.Planner.new(store, state)
    stepper.set_today(now)
    steps = [monday.add_weeks(w) for w in range(-8, 8)]

    def step_weeks():
        for week in steps:
            stepper.plan_week(week)
    stepping = measure(step_weeks, runs)
    report.add("planner-step-16-weeks", stepping, "(one planner, plan_week × %d)" % len(steps))
    del stepper
    load_from = tomorrow.add_years(-YEARS)
    load = measure(lambda: Hyr.training_load_compute(store, load_from, tomorrow), runs)
    days = load.result.get_n_days()
    check("days in the load series", days,
          (datetime.date.fromisoformat(tomorrow.format("%F"))
           - datetime.date.fromisoformat(load_from.format("%F"))).days)
    load.result = None
    report.add("training-load-20y", load, "(%d days)" % days)
    drain()

    # (f) one activity added through pytrainer's "New entry" path: pytrainer
    # commits, the bridge's watcher emits ::activities-changed (::changed
    # before the bridge knew ranges) from an idle, the rotation reads that
    # range (the whole history) again from its own idle and emits
    # ::changed once its figures are current. Timed from the insert to that
    # signal, with the main loop running as in pytrainer.
    rotation = Hyr.ShoeRotation.new(store, state)
    rotation.set_reference_time(now)
    rotation.list_shoes()
    drain()
    record = Record(SportService(host.ddbb), seeder.DEFAULT_DATA_PATH, host)
    shoe = EquipmentService(host.ddbb).get_active_equipment()[0]
    marks = {}
    loop = GLib.MainLoop()

    def mark():
        return time.perf_counter(), time.process_time()
    store.connect("changed", lambda _s: marks.setdefault("store", mark()))
    if hasattr(bridge, "emit_change"):
        store.connect("activities-changed",
                      lambda _s, _f, _t: marks.setdefault("store", mark()))

    def on_rotation_changed(_rotation):
        marks["rotation"] = mark()
        loop.quit()
    rotation.connect("changed", on_rotation_changed)
    added = [0]

    def add_one():
        marks.clear()
        added[0] += 1
        start = (datetime.datetime.combine(TODAY, datetime.time(5, 0))
                 + datetime.timedelta(minutes=added[0])).astimezone()
        t = mark()
        record.insertRecord({
            "rcd_date": TODAY.isoformat(), "rcd_sport": "Run", "rcd_title": "Early shakeout",
            "rcd_distance": "5.00", "rcd_time": [0, 30, 0], "rcd_beats": "135",
            "rcd_maxbeats": "", "rcd_average": "", "rcd_maxvel": "", "rcd_pace": "",
            "rcd_maxpace": "", "rcd_upositive": "20", "rcd_unegative": "20",
            "rcd_calories": "", "rcd_comments": "", "rcd_gpxfile": "",
            "date_time_local": str(start),
            "date_time_utc": start.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }, equipment=[shoe.id])
        marks["inserted"] = mark()
        timeout = GLib.timeout_add_seconds(120, loop.quit)
        loop.run()
        if "rotation" not in marks:
            sys.exit("bench-pytrainer-store: the rotation did not refresh after an insert")
        GLib.source_remove(timeout)
        return {k: ((v[0] - t[0]) * 1000.0, (v[1] - t[1]) * 1000.0) for k, v in marks.items()}

    timings = [add_one() for _ in range(runs + 1)][1:]
    report.add("refresh-after-insert",
               Figure([m["rotation"][0] for m in timings], [m["rotation"][1] for m in timings]),
               "(pytrainer's insert and commit %.1f ms, the store's ::changed at %.1f ms)"
               % (statistics.median(m["inserted"][0] for m in timings),
                  statistics.median(m["store"][0] for m in timings)))
    report.add("  of which the rotation's refresh",
               Figure([m["rotation"][0] - m["store"][0] for m in timings],
                      [m["rotation"][1] - m["store"][1] for m in timings]))
    check("pairs after the inserts", len(rotation.list_shoes()), n_gear)
    watcher.close()
    del rotation
    drain()
    rss_bridge = peak_rss_mib()

    # (a) pytrainer's own way to the same facts: every activity as an ORM
    # object, its equipment loaded with it (one more SELECT ... IN, the
    # loader SQLAlchemy recommends for collections). expunge_all() first, or
    # the identity map would hand back the objects of the run before.
    def orm_load():
        return session.query(Activity).options(selectinload(Activity.equipment)).all()
    baseline = measure(orm_load, runs, setup=session.expunge_all)
    n_orm = len(baseline.result)
    n_orm_links = sum(len(a.equipment) for a in baseline.result)
    check("ORM activities", n_orm, n_activities + added[0])
    check("ORM equipment links", n_orm_links, n_links + added[0])
    baseline.result = None
    session.expunge_all()
    report.lines.insert(0, ("orm-baseline", baseline,
                            "pytrainer ORM: every activity with its equipment"))
    rss_orm = peak_rss_mib()

    report.print(baseline)
    print()
    print("peak RSS: %.0f MiB with pytrainer's database open, %.0f MiB after the bridge's "
          "and engine's figures, %.0f MiB after the ORM baseline"
          % (rss_open, rss_bridge, rss_orm))


def drain():
    """Run what is pending on the main context (the engine's idle refreshes)
    so that one figure's leftovers do not land in the next."""
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)
    gc.collect()


if __name__ == "__main__":
    sys.exit(main())
