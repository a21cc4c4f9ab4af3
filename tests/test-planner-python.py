# test-planner-python.py — the planner's API from Python, through the typelib
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Lists come back as lists, arrays that own their elements are released
# once (G_DEBUG=fatal-criticals turns a double release into a crash), and a
# store written in Python feeds the planner.

import gc
import json
import os
import sys
import tempfile
import unittest

import gi

gi.require_version('Hyr', '1.0')
from gi.repository import GLib, GObject, Hyr  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hyr_tap  # noqa: E402


class Store(GObject.Object, Hyr.ActivityStore):
    def __init__(self, activities):
        super().__init__()
        self.activities = activities

    def do_query(self, start, end):
        return [a for a in self.activities
                if a.get_start().compare(start) >= 0 and a.get_start().compare(end) < 0]

    def do_list_gear(self):
        return []


def history():
    monday = GLib.DateTime.new_local(2026, 3, 2, 0, 0, 0)
    runs = []
    for week in range(1, 7):
        for day, km in ((1, 6.0), (3, 6.0), (6, 9.0)):
            start = monday.add_days(-7 * week + day).add_hours(7)
            runs.append(Hyr.Activity.new('run-%d-%d' % (week, day), 'Running', start,
                                         km * 360.0, km * 1000.0))
    return runs


class PlannerFromPython(unittest.TestCase):
    def setUp(self):
        path = os.path.join(tempfile.mkdtemp(), 'state.json')
        self.state = Hyr.State.new(path)
        self.planner = Hyr.Planner.new(Store(history()), self.state)
        self.planner.set_today(GLib.DateTime.new_local(2026, 3, 4, 12, 0, 0))
        self.monday = GLib.DateTime.new_local(2026, 3, 2, 0, 0, 0)

    def test_plan_range_gives_lists(self):
        profile = self.state.get_profile()
        profile.set_one_rep_max(Hyr.Lift.SQUAT, 150)
        plans = self.planner.plan_range(self.monday, 4)
        self.assertIsInstance(plans, list)
        self.assertEqual(len(plans), 4)
        for plan in plans:
            sessions = plan.get_sessions()
            self.assertIsInstance(sessions, list)
            self.assertEqual(sum(1 for s in sessions if s.props.kind == Hyr.SessionKind.RUN), 3)
            for session in sessions:
                self.assertTrue(session.props.reason)
                for exercise in session.get_exercises():
                    self.assertIsInstance(exercise.get_sets(), list)
                    self.assertIsInstance(list(exercise.props.muscles), list)
            sets = plan.get_sets_per_muscle().unpack()
            self.assertEqual(set(sets), {'chest', 'back', 'shoulders', 'biceps', 'triceps',
                                         'quadriceps', 'hamstrings', 'glutes'})
            self.assertIsInstance(plan.get_warnings(), list)
        del plans
        gc.collect()

    def test_five_three_one(self):
        # 137.5 kg: 89.375 → 90, 103.125 → 102.5, 116.875 → 117.5
        sets = Hyr.five_three_one_sets(137.5, 1, 2.5)
        self.assertEqual([(s.props.weight, s.props.reps, s.props.amrap) for s in sets],
                         [(90.0, 5, False), (102.5, 5, False), (117.5, 5, True)])
        self.assertEqual(len(Hyr.five_three_one_bbb_sets(100, 1, False, 2.5)), 5)
        del sets
        gc.collect()

    def test_exports(self):
        plans = self.planner.plan_range(self.monday, 2)
        document = json.loads(Hyr.plan_export_json(plans))
        self.assertEqual(len(document['weeks']), 2)
        self.assertEqual(document['weeks'][0]['week-start'], '2026-03-02')
        week = json.loads(plans[0].to_json())
        self.assertEqual(len(week['sessions']), len(plans[0].get_sessions()))
        calendar = Hyr.plan_export_icalendar(plans)
        self.assertEqual(calendar.count('BEGIN:VEVENT'),
                         sum(len(p.get_sessions()) for p in plans))

    def test_accept_week(self):
        self.assertIsNone(self.planner.get_accepted_week(self.monday))
        plan = self.planner.plan_week(self.monday)
        self.assertTrue(self.planner.accept_week(plan))
        accepted = self.planner.get_accepted_week(self.monday.add_hours(12))
        self.assertEqual([(s.props.kind, s.props.run_kind, s.props.distance)
                          for s in accepted.get_sessions() if s.props.kind == Hyr.SessionKind.RUN],
                         [(s.props.kind, s.props.run_kind, s.props.distance)
                          for s in plan.get_sessions() if s.props.kind == Hyr.SessionKind.RUN])
        del plan, accepted
        gc.collect()

    def test_errors(self):
        with self.assertRaises(GLib.Error) as raised:
            self.planner.plan_range(self.monday, 0)
        self.assertEqual(raised.exception.domain, 'hyr-planner-error-quark')
        self.assertEqual(raised.exception.code, Hyr.PlannerError.INVALID_RANGE)
        # The training load and the exports fail in domains of their own.
        with self.assertRaises(GLib.Error) as raised:
            Hyr.training_load_compute(self.planner.get_store(), self.monday, self.monday)
        self.assertTrue(raised.exception.matches(Hyr.training_load_error_quark(),
                                                 Hyr.TrainingLoadError.INVALID_RANGE))
        with self.assertRaises(GLib.Error) as raised:
            Hyr.plan_export_json([])
        self.assertTrue(raised.exception.matches(Hyr.plan_export_error_quark(),
                                                 Hyr.PlanExportError.NO_WEEKS))

    def test_training_load(self):
        end = GLib.DateTime.new_local(2026, 3, 2, 0, 0, 0)
        series = Hyr.training_load_compute(self.planner.get_store(), end.add_days(-28), end)
        self.assertEqual(series.get_n_days(), 28)
        self.assertGreater(sum(series.get_day(i).props.run_distance for i in range(28)), 0)


if __name__ == '__main__':
    hyr_tap.main(PlannerFromPython)
