#!/usr/bin/python3
# test-pytrainer-store.py — the pytrainer bridge's activity store over a real pytrainer database
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# A throwaway pytrainer profile is seeded by plugin/pytrainer/hyr_seed_demo.py
# (16 weeks up to 2026-11-24) and then given edge cases, all written through
# pytrainer's own API the way its dialogs write them: Record.insertRecord /
# updateRecord, ActivityService, EquipmentService, Athlete. The bridge's
# HyrActivityStore is read both directly (its Python do_query, to see what
# the bridge itself answers) and through the C entry points the plugin calls
# (which drop out-of-range entries and sort, and so could hide mistakes).
#
# The local time zone is Europe/Berlin (set below, before anything reads it):
# CET is UTC+1, CEST is UTC+2; in 2026 summer time starts on Sunday 29 March
# at 01:00 UTC (02:00 CET becomes 03:00 CEST) and ends on Sunday 25 October at
# 01:00 UTC (03:00 CEST becomes 02:00 CET), so 29 March has 23 hours and
# 25 October has 25. Expected instants below are worked out by hand from that.

import os
import time

os.environ["TZ"] = "Europe/Berlin"
time.tzset()

import datetime  # noqa: E402
import logging  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import unittest  # noqa: E402
import warnings  # noqa: E402

import hyr_tap  # noqa: E402

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

bridge.setup_typelib_path(build_dir=BUILD)
Hyr, HyrGtk = bridge.load_contract()

TODAY = datetime.date(2026, 11, 24)
SEED = 20240917
BERLIN = GLib.TimeZone.new_local()
DAY = 24 * 3600


def local(y, mo, d, h=0, mi=0, s=0):
    return GLib.DateTime.new(BERLIN, y, mo, d, h, mi, s)


def utc_text(dt):
    return dt.to_utc().format("%F %T")


def epoch(dt):
    return dt.to_unix() + dt.get_microsecond() / 1e6


class Host:
    """What pytrainer's Record, Athlete and ActivityService use of its main
    object (``pytrainer.main.pyTrainer``)."""

    def __init__(self, ddbb, profile):
        from pytrainer.core.activity import ActivityService
        self.ddbb = ddbb
        self.profile = profile
        self.activitypool = ActivityService(self, size=10)

    def refreshListView(self):
        """Record.updateRecord refreshes the main window's list; no window here."""


class PytrainerStore(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if Hyr is None:
            raise RuntimeError("the Hyr-1.0 and HyrGtk-1.0 typelibs were not found in %s" % BUILD)
        logging.getLogger().setLevel(logging.CRITICAL)
        warnings.filterwarnings("ignore", module="sqlalchemy")
        warnings.filterwarnings("ignore", message=".*cache_ok.*")

        from pytrainer.core.activity import Activity
        from pytrainer.core.equipment import Equipment, EquipmentService
        from pytrainer.core.sport import Sport, SportService
        from pytrainer.athlete import Athlete, Athletestat
        from pytrainer.record import Record
        cls.Activity, cls.Equipment, cls.Sport, cls.Athletestat = Activity, Equipment, Sport, Athletestat

        cls.profile_dir = os.path.join(tempfile.mkdtemp(prefix="pytrainer-store-"), "profile")
        now = datetime.datetime.combine(TODAY, datetime.time(23, 59)).astimezone()
        seeded = seeder.seed(seeder.check_target(cls.profile_dir), 16, SEED, TODAY, now)
        cls.host = Host(seeded.ddbb, seeded.profile)
        cls.session = cls.host.ddbb.session
        cls.equipment = EquipmentService(cls.host.ddbb)
        cls.sports = SportService(cls.host.ddbb)
        cls.record = Record(cls.sports, seeder.DEFAULT_DATA_PATH, cls.host)
        cls.athlete = Athlete(seeder.DEFAULT_DATA_PATH, cls.host)

        # The store and its change watcher, wired as Bridge.__init__ does.
        Store, _Workbench = bridge.make_contract_classes(Hyr, HyrGtk)
        cls.store = Store(bridge.PytrainerData(cls.host.ddbb, cls.host.profile))
        cls.watcher = bridge.ChangeWatcher(cls.session,
                                           lambda span: bridge.emit_change(cls.store, span),
                                           (Activity, Equipment, Sport, Athletestat),
                                           activity_model=Activity)
        cls.fired = 0
        cls.kinds = []          # the signals of the last pump(), in order
        cls.heard = []

        def on_changed(_store):
            cls.fired += 1
            cls.heard.append(("changed", None))

        def on_activities_changed(_store, from_, to):
            cls.fired += 1
            cls.heard.append(("activities-changed", (epoch(from_), epoch(to))))
        cls.store.connect("changed", on_changed)
        cls.store.connect("activities-changed", on_activities_changed)

        cls.shoe1 = cls.equipment.get_all_equipment()[0]
        cls.retired = cls.equipment.store_equipment(Equipment(
            description="Old trail shoes (retired)", life_expectancy=600, prior_usage=120,
            active=False, notes="test"))
        cls.borrowed = cls.equipment.store_equipment(Equipment(
            description="Borrowed racing flats", life_expectancy=400, prior_usage=0,
            active=True, notes="test"))

        e = cls.edge = {}
        # Typed into pytrainer's "New Entry" dialog in Berlin.
        e["late"] = cls.gui_entry("2026-11-20", "23:59:59", km="5.0", hr="140", ascent="55",
                                  equipment=[cls.shoe1.id, cls.borrowed.id])
        e["midnight"] = cls.gui_entry("2026-11-21", "00:00:00", title="Treadmill, no watch")
        e["dst-gui"] = cls.gui_entry("2026-10-25", "02:45:00", km="6.0")
        e["dst-evening"] = cls.gui_entry("2026-10-25", "23:30:00", km="4.0")
        e["spring-before"] = cls.gui_entry("2026-03-29", "01:59:00", km="3.0")
        e["spring-after"] = cls.gui_entry("2026-03-29", "03:00:00", km="3.0")
        e["spring-next-midnight"] = cls.gui_entry("2026-03-30", "00:00:00", km="3.0")
        e["bike"] = cls.gui_entry("2026-11-18", "12:00:00", sport="Bike", km="20.0",
                                  equipment=[cls.retired.id])
        # Imported (GPX files, a GPS device, older pytrainer versions): start
        # strings in other forms and offsets, ``date`` the local day there.
        e["dst-first"] = cls.imported("2026-10-25", "2026-10-25 02:30:00+02:00",
                                      "2026-10-25T00:30:00Z", km="7.0")
        e["dst-second"] = cls.imported("2026-10-25", "2026-10-25 02:30:00+01:00",
                                       "2026-10-25T01:30:00Z", km="7.0")
        e["tokyo"] = cls.imported("2026-11-10", "2026-11-10 07:00:00+09:00",
                                  "2026-11-09T22:00:00Z", km="8.0", equipment=[cls.retired.id])
        e["los-angeles"] = cls.imported("2026-11-12", "2026-11-12 18:00:00-08:00",
                                        "2026-11-13T02:00:00Z", km="12.0",
                                        equipment=[cls.borrowed.id])
        e["utc-only"] = cls.imported("2026-11-14", "", "2026-11-14T06:00:00Z", km="9.0")
        e["device"] = cls.imported("2026-11-15", "2026-11-15T05:00:00Z",
                                   "2026-11-15T05:00:00Z", km="9.0")
        e["naive"] = cls.imported("2026-11-16", "2026-11-16 06:30:00",
                                  "2026-11-16T05:30:00Z", km="9.0")
        cls.pump()

    @classmethod
    def tearDownClass(cls):
        cls.watcher.close()

    # -- writing the way pytrainer does ------------------------------------

    @staticmethod
    def options(day, title, sport, km, hr, ascent, minutes, local_text, utc):
        """The dict pytrainer's WindowRecord.on_accept_clicked hands to
        Record.insertRecord/updateRecord (strings as typed)."""
        return {
            "rcd_date": day, "rcd_sport": sport, "rcd_distance": km, "rcd_beats": hr,
            "rcd_average": "", "rcd_calories": "", "rcd_title": title, "rcd_gpxfile": "",
            "rcd_upositive": ascent, "rcd_unegative": ascent, "rcd_maxbeats": "",
            "rcd_pace": "", "rcd_maxpace": "", "rcd_maxvel": "",
            "rcd_time": [minutes // 60, minutes % 60, 0], "rcd_comments": "",
            "date_time_local": local_text, "date_time_utc": utc,
        }

    @staticmethod
    def gui_start(day, start_time):
        """The dialog's own conversion of its Date and Start Time entries."""
        import dateutil.parser
        from dateutil.tz import tzutc
        from pytrainer.lib.date import getLocalTZ
        date = dateutil.parser.parse(day + " " + start_time + " " + getLocalTZ())
        return str(date), date.astimezone(tzutc()).strftime("%Y-%m-%dT%H:%M:%SZ")

    @classmethod
    def gui_entry(cls, day, start_time, title=None, sport="Run", km="", hr="", ascent="",
                  minutes=30, equipment=None):
        local_text, utc = cls.gui_start(day, start_time)
        return cls.record.insertRecord(
            cls.options(day, title or "%s %s" % (day, start_time), sport, km, hr, ascent,
                        minutes, local_text, utc),
            equipment=equipment)

    @classmethod
    def imported(cls, day, local_text, utc, km="", equipment=None):
        return cls.record.insertRecord(
            cls.options(day, "imported %s" % (local_text or utc), "Run", km, "150", "", 40,
                        local_text, utc),
            equipment=equipment)

    # -- reading ----------------------------------------------------------

    @classmethod
    def pump(cls):
        """Runs the main loop until idle; returns how many ``changed`` or
        ``activities-changed`` came, and keeps them in ``kinds`` and
        ``spans`` (the ranges of ``activities-changed``, None for
        ``changed``)."""
        ctx = GLib.MainContext.default()
        while ctx.pending():
            ctx.iteration(False)
        n, cls.fired = cls.fired, 0
        cls.kinds = [kind for kind, _span in cls.heard]
        cls.spans = [span for _kind, span in cls.heard]
        cls.heard = []
        return n

    def query(self, from_, to):
        """The plugin's view (C entry point) after checking that the bridge's
        own answer is already exactly it: in range, sorted, no duplicates."""
        raw = self.store.do_query(from_, to)
        lo, hi = epoch(from_), epoch(to)
        for a in raw:
            s = epoch(a.props.start)
            self.assertTrue(lo <= s < hi, "%s starts at %s, outside [%s, %s)"
                            % (a.props.title, a.props.start.format("%F %T %z"),
                               from_.format("%F %T %z"), to.format("%F %T %z")))
        starts = [epoch(a.props.start) for a in raw]
        self.assertEqual(starts, sorted(starts))
        ids = [a.props.id for a in raw]
        self.assertEqual(len(ids), len(set(ids)))
        wrapped = Hyr.ActivityStore.query(self.store, from_, to)
        self.assertEqual([a.get_id() for a in wrapped], ids)
        return wrapped

    def everything(self):
        return self.query(local(1990, 1, 1), local(2100, 1, 1))

    def by_id(self, record_id):
        found = [a for a in self.everything() if a.get_id() == str(record_id)]
        self.assertEqual(len(found), 1, record_id)
        return found[0]

    def ids(self, activities):
        return [int(a.get_id()) for a in activities]

    def pytrainer_instant(self, record_id):
        """pytrainer's own reading of a record's start (Activity.date_time)."""
        self.session.expire_all()
        return self.session.query(self.Activity).get(record_id).date_time.timestamp()

    # -- range queries --------------------------------------------------------

    def test_every_start_is_pytrainers(self):
        records = self.session.query(self.Activity).all()
        got = {int(a.get_id()): a for a in self.everything()}
        self.assertEqual(sorted(got), sorted(r.id for r in records))
        for r in records:
            start = got[r.id].get_start()
            self.assertEqual(epoch(start), r.date_time.timestamp(), r.title)
            # given in the local zone, whatever offset pytrainer stored
            offset = datetime.datetime.fromtimestamp(epoch(start)).astimezone().utcoffset()
            self.assertEqual(start.get_utc_offset(), offset.total_seconds() * 10**6, r.title)
            # the links pytrainer's own relationship loads
            self.assertEqual(sorted(got[r.id].get_gear_ids()), sorted(str(e.id) for e in r.equipment))

    def test_known_starts(self):
        # (record, start in UTC, offset in Berlin at that instant), by hand
        expected = {
            "late": ("2026-11-20 22:59:59", 1),          # 23:59:59 CET
            "midnight": ("2026-11-20 23:00:00", 1),      # 00:00 CET
            "spring-before": ("2026-03-29 00:59:00", 1),  # 01:59 CET
            "spring-after": ("2026-03-29 01:00:00", 2),   # 03:00 CEST, a minute later
            "spring-next-midnight": ("2026-03-29 22:00:00", 2),
            "dst-first": ("2026-10-25 00:30:00", 2),      # the first 02:30, CEST
            "dst-second": ("2026-10-25 01:30:00", 1),     # the second 02:30, CET
            "dst-evening": ("2026-10-25 22:30:00", 1),
            "bike": ("2026-11-18 11:00:00", 1),
            "tokyo": ("2026-11-09 22:00:00", 1),          # 07:00 JST = 23:00 CET the day before
            "los-angeles": ("2026-11-13 02:00:00", 1),    # 18:00 PST = 03:00 CET the day after
            "utc-only": ("2026-11-14 06:00:00", 1),
            "device": ("2026-11-15 05:00:00", 1),
            "naive": ("2026-11-16 05:30:00", 1),          # no offset: local time, 06:30 CET
        }
        for key, (utc, hours) in expected.items():
            start = self.by_id(self.edge[key]).get_start()
            self.assertEqual(utc_text(start), utc, key)
            self.assertEqual(start.get_utc_offset(), hours * 3600 * 10**6, key)

    def test_each_local_day_holds_its_activities(self):
        """Day by day over the whole history (both DST changes included), the
        store's days partition pytrainer's records by their local start day;
        records entered in this zone fall on pytrainer's own ``date``."""
        from dateutil.tz import tzlocal
        records = {r.id: r for r in self.session.query(self.Activity).all()}
        foreign = {self.edge["tokyo"], self.edge["los-angeles"]}
        seen = {}
        day = datetime.date(2026, 3, 27)
        while day <= datetime.date(2026, 11, 28):
            d0 = local(day.year, day.month, day.day)
            for rid in self.ids(self.query(d0, d0.add_days(1))):
                self.assertNotIn(rid, seen, "record %d on two days" % rid)
                seen[rid] = day
            day += datetime.timedelta(days=1)
        self.assertEqual(sorted(seen), sorted(records))
        for rid, r in records.items():
            self.assertEqual(seen[rid], r.date_time.astimezone(tzlocal()).date(), r.title)
            if rid not in foreign:
                self.assertEqual(seen[rid], r.date, r.title)

    def test_days_with_a_dst_change(self):
        autumn = local(2026, 10, 25)
        self.assertEqual(autumn.add_days(1).difference(autumn), 25 * 3600 * 10**6)
        ids = self.ids(self.query(autumn, autumn.add_days(1)))
        for key in ("dst-first", "dst-gui", "dst-second", "dst-evening"):
            self.assertIn(self.edge[key], ids, key)
        # both 02:30s, an hour apart, in order
        first, second = self.by_id(self.edge["dst-first"]), self.by_id(self.edge["dst-second"])
        self.assertEqual(second.get_start().difference(first.get_start()), 3600 * 10**6)
        self.assertLess(ids.index(self.edge["dst-first"]), ids.index(self.edge["dst-second"]))
        self.assertEqual(self.ids(self.query(autumn.add_days(1), autumn.add_days(2))),
                         [a.id for a in self.session.query(self.Activity).filter(
                             self.Activity.date == datetime.date(2026, 10, 26))
                          .order_by(self.Activity.date_time_utc)])

        spring = local(2026, 3, 29)
        self.assertEqual(spring.add_days(1).difference(spring), 23 * 3600 * 10**6)
        ids = self.ids(self.query(spring, spring.add_days(1)))
        self.assertEqual(ids, [self.edge["spring-before"], self.edge["spring-after"]])
        before = self.by_id(self.edge["spring-before"]).get_start()
        after = self.by_id(self.edge["spring-after"]).get_start()
        # 01:59 CET and 03:00 CEST are one minute apart
        self.assertEqual(after.difference(before), 60 * 10**6)
        self.assertEqual(self.ids(self.query(before, after)), [self.edge["spring-before"]])
        self.assertEqual(self.ids(self.query(spring.add_days(1), spring.add_days(2))),
                         [self.edge["spring-next-midnight"]])

    def test_travel_days_follow_the_local_zone(self):
        # pytrainer's ``date`` says 10 and 12 November (the day where the
        # run was); in Berlin they started on the 9th and the 13th.
        for key, (y, m, d) in (("tokyo", (2026, 11, 9)), ("los-angeles", (2026, 11, 13))):
            day = local(y, m, d)
            self.assertIn(self.edge[key], self.ids(self.query(day, day.add_days(1))), key)
            self.assertNotIn(self.edge[key], self.ids(self.query(day.add_days(-1), day)), key)
            self.assertNotIn(self.edge[key], self.ids(self.query(day.add_days(1), day.add_days(2))), key)

    def test_half_open_ranges(self):
        midnight = local(2026, 11, 21)
        late, first = self.edge["late"], self.edge["midnight"]
        self.assertIn(late, self.ids(self.query(midnight.add_days(-1), midnight)))
        self.assertNotIn(first, self.ids(self.query(midnight.add_days(-1), midnight)))
        self.assertEqual(self.ids(self.query(midnight, midnight.add_seconds(1))), [first])
        self.assertEqual(self.ids(self.query(midnight.add_seconds(-1), midnight)), [late])
        self.assertEqual(self.query(midnight, midnight), [])
        # a microsecond after a start no longer holds it
        self.assertEqual(self.ids(self.query(midnight.add(1), midnight.add_seconds(60))), [])
        # adjacent ranges split the week without loss or overlap
        week = midnight.add_days(-3)
        whole = self.ids(self.query(week, week.add_days(7)))
        parts = (self.ids(self.query(week, midnight)) +
                 self.ids(self.query(midnight, week.add_days(7))))
        self.assertEqual(parts, whole)
        for a in self.everything()[::7]:
            s = a.get_start()
            self.assertEqual(self.ids(self.query(s, s.add_seconds(1))), [int(a.get_id())])
            self.assertNotIn(int(a.get_id()), self.ids(self.query(s.add_seconds(-3600), s)))

    def test_a_range_query_is_one_sql_statement(self):
        from sqlalchemy import event
        statements = []

        def count(*_args):
            statements.append(1)
        engine = self.session.get_bind()
        event.listen(engine, "before_cursor_execute", count)
        try:
            found = self.everything()
        finally:
            event.remove(engine, "before_cursor_execute", count)
        self.assertGreater(len(found), 130)
        # everything() queries once through do_query and once through the
        # C entry point: two statements for two queries
        self.assertEqual(len(statements), 2)

    # -- values ---------------------------------------------------------

    def test_values_in_contract_units(self):
        late = self.by_id(self.edge["late"])
        self.assertEqual(late.get_sport(), "Run")
        self.assertEqual(late.get_distance(), 5000.0)      # 5.0 km
        self.assertEqual(late.get_duration(), 1800.0)      # 0:30:00
        self.assertEqual(late.get_ascent(), 55.0)
        self.assertEqual(late.get_avg_heart_rate(), 140.0)
        self.assertEqual(late.get_title(), "2026-11-20 23:59:59")
        self.assertEqual(sorted(late.get_gear_ids()),
                         sorted([str(self.shoe1.id), str(self.borrowed.id)]))
        bike = self.by_id(self.edge["bike"])
        self.assertEqual((bike.get_sport(), bike.get_distance()), ("Bike", 20000.0))

    def test_activities_without_distance_or_heart_rate(self):
        bare = self.by_id(self.edge["midnight"])
        self.assertEqual(bare.get_title(), "Treadmill, no watch")
        self.assertEqual((bare.get_distance(), bare.get_avg_heart_rate(), bare.get_ascent()),
                         (0.0, 0.0, 0.0))
        self.assertEqual(bare.get_duration(), 1800.0)
        self.assertEqual(list(bare.get_gear_ids()), [])
        everything = self.everything()
        gym = [a for a in everything if a.get_sport() == "Gym"]
        self.assertGreater(len(gym), 30)
        for a in gym:
            self.assertEqual(a.get_distance(), 0.0)
            self.assertGreater(a.get_avg_heart_rate(), 0)
        # the seeder's run with a flat HR strap, and its run without a shoe
        edge = {str(i) for i in self.edge.values()}
        seeded_runs = [a for a in everything if a.get_sport() == "Run" and a.get_id() not in edge
                       and a.get_distance() > 0]
        no_hr = [a for a in seeded_runs if a.get_avg_heart_rate() == 0]
        self.assertEqual(len(no_hr), 1)
        comments = {r.id: r.comments for r in self.session.query(self.Activity)}
        self.assertEqual(comments[int(no_hr[0].get_id())], "HR strap battery was flat.")
        self.assertEqual(len([a for a in seeded_runs if not list(a.get_gear_ids())]), 1)

    def test_a_record_that_is_not_utf8_takes_no_other_with_it(self):
        # Issue 14: one activity whose title is not UTF-8 (SQLite stores the
        # bytes it was given, as an older import tool did) made the driver
        # raise OperationalError for the whole statement, and the plugin got
        # no activities at all. The record is read, its text repaired, and
        # the repair noted; every other record still comes.
        from sqlalchemy import text
        before = self.ids(self.everything())
        rid = self.gui_entry("2026-11-22", "09:00:00", km="7.0", title="bad title")
        self.pump()
        try:
            self.session.execute(text("UPDATE records SET title = CAST(X'4D6F726E696E67FF2072756E' AS TEXT), "
                             "date_time_local = CAST(X'32303236FF' AS TEXT) "
                             "WHERE id_record = :rid"), {"rid": rid})
            self.session.commit()
            self.pump()
            data = self.store._data
            found = self.everything()
            self.assertEqual(sorted(self.ids(found)), sorted(before + [rid]))
            bad = [a for a in found if a.get_id() == str(rid)][0]
            self.assertEqual(bad.get_title(), "Morning\ufffd run")
            self.assertEqual(bad.get_distance(), 7000.0)
            self.assertEqual(data.repaired, [rid])
            self.assertEqual(data.skipped, [])
        finally:
            # pytrainer's own objects cannot load the bad bytes either.
            self.session.execute(text("UPDATE records SET title = 'bad title', date_time_local = NULL "
                             "WHERE id_record = :rid"), {"rid": rid})
            self.session.commit()
            self.host.activitypool.remove_activity_from_db(self.session.query(self.Activity).get(rid))
            self.pump()
        self.assertEqual(sorted(self.ids(self.everything())), sorted(before))

    def test_a_record_that_cannot_be_read_is_skipped(self):
        # Should reading in one statement fail all the same (another
        # database, another driver error), the records are read one by one
        # and only the one that fails is left out, and counted.
        data = self.store._data
        everything = self.ids(self.everything())
        victim = everything[len(everything) // 2]
        real = data._activity_query

        def failing(*criteria):
            query = real(*criteria)
            if len(criteria) == 2 or str(criteria[0].right.value) == str(victim):
                raise RuntimeError("the driver gave up")
            return query
        data._activity_query = failing
        try:
            found = self.ids(self.everything())
        finally:
            del data._activity_query
        self.assertEqual(sorted(found), sorted(i for i in everything if i != victim))
        self.assertEqual(data.skipped, [victim])

    # -- equipment ------------------------------------------------------

    def gear(self):
        return {g.get_id(): g for g in Hyr.ActivityStore.list_gear(self.store)}

    def test_gear_is_pytrainers_equipment(self):
        self.session.expire_all()
        gear = self.gear()
        items = self.equipment.get_all_equipment()
        self.assertEqual(sorted(gear), sorted(str(e.id) for e in items))
        for e in items:
            g = gear[str(e.id)]
            self.assertEqual(g.get_name(), e.description)
            self.assertEqual(g.get_prior_distance(), e.prior_usage * 1000.0)
            self.assertEqual(g.get_retire_distance(), e.life_expectancy * 1000.0)
            self.assertEqual(g.get_active(), bool(e.active))

    def test_inactive_equipment(self):
        g = self.gear()[str(self.retired.id)]
        self.assertFalse(g.get_active())
        self.assertEqual(g.get_prior_distance(), 120000.0)
        self.assertEqual(g.get_retire_distance(), 600000.0)
        shoe = self.rotation().get_shoe(str(self.retired.id))
        self.assertIsNotNone(shoe)
        self.assertFalse(shoe.get_active())
        # 120 km before tracking + 8 km in Tokyo + 20 km on the bike
        self.assertAlmostEqual(shoe.get_distance(), 148000.0, places=6)
        self.assertAlmostEqual(self.equipment.get_equipment_usage(self.retired), 148.0, places=9)

    def test_deleted_equipment_drops_its_links(self):
        from pytrainer.core.equipment import Equipment
        self.pump()
        spare = self.equipment.store_equipment(Equipment(
            description="Spare pair, given away", life_expectancy=500, prior_usage=10, active=True))
        self.assertEqual(self.pump(), 1)
        local_text, utc = self.gui_start("2026-11-19", "18:00:00")
        rid = self.record.insertRecord(self.options(
            "2026-11-19", "run in the spare pair", "Run", "6.5", "150", "", 35, local_text, utc),
            equipment=[spare.id, self.shoe1.id])
        self.assertEqual(self.pump(), 1)
        self.assertIn(str(spare.id), self.gear())
        self.assertEqual(sorted(self.by_id(rid).get_gear_ids()), sorted([str(spare.id), str(self.shoe1.id)]))

        self.equipment.remove_equipment(spare)
        self.assertEqual(self.pump(), 1)
        self.assertNotIn(str(spare.id), self.gear())
        self.assertEqual(list(self.by_id(rid).get_gear_ids()), [str(self.shoe1.id)])
        for a in self.everything():
            self.assertNotIn(str(spare.id), list(a.get_gear_ids()))
        self.assertIsNone(self.rotation().get_shoe(str(spare.id)))

    def test_link_to_missing_equipment_is_dropped(self):
        # A link row whose equipment is gone (SQLite enforces no foreign
        # keys; older pytrainer versions and hand edits leave such rows).
        from pytrainer.lib.ddbb import record_to_equipment
        rid = self.edge["utc-only"]
        self.session.execute(record_to_equipment.insert().values(record_id=rid, equipment_id=9999))
        self.session.commit()
        self.pump()
        self.assertEqual(list(self.by_id(rid).get_gear_ids()), [])

    # -- shoe distance = pytrainer's equipment usage --------------------------

    def rotation(self):
        state = Hyr.State.new(os.path.join(tempfile.mkdtemp(prefix="hyr-state-"), "state.json"))
        rotation = Hyr.ShoeRotation.new(self.store, state)
        # After the whole history (the seeded days run to 24 November
        # 23:59), so that every linked activity counts.
        rotation.set_reference_time(local(2027, 6, 1))
        return rotation

    def assert_shoes_match_pytrainer(self, rotation):
        self.session.expire_all()
        shoes = {s.get_gear_id(): s for s in rotation.list_shoes() if s.get_from_host()}
        items = self.equipment.get_all_equipment()
        self.assertEqual(sorted(shoes), sorted(str(e.id) for e in items))
        for e in items:
            shoe = shoes[str(e.id)]
            # EquipmentService.get_equipment_usage: linked km + prior usage
            # once (pytrainer's Preferences list adds prior usage a second
            # time; see NOTES-pytrainer.md)
            usage = self.equipment.get_equipment_usage(e)
            self.assertAlmostEqual(shoe.get_distance() / 1000.0, usage, places=6, msg=e.description)
            self.assertEqual(shoe.get_prior_distance(), e.prior_usage * 1000.0, e.description)
            self.assertEqual(shoe.get_active(), bool(e.active), e.description)
        return shoes

    def test_shoe_distance_equals_pytrainer_usage_for_every_pair(self):
        rotation = self.rotation()
        before = self.assert_shoes_match_pytrainer(rotation)
        self.assertGreaterEqual(len(before), 5)
        # the near-retirement pair of the seeded history carries prior usage
        self.assertTrue(any(s.get_prior_distance() > 0 and s.get_active() for s in before.values()))

        # A run added through pytrainer's dialog code: the rotation follows
        # the store's "changed" and the pair gains exactly its 11.37 km.
        pair = self.equipment.get_all_equipment()[1]
        old = before[str(pair.id)].get_distance()
        self.pump()
        local_text, utc = self.gui_start("2026-11-22", "10:15:00")
        self.record.insertRecord(self.options("2026-11-22", "added run", "Run", "11.37", "147",
                                              "40", 61, local_text, utc), equipment=[pair.id])
        self.assertEqual(self.pump(), 1)
        after = self.assert_shoes_match_pytrainer(rotation)
        self.assertAlmostEqual(after[str(pair.id)].get_distance() - old, 11370.0, places=6)

    # -- body mass ------------------------------------------------------

    def mass(self, when):
        return Hyr.ActivityStore.get_body_mass(self.store, when)

    def test_body_mass_latest_at_or_before(self):
        self.pump()
        # Typed in pytrainer's Athlete tab (strings; empty fields are None).
        self.athlete.insert_athlete_stats("2026-12-07", "74.6", "13.8", "47", "189")
        self.athlete.insert_athlete_stats("2026-12-07", "74.8", None, None, None)  # corrected
        self.athlete.insert_athlete_stats("2026-12-14", None, "13.7", "46", None)   # no weight
        self.athlete.insert_athlete_stats("2026-12-28", "75.1", None, None, None)
        self.assertEqual(self.pump(), 1)

        seeded = sorted((s.date, s.weight) for s in self.session.query(self.Athletestat)
                        if s.date < datetime.date(2026, 12, 1))
        last_day, last_weight = seeded[-1]
        self.assertEqual(self.mass(local(2026, 12, 6, 23, 59, 59)), last_weight)
        self.assertEqual(self.mass(local(2026, 12, 7)), 74.8)
        # 23:30 UTC on the 6th is 00:30 CET on the 7th
        self.assertEqual(self.mass(GLib.DateTime.new_utc(2026, 12, 6, 23, 30, 0)), 74.8)
        self.assertEqual(self.mass(local(2026, 12, 20, 12)), 74.8)
        self.assertEqual(self.mass(local(2026, 12, 28, 8)), 75.1)
        # every seeded weigh-in is the answer from its day until the next one
        for (day, weight), nxt in zip(seeded, seeded[1:] + [(datetime.date(2026, 12, 7), None)]):
            self.assertEqual(self.mass(local(day.year, day.month, day.day)), weight, day)
            eve = nxt[0] - datetime.timedelta(days=1)
            self.assertEqual(self.mass(local(eve.year, eve.month, eve.day, 23, 59, 59)), weight, eve)
        # before the first weigh-in: the weight in pytrainer's profile (73 kg)
        first = seeded[0][0] - datetime.timedelta(days=1)
        self.assertEqual(self.mass(local(first.year, first.month, first.day, 12)), 73.0)

    # -- change notifications -------------------------------------------

    def test_changed_once_per_commit(self):
        self.pump()
        rid = self.gui_entry("2026-11-23", "19:00:00", km="4.0", title="change test")
        self.assertEqual(self.pump(), 1, "insert")
        self.assertEqual(self.kinds, ["activities-changed"])
        inserted = epoch(self.by_id(rid).get_start())
        lo, hi = self.spans[0]
        self.assertTrue(lo <= inserted < hi)
        self.assertLessEqual(hi - lo, 3 * 86400)
        self.assertEqual(self.by_id(rid).get_distance(), 4000.0)

        local_text, utc = self.gui_start("2026-11-23", "19:30:00")
        self.record.updateRecord(self.options("2026-11-23", "change test, edited", "Run", "4.5",
                                              "", "", 25, local_text, utc), rid)
        self.assertEqual(self.pump(), 1, "edit")
        self.assertEqual(self.kinds, ["activities-changed"])
        lo, hi = self.spans[0]
        self.assertTrue(lo <= inserted < hi)                       # the old start
        self.assertTrue(lo <= epoch(self.by_id(rid).get_start()) < hi)   # the new one
        self.assertEqual(self.by_id(rid).get_distance(), 4500.0)

        self.host.activitypool.remove_activity_from_db(self.host.activitypool.get_activity(rid))
        self.assertEqual(self.pump(), 1, "delete")
        self.assertEqual(self.kinds, ["activities-changed"])
        self.assertNotIn(str(rid), [a.get_id() for a in self.everything()])

        item = self.equipment.get_equipment_item(self.borrowed.id)
        item.notes = "edited in Preferences"
        item.life_expectancy = "450"            # the dialog assigns strings
        self.equipment.store_equipment(item)
        self.assertEqual(self.pump(), 1, "equipment edit")
        self.assertEqual(self.kinds, ["changed"])
        self.assertEqual(self.gear()[str(self.borrowed.id)].get_retire_distance(), 450000.0)

        self.athlete.insert_athlete_stats("2027-01-04", "75.0", None, None, None)
        self.assertEqual(self.pump(), 1, "athlete insert")
        self.assertEqual(self.kinds, ["changed"])
        stat = self.session.query(self.Athletestat).filter(
            self.Athletestat.date == datetime.date(2027, 1, 4)).one()
        self.athlete.update_athlete_stats(stat.id_athletestat, "2027-01-04", "75.2", None, None, None)
        self.assertEqual(self.pump(), 1, "athlete edit")
        self.assertEqual(self.mass(local(2027, 1, 5)), 75.2)
        self.athlete.delete_record(stat.id_athletestat)   # a bulk query(...).delete()
        self.assertEqual(self.pump(), 1, "athlete delete")
        self.assertEqual(self.kinds, ["changed"])
        self.assertNotEqual(self.mass(local(2027, 1, 5)), 75.2)

        gym = self.sports.get_sport_by_name("Gym")
        gym.met = 5.5
        self.sports.store_sport(gym)
        self.assertEqual(self.pump(), 1, "sport edit")
        self.assertEqual(self.kinds, ["changed"])

    def test_insert_reads_only_its_range(self):
        # A run added through pytrainer's API, without its GUI: the rotation
        # follows activities-changed, asks the store for that range only,
        # and its figures are pytrainer's own.
        rotation = self.rotation()
        before = self.assert_shoes_match_pytrainer(rotation)
        pair = self.equipment.get_all_equipment()[2]
        old = before[str(pair.id)].get_distance()
        self.pump()
        data = self.store._data
        asked = []
        real = data.activities

        def recording(from_epoch, to_epoch):
            asked.append((from_epoch, to_epoch))
            return real(from_epoch, to_epoch)
        data.activities = recording
        try:
            rid = self.gui_entry("2026-11-21", "07:45:00", km="8.25", title="range test",
                                 equipment=[pair.id])
            self.assertEqual(self.pump(), 1)
            self.assertEqual(self.kinds, ["activities-changed"])
            self.session.expire_all()
            shoes = {s.get_gear_id(): s for s in rotation.list_shoes()}
        finally:
            del data.activities
        self.assertAlmostEqual(shoes[str(pair.id)].get_distance() - old, 8250.0, places=6)
        self.assertEqual(len(asked), 1)
        self.assertLessEqual(asked[0][1] - asked[0][0], 3 * 86400 + 2)
        self.assert_shoes_match_pytrainer(rotation)
        self.host.activitypool.remove_activity_from_db(self.host.activitypool.get_activity(rid))
        self.assertEqual(self.pump(), 1)
        after = {s.get_gear_id(): s for s in rotation.list_shoes()}
        self.assertAlmostEqual(after[str(pair.id)].get_distance(), old, places=6)

    def test_no_changed_without_a_commit(self):
        self.pump()
        record = self.session.query(self.Activity).get(self.edge["naive"])
        record.title = "never saved"
        self.session.flush()
        self.session.rollback()
        self.assertEqual(self.pump(), 0, "rollback")
        self.session.commit()                   # nothing pending
        self.assertEqual(self.pump(), 0, "empty commit")
        self.assertNotEqual(self.by_id(self.edge["naive"]).get_title(), "never saved")

    def test_commits_before_the_main_loop_runs_coalesce(self):
        self.pump()
        a = self.gui_entry("2026-11-23", "20:00:00", km="1.0", title="first")
        b = self.gui_entry("2026-11-23", "20:10:00", km="1.0", title="second")
        # a rolled-back edit after them does not take their notification away
        record = self.session.query(self.Activity).get(a)
        record.title = "never saved"
        self.session.flush()
        self.session.rollback()
        self.assertEqual(self.pump(), 1)
        for rid in (a, b):
            self.host.activitypool.remove_activity_from_db(self.host.activitypool.get_activity(rid))
            self.assertEqual(self.pump(), 1)


if __name__ == "__main__":
    hyr_tap.main(PytrainerStore)
