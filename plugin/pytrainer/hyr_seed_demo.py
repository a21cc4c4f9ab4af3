#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Seed a THROWAWAY pytrainer profile with a realistic training history.

    /usr/bin/python3 hyr_seed_demo.py DIR [--weeks 16] [--seed N] [--today YYYY-MM-DD]
                                          [--pairs 3] [--commute-days 0]
    /usr/bin/python3 hyr_seed_demo.py DIR --report

DIR becomes a pytrainer configuration directory (use it with
``pytrainer --confdir DIR``).  Everything is written through pytrainer's own
code, the same calls its GUI makes: ``Environment``/``Profile`` for the profile,
``DDBB`` + ``initialize_data`` for the database, ``SportService``,
``EquipmentService``, ``Record.insertRecord`` (the call behind pytrainer's
"New entry" dialog) and ``Athlete.insert_athlete_stats``.  No SQL is written
by hand.

Safety: the script refuses pytrainer's default profile (``~/.pytrainer``) and
any directory that is not empty unless it carries the marker file this script
leaves behind; a directory with that marker is wiped and seeded again.

The history is deterministic for a given ``--seed`` and ``--today``: 16 weeks
of runs of every kind (recovery, easy, long, tempo, interval, hill, one half
marathon race) with heart rate and ascent, strength sessions as the sport
"Gym", three pairs of shoes as pytrainer equipment (one near retirement, with
prior usage), runs linked to shoes in a rotation, and weekly body-mass records.
Activities that would end after "now" are left out.

Long histories (a 20-year database for benchmarks: ``--weeks 1040 --pairs 40
--commute-days 3``, about 14 600 activities): the same weekly pattern repeats;
``--pairs N`` adds N - 3 pairs worn out in the years before the last 16 weeks
(each takes the runs of one era in turn, then is retired), since the three
pairs above were bought at the start of that 16-week block;
``--commute-days N`` adds a bike commute to work and back (sport "Bike") on N
weekdays.  Body mass, body fat and resting heart rate change for the first
year and then stay level.
"""

import argparse
import datetime
import logging
import os
import random
import shutil
import sys
import warnings

MARKER = ".hyr-seeded-demo-profile"
DEFAULT_DATA_PATH = "/usr/share/pytrainer/"
DEFAULT_GETTEXT_PATH = "/usr/share/locale"

# Shoes: (description, life expectancy km, role).  The first pair is the one
# near retirement; its prior usage is computed so that it ends at ~90 % of its
# life expectancy.  The other two were bought at the start of the block and
# have no prior usage.
SHOES = [
    ("Saucony Ride 15 (daily trainer)", 800, "old"),
    ("Nike Pegasus 40 (long runs)", 700, "long"),
    ("Adidas Adizero Boston 12 (fast days)", 550, "fast"),
]
NEAR_RETIREMENT_FRACTION = 0.90

# The three pairs above were bought this many weeks before "today"; with
# --pairs above 3, the runs before that went to older pairs, retired since.
CURRENT_BLOCK_WEEKS = 16
RETIRED_MODELS = ["Asics Gel-Nimbus", "Brooks Ghost", "Mizuno Wave Rider",
                  "New Balance 880", "Saucony Kinvara", "Hoka Clifton",
                  "Nike Vomero", "Adidas Supernova"]
RETIRED_LIFE_KM = 800

# --commute-days: round trips on these weekdays (Monday = 0), in this order.
COMMUTE_WEEKDAYS = [1, 3, 0, 2, 4]

# Run kinds: pace in s/km (whole session, warm-up included), HR, ascent per km.
RUN_KINDS = {
    "recovery": dict(pace=370, hr=128, climb=6.0),
    "easy":     dict(pace=340, hr=139, climb=7.0),
    "long":     dict(pace=335, hr=144, climb=8.5),
    "tempo":    dict(pace=295, hr=161, climb=5.0),
    "interval": dict(pace=305, hr=157, climb=4.0),
    "hill":     dict(pace=350, hr=153, climb=32.0),
    "race":     dict(pace=278, hr=170, climb=3.0),
}
MAX_HR = 189
REST_HR = 50


def die(msg):
    print("hyr_seed_demo: " + msg, file=sys.stderr)
    sys.exit(2)


def check_target(path):
    """Return the absolute target dir, or exit if it must not be touched."""
    target = os.path.realpath(os.path.abspath(path))
    home = os.environ.get("HOME", "")
    protected = {os.path.realpath(os.path.join(home, ".pytrainer"))} if home else set()
    if target in protected or target in ("/", os.path.realpath(home or "/")):
        die("refusing to use %s: that is (or contains) a real pytrainer profile" % target)
    if os.path.exists(target):
        if not os.path.isdir(target):
            die("%s exists and is not a directory" % target)
        entries = os.listdir(target)
        if entries and MARKER not in entries:
            what = "a pytrainer database" if "pytrainer.ddbb" in entries else "files"
            die("refusing to touch %s: it holds %s not made by this script" % (target, what))
    return target


def wipe_and_mark(target):
    """Empty a directory we made before (marker present) and mark it again."""
    if os.path.isdir(target) and os.path.exists(os.path.join(target, MARKER)):
        shutil.rmtree(target)
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, MARKER), "w") as f:
        f.write("Throwaway pytrainer profile seeded by hyr_seed_demo.py "
                "(Hypertrophy Running). Safe to delete.\n")


class _Host:
    """The two attributes of pytrainer's main object that Record and
    Athlete use (``pytrainer_main.ddbb`` and ``pytrainer_main.profile``)."""

    def __init__(self, ddbb, profile):
        self.ddbb = ddbb
        self.profile = profile


def open_pytrainer(conf_dir, data_path=DEFAULT_DATA_PATH):
    """Open (creating if needed) the profile in conf_dir the way
    pytrainer.main.pyTrainer.__init__ does, without building its window."""
    import pytrainer.lib.localization
    pytrainer.lib.localization.initialize_gettext(DEFAULT_GETTEXT_PATH)
    from pytrainer.environment import Environment
    from pytrainer.profile import Profile
    from pytrainer.lib.ddbb import DDBB
    from pytrainer.upgrade.data import initialize_data

    env = Environment(conf_dir, data_path)   # singleton: first call wins
    if os.path.realpath(env.conf_dir) != os.path.realpath(conf_dir):
        raise RuntimeError("pytrainer Environment already bound to %s" % env.conf_dir)
    env.create_directories()
    profile = Profile()
    profile.saveProfile()                    # pyTrainer writes conf.xml first too
    ddbb = DDBB(profile.sqlalchemy_url)
    ddbb.connect()
    initialize_data(ddbb, env.conf_dir)      # creates tables + default sports
    return _Host(ddbb, profile)


# --------------------------------------------------------------------------
# The training history (plain data first, then written through pytrainer)

def plan_history(today, weeks, rng, now, commute_days=0):
    """Return a list of session dicts, oldest first."""
    # The window is the 7*weeks days ending today; plan whole Monday-based
    # weeks that cover it and drop what falls outside afterwards.
    start_day = today - datetime.timedelta(days=7 * weeks - 1)
    first_monday = start_day - datetime.timedelta(days=start_day.weekday())
    last_monday = today - datetime.timedelta(days=today.weekday())
    n_weeks = (last_monday - first_monday).days // 7 + 1
    race_week = max(0, n_weeks - 4)   # half marathon three weeks before the end
    sessions = []

    def run(day, hhmm, kind, km, title, **extra):
        sessions.append(dict(day=day, hhmm=hhmm, sport="Run", kind=kind,
                             km=km, title=title, **extra))

    def gym(day, hhmm, title, minutes):
        sessions.append(dict(day=day, hhmm=hhmm, sport="Gym", kind="strength",
                             minutes=minutes, title=title))

    def commute(day, hhmm, title):
        sessions.append(dict(day=day, hhmm=hhmm, sport="Bike", kind="commute",
                             km=round(rng.uniform(7.6, 8.4), 2), title=title))

    for w in range(n_weeks):
        monday = first_monday + datetime.timedelta(weeks=w)
        deload = (w % 4 == 3) and w != race_week
        scale = 0.75 if deload else 1.0 + 0.02 * min(w, 10)
        long_km = 14.0 + 0.9 * min(w, 11) if not deload else 13.0
        d = [monday + datetime.timedelta(days=i) for i in range(7)]
        jitter = lambda base: round(base * scale * rng.uniform(0.93, 1.07), 2)

        # Monday: recovery jog + lower-body strength
        run(d[0], "06:45", "recovery", jitter(5.5), "Recovery run")
        gym(d[0], "18:30", "Strength A: squat, RDL, lunges", rng.randint(55, 70))
        # Tuesday: intervals
        reps = rng.choice(["6x800 m", "5x1000 m", "8x400 m", "4x1200 m"])
        run(d[1], "18:00", "interval", jitter(10.0), "Intervals " + reps)
        # Wednesday: easy + upper-body strength
        run(d[2], "07:00", "easy", jitter(9.0), "Easy run")
        gym(d[2], "18:30", "Strength B: bench, rows, pull-ups", rng.randint(50, 65))
        # Thursday: tempo and hill repeats alternate
        if w % 2 == 0:
            run(d[3], "18:00", "tempo", jitter(11.0), "Tempo 3x10 min")
        else:
            run(d[3], "18:00", "hill", jitter(9.5), "Hill repeats 8x90 s")
        # Friday: full-body strength (dropped in deload weeks)
        if not deload:
            gym(d[4], "17:30", "Strength C: deadlift, press, carries", rng.randint(50, 70))
        # Weekend: long run Saturday, easy Sunday; race week is different
        if w == race_week:
            run(d[5], "09:00", "recovery", 4.5, "Shakeout with strides")
            run(d[6], "09:00", "race", 21.1, "Half marathon race", race=True)
        elif w == race_week + 1:
            run(d[5], "09:00", "easy", jitter(7.0), "Easy run after race")
            run(d[6], "09:30", "recovery", jitter(5.0), "Recovery run")
        else:
            run(d[5], "08:00", "long", round(long_km * rng.uniform(0.97, 1.03), 2), "Long run")
            run(d[6], "09:30", "easy", jitter(7.0), "Easy run")
        for i in COMMUTE_WEEKDAYS[:commute_days]:
            commute(d[i], "07:30", "Bike commute to work")
            commute(d[i], "17:00", "Bike commute home")
    # Commutes were added after each week's training; pytrainer's ids follow
    # the order of insertion, so keep it by start time (a stable sort: the
    # training sessions are in that order already).
    sessions.sort(key=lambda s: (s["day"], s["hhmm"]))

    # Keep the 16-week window ending today; nothing that ends in the future.
    kept = []
    for s in sessions:
        if s["day"] < start_day or s["day"] > today:
            continue
        # Life happens: ~7 % of non-key sessions are skipped (never the race).
        if not s.get("race") and s["kind"] in ("recovery", "easy", "strength", "commute") \
                and rng.random() < 0.07:
            continue
        kept.append(s)
    return [s for s in kept if session_end(s) <= now]


def session_start(s):
    from dateutil.tz import tzlocal
    hh, mm = (int(x) for x in s["hhmm"].split(":"))
    naive = datetime.datetime.combine(s["day"], datetime.time(hh, mm))
    return naive.replace(tzinfo=tzlocal())


def session_end(s):
    # A generous upper bound on the duration, so "now" filtering does not
    # depend on the random numbers drawn later.
    hours = {"Run": 3.0, "Bike": 1.0}.get(s["sport"], 1.5)
    return session_start(s) + datetime.timedelta(hours=hours)


def fill_numbers(sessions, rng):
    """Turn each planned session into the numbers a watch would record."""
    for i, s in enumerate(sessions):
        if s["sport"] == "Run":
            k = RUN_KINDS[s["kind"]]
            pace = k["pace"] * rng.uniform(0.97, 1.03)          # s/km
            s["seconds"] = int(round(s["km"] * pace))
            s["hr"] = int(round(k["hr"] + rng.uniform(-4, 4)))
            s["maxhr"] = min(MAX_HR, s["hr"] + rng.randint(9, 19))
            s["ascent"] = int(round(s["km"] * k["climb"] * rng.uniform(0.7, 1.3)))
            s["descent"] = int(round(s["ascent"] * rng.uniform(0.9, 1.1)))
            s["calories"] = int(round(s["km"] * 73 * 1.03))    # ~1 kcal/kg/km
            s["comments"] = ""
        elif s["sport"] == "Bike":
            s["seconds"] = int(round(s["km"] * 3600.0 / rng.uniform(20.0, 25.0)))
            s["hr"] = rng.randint(108, 128)
            s["maxhr"] = s["hr"] + rng.randint(15, 30)
            s["ascent"] = rng.randint(20, 45)
            s["descent"] = s["ascent"]
            s["calories"] = int(round(6.8 * 73 * s["seconds"] / 3600.0))   # ~6.8 MET
            s["comments"] = ""
        else:
            s["seconds"] = s["minutes"] * 60
            s["hr"] = rng.randint(102, 122)
            s["maxhr"] = s["hr"] + rng.randint(25, 40)
            s["km"] = 0.0
            s["ascent"] = s["descent"] = 0
            s["calories"] = int(round(5.0 * 73 * s["minutes"] / 60.0))
            s["comments"] = "3-4 sets of 6-12 reps, last set 1-2 reps in reserve."
    # Realistic gaps the bridge must cope with: one run recorded without a
    # heart-rate strap, one without a shoe picked.
    runs = [s for s in sessions if s["sport"] == "Run" and not s.get("race")]
    if len(runs) > 12:
        no_hr = runs[len(runs) // 3]
        no_hr["hr"] = no_hr["maxhr"] = 0
        no_hr["comments"] = "HR strap battery was flat."
        runs[len(runs) // 2]["no_shoe"] = True


def assign_shoes(sessions, block_start=None, retired_pairs=0):
    """Plausible rotation: fast days in the racer, long runs in the new
    cushioned pair, recovery and hills in the old pair, easy runs shared.

    With retired_pairs, runs before block_start are split in that many eras
    of consecutive runs; era k was run in retired pair k ("retired-k")."""
    easy_toggle = 0
    earlier = [s for s in sessions if s["sport"] == "Run" and not s.get("no_shoe")
               and retired_pairs and s["day"] < block_start]
    for i, s in enumerate(earlier):
        s["shoe"] = "retired-%d" % (i * retired_pairs // len(earlier))
    for s in sessions:
        if s["sport"] != "Run" or s.get("no_shoe"):
            s["shoe"] = None
            continue
        if "shoe" in s:
            continue                              # an earlier era's pair
        kind = s["kind"]
        if kind in ("tempo", "interval", "race"):
            s["shoe"] = "fast"
        elif kind == "long":
            s["shoe"] = "long"
        elif kind in ("recovery", "hill"):
            s["shoe"] = "old"
        else:
            s["shoe"] = ("old", "long")[easy_toggle % 2]
            easy_toggle += 1


def body_mass_records(today, weeks, rng):
    """Weekly Monday-morning weigh-ins: slow lean-mass gain, falling resting
    HR, for a year; level after that."""
    first = today - datetime.timedelta(days=7 * weeks - 1)
    first += datetime.timedelta(days=(7 - first.weekday()) % 7)   # first Monday
    out = []
    weeks_in = 0
    day = first
    while day <= today:
        n = min(weeks_in, 52)
        out.append(dict(date=day,
                        weight=round(72.4 + 0.075 * n + rng.uniform(-0.35, 0.35), 1),
                        bodyfat=round(14.6 - 0.04 * n + rng.uniform(-0.3, 0.3), 1),
                        restinghr=int(round(52 - 0.2 * n + rng.uniform(-1, 1))),
                        maxhr=MAX_HR))
        weeks_in += 1
        day += datetime.timedelta(weeks=1)
    return out


def pace_text(seconds, km):
    """pytrainer's DB pace format: "m.ss" (4:30 stored as 4.30, not 4.5)."""
    if km <= 0 or seconds <= 0:
        return "0"
    return "%d.%02d" % divmod(int(round(seconds / km)), 60)


# --------------------------------------------------------------------------

def seed(target, weeks, seed_value, today, now, pairs=len(SHOES), commute_days=0):
    from dateutil.tz import tzutc
    from pytrainer.core.sport import SportService, Sport
    from pytrainer.core.equipment import EquipmentService, Equipment
    from pytrainer.record import Record
    from pytrainer.athlete import Athlete
    from pytrainer.util.color import color_from_hex_string

    rng = random.Random(seed_value)
    # Plan the history before pytrainer writes anything, so a history too
    # short for the pairs asked for stops here; then fix the old pair's
    # prior usage from its share.
    sessions = plan_history(today, weeks, rng, now, commute_days)
    fill_numbers(sessions, rng)
    retired_pairs = pairs - len(SHOES)
    block_start = today - datetime.timedelta(days=7 * CURRENT_BLOCK_WEEKS - 1)
    assign_shoes(sessions, block_start, retired_pairs)
    worn = {}
    for s in sessions:
        if s.get("shoe"):
            worn.setdefault(s["shoe"], []).append(s)
    if any("retired-%d" % k not in worn for k in range(retired_pairs)):
        die("%d pairs: too few runs before the last %d weeks to wear out %d older pairs"
            % (pairs, CURRENT_BLOCK_WEEKS, retired_pairs))
    share = {role: sum(s["km"] for s in worn.get(role, [])) for _, _, role in SHOES}

    host = open_pytrainer(target)
    sport_service = SportService(host.ddbb)
    equipment_service = EquipmentService(host.ddbb)

    # Athlete profile (Edit -> Preferences -> Athlete in pytrainer).
    for key, value in (("prf_name", "Demo runner (seeded)"), ("prf_gender", "Female"),
                       ("prf_age", "34"), ("prf_height", "171"), ("prf_weight", "73"),
                       ("prf_maxhr", str(MAX_HR)), ("prf_minhr", str(REST_HR)),
                       ("prf_startscreen", "last_entry")):
        host.profile.setValue("pytraining", key, value, delay_write=True)
    host.profile.saveProfile()
    host.profile.refreshConfiguration()

    # Sports: "Run" exists in a fresh pytrainer database; add "Gym".
    run_sport = sport_service.get_sport_by_name("Run")
    run_sport.met = 9.8
    sport_service.store_sport(run_sport)
    if sport_service.get_sport_by_name("Gym") is None:
        sport_service.store_sport(Sport(name="Gym", met=5.0, weight=0.0,
                                        color=color_from_hex_string("aa3366")))

    shoe_ids = {}
    for k in range(retired_pairs):
        runs = worn["retired-%d" % k]
        item = equipment_service.store_equipment(Equipment(
            description="%s (pair %d, %d)" % (RETIRED_MODELS[k % len(RETIRED_MODELS)],
                                              k + 1, runs[0]["day"].year),
            life_expectancy=RETIRED_LIFE_KM, prior_usage=0, active=False,
            notes="Seeded demo shoe, retired in %d." % runs[-1]["day"].year))
        shoe_ids["retired-%d" % k] = item.id
    for description, life_km, role in SHOES:
        prior = 0
        if role == "old":
            prior = max(0, int(round(NEAR_RETIREMENT_FRACTION * life_km - share[role])))
        item = equipment_service.store_equipment(Equipment(
            description=description, life_expectancy=life_km, prior_usage=prior,
            active=True, notes="Seeded demo shoe (%s)." % role))
        shoe_ids[role] = item.id

    # Activities through Record.insertRecord, exactly as pytrainer's
    # "New entry" dialog calls it (string fields, pace as m.ss, local and
    # UTC start strings in the same formats as gui/windowrecord.py).
    record = Record(sport_service, DEFAULT_DATA_PATH, host)
    for s in sessions:
        start = session_start(s)
        h, rem = divmod(s["seconds"], 3600)
        m, sec = divmod(rem, 60)
        km = s["km"]
        speed = km * 3600.0 / s["seconds"] if km else 0.0
        list_options = {
            "rcd_sport": s["sport"],
            "rcd_title": s["title"],
            "rcd_date": s["day"].strftime("%Y-%m-%d"),
            "rcd_time": [h, m, sec],
            "rcd_distance": "%.2f" % km,
            "rcd_average": "%.2f" % speed if km else "",
            "rcd_maxvel": "%.2f" % (speed * 1.35) if km else "",
            "rcd_pace": pace_text(s["seconds"], km),
            "rcd_maxpace": pace_text(s["seconds"] / 1.35, km),
            "rcd_beats": str(s["hr"]) if s["hr"] else "",
            "rcd_maxbeats": str(s["maxhr"]) if s["maxhr"] else "",
            "rcd_upositive": str(s["ascent"]),
            "rcd_unegative": str(s["descent"]),
            "rcd_calories": str(s["calories"]),
            "rcd_comments": s["comments"],
            "rcd_gpxfile": "",
            "date_time_local": str(start),
            "date_time_utc": start.astimezone(tzutc()).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        equipment = [shoe_ids[s["shoe"]]] if s.get("shoe") else None
        record.insertRecord(list_options, equipment=equipment)

    athlete = Athlete(DEFAULT_DATA_PATH, host)
    for r in body_mass_records(today, weeks, rng):
        athlete.insert_athlete_stats(r["date"].isoformat(), r["weight"], r["bodyfat"],
                                     r["restinghr"], r["maxhr"])
    return host


def report(host):
    """Print totals read back through pytrainer's own models and services."""
    from sqlalchemy import func
    from pytrainer.core.activity import Activity
    from pytrainer.core.sport import Sport
    from pytrainer.core.equipment import EquipmentService
    from pytrainer.athlete import Athletestat

    session = host.ddbb.session
    first, last, count = session.query(func.min(Activity.date), func.max(Activity.date),
                                       func.count(Activity.id)).one()
    print("activities: %d from %s to %s" % (count, first, last))
    for name, n, km, secs in session.query(Sport.name, func.count(Activity.id),
                                           func.sum(Activity.distance),
                                           func.sum(Activity.duration)) \
            .join(Activity.sport).group_by(Sport.name).order_by(Sport.name):
        print("  %-5s %4d sessions %8.1f km %7.1f h" % (name, n, km or 0, (secs or 0) / 3600.0))
    kinds = {}
    for (title,) in session.query(Activity.title):
        key = title.split()[0]
        kinds[key] = kinds.get(key, 0) + 1
    print("  by title: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    print("equipment (EquipmentService.get_equipment_usage = linked km + prior usage):")
    service = EquipmentService(host.ddbb)
    for item in service.get_all_equipment():
        usage = service.get_equipment_usage(item)
        pct = 100.0 * usage / item.life_expectancy if item.life_expectancy else 0.0
        print("  #%d %-38s usage %7.2f km (prior %4d) of %4d km = %5.1f %%, %s, %d runs"
              % (item.id, item.description, usage, item.prior_usage, item.life_expectancy,
                 pct, "active" if item.active else "retired", len(item.activities)))
    stats = session.query(Athletestat).order_by(Athletestat.date).all()
    if stats:
        print("body mass: %d records, %.1f kg (%s) -> %.1f kg (%s)"
              % (len(stats), stats[0].weight, stats[0].date, stats[-1].weight, stats[-1].date))


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("profile_dir", help="throwaway pytrainer profile directory (created)")
    p.add_argument("--weeks", type=int, default=16)
    p.add_argument("--seed", type=int, default=20240917)
    p.add_argument("--today", help="last day of the history, YYYY-MM-DD (default: today)")
    p.add_argument("--pairs", type=int, default=len(SHOES),
                   help="pairs of shoes (default %d); more than that needs --weeks above %d: "
                        "the others were worn out and retired before the last %d weeks"
                   % (len(SHOES), CURRENT_BLOCK_WEEKS, CURRENT_BLOCK_WEEKS))
    p.add_argument("--commute-days", type=int, default=0,
                   help="weekdays with a bike commute to work and back (0-5, default 0)")
    p.add_argument("--report", action="store_true",
                   help="only print totals of an already seeded profile")
    p.add_argument("--verbose", action="store_true", help="show pytrainer's own log")
    args = p.parse_args(argv)
    if not args.verbose:
        # pytrainer logs harmless ERRORs on a fresh profile (no conf.xml yet,
        # empty max/min HR) and its ForcedInteger type trips an SQLAlchemy
        # 1.4 caching warning; keep the seeder's output to its report.
        logging.getLogger().setLevel(logging.CRITICAL)
        warnings.filterwarnings("ignore", module="sqlalchemy")
        warnings.filterwarnings("ignore", message=".*cache_ok.*")

    # pytrainer's modules import Gtk/Gdk without pinning a version.
    import gi
    gi.require_version("Gtk", "3.0")
    gi.require_version("Gdk", "3.0")
    target = check_target(args.profile_dir)
    if args.report:
        if not os.path.exists(os.path.join(target, MARKER)):
            die("%s was not seeded by this script" % target)
        report(open_pytrainer(target))
        return 0
    if args.weeks < 1:
        die("--weeks must be at least 1")
    if args.pairs < len(SHOES):
        die("--pairs must be at least %d" % len(SHOES))
    if args.pairs > len(SHOES) and args.weeks <= CURRENT_BLOCK_WEEKS:
        die("--pairs above %d needs --weeks above %d (the other pairs were worn "
            "before the last %d weeks)" % (len(SHOES), CURRENT_BLOCK_WEEKS, CURRENT_BLOCK_WEEKS))
    if not 0 <= args.commute_days <= len(COMMUTE_WEEKDAYS):
        die("--commute-days must be between 0 and %d" % len(COMMUTE_WEEKDAYS))
    if args.today:
        today = datetime.date.fromisoformat(args.today)
        from dateutil.tz import tzlocal
        now = datetime.datetime.combine(today, datetime.time(23, 59)).replace(tzinfo=tzlocal())
    else:
        from dateutil.tz import tzlocal
        now = datetime.datetime.now(tzlocal())
        today = now.date()
    wipe_and_mark(target)
    host = seed(target, args.weeks, args.seed, today, now, args.pairs, args.commute_days)
    print("seeded pytrainer profile %s (start it with: pytrainer --confdir %s)" % (target, target))
    report(host)
    return 0


if __name__ == "__main__":
    sys.exit(main())
