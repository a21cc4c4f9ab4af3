# test-lift-diary.py — every set logged: Epley, double progression, sets done
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Known answers worked by hand, through the typelib as a host would use it.

import json
import math
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hyr_tap  # noqa: E402
from planner_loop import GLib, GObject, Hyr, Runner, lift_activity  # noqa: E402

MONDAY = GLib.DateTime.new_local(2026, 3, 2, 6, 0, 0)
LB = 0.45359237


def at(days, hour=18):
    return MONDAY.add_days(days).add_hours(hour - 6)


class Diary(unittest.TestCase):
    def setUp(self):
        self.path = os.path.join(tempfile.mkdtemp(prefix='hyr-diary-'), 'state.json')
        self.state = Hyr.State.new(self.path)
        self.diary = Hyr.LiftDiary.new(self.state)

    def file(self):
        with open(self.path, 'rb') as f:
            return f.read()

    def test_epley(self):
        # 100 kg × 5: 100 × (1 + 5/30) = 116.67 kg; 80 kg × 10: 106.67;
        # 120 kg × 11 is past what Epley is trusted for.
        self.assertTrue(self.diary.record_set(at(-6), 'Squat', Hyr.Lift.SQUAT, 100, 5, 2))
        self.assertTrue(self.diary.record_set(at(-4), 'Squat', Hyr.Lift.SQUAT, 80, 10, -1))
        self.assertTrue(self.diary.record_set(at(-2), 'Squat', Hyr.Lift.SQUAT, 120, 11, 0))
        sets = self.diary.list_sets(None, None)
        self.assertEqual([s.props.reps for s in sets], [5, 10, 11])
        self.assertAlmostEqual(sets[0].get_one_rep_max(), 116.6667, places=3)
        self.assertEqual(sets[2].get_one_rep_max(), 0)
        self.assertAlmostEqual(self.diary.best_one_rep_max(Hyr.Lift.SQUAT, None, None), 116.6667, places=3)
        self.assertAlmostEqual(self.diary.best_one_rep_max(Hyr.Lift.SQUAT, at(-5), None), 106.6667, places=3)
        self.assertEqual(self.diary.best_one_rep_max(Hyr.Lift.BENCH_PRESS, None, None), 0)

    def test_invalid_sets_refused_nothing_saved(self):
        self.assertTrue(self.diary.record_set(at(-1), 'My sled push', Hyr.Lift.NONE, 40, 8, -1))
        before = self.file()
        for name, weight, reps, rir in (('', 20, 8, 2), ('   ', 20, 8, 2), ('Curl', -1, 8, 2),
                                        ('Curl', 501, 8, 2), ('Curl', math.nan, 8, 2),
                                        ('Curl', math.inf, 8, 2), ('Curl', 20, 0, 2),
                                        ('Curl', 20, 101, 2), ('Curl', 20, 8, math.nan),
                                        ('Curl', 20, 8, 11)):
            with self.subTest(name=name, weight=weight, reps=reps, rir=rir):
                with self.assertRaises(GLib.Error) as raised:
                    self.diary.record_set(at(0), name, Hyr.Lift.NONE, weight, reps, rir)
                self.assertEqual(raised.exception.domain, 'hyr-lift-diary-error-quark')
                self.assertEqual(raised.exception.code, Hyr.LiftDiaryError.INVALID)
                self.assertTrue(raised.exception.message)
        self.assertEqual(self.file(), before)
        self.assertEqual([s.props.exercise for s in self.diary.list_sets(None, None)], ['My sled push'])

    def test_remove_and_log_again(self):
        self.diary.record_set(at(-1), 'Dip', Hyr.Lift.NONE, 0, 12, 1)
        (logged,) = self.diary.list_sets(None, None)
        self.assertTrue(self.diary.remove_set(logged))
        self.assertEqual(len(self.diary.list_sets(None, None)), 0)
        reloaded = Hyr.LiftDiary.new(Hyr.State.load(self.path))
        self.assertEqual(len(reloaded.list_sets(None, None)), 0)
        self.diary.record_set(logged.props.when, logged.props.exercise, logged.props.lift,
                              logged.props.weight, logged.props.reps, logged.props.rir)
        self.assertEqual(len(self.diary.list_sets(None, None)), 1)

    def test_activity_of_the_day(self):
        runner = Runner(MONDAY)
        runner.store.add(lift_activity('gym-1', at(-1, 17), 60))
        diary = Hyr.LiftDiary.new(runner.state)
        diary.set_store(runner.store)
        diary.record_set(at(-1), 'Squat', Hyr.Lift.SQUAT, 100, 5, 2)
        diary.record_set(at(-2), 'Squat', Hyr.Lift.SQUAT, 100, 5, 2)
        ids = [s.props.activity_id for s in diary.list_sets(None, None)]
        self.assertEqual(ids, [None, 'gym-1'])

    def write_state(self, sections):
        path = os.path.join(tempfile.mkdtemp(prefix='hyr-diary-'), 'state.json')
        with open(path, 'w') as f:
            json.dump({'schema-version': 1, 'sections': sections}, f)
        return path

    def test_old_lift_log_migrated(self):
        path = self.write_state({'lift-log': {
            'squat': {'2026-02-23': {'weight': 102.5, 'reps': 7, 'required': 5}},
            'bench-press': {'2026-02-24': {'weight': 70, 'reps': 2, 'required': 3}}}})
        state = Hyr.State.load(path)
        log = Hyr.LiftLog.new(state)
        day = GLib.DateTime.new_local(2026, 2, 23, 0, 0, 0)
        found, weight, reps, required = log.lookup(Hyr.Lift.SQUAT, day)
        self.assertTrue(found)
        self.assertEqual((weight, reps, required), (102.5, 7, 5))
        diary = Hyr.LiftDiary.new(state)
        sets = diary.list_sets(None, None)
        self.assertEqual([(s.props.lift, s.props.weight, s.props.reps) for s in sets],
                         [(Hyr.Lift.SQUAT, 102.5, 7), (Hyr.Lift.BENCH_PRESS, 70, 2)])
        # Removed once, it stays removed: the old section is not read again.
        self.assertTrue(log.remove(Hyr.Lift.SQUAT, day))
        again = Hyr.LiftLog.new(Hyr.State.load(path))
        self.assertFalse(again.lookup(Hyr.Lift.SQUAT, day)[0])
        with open(path) as f:
            saved = json.load(f)['sections']
        self.assertIn('lift-log', saved)  # left as it was, for older versions
        self.assertTrue(saved['lift-diary']['migrated-lift-log'])

    def test_newer_diary_not_changed(self):
        path = self.write_state({'lift-diary': {'version': 9, 'sets': {}}})
        diary = Hyr.LiftDiary.new(Hyr.State.load(path))
        with open(path, 'rb') as f:
            before = f.read()
        with self.assertRaises(GLib.Error) as raised:
            diary.record_set(at(0), 'Curl', Hyr.Lift.NONE, 20, 10, 2)
        self.assertEqual(raised.exception.code, Hyr.LiftDiaryError.NEWER)
        with open(path, 'rb') as f:
            self.assertEqual(f.read(), before)

    def test_damaged_diary_refused_on_load(self):
        path = self.write_state({'lift-diary': {'sets': {'a': {'weight': 'heavy'}}}})
        with self.assertRaises(GLib.Error) as raised:
            Hyr.State.load(path)
        self.assertIn('weight', raised.exception.message)


class Progression(unittest.TestCase):
    """Assistance loads follow the diary by double progression."""

    def plan_with(self, sessions, unit='kg'):
        runner = Runner(MONDAY, run_days=3, lift_days=3,
                        maxes={Hyr.Lift.SQUAT: 120, Hyr.Lift.DEADLIFT: 150,
                               Hyr.Lift.BENCH_PRESS: 90, Hyr.Lift.OVERHEAD_PRESS: 55})
        for w in range(1, 9):
            runner.history_week(w, [(2, 6), (4, 6), (7, 10)])
        runner.planner.set_mass_unit(unit)
        diary = Hyr.LiftDiary.new(runner.state)
        names = ['Chin-up', 'Dip', 'Dumbbell row', 'Lateral raise', 'Barbell curl',
                 'Triceps extension', 'Walking lunge', 'Leg curl']
        for days_ago, reps_list, load in sessions:
            for name in names:
                for reps in reps_list:
                    diary.record_set(at(-days_ago), name, Hyr.Lift.NONE, load, reps, 2)
        plan = runner.plan(1)[0]
        loads = {}
        for s in plan.get_sessions():
            for e in s.get_exercises():
                if e.props.lift == Hyr.Lift.NONE and 'Boring' not in e.props.name:
                    loads[e.props.name] = (e.get_sets()[0].props.weight, s.props.reason)
        self.assertTrue(loads)
        return loads

    def test_up_when_every_set_reached_the_top(self):
        # 3 × 12 at 20 kg: +2.5 kg on a bar, +2 kg for dumbbells.
        for name, (load, reason) in self.plan_with([(3, [12, 12, 12], 20)]).items():
            dumbbell = name in ('Dumbbell row', 'Lateral raise')
            self.assertAlmostEqual(load, 22 if dumbbell else 22.5, msg=name)
            self.assertIn('up from 20 kg', reason)

    def test_hold(self):
        for name, (load, reason) in self.plan_with([(3, [12, 12, 10], 20)]).items():
            self.assertAlmostEqual(load, 20, msg=name)
            self.assertIn('again until every set reaches 12', reason)

    def test_step_back_after_two_short_sessions(self):
        loads = self.plan_with([(5, [9, 7, 7], 20), (3, [8, 7, 6], 20)])
        for name, (load, reason) in loads.items():
            dumbbell = name in ('Dumbbell row', 'Lateral raise')
            self.assertAlmostEqual(load, 18 if dumbbell else 17.5, msg=name)
            self.assertIn('back from 20 kg', reason)

    def test_pounds(self):
        # 3 × 12 at 50 lb: +5 lb, whatever the equipment.
        for name, (load, reason) in self.plan_with([(3, [12, 12, 12], 50 * LB)], 'lb').items():
            self.assertAlmostEqual(load / LB, 55, places=6, msg=name)
            self.assertIn('up from 50 lb', reason)

    def test_no_load_before_one_is_logged(self):
        runner = Runner(MONDAY, run_days=3, lift_days=3)
        plan = runner.plan(1)[0]
        for s in plan.get_sessions():
            for e in s.get_exercises():
                if e.props.lift == Hyr.Lift.NONE and 'Boring' not in e.props.name:
                    self.assertEqual(e.get_sets()[0].props.weight, 0)
        document = json.loads(plan.to_json())
        weights = [x['weight'] for s in document['sessions'] for e in s['exercises']
                   if e['lift'] == 'none' and 'Boring' not in e['name'] for x in e['sets']]
        self.assertTrue(weights)
        self.assertTrue(all(w is None for w in weights))


class SetsDone(unittest.TestCase):
    def test_counted_like_planned(self):
        runner = Runner(MONDAY, run_days=3, lift_days=2)
        diary = Hyr.LiftDiary.new(runner.state)
        for _ in range(3):
            diary.record_set(at(0, 18), 'Squat', Hyr.Lift.SQUAT, 100, 5, 2)
            diary.record_set(at(0, 18), 'Bench press', Hyr.Lift.BENCH_PRESS, 70, 5, 2)
        diary.record_set(at(0, 19), 'Barbell curl', Hyr.Lift.NONE, 25, 10, 2)
        diary.record_set(at(0, 19), 'Sled push', Hyr.Lift.NONE, 80, 10, 2)
        runner.today = MONDAY.add_days(1)
        plan = runner.plan(1)[0]
        # Squat: quadriceps and glutes 1, hamstrings ½; bench press: chest 1,
        # triceps and shoulders ½; curl: biceps 1; the sled push is unknown.
        expected = {'quadriceps': 3, 'glutes': 3, 'hamstrings': 1.5, 'chest': 3,
                    'triceps': 1.5, 'shoulders': 1.5, 'biceps': 1, 'back': 0}
        for muscle, sets in expected.items():
            self.assertAlmostEqual(plan.get_muscle_sets_done(muscle), sets, msg=muscle)
        document = json.loads(plan.to_json())
        self.assertEqual(len(document['logged-sets']), 8)
        self.assertEqual(document['sets-per-muscle-done']['quadriceps'], 3)


if __name__ == '__main__':
    hyr_tap.main(Diary, Progression, SetsDone)
