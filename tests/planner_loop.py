# planner_loop.py — a runner who follows the plan, week by week
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The closed loop of the planner: plan from "today", record exactly what
# the plan said for the week (runs with the RPE of their kind, strength
# sessions, AMRAP sets made), move today on by a week, plan again. Used by
# test-planner-loop.py; run it directly to print a runner's weeks.

import os
import sys
import tempfile

import gi

gi.require_version('Hyr', '1.0')
gi.require_version('Json', '1.0')
from gi.repository import GLib, GObject, Hyr, Json  # noqa: E402

LIFT_NICKS = {Hyr.Lift.SQUAT: 'squat', Hyr.Lift.DEADLIFT: 'deadlift',
              Hyr.Lift.BENCH_PRESS: 'bench-press', Hyr.Lift.OVERHEAD_PRESS: 'overhead-press'}

HARD = (Hyr.RunKind.TEMPO, Hyr.RunKind.INTERVAL, Hyr.RunKind.HILL)
LOWER = (Hyr.Lift.SQUAT, Hyr.Lift.DEADLIFT)


class Store(GObject.Object, Hyr.ActivityStore):
    """A host's activity database in memory, sorted by start."""

    def __init__(self):
        super().__init__()
        self.activities = []

    def add(self, activity):
        self.activities.append(activity)
        self.activities.sort(key=lambda a: a.get_start().to_unix())

    def do_query(self, start, end):
        s, e = start.to_unix(), end.to_unix()
        return [a for a in self.activities if s <= a.get_start().to_unix() < e]

    def do_list_gear(self):
        return []


def run_activity(ident, start, km, pace_s_per_km=360.0, rpe=0.0, title=None):
    return GObject.new(Hyr.Activity, id=ident, sport='Running', start=start,
                       duration=km * pace_s_per_km, distance=km * 1000.0, rpe=rpe,
                       title=title or 'Run')


def lift_activity(ident, start, minutes):
    return GObject.new(Hyr.Activity, id=ident, sport='Weight training', start=start,
                       duration=minutes * 60.0, distance=0.0, title='Gym')


class Runner:
    """A synthetic runner: a history, a profile, and a plan to follow."""

    def __init__(self, today, run_days=3, lift_days=0, long_run_day=7, goal=None,
                 race_date=None, maxes=None, maxes_weeks_ago=0):
        self.store = Store()
        self.path = os.path.join(tempfile.mkdtemp(prefix='hyr-loop-'), 'state.json')
        self.state = Hyr.State.new(self.path)
        if maxes:
            # Training maxes entered on the runner's first Monday, as the
            # profile keeps them, before the profile is first read.
            monday = today.add_days(1 - today.get_day_of_week() - 7 * maxes_weeks_ago)
            section = self.state.get_section('profile')
            entries = Json.Object()
            for lift, one_rm in maxes.items():
                entry = Json.Object()
                entry.set_double_member('kg', 0.9 * one_rm)
                entry.set_string_member('since', monday.format('%F'))
                entries.set_object_member(LIFT_NICKS[lift], entry)
            section.set_object_member('training-maxes', entries)
        self.profile = self.state.get_profile()
        self.profile.set_run_days(run_days)
        self.profile.set_lift_days(lift_days)
        self.profile.set_long_run_day(long_run_day)
        if goal is not None:
            self.profile.set_goal(goal)
        if race_date is not None:
            self.profile.set_race_date(race_date)
        self.today = today
        self.planner = Hyr.Planner.new(self.store, self.state)
        self.planner.set_today(today)
        self.lift_log = Hyr.LiftLog.new(self.state)
        self.maxes = maxes or {}
        self.n = 0

    def monday(self):
        return self.today.add_days(1 - self.today.get_day_of_week()).add_hours(-self.today.get_hour())

    def history_week(self, weeks_ago, runs):
        """Runs of a week before today's: (day 1–7, km[, pace, rpe])."""
        start = self.monday().add_days(-7 * weeks_ago)
        for run in runs:
            day, km = run[0], run[1]
            pace = run[2] if len(run) > 2 else 360.0
            self.n += 1
            self.store.add(run_activity('h%d' % self.n, start.add_days(day - 1).add_hours(7),
                                        km, pace, rpe=run[3] if len(run) > 3 else 3.0))

    def history_lifts(self, weeks_ago, days):
        start = self.monday().add_days(-7 * weeks_ago)
        for day in days:
            self.n += 1
            self.store.add(lift_activity('l%d' % self.n, start.add_days(day - 1).add_hours(18), 60))

    def set_maxes(self):
        """The training maxes are in the profile from the start."""
        for lift, one_rm in self.maxes.items():
            assert abs(self.profile.get_training_max(lift) - 0.9 * one_rm) < 1e-6

    def plan(self, weeks):
        self.planner.set_today(self.today)
        return self.planner.plan_range(self.monday(), weeks)

    def follow(self, plan):
        """Records exactly what @plan says: every session done as planned."""
        for session in plan.get_sessions():
            self.follow_session(session, notify=False)
        self.store.emit('changed')

    def follow_session(self, session, notify=True):
        """Records @session as done as planned."""
        if True:
            self.n += 1
            start = session.props.day
            if session.props.kind == Hyr.SessionKind.RUN:
                kind = session.props.run_kind
                activity = GObject.new(Hyr.Activity, id='p%d' % self.n, sport='Running', start=start,
                                       duration=session.props.duration,
                                       distance=session.props.distance,
                                       rpe=Hyr.training_load_estimate_rpe(kind),
                                       title=session.props.title)
            else:
                activity = lift_activity('p%d' % self.n, start, session.props.duration / 60.0)
                for exercise in session.get_exercises():
                    lift = exercise.props.lift
                    sets = exercise.get_sets()
                    if lift == Hyr.Lift.NONE or not sets or not sets[-1].props.amrap:
                        continue
                    last = sets[-1]
                    if last.props.weight > 0:
                        self.lift_log.record(lift, start, last.props.weight, last.props.reps,
                                             last.props.reps)
            self.store.add(activity)
        if notify:
            self.store.emit('changed')

    def step(self):
        self.today = self.today.add_days(7)


def kinds(plan):
    return [(s.props.day.get_day_of_week(), s.props.kind, s.props.run_kind, s.props.distance)
            for s in plan.get_sessions()]


def describe(plan):
    out = []
    for s in plan.get_sessions():
        if s.props.kind == Hyr.SessionKind.RUN:
            out.append('%s %s %.1f' % (s.props.day.format('%a'), s.props.run_kind.value_nick,
                                       s.props.distance / 1000))
        else:
            out.append('%s %s%s' % (s.props.day.format('%a'), s.props.title,
                                    ' H' if s.props.heavy_legs else ''))
    return '%s %-10s w%d %5.1f km | %s' % (plan.props.week_start.format('%F'),
                                          plan.props.phase.value_nick, plan.props.wave_week,
                                          plan.props.run_distance / 1000, '; '.join(out))


if __name__ == '__main__':
    today = GLib.DateTime.new_local(2026, 3, 2, 6, 0, 0)
    r = Runner(today, run_days=int(sys.argv[1]) if len(sys.argv) > 1 else 3, lift_days=3)
    for w in range(1, 9):
        r.history_week(w, [(2, 6), (4, 6), (7, 9)])
    for w in range(12):
        plans = r.plan(2)
        print(describe(plans[0]))
        for warning in plans[0].get_warnings():
            print('   !', warning[:110])
        r.follow(plans[0])
        r.step()
