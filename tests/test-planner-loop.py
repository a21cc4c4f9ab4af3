# test-planner-loop.py — runners who follow their plan get the plan they saw
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The closed loop (planner_loop.py): each runner plans on a Monday morning,
# records exactly what the plan said for the week, moves today on a week
# and plans again, for twelve weeks or to the race. Each followed week is
# checked against the preview shown the week before, and against the rules
# a coach would sign: no self-inflicted spike, safe single runs, heavy legs
# 48 h apart, every main lift through its own 5/3/1 wave, and for a
# marathon the shape of the published plans.

import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hyr_tap  # noqa: E402
from planner_loop import HARD, LOWER, GLib, GObject, Hyr, Runner  # noqa: E402

MONDAY = GLib.DateTime.new_local(2026, 3, 2, 6, 0, 0)
SELF_WARNINGS = ('Load spike', 'rose', '30 %')


def runs(plan):
    return [s for s in plan.get_sessions() if s.props.kind == Hyr.SessionKind.RUN]


def lifts(plan):
    return [s for s in plan.get_sessions() if s.props.kind == Hyr.SessionKind.LIFT]


def hard_kinds(plan):
    return sorted(s.props.run_kind for s in runs(plan) if s.props.run_kind in HARD)


def main_lifts(session):
    return [e.props.lift for e in session.get_exercises() if e.props.lift != Hyr.Lift.NONE]


def julian(when):
    return GLib.Date.new_dmy(when.get_day_of_month(), GLib.DateMonth(when.get_month()),
                             when.get_year()).get_julian()


class Loop:
    """Follows @runner's plan for @weeks weeks and collects what it saw."""

    def __init__(self, test, runner, weeks):
        self.test, self.runner = test, runner
        self.followed, self.previews = [], []
        self.recorded_runs = [(julian(a.get_start()), a.props.distance)
                              for a in runner.store.activities if a.props.sport == 'Running']
        for _ in range(weeks):
            plans = runner.plan(2)
            self.followed.append(plans[0])
            self.previews.append(plans[1])
            runner.follow(plans[0])
            for s in runs(plans[0]):
                self.recorded_runs.append((julian(s.props.day), s.props.distance))
            runner.step()

    def longest_before(self, plan):
        start = julian(plan.props.week_start)
        return max([d for j, d in self.recorded_runs if start - 28 <= j < start], default=0)

    def check(self, marathon=False):
        t = self.test
        heavy_days = []
        for i, plan in enumerate(self.followed):
            what = plan.props.week_start.format('%F')
            # The plan shown a week ahead is the plan the runner gets.
            if i > 0:
                preview = self.previews[i - 1]
                self.test.assertAlmostEqual(plan.props.run_distance, preview.props.run_distance,
                                            delta=0.05 * max(preview.props.run_distance, 1),
                                            msg=what)
                t.assertEqual(hard_kinds(plan), hard_kinds(preview), what)
            # Following it never trips its own warnings.
            for warning in plan.get_warnings():
                for word in SELF_WARNINGS:
                    t.assertNotIn(word, warning, what)
            # Safe single runs.
            longest = self.longest_before(plan)
            long_runs = [s.props.distance for s in runs(plan) if s.props.run_kind == Hyr.RunKind.LONG]
            for s in runs(plan):
                if s.props.run_kind == Hyr.RunKind.RACE:
                    continue
                if longest > 0:
                    t.assertLessEqual(s.props.distance, max(1.1 * longest, longest + 2000) + 1, what)
                if s.props.run_kind in (Hyr.RunKind.EASY, Hyr.RunKind.RECOVERY) and long_runs:
                    t.assertLessEqual(s.props.distance, 0.65 * long_runs[0] + 1, what)
                t.assertLessEqual(s.props.duration, (210 if marathon else 180) * 60 + 60, what)
            if long_runs and not marathon:
                share = {2: 0.6, 3: 0.5, 4: 0.4}.get(self.runner.profile.get_run_days(), 0.3)
                t.assertLessEqual(long_runs[0], share * plan.props.run_distance + 100, what)
            # Heavy legs 48 h apart, across weeks too.
            for s in lifts(plan):
                if s.props.heavy_legs:
                    heavy_days.append(julian(s.props.day))
        for a, b in zip(heavy_days, heavy_days[1:]):
            t.assertGreaterEqual(b - a, 2)

    def check_waves(self):
        """Every main lift every week, its wave in order 1, 2, 3, 4."""
        t = self.test
        expected = None
        for plan in self.followed:
            seen = [lift for s in lifts(plan) for lift in main_lifts(s)]
            t.assertEqual(sorted(seen), sorted([Hyr.Lift.SQUAT, Hyr.Lift.DEADLIFT,
                                                Hyr.Lift.BENCH_PRESS, Hyr.Lift.OVERHEAD_PRESS]))
            if expected is not None:
                t.assertEqual(plan.props.wave_week, expected)
            t.assertEqual(plan.props.recovery_week, plan.props.wave_week == 4)
            expected = plan.props.wave_week % 4 + 1


class ClosedLoop(unittest.TestCase):
    def test_novice(self):
        runner = Runner(MONDAY, run_days=3)
        loop = Loop(self, runner, 12)
        loop.check()
        distances = [p.props.run_distance for p in loop.followed]
        self.assertGreater(distances[-1], distances[0])

    def test_five_day_runner_on_three_days(self):
        runner = Runner(MONDAY, run_days=3)
        for w in range(1, 9):
            runner.history_week(w, [(1, 12), (2, 14), (4, 16), (5, 14), (7, 20)])
        first = runner.plan(1)[0]
        # The week carries less, says so, and offers more run days.
        self.assertLess(first.props.run_distance, 76000)
        self.assertIn('Add run days', first.props.summary)
        loop = Loop(self, runner, 12)
        loop.check()

    def test_lifter(self):
        maxes = {Hyr.Lift.SQUAT: 140, Hyr.Lift.DEADLIFT: 170,
                 Hyr.Lift.BENCH_PRESS: 100, Hyr.Lift.OVERHEAD_PRESS: 60}
        for lift_days in (1, 2, 3, 4):
            with self.subTest(lift_days=lift_days):
                runner = Runner(MONDAY, run_days=4, lift_days=lift_days, maxes=maxes)
                runner.set_maxes()
                for w in range(1, 9):
                    runner.history_week(w, [(2, 6), (3, 8, 330, 7), (5, 6), (7, 12)])
                loop = Loop(self, runner, 12)
                loop.check()
                loop.check_waves()
                # A new profile starts at week 1 of the wave, never at 95 % singles.
                self.assertEqual(loop.followed[0].props.wave_week, 1)

    def test_spike(self):
        runner = Runner(MONDAY, run_days=4)
        for w in range(2, 9):
            runner.history_week(w, [(2, 8), (4, 8), (7, 14)])
        runner.history_week(1, [(1, 15), (2, 15), (4, 15), (5, 10), (7, 15)])
        first = runner.plan(1)[0]
        self.assertTrue(any('Load spike' in w for w in first.get_warnings()))
        # The base is the usual week, not the spike.
        self.assertLessEqual(first.props.run_distance, 1.2 * 30000 + 500)
        self.assertEqual(hard_kinds(first), [])
        loop = Loop(self, runner, 12)
        # The week after the spike warns about it; none after that.
        loop.followed = loop.followed[1:]
        loop.previews = loop.previews[1:]
        loop.check()

    def test_sunday_evening_is_monday_morning(self):
        runner = Runner(MONDAY, run_days=3)
        for w in range(1, 9):
            runner.history_week(w, [(2, 6), (4, 6), (7, 10)])
        runner.history_week(0, [(1, 15), (2, 15), (4, 15), (6, 15)])
        runner.today = MONDAY.add_days(6).add_hours(14)
        sunday = runner.plan(2)[1]
        runner.today = MONDAY.add_days(7)
        monday = runner.plan(1)[0]
        self.assertEqual(sunday.props.run_distance, monday.props.run_distance)
        self.assertEqual(hard_kinds(sunday), hard_kinds(monday))
        self.assertEqual(list(sunday.get_warnings()), list(monday.get_warnings()))

    def test_current_week_counts(self):
        runner = Runner(MONDAY, run_days=3)
        for w in range(1, 9):
            runner.history_week(w, [(2, 6), (4, 6), (7, 10)])
        plan = runner.plan(1)[0]
        first_run = runs(plan)[0]
        runner.follow_session(first_run)
        runner.today = MONDAY.add_days(3)
        plan = runner.plan(1)[0]
        self.assertEqual(runs(plan)[0].props.status, Hyr.SessionStatus.DONE)
        self.assertIsNotNone(runs(plan)[0].props.activity_id)
        self.assertEqual(runs(plan)[-1].props.status, Hyr.SessionStatus.PLANNED)

    def test_return_after_break(self):
        runner = Runner(MONDAY, run_days=3, lift_days=2,
                        maxes={Hyr.Lift.SQUAT: 120, Hyr.Lift.DEADLIFT: 150,
                               Hyr.Lift.BENCH_PRESS: 90, Hyr.Lift.OVERHEAD_PRESS: 55},
                        maxes_weeks_ago=14)
        runner.set_maxes()
        for w in range(6, 14):
            runner.history_week(w, [(2, 8), (4, 8), (7, 14)])
            runner.history_lifts(w, [1, 3])
        # Training maxes entered before the lifting that stopped five weeks ago.
        loop = Loop(self, runner, 12)
        loop.check()
        first = loop.followed[0]
        self.assertEqual(first.props.wave_week, 1)
        reasons = ' '.join(s.props.reason for s in lifts(first))
        self.assertIn('three weeks or more', reasons)

    def check_marathon(self, run_days, base, weeks_out):
        race = MONDAY.add_days(7 * weeks_out + 6).add_hours(3)
        runner = Runner(MONDAY, run_days=run_days, lift_days=2, goal=Hyr.Goal.MARATHON,
                        race_date=race)
        per_run = base / run_days / 1000
        for w in range(1, 9):
            week = [(d, per_run) for d in (1, 2, 3, 4, 5, 6)[:run_days - 1]] + [(7, per_run * 1.4)]
            runner.history_week(w, week)
        self.assertEqual(runner.planner.assess_race()[0], Hyr.RaceReadiness.ON_TRACK)
        loop = Loop(self, runner, weeks_out + 2)
        loop.check(marathon=True)
        plans = loop.followed
        race_week = plans[weeks_out]
        self.assertTrue(any(s.props.run_kind == Hyr.RunKind.RACE for s in runs(race_week)))
        longs = [max([s.props.distance for s in runs(p) if s.props.run_kind == Hyr.RunKind.LONG],
                     default=0) for p in plans[:weeks_out]]
        big = [d for d in longs if d >= 28000]
        self.assertGreaterEqual(len(big), 2, longs)
        self.assertLessEqual(len(big), 4, longs)
        peak_at = weeks_out - longs.index(max(longs))
        self.assertIn(peak_at, (2, 3, 4), longs)
        # Volume builds from the runner's base, not flat.
        self.assertGreater(max(p.props.run_distance for p in plans[:weeks_out]), base * 1.1)
        # Taper: cut 41–60 % by its end, progressively.
        peak_volume = max(p.props.run_distance for p in plans[:weeks_out - 2])
        taper = [p.props.run_distance for p in plans[weeks_out - 2:weeks_out]]
        self.assertLess(taper[1], taper[0])
        self.assertLessEqual(taper[1], 0.59 * peak_volume)
        self.assertGreaterEqual(taper[1], 0.40 * peak_volume)
        # Race week: short runs only; no heavy legs in the last ten days.
        race_day = julian(race)
        for p in plans[weeks_out - 2:weeks_out + 1]:
            for s in runs(p):
                if s.props.run_kind != Hyr.RunKind.RACE and 0 < race_day - julian(s.props.day) <= 6:
                    self.assertLessEqual(s.props.distance, 13000)
            for s in lifts(p):
                if 0 <= race_day - julian(s.props.day) <= 10:
                    self.assertFalse(s.props.heavy_legs)
                    for e in s.get_exercises():
                        if e.props.lift in LOWER:
                            self.assertLessEqual(max(x.props.percent for x in e.get_sets()), 60)
        # Rest the day after the race; a recovery week after it.
        after = plans[weeks_out + 1]
        for s in after.get_sessions():
            self.assertNotEqual(julian(s.props.day), race_day + 1)
        self.assertEqual(hard_kinds(after), [])
        return loop

    def check_shorter_race(self, goal, distance, peak_long, taper_weeks, race_week_max, no_heavy):
        weeks_out = 12
        race = MONDAY.add_days(7 * weeks_out + 5)
        runner = Runner(MONDAY, run_days=4, lift_days=2, goal=goal, race_date=race)
        for w in range(1, 9):
            runner.history_week(w, [(2, 7), (4, 8, 330, 6), (5, 6), (7, 12)])
        readiness, reason = runner.planner.assess_race()
        self.assertEqual(readiness, Hyr.RaceReadiness.ON_TRACK, reason)
        loop = Loop(self, runner, weeks_out + 2)
        loop.check(marathon=True)
        plans = loop.followed
        race_run = [s for s in runs(plans[weeks_out]) if s.props.run_kind == Hyr.RunKind.RACE]
        self.assertEqual(len(race_run), 1)
        self.assertAlmostEqual(race_run[0].props.distance, distance)
        self.assertEqual(plans[weeks_out].props.phase, Hyr.PlanPhase.TAPER)
        self.assertEqual(plans[weeks_out - taper_weeks + 1].props.phase, Hyr.PlanPhase.TAPER)
        self.assertEqual(plans[weeks_out - taper_weeks].props.phase, Hyr.PlanPhase.PEAK)
        longest = max(s.props.distance for p in plans[:weeks_out] for s in runs(p))
        self.assertLessEqual(longest, peak_long)
        race_day = julian(race)
        for p in plans[weeks_out - 2:weeks_out + 1]:
            for s in runs(p):
                if s.props.run_kind != Hyr.RunKind.RACE and 0 < race_day - julian(s.props.day) <= 6:
                    self.assertLessEqual(s.props.distance, race_week_max)
            for s in lifts(p):
                if 0 <= race_day - julian(s.props.day) <= no_heavy:
                    self.assertFalse(s.props.heavy_legs)
        for s in plans[weeks_out + 1].get_sessions():
            self.assertNotEqual(julian(s.props.day), race_day + 1)

    def test_five_k(self):
        self.check_shorter_race(Hyr.Goal.FIVE_K, 5000, 12000, 1, 8000, 4)

    def test_ten_k(self):
        self.check_shorter_race(Hyr.Goal.TEN_K, 10000, 16000, 1, 8000, 5)

    def test_half_marathon(self):
        self.check_shorter_race(Hyr.Goal.HALF_MARATHON, 21097.5, 19000, 2, 10000, 7)

    def test_marathon_far_ahead(self):
        # A runner whose long runs are 24 km, 31 weeks before the race: the
        # base phase keeps their long run, it does not shrink to the
        # block's first step.
        race = MONDAY.add_days(7 * 31 + 6)
        runner = Runner(MONDAY, run_days=4, goal=Hyr.Goal.MARATHON, race_date=race)
        for w in range(1, 9):
            runner.history_week(w, [(2, 8), (4, 10), (5, 8), (7, 24)])
        loop = Loop(self, runner, 12)
        loop.check(marathon=True)
        for plan in loop.followed:
            longs = [s.props.distance for s in runs(plan) if s.props.run_kind == Hyr.RunKind.LONG]
            self.assertGreaterEqual(longs[0], 0.7 * 24000 if plan.props.recovery_week else 23000,
                                    plan.props.week_start.format('%F'))

    def test_marathon_three_days(self):
        self.check_marathon(3, 40000, 16)  # metres

    def test_marathon_five_days(self):
        self.check_marathon(5, 55000, 18)

    def test_marathon_four_days_both_lower_lifts_wave(self):
        # Four run days and two lift days: the hard run and the long run
        # leave one day for heavy legs. Squat and deadlift share it, so
        # both go through their waves; neither stays at deload loads.
        loop = self.check_marathon(4, 42000, 16)
        waved = 0
        for plan in loop.followed:
            if plan.props.recovery_week or plan.props.phase not in (
                    Hyr.PlanPhase.BASE, Hyr.PlanPhase.BUILD, Hyr.PlanPhase.PEAK):
                continue
            tops = {}
            for s in lifts(plan):
                for e in s.get_exercises():
                    if e.props.lift in LOWER and e.get_sets():
                        top = max(x.props.percent for x in e.get_sets())
                        tops[e.props.lift] = max(tops.get(e.props.lift, 0), top)
            what = plan.props.week_start.format('%F')
            self.assertEqual(sorted(tops), sorted(LOWER), what)
            for lift, top in tops.items():
                self.assertGreaterEqual(top, 85, (what, lift))
            waved += 1
        self.assertGreaterEqual(waved, 8)


class PlannedAgainstDone(unittest.TestCase):
    """Past weeks keep the plan the runner had and show what was done."""

    def setUp(self):
        self.runner = Runner(MONDAY, run_days=3, lift_days=2)
        for w in range(1, 9):
            self.runner.history_week(w, [(2, 6), (4, 6), (7, 10)])
        self.shown = self.runner.plan(1)[0]

    def test_matching(self):
        r = self.runner
        sessions = runs(self.shown)
        first, second, last = sessions[0], sessions[1], sessions[-1]
        # The first run done a day late, the second at 60 %, the long run
        # missed; an extra run on a day without one; every lift done.
        r.n += 1
        r.store.add(GObject.new(Hyr.Activity, id='late', sport='Running',
                                start=first.props.day.add_days(1), duration=first.props.duration,
                                distance=first.props.distance, title='Run'))
        r.store.add(GObject.new(Hyr.Activity, id='short', sport='Running', start=second.props.day,
                                duration=0.6 * second.props.duration,
                                distance=0.6 * second.props.distance, title='Run'))
        extra_day = next(d for d in range(1, 8)
                         if all(s.props.day.get_day_of_week() != d for s in self.shown.get_sessions()))
        r.store.add(GObject.new(Hyr.Activity, id='extra', sport='Running',
                                start=MONDAY.add_days(extra_day - 1).add_hours(12), duration=1800.0,
                                distance=5000.0, title='Run'))
        for s in lifts(self.shown):
            r.follow_session(s)
        r.store.emit('changed')
        r.step()
        r.planner.set_today(r.today)
        past = r.planner.plan_range(MONDAY, 2)[0]
        status = {s.props.day.to_unix(): s.props.status for s in past.get_sessions()}
        self.assertEqual(status[first.props.day.to_unix()], Hyr.SessionStatus.DONE)
        self.assertEqual(status[second.props.day.to_unix()], Hyr.SessionStatus.PARTIAL)
        self.assertEqual(status[last.props.day.to_unix()], Hyr.SessionStatus.MISSED)
        done_runs = [s for s in runs(past) if s.props.status == Hyr.SessionStatus.DONE]
        self.assertEqual(done_runs[0].props.activity_id, 'late')
        self.assertEqual([a.props.id for a in past.get_extra_activities()], ['extra'])
        self.assertAlmostEqual(past.get_done_distance(),
                               first.props.distance + 0.6 * second.props.distance + 5000, delta=1)
        self.assertEqual(past.get_sessions_done(), 2 + len(lifts(self.shown)))
        document = json.loads(past.to_json())
        self.assertEqual(document['compliance']['sessions-done'], past.get_sessions_done())
        self.assertEqual(document['extra-activities'][0]['id'], 'extra')
        self.assertIn(document['sessions'][-1]['status'], ('missed', 'done', 'partial'))

    def test_two_runs_one_day_and_another_time_zone(self):
        r = self.runner
        first = runs(self.shown)[0]
        day = first.props.day
        # The planned run done in two halves on its day: the longer half does
        # it (60 % of it: partly), the other half is an extra activity.
        r.store.add(GObject.new(Hyr.Activity, id='am', sport='Running', start=day,
                                duration=0.6 * first.props.duration,
                                distance=0.6 * first.props.distance, title='Run'))
        r.store.add(GObject.new(Hyr.Activity, id='pm', sport='Running', start=day.add_hours(10),
                                duration=0.4 * first.props.duration,
                                distance=0.4 * first.props.distance, title='Run'))
        # The second run recorded on a trip, in Tokyo's time, on its own
        # calendar day: it does the session of that day.
        second = runs(self.shown)[1]
        tokyo = GLib.TimeZone.new_identifier('Asia/Tokyo')
        local = second.props.day
        trip = GLib.DateTime.new(tokyo, local.get_year(), local.get_month(),
                                 local.get_day_of_month(), 7, 0, 0)
        r.store.add(GObject.new(Hyr.Activity, id='trip', sport='Running', start=trip,
                                duration=second.props.duration, distance=second.props.distance,
                                title='Run'))
        r.store.emit('changed')
        r.step()
        r.planner.set_today(r.today)
        past = r.planner.plan_range(MONDAY, 1)[0]
        by_day = {s.props.day.to_unix(): s for s in runs(past)}
        self.assertEqual(by_day[first.props.day.to_unix()].props.status, Hyr.SessionStatus.PARTIAL)
        self.assertEqual(by_day[first.props.day.to_unix()].props.activity_id, 'am')
        self.assertEqual(by_day[second.props.day.to_unix()].props.status, Hyr.SessionStatus.DONE)
        self.assertEqual(by_day[second.props.day.to_unix()].props.activity_id, 'trip')
        self.assertIn('pm', [a.props.id for a in past.get_extra_activities()])

    def test_past_keeps_the_plan_they_had(self):
        r = self.runner
        before = [(s.props.day.to_unix(), s.props.kind, s.props.distance)
                  for s in self.shown.get_sessions()]
        r.follow(self.shown)
        r.step()
        # A changed profile changes what the planner would say now, not the
        # plan the runner had for last week.
        r.profile.set_run_days(5)
        r.planner.set_today(r.today)
        past = r.planner.plan_range(MONDAY, 1)[0]
        after = [(s.props.day.to_unix(), s.props.kind, s.props.distance) for s in past.get_sessions()]
        self.assertEqual(after, before)
        self.assertTrue(all(s.props.status == Hyr.SessionStatus.DONE for s in past.get_sessions()))


class MoveAndSkip(unittest.TestCase):
    """The runner moves and skips sessions; the week is planned around it."""

    def setUp(self):
        self.runner = Runner(MONDAY, run_days=3, lift_days=2,
                             maxes={Hyr.Lift.SQUAT: 120, Hyr.Lift.DEADLIFT: 150,
                                    Hyr.Lift.BENCH_PRESS: 90, Hyr.Lift.OVERHEAD_PRESS: 55})
        for w in range(1, 9):
            self.runner.history_week(w, [(2, 6), (4, 6), (7, 10)])

    def week(self):
        return self.runner.plan(1)[0]

    def test_move_run(self):
        plan = self.week()
        hard = next(s for s in runs(plan) if s.props.run_kind in HARD)
        taken = {s.props.day.get_day_of_week() for s in plan.get_sessions()}
        free = next(d for d in range(1, 7) if d not in taken)
        target = MONDAY.add_days(free - 1)
        self.assertTrue(self.runner.planner.move_session(hard, target))
        moved = self.week()
        again = next(s for s in runs(moved) if s.props.run_kind == hard.props.run_kind)
        self.assertEqual(again.props.day.get_day_of_week(), free)
        self.assertIn('You moved it here', again.props.reason)
        # Lifting is placed around the moved run: no heavy legs 48 h before it.
        for s in lifts(moved):
            if s.props.heavy_legs:
                gap = julian(again.props.day) - julian(s.props.day)
                self.assertNotIn(gap, (1, 2))
        # Kept in the state: a new planner on the same state has it too.
        other = Hyr.Planner.new(self.runner.store, Hyr.State.load(self.runner.path))
        other.set_today(self.runner.today)
        kept = other.plan_range(self.runner.monday(), 1)[0]
        self.assertIn(free, [s.props.day.get_day_of_week() for s in runs(kept)
                             if s.props.run_kind == hard.props.run_kind])
        # Undo.
        self.assertTrue(self.runner.planner.restore_session(again))
        back = next(s for s in runs(self.week()) if s.props.run_kind == hard.props.run_kind)
        self.assertEqual(back.props.day.to_unix(), hard.props.day.to_unix())

    def test_skip(self):
        plan = self.week()
        easy = next(s for s in runs(plan) if s.props.run_kind == Hyr.RunKind.EASY)
        lift = lifts(plan)[0]
        self.assertTrue(self.runner.planner.skip_session(easy))
        self.assertTrue(self.runner.planner.skip_session(lift))
        skipped = self.week()
        self.assertEqual(len(runs(skipped)), len(runs(plan)) - 1)
        self.assertEqual(len(lifts(skipped)), len(lifts(plan)) - 1)
        # The week runs less; the others keep their distance.
        self.assertAlmostEqual(skipped.props.run_distance,
                               plan.props.run_distance - easy.props.distance, delta=1)

    def test_move_breaking_a_rule_warns(self):
        plan = self.week()
        heavy = next(s for s in lifts(plan) if s.props.heavy_legs)
        key_run = next(s for s in runs(plan) if s.props.run_kind in HARD + (Hyr.RunKind.LONG,))
        self.assertTrue(self.runner.planner.move_session(heavy, key_run.props.day.add_days(-1)))
        moved = self.week()
        self.assertTrue(any('You moved' in w for w in moved.get_warnings()), moved.get_warnings())

    def test_bad_moves(self):
        plan = self.week()
        with self.assertRaises(GLib.Error):
            self.runner.planner.move_session(runs(plan)[0], MONDAY.add_days(9))
        stray = Hyr.Planner.new(self.runner.store, self.runner.state).get_accepted_week(MONDAY)
        self.assertIsNone(stray)

    def test_race_stays_on_its_date(self):
        race = MONDAY.add_days(6)
        runner = Runner(MONDAY, run_days=4, goal=Hyr.Goal.TEN_K, race_date=race)
        plan = runner.plan(1)[0]
        race_run = next(s for s in runs(plan) if s.props.run_kind == Hyr.RunKind.RACE)
        with self.assertRaises(GLib.Error):
            runner.planner.move_session(race_run, MONDAY.add_days(5))
        with self.assertRaises(GLib.Error):
            runner.planner.skip_session(race_run)


class Workouts(unittest.TestCase):
    """Every planned run has its structure and paces; exports carry them."""

    def runner(self, with_race):
        runner = Runner(MONDAY, run_days=4)
        for w in range(1, 9):
            runner.history_week(w, [(2, 8), (4, 8), (5, 6), (7, 14)])
        if with_race:
            # A 10 km race in 45:00 two weeks ago: VDOT about 45.
            runner.store.add(GObject.new(Hyr.Activity, id='race', sport='Running',
                                         start=MONDAY.add_days(-8).add_hours(9), duration=2700.0,
                                         distance=10000.0, title='City 10K race'))
        return runner

    def test_steps_and_vdot(self):
        runner = self.runner(with_race=True)
        plan = runner.plan(1)[0]
        self.assertAlmostEqual(runner.planner.props.vdot, Hyr.vdot_from_effort(10000, 2700), places=3)
        self.assertGreater(runner.planner.props.vdot, 44)
        for s in runs(plan):
            steps = s.get_steps()
            self.assertGreater(len(steps), 0)
            self.assertAlmostEqual(sum(x.props.repeat * x.props.distance for x in steps
                                       if x.props.distance > 0), s.props.distance,
                                   delta=100 + sum(1 for x in steps if x.props.distance == 0) * s.props.distance)
        hard = next(s for s in runs(plan) if s.props.run_kind in HARD)
        kinds = [x.props.kind for x in hard.get_steps()]
        self.assertEqual(kinds[0], Hyr.StepKind.WARM_UP)
        self.assertEqual(kinds[-1], Hyr.StepKind.COOL_DOWN)
        self.assertIn(Hyr.StepKind.WORK, kinds)
        self.assertIn('VDOT', hard.props.reason)
        document = json.loads(plan.to_json())
        run_json = next(x for x in document['sessions'] if x['kind'] == 'run' and x['run-kind'] in
                        ('interval', 'tempo', 'hill'))
        self.assertEqual(run_json['steps'][0]['kind'], 'warm-up')
        calendar = Hyr.plan_export_icalendar_full([plan], 'mi', 'kg')
        self.assertIn(Hyr.workout_steps_format(hard.get_steps(), 'mi').split(' · ')[0][:6],
                      calendar.replace('\r\n ', ''))

    def test_paces_estimated_without_a_race(self):
        runner = self.runner(with_race=False)
        plan = runner.plan(1)[0]
        hard = next(s for s in runs(plan) if s.props.run_kind in HARD)
        self.assertIn('estimates', hard.props.reason)


class Readiness(unittest.TestCase):
    def assess(self, weeks_out, longest_km, weekly_km):
        race = MONDAY.add_days(7 * weeks_out + 6)
        runner = Runner(MONDAY, run_days=4, goal=Hyr.Goal.MARATHON, race_date=race)
        for w in range(1, 5):
            rest = max(weekly_km - longest_km, 0) / 3
            runner.history_week(w, [(2, rest), (4, rest), (5, rest), (7, longest_km)])
        readiness, reason = runner.planner.assess_race()
        return readiness, reason

    def test_no_race(self):
        runner = Runner(MONDAY)
        self.assertEqual(runner.planner.assess_race()[0], Hyr.RaceReadiness.NO_RACE)

    def test_boundaries(self):
        # Longest 20 km: ceil(10 / 1.6) = 7 loading weeks, 2 recovery weeks,
        # 3 of taper: 12 weeks needed, race week included.
        self.assertEqual(self.assess(11, 20, 40)[0], Hyr.RaceReadiness.ON_TRACK)
        self.assertEqual(self.assess(10, 20, 40)[0], Hyr.RaceReadiness.AT_RISK)
        # 0.75 × 12 = 9 weeks is still at risk, 8 is not.
        self.assertEqual(self.assess(8, 20, 40)[0], Hyr.RaceReadiness.AT_RISK)
        readiness, reason = self.assess(7, 20, 40)
        self.assertEqual(readiness, Hyr.RaceReadiness.UNREALISTIC)
        self.assertIn('12', reason)
        # Weeks of 8 km, then 42.2 km two weeks later.
        self.assertEqual(self.assess(1, 4, 8)[0], Hyr.RaceReadiness.UNREALISTIC)
        # Enough weeks, but a base under 20 km a week.
        self.assertEqual(self.assess(30, 8, 15)[0], Hyr.RaceReadiness.AT_RISK)


if __name__ == '__main__':
    hyr_tap.main(ClosedLoop, PlannedAgainstDone, MoveAndSkip, Workouts, Readiness)
