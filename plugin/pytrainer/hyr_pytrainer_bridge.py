# SPDX-License-Identifier: GPL-2.0-or-later
"""Hypertrophy Running host bridge for pytrainer.

pytrainer (2.1.x, GTK3/PyGObject) has no libpeas engine and no start-up
hook.  The launcher (hypertrophy-running-pytrainer) imports pytrainer,
wraps ``pytrainer.gui.windowmain.Main.run`` -- the last call pytrainer makes
before entering the GTK main loop, when its window, services and database
session all exist -- and calls :func:`install` from there.  :func:`install`

* creates a ``Peas.Engine`` (search paths: the installed plugin dir,
  ``$XDG_DATA_HOME/hypertrophy-running/plugins`` and, for development,
  ``$HYR_BUILD_DIR``), restores the enabled-plugin list from
  ``$XDG_CONFIG_HOME/hypertrophy-running/pytrainer-plugins.ini`` and saves it
  whenever it changes;
* adds *Tools -> Plugins...*, which opens libpeas-gtk's plugin manager;
* passes a ``HyrGtk.Workbench`` to every ``Peas.Activatable`` extension: pages
  become tabs of pytrainer's main notebook, after Record / Day / Week /
  Month / Year / Athlete / Totals;
* implements ``Hyr.ActivityStore`` over pytrainer's own SQLAlchemy models
  and session (one column query per range), and after pytrainer commits a
  change emits ``activities-changed`` with the range of the starts involved
  when only activities changed, ``changed`` when equipment, sports or
  athlete records did (or a change's range cannot be known).

Units: pytrainer stores metric values (distance km, ascent m, equipment km,
body mass kg) whatever the display units; the contract is SI, so distances
are converted to metres here.
"""

import datetime
import gettext
import glob
import logging
import math
import os

import gi

gi.require_version("GLib", "2.0")
gi.require_version("GObject", "2.0")
gi.require_version("GIRepository", "2.0")
gi.require_version("Gtk", "3.0")
gi.require_version("Gdk", "3.0")
gi.require_version("Peas", "1.0")
gi.require_version("PeasGtk", "1.0")
from gi.repository import GIRepository, GLib, GObject, Gtk, Peas, PeasGtk  # noqa: E402

log = logging.getLogger("hypertrophy-running")

GETTEXT_DOMAIN = "hypertrophy-running"
CONFIG_DIR_NAME = "hypertrophy-running"
STATE_FILE_NAME = "pytrainer-plugins.ini"
STATE_GROUP = "pytrainer"
STATE_KEY = "loaded-plugins"
#: pytrainer's own tabs in its main notebook (Record ... Totals).
PYTRAINER_TAB_COUNT = 7


def _(text):
    return gettext.dgettext(GETTEXT_DOMAIN, text)


# ---------------------------------------------------------------------------
# Locating the contract typelib and plugin directories

def _configured(value):
    """A meson @PLACEHOLDER@ that was never filled counts as unset."""
    if not value or (value.startswith("@") and value.endswith("@")):
        return None
    return value


def build_dir_candidates(build_dir):
    """Directories of a meson build tree that may hold the plugin module,
    its .plugin file, libhyr, libhyr-workbench and their typelibs."""
    if not build_dir:
        return []
    out = []
    for d in (build_dir, os.path.join(build_dir, "plugin")):
        if os.path.isdir(d):
            out.append(os.path.abspath(d))
    return out


def setup_typelib_path(typelib_dir=None, lib_dir=None, build_dir=None):
    """Make ``Hyr-1.0`` and ``HyrGtk-1.0`` importable: the installed typelib
    dir (if not a default one), and a development build tree (typelibs *and*
    libhyr and libhyr-workbench, which the typelibs name but which are not on
    the loader's path there)."""
    repo = GIRepository.Repository.get_default()
    dirs = []
    for d in build_dir_candidates(build_dir):
        if glob.glob(os.path.join(d, "Hyr-*.typelib")):
            dirs.append(d)
    for d in (typelib_dir,):
        if d and os.path.isdir(d):
            dirs.append(d)
    # prepend in reverse so the first entry (the build tree) wins
    for d in reversed(dirs):
        repo.prepend_search_path(d)
    lib_dirs = [d for d in build_dir_candidates(build_dir)
                if glob.glob(os.path.join(d, "libhyr-*.so*"))]
    if lib_dir and os.path.isdir(lib_dir):
        lib_dirs.append(lib_dir)
    for d in reversed(lib_dirs):
        repo.prepend_library_path(d)


def load_contract():
    """Return the contract's namespace modules, ``Hyr`` and ``HyrGtk`` (the
    workbench, apart because it needs GTK), or ``(None, None)`` if they are
    not installed."""
    try:
        gi.require_version("Hyr", "1.0")
        gi.require_version("HyrGtk", "1.0")
        from gi.repository import Hyr, HyrGtk
        return Hyr, HyrGtk
    except (ValueError, ImportError) as e:
        log.warning("Hyr-1.0 or HyrGtk-1.0 typelib not found (%s): plugins will not "
                    "get pytrainer's activity database or a place for pages", e)
        return None, None


def plugin_search_dirs(plugin_dir=None, build_dir=None):
    """Plugin dirs in priority order: development build, user, installed."""
    dirs = []
    dirs.extend(build_dir_candidates(build_dir))
    dirs.append(os.path.join(GLib.get_user_data_dir(), CONFIG_DIR_NAME, "plugins"))
    if plugin_dir:
        dirs.append(plugin_dir)
    seen, out = set(), []
    for d in dirs:
        key = os.path.realpath(d)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


# ---------------------------------------------------------------------------
# Reading pytrainer's database through its own models

def _parse_timestamp(text):
    """Parse the date-time strings pytrainer stores (``str(datetime)`` for
    local times, ``%Y-%m-%dT%H:%M:%SZ`` for UTC, older free forms)."""
    if not text:
        return None
    try:
        return datetime.datetime.fromisoformat(text)   # fast path, handles 'Z' (3.11)
    except ValueError:
        pass
    try:
        import dateutil.parser
        return dateutil.parser.parse(text)
    except (ValueError, OverflowError):
        return None


def start_epoch(day, local_text, utc_text):
    """The start instant (POSIX seconds) of a pytrainer record.

    Mirrors ``pytrainer.core.activity.Activity.date_time``: the stored local
    time wins, else the UTC string; a string without offset is read as local
    time, as pytrainer does.  Records with neither string start at local
    midnight of their ``date``.  Returns None when nothing is usable."""
    for text in (local_text, utc_text):
        dt = _parse_timestamp(text)
        if dt is not None:
            # aware: its own offset; naive: local time (datetime.timestamp()
            # and pytrainer's astimezone() both read it so)
            return dt.timestamp()
    if day is not None:
        return datetime.datetime.combine(day, datetime.time()).timestamp()
    return None


class ActivityRow:
    """One activity in contract units (plain Python, no GObject)."""
    __slots__ = ("id", "sport", "start", "duration", "distance", "ascent",
                 "avg_heart_rate", "gear_ids", "title")

    def __init__(self, id, sport, start, duration, distance, ascent,
                 avg_heart_rate, gear_ids, title):
        self.id, self.sport, self.start = id, sport, start
        self.duration, self.distance, self.ascent = duration, distance, ascent
        self.avg_heart_rate, self.gear_ids, self.title = avg_heart_rate, gear_ids, title

    def __repr__(self):
        return "ActivityRow(%s)" % ", ".join("%s=%r" % (k, getattr(self, k))
                                            for k in self.__slots__)


class GearRow:
    __slots__ = ("id", "name", "prior_distance", "retire_distance", "active")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))

    def __repr__(self):
        return "GearRow(%s)" % ", ".join("%s=%r" % (k, getattr(self, k))
                                        for k in self.__slots__)


def _num(value):
    """pytrainer columns may hold None, strings (SQLite keeps what the GUI
    typed) or numbers; unknown or unparsable counts as 0."""
    if value is None or value == "":
        return 0.0
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _as_date(value):
    """A ``records.date`` value read as stored: SQLite keeps ``YYYY-MM-DD``
    text, other databases' drivers hand back a date."""
    if value is None or isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _local_date(epoch, fallback, shift_days):
    """Local calendar date of a POSIX time, moved by shift_days; fallback
    when out of Python's range (GLib.DateTime spans years 1 to 9999)."""
    try:
        return datetime.date.fromtimestamp(epoch) + datetime.timedelta(days=shift_days)
    except (OverflowError, ValueError, OSError):
        return fallback


class PytrainerData:
    """Column queries over pytrainer's SQLAlchemy models, on pytrainer's own
    session (``pytrainer_main.ddbb.session``), so uncommitted GUI state is
    never seen and no second connection is opened."""

    def __init__(self, ddbb, profile=None):
        self._ddbb = ddbb
        self._profile = profile
        #: ids of the records the last activities() could not read at all,
        #: and of those whose text it had to repair
        self.skipped, self.repaired = [], []
        from pytrainer.core.activity import Activity
        from pytrainer.core.equipment import Equipment
        from pytrainer.core.sport import Sport
        from pytrainer.athlete import Athletestat
        from pytrainer.lib.ddbb import record_to_equipment
        self._Activity, self._Equipment, self._Sport = Activity, Equipment, Sport
        self._Athletestat, self._link = Athletestat, record_to_equipment

    @property
    def session(self):
        return self._ddbb.session

    def activities(self, from_epoch, to_epoch):
        """Every activity whose start lies in [from_epoch, to_epoch), sorted
        by start, in one SQL statement.

        The SQL filter uses the ``records.date`` column (the local date at
        recording time) widened by a day on each side, since a record's
        stored offset may differ from today's local zone; the exact instant
        is then checked in Python.

        One bad record never takes the others with it: text columns are read
        as bytes and decoded here, so a title that is not UTF-8 (SQLite
        stores whatever it was given, and its driver raised
        OperationalError for the whole statement) is repaired and counted in
        ``repaired``; should the statement still fail, the records are read
        one by one and those that fail are skipped and counted in
        ``skipped``. Both are logged."""
        A = self._Activity
        lo = _local_date(from_epoch, datetime.date.min, -1)
        hi = _local_date(max(from_epoch, to_epoch - 1e-6), datetime.date.max, +1)
        self.skipped, self.repaired = [], []
        rows = {}
        try:
            # Plain columns: run the statement on the session's connection
            # (same transaction) and skip ORM row processing. yield_per()
            # fetches rows a batch at a time (iterating fetches them one by
            # one; all() keeps them all alive, and Python's collector then
            # sweeps the whole heap).
            result = (self.session.connection()
                      .execute(self._activity_query(A.date >= lo, A.date <= hi).statement)
                      .yield_per(1000))
            for db_row in result:
                self._add_activity_row(rows, db_row, from_epoch, to_epoch)
        except Exception as e:  # noqa: BLE001 - any driver error, whatever the database
            log.warning("reading pytrainer's records in one statement failed (%s); "
                        "reading them one by one", e)
            rows = self._activities_one_by_one(lo, hi, from_epoch, to_epoch)
        if self.skipped:
            log.warning("skipped %d pytrainer record(s) that could not be read: %s",
                        len(self.skipped), ", ".join(map(str, self.skipped)))
        if self.repaired:
            log.warning("%d pytrainer record(s) hold text that is not UTF-8, shown with "
                        "replacement characters: %s",
                        len(self.repaired), ", ".join(map(str, self.repaired)))
        out = [r for r in rows.values() if r]
        out.sort(key=lambda r: (r.start, int(r.id)))
        return out

    def _activity_query(self, *criteria):
        from sqlalchemy import LargeBinary, cast, type_coerce
        from sqlalchemy.types import NullType
        A, S, E, L = self._Activity, self._Sport, self._Equipment, self._link

        def raw(column):
            # CAST(... AS BLOB): the driver hands over bytes and decodes
            # nothing (see activities()); NullType: SQLAlchemy does not copy
            # them again (88 ms under cProfile over 14 500 activities).
            return type_coerce(cast(column, LargeBinary), NullType)
        # ``date`` is only the fallback for records without start strings:
        # read it as stored and parse it then, rather than have SQLAlchemy
        # convert it on every row (which cost as much as the rest of the row).
        return (self.session.query(A.id, raw(A.date), raw(A.date_time_local),
                                   raw(A.date_time_utc),
                                   A.duration, A.distance, A.upositive, A.beats,
                                   raw(A.title), raw(S.name), E.id)
                .outerjoin(S, A.sport_id == S.id)
                .outerjoin(L, L.c.record_id == A.id)
                # inner semantics for the equipment row itself: a link to an
                # equipment id that no longer exists yields E.id = NULL, dropped
                .outerjoin(E, E.id == L.c.equipment_id)
                .filter(*criteria)
                .order_by(A.id, E.id))

    def _text(self, rid, value):
        """A text column read as bytes, decoded; invalid UTF-8 is replaced
        and the record noted as repaired."""
        if value is None:
            return None
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            if rid not in self.repaired:
                self.repaired.append(rid)
            return value.decode("utf-8", errors="replace")
        except AttributeError:
            # a driver that hands over str, or a memoryview
            return value if isinstance(value, str) else self._text(rid, bytes(value))

    def _add_activity_row(self, rows, db_row, from_epoch, to_epoch):
        (rid, day, local_s, utc_s, duration, distance, ascent, beats,
         title, sport, gear_id) = db_row
        row = rows.get(rid)
        if row is None:
            # start_epoch()'s order (local, UTC, day), each decoded only
            # when the one before gave nothing
            start = start_epoch(None, self._text(rid, local_s), None)
            if start is None:
                start = start_epoch(None, None, self._text(rid, utc_s))
            if start is None:
                start = start_epoch(_as_date(self._text(rid, day)), None, None)
            if start is None or not (from_epoch <= start < to_epoch):
                rows[rid] = False          # seen, out of range
                return
            title, sport = self._text(rid, title), self._text(rid, sport)
            row = rows[rid] = ActivityRow(
                id=str(rid), sport=sport or "", start=start,
                duration=_num(duration), distance=_num(distance) * 1000.0,
                ascent=_num(ascent), avg_heart_rate=_num(beats),
                gear_ids=[], title=title or "")
        if row and gear_id is not None:
            row.gear_ids.append(str(gear_id))

    def _activities_one_by_one(self, lo, hi, from_epoch, to_epoch):
        """The slow path of activities(), taken only when the one statement
        failed: each record on its own, so that a failing one is skipped."""
        A = self._Activity
        rows = {}
        self.repaired = []
        ids = [rid for (rid,) in self.session.query(A.id).filter(A.date >= lo, A.date <= hi)]
        for rid in ids:
            mine = {}
            try:
                for db_row in self.session.connection().execute(
                        self._activity_query(A.id == rid).statement):
                    self._add_activity_row(mine, db_row, from_epoch, to_epoch)
            except Exception as e:  # noqa: BLE001 - as in activities()
                log.debug("pytrainer record %s could not be read: %s", rid, e)
                self.skipped.append(rid)
                continue
            rows.update(mine)
        return rows

    def gear(self):
        """pytrainer's equipment, prior usage and life expectancy in metres
        (pytrainer keeps both as integer km; life expectancy 0 = unknown)."""
        E = self._Equipment
        q = self.session.query(E.id, E.description, E.prior_usage,
                               E.life_expectancy, E.active).order_by(E.id)
        return [GearRow(id=str(gid), name=desc or "", prior_distance=_num(prior) * 1000.0,
                        retire_distance=max(0.0, _num(life)) * 1000.0,
                        active=bool(active) if active is not None else True)
                for gid, desc, prior, life, active in q]

    def body_mass(self, when_epoch):
        """Latest athlete-stats weight (kg) dated on or before the local date
        of ``when``; else the weight in pytrainer's profile; else 0."""
        S = self._Athletestat
        day = _local_date(when_epoch, datetime.date.max if when_epoch > 0 else datetime.date.min, 0)
        weight = (self.session.query(S.weight)
                  .filter(S.date <= day, S.weight != None, S.weight > 0)  # noqa: E711
                  .order_by(S.date.desc(), S.id_athletestat.desc())
                  .limit(1).scalar())
        if weight:
            return _num(weight)
        if self._profile is not None:
            return _num(self._profile.getValue("pytraining", "prf_weight"))
        return 0.0


#: How far the range of an ``activities-changed`` reaches beyond the starts
#: it covers: a start read back through another zone or day boundary stays
#: inside it.
CHANGE_PADDING = 86400.0

#: The columns a pytrainer record's start is read from (see start_epoch()).
START_COLUMNS = ("date", "date_time_local", "date_time_utc")


def _record_starts(obj, is_new, is_deleted):
    """The start instants (POSIX seconds) a flushed pytrainer record had
    before the flush and has after it, from SQLAlchemy's attribute history
    (still the flush's in ``after_flush``). None when one of them cannot be
    read, for instance from columns that were never loaded."""
    from sqlalchemy import inspect
    attrs = inspect(obj).attrs
    before, after = {}, {}
    for name in START_COLUMNS:
        history = attrs[name].history
        unchanged = list(history.unchanged)
        before[name] = (list(history.deleted) or unchanged or [None])[0]
        after[name] = (list(history.added) or unchanged or [None])[0]
    starts = []
    for values, exists in ((before, not is_new), (after, not is_deleted)):
        if not exists:
            continue
        start = start_epoch(_as_date(values["date"]), values["date_time_local"],
                            values["date_time_utc"])
        if start is None:
            return None
        starts.append(start)
    return starts or None


class ChangeWatcher:
    """Calls ``callback`` (once, from an idle) after pytrainer commits
    changes to activities, equipment, sports or athlete stats: with the
    range ``(from_epoch, to_epoch)`` every changed activity started in,
    before or after the change, when only activities changed, else with
    None.

    pytrainer has no change notifications and writes from many places
    (Record.insertRecord/updateRecord, ActivityService.remove_activity_from_db,
    EquipmentService.store/remove_equipment, the CSV importer, Athlete.*), all
    through the one session in ``pytrainer_main.ddbb.session``; watching that
    session's flushes catches every path instead of wrapping each method."""

    def __init__(self, session, callback, models, activity_model=None):
        from sqlalchemy import event
        self._event = event
        self._session = session
        self._callback = callback
        self._models = tuple(models)
        self._activity_model = activity_model
        self._tables = {m.__table__.name for m in self._models}
        self._pending = False
        self._everything = False      # a change whose range is unknown
        self._span = None             # [lo, hi] of the activity starts changed
        self._idle = 0
        self._hooks = [("after_flush", self._after_flush),
                       ("after_bulk_delete", self._after_bulk),
                       ("after_bulk_update", self._after_bulk),
                       ("after_commit", self._after_commit),
                       ("after_rollback", self._after_rollback)]
        for name, fn in self._hooks:
            event.listen(session, name, fn)

    def close(self):
        for name, fn in self._hooks:
            if self._event.contains(self._session, name, fn):
                self._event.remove(self._session, name, fn)
        if self._idle:
            GLib.source_remove(self._idle)
            self._idle = 0

    def _note_activity(self, obj, is_new, is_deleted):
        starts = _record_starts(obj, is_new, is_deleted)
        if starts is None:
            self._everything = True
            return
        lo, hi = min(starts), max(starts)
        if self._span is not None:
            lo, hi = min(lo, self._span[0]), max(hi, self._span[1])
        self._span = [lo, hi]

    def _after_flush(self, session, flush_context):
        new = {id(obj) for obj in session.new}
        deleted = {id(obj) for obj in session.deleted}
        for obj in list(session.new) + list(session.dirty) + list(session.deleted):
            if self._activity_model is not None and isinstance(obj, self._activity_model):
                self._pending = True
                self._note_activity(obj, id(obj) in new, id(obj) in deleted)
            elif isinstance(obj, self._models):
                # Linking a run to a pair dirties the pair through its
                # collection of records; only its own columns are gear news.
                if (id(obj) in new or id(obj) in deleted or
                        session.is_modified(obj, include_collections=False)):
                    self._pending = True
                    self._everything = True

    def _after_bulk(self, ctx):
        # query(...).delete()/update() bypass the unit of work
        # (Athlete.delete_record uses one), so which rows is unknown.
        mapper = getattr(ctx, "mapper", None)
        table = getattr(getattr(mapper, "local_table", None), "name", None)
        if table is None or table in self._tables:
            self._pending = True
            self._everything = True

    def _after_commit(self, session):
        if self._pending and not self._idle:
            # Not from inside the commit: a listener that queries at once
            # would hit a session that is still finishing its transaction.
            self._idle = GLib.idle_add(self._fire)
        # keep _pending until the idle runs so several commits coalesce

    def _after_rollback(self, session):
        if not self._idle:
            self._pending = False
            self._everything = False
            self._span = None

    def _fire(self):
        self._idle = 0
        if self._pending:
            span = None if self._everything or self._span is None else \
                (self._span[0] - CHANGE_PADDING, self._span[1] + CHANGE_PADDING)
            self._pending = False
            self._everything = False
            self._span = None
            try:
                self._callback(span)
            except Exception:
                log.exception("change notification failed")
        return GLib.SOURCE_REMOVE


def emit_change(store, span):
    """Emits ``changed`` on ``store`` for ``span`` None, else
    ``activities-changed`` for the range ``span`` (POSIX seconds), as
    :class:`ChangeWatcher` reports them."""
    if span is None:
        store.emit("changed")
        return
    lo, hi = span
    store.emit("activities-changed",
               GLib.DateTime.new_from_unix_utc(int(math.floor(lo))),
               GLib.DateTime.new_from_unix_utc(int(math.ceil(hi)) + 1))


# ---------------------------------------------------------------------------
# Pages as tabs of pytrainer's main notebook

class NotebookPages:
    """Adds and removes pages in pytrainer's main notebook (``windowmain.notebook``:
    Record / Day / Week / Month / Year / Athlete / Totals)."""

    def __init__(self, windowmain):
        self._wm = windowmain
        self.notebook = windowmain.notebook
        self.own_pages = self.notebook.get_n_pages()
        self._pages = {}          # id -> (widget, owner)
        self.owner = None         # plugin module name during its activate()
        self._route_page_changes()

    def _route_page_changes(self):
        """pytrainer's ``on_page_change`` maps every page index >= 7 to its
        Record view and refreshes it; for our tabs that is wasted work and
        leaves pytrainer thinking the Record view is showing.  Reconnect it
        so it only sees switches to pytrainer's own tabs."""
        handler = self._wm.on_page_change
        try:
            n = self.notebook.disconnect_by_func(handler)
        except TypeError:
            n = 0
        if not n:
            return                      # not found: leave pytrainer as it is

        def on_switch(notebook, page, num):
            if num < self.own_pages:
                handler(notebook, page, num)
        self.notebook.connect("switch-page", on_switch)

    def add(self, page_id, title, widget):
        if page_id in self._pages:
            log.warning("page %r added twice; replacing it", page_id)
            self.remove(page_id)
        label = Gtk.Label(label=title)
        label.show()
        widget.show()
        self.notebook.append_page(widget, label)
        self.notebook.set_menu_label_text(widget, title)
        self._pages[page_id] = (widget, self.owner)

    def remove(self, page_id):
        entry = self._pages.pop(page_id, None)
        if entry is None:
            log.warning("remove_page(%r): no such page", page_id)
            return
        num = self.notebook.page_num(entry[0])
        if num >= 0:
            self.notebook.remove_page(num)

    def remove_owned_by(self, owner):
        for page_id, (_w, who) in list(self._pages.items()):
            if who == owner:
                log.warning("plugin %s left page %r behind on deactivation; removing it",
                            owner, page_id)
                self.remove(page_id)

    def ids(self):
        return list(self._pages)


def make_contract_classes(Hyr, HyrGtk):
    """Define the GObject classes implementing the contract's interfaces
    (only once the Hyr and HyrGtk typelibs are loaded)."""

    class PytrainerActivityStore(GObject.Object, Hyr.ActivityStore):
        __gtype_name__ = "HyrPytrainerActivityStore"

        def __init__(self, data):
            super().__init__()
            self._data = data

        @staticmethod
        def _epoch(dt):
            return dt.to_unix() + dt.get_microsecond() / 1e6

        def do_query(self, from_, to):
            rows = self._data.activities(self._epoch(from_), self._epoch(to))
            out = []
            # Looked up once: gi resolves a method on every lookup, which
            # took 10 ms over 15 000 activities.
            new_activity, new_start = Hyr.Activity, GLib.DateTime.new_from_unix_local
            for r in rows:
                whole = int(r.start // 1)
                start = new_start(whole)
                if r.start != whole:
                    start = start.add_seconds(r.start - whole)
                # No rpe: pytrainer has none, and an unset RPE reads as 0.
                out.append(new_activity(id=r.id, sport=r.sport, start=start,
                                        duration=r.duration, distance=r.distance,
                                        ascent=r.ascent, avg_heart_rate=r.avg_heart_rate,
                                        gear_ids=r.gear_ids, title=r.title))
            return out

        def do_list_gear(self):
            return [Hyr.Gear(id=g.id, name=g.name, prior_distance=g.prior_distance,
                             retire_distance=g.retire_distance, active=g.active)
                    for g in self._data.gear()]

        def do_get_body_mass(self, when):
            return self._data.body_mass(self._epoch(when))

    class PytrainerWorkbench(GObject.Object, HyrGtk.Workbench):
        __gtype_name__ = "HyrPytrainerWorkbench"

        def __init__(self, pages, store):
            super().__init__()
            self._pages = pages
            self._store = store

        def do_add_page(self, page_id, title, widget):
            self._pages.add(page_id, title, widget)

        def do_remove_page(self, page_id):
            self._pages.remove(page_id)

        def do_get_store(self):
            return self._store

    return PytrainerActivityStore, PytrainerWorkbench


# ---------------------------------------------------------------------------
# The plugin engine

class PluginState:
    """The enabled-plugin list, kept in a small key file:
    ``$XDG_CONFIG_HOME/hypertrophy-running/pytrainer-plugins.ini``."""

    def __init__(self, path=None):
        self.path = path or os.path.join(GLib.get_user_config_dir(), CONFIG_DIR_NAME,
                                         STATE_FILE_NAME)

    def load(self):
        kf = GLib.KeyFile()
        try:
            kf.load_from_file(self.path, GLib.KeyFileFlags.NONE)
            return [p for p in kf.get_string_list(STATE_GROUP, STATE_KEY) if p]
        except GLib.Error as e:
            if not e.matches(GLib.file_error_quark(), GLib.FileError.NOENT):
                log.warning("cannot read %s: %s", self.path, e.message)
            return []

    def save(self, names):
        os.makedirs(os.path.dirname(self.path), mode=0o700, exist_ok=True)
        kf = GLib.KeyFile()
        kf.set_string_list(STATE_GROUP, STATE_KEY, list(names))
        kf.save_to_file(self.path)            # g_file_set_contents: atomic


class PluginHost:
    """Owns the Peas engine, the extension set and the Plugins dialog."""

    def __init__(self, window, workbench, pages, search_dirs, state):
        self.window = window
        self.pages = pages
        self.state = state
        self.engine = Peas.Engine.new()
        # Python plugins are welcome too; the loader reuses this interpreter.
        self.engine.enable_loader("python3")
        for d in search_dirs:
            if os.path.isdir(d):
                self.engine.add_search_path(d, None)
        self.extensions = Peas.ExtensionSet.new(self.engine, Peas.Activatable,
                                                ["object"], [workbench])
        self.extensions.connect("extension-added", self._on_added)
        self.extensions.connect("extension-removed", self._on_removed)
        self._restoring = True
        wanted = state.load()
        self.engine.set_loaded_plugins(wanted)
        self._restoring = False
        missing = [n for n in wanted if self.engine.get_plugin_info(n) is None]
        if missing:
            log.warning("enabled plugins not found in %s: %s",
                        ", ".join(search_dirs), ", ".join(missing))
        self.engine.connect("notify::loaded-plugins", self._on_loaded_changed)
        self._dialog = None

    def _activate(self, info, exten):
        self.pages.owner = info.get_module_name()
        try:
            exten.activate()
        finally:
            self.pages.owner = None

    def _on_added(self, _set, info, exten):
        log.info("activating plugin %s", info.get_module_name())
        self._activate(info, exten)

    def _on_removed(self, _set, info, exten):
        log.info("deactivating plugin %s", info.get_module_name())
        exten.deactivate()
        self.pages.remove_owned_by(info.get_module_name())

    def _on_loaded_changed(self, engine, _pspec):
        if self._restoring:
            return
        loaded = list(engine.get_loaded_plugins())
        # Keep names saved earlier that this run cannot see (e.g. a build dir
        # not on the search path today), so they come back when available.
        unknown = [n for n in self.state.load()
                   if engine.get_plugin_info(n) is None and n not in loaded]
        try:
            self.state.save(loaded + unknown)
        except (OSError, GLib.Error) as e:
            log.warning("cannot save enabled plugins to %s: %s", self.state.path, e)

    def show_manager(self, *_args):
        if self._dialog is not None:
            self._dialog.present()
            return
        dialog = Gtk.Dialog(title=_("Plugins"), transient_for=self.window,
                            modal=True, destroy_with_parent=True)
        dialog.add_button(_("_Close"), Gtk.ResponseType.CLOSE)
        dialog.set_default_size(640, 440)
        manager = PeasGtk.PluginManager.new(self.engine)
        manager.set_border_width(6)
        dialog.get_content_area().pack_start(manager, True, True, 0)
        dialog.connect("response", lambda d, _r: d.destroy())
        dialog.connect("destroy", self._on_dialog_destroyed)
        dialog.show_all()
        self._dialog = dialog

    def _on_dialog_destroyed(self, _dialog):
        self._dialog = None

    def shutdown(self):
        """Deactivate extensions at exit without touching the saved list."""
        if self._dialog is not None:
            self._dialog.destroy()
        self.extensions.foreach(lambda _s, info, exten, _d: exten.deactivate(), None)


def add_tools_menu_item(windowmain, label, callback):
    """Append an item to pytrainer's Tools menu (GtkUIManager 'uimanager1',
    path /menubar1/tools1, built from pytrainer.ui)."""
    uim = windowmain._builder.get_object("uimanager1")
    tools = uim.get_widget("/menubar1/tools1") if uim is not None else None
    menu = tools.get_submenu() if tools is not None else None
    if menu is None:
        raise RuntimeError("pytrainer's Tools menu was not found")
    item = Gtk.MenuItem.new_with_mnemonic(label)
    item.connect("activate", callback)
    item.show()
    menu.append(item)
    return item


class Bridge:
    """Everything :func:`install` sets up, kept alive for pytrainer's lifetime."""

    def __init__(self, pytrainer_main, plugin_dir=None, build_dir=None, state_path=None):
        wm = pytrainer_main.windowmain
        self.pytrainer_main = pytrainer_main
        self.pages = NotebookPages(wm)
        self.data = PytrainerData(pytrainer_main.ddbb, pytrainer_main.profile)
        self.Hyr, self.HyrGtk = load_contract()
        self.store = None
        self.watcher = None
        if self.Hyr is not None:
            Store, Workbench = make_contract_classes(self.Hyr, self.HyrGtk)
            self.store = Store(self.data)
            self.workbench = Workbench(self.pages, self.store)
            from pytrainer.core.activity import Activity
            from pytrainer.core.equipment import Equipment
            from pytrainer.core.sport import Sport
            from pytrainer.athlete import Athletestat
            self.watcher = ChangeWatcher(pytrainer_main.ddbb.session,
                                         lambda span: emit_change(self.store, span),
                                         (Activity, Equipment, Sport, Athletestat),
                                         activity_model=Activity)
        else:
            # Still a valid Peas.Activatable object; a plugin that needs the
            # contract finds none and says so in the log.
            self.workbench = GObject.Object()
        self.search_dirs = plugin_search_dirs(plugin_dir, build_dir)
        self.host = PluginHost(wm.window1, self.workbench, self.pages,
                               self.search_dirs, PluginState(state_path))
        self.menu_item = add_tools_menu_item(wm, _("_Plugins…"), self.host.show_manager)

    def shutdown(self):
        self.host.shutdown()
        if self.watcher is not None:
            self.watcher.close()


def install(pytrainer_main, plugin_dir=None, build_dir=None, state_path=None):
    """Install the bridge into a running pytrainer (after its window exists)
    and make sure plugins are deactivated when pytrainer quits."""
    bridge = Bridge(pytrainer_main, plugin_dir, build_dir, state_path)
    pytrainer_main.hyr_bridge = bridge
    original_quit = pytrainer_main.quit

    def quit_with_plugins(*args, **kwargs):
        try:
            bridge.shutdown()
        except Exception:
            log.exception("shutting plugins down failed")
        return original_quit(*args, **kwargs)
    # windowmain.quit calls self.parent.quit() at call time, so an instance
    # attribute is enough.
    pytrainer_main.quit = quit_with_plugins
    return bridge


# ---------------------------------------------------------------------------
# Start-up (used by the hypertrophy-running-pytrainer launcher)

def pytrainer_paths():
    """pytrainer's data and gettext dirs, found the way /usr/bin/pytrainer
    derives them (``<prefix>/share/pytrainer/``, ``<prefix>/share/locale``)."""
    import shutil
    prefixes = []
    exe = shutil.which("pytrainer")
    if exe:
        prefixes.append(os.path.dirname(os.path.dirname(os.path.realpath(exe))))
    prefixes += ["/usr", "/usr/local"]
    for prefix in prefixes:
        data = os.path.join(prefix, "share", "pytrainer") + "/"
        if os.path.isfile(os.path.join(data, "glade", "pytrainer.ui")):
            return data, os.path.join(prefix, "share", "locale")
    raise SystemExit("hypertrophy-running-pytrainer: pytrainer's data files "
                     "(share/pytrainer/glade/pytrainer.ui) were not found; "
                     "is pytrainer installed?")


def take_own_options(argv):
    """Remove the launcher's own options from argv (pytrainer's OptionParser
    rejects unknown ones).  Returns the list of plugins to enable."""
    enable, rest, i = [], [argv[0]], 1
    while i < len(argv):
        a = argv[i]
        if a.startswith("--hyr-enable-plugin="):
            enable.append(a.split("=", 1)[1])
        elif a == "--hyr-enable-plugin" and i + 1 < len(argv):
            i += 1
            enable.append(argv[i])
        else:
            rest.append(a)
        i += 1
    argv[:] = rest
    return enable


def launch(argv, plugin_dir=None, typelib_dir=None, lib_dir=None, locale_dir=None):
    """Start pytrainer with the bridge installed once its window is built."""
    import sys
    # The bridge's own strings ("Plugins", ...) live in the plugin's catalog,
    # installed under the plugin's prefix, which need not be pytrainer's.
    locale_dir = _configured(locale_dir)
    plugin_dir = _configured(plugin_dir)
    typelib_dir = _configured(typelib_dir)
    lib_dir = _configured(lib_dir)
    build_dir = os.environ.get("HYR_BUILD_DIR") or None
    # A build dir's catalogs (<build>/po/<lang>/LC_MESSAGES) go before the
    # installed ones, for the bridge and, through HYR_LOCALEDIR, the plugin.
    if build_dir and os.path.isdir(os.path.join(build_dir, "po")):
        locale_dir = os.path.abspath(os.path.join(build_dir, "po"))
        os.environ["HYR_LOCALEDIR"] = locale_dir
    if locale_dir:
        gettext.bindtextdomain(GETTEXT_DOMAIN, locale_dir)
    enable = take_own_options(argv)
    sys.argv[:] = argv

    # The same program name as /usr/bin/pytrainer: window class, desktop
    # matching and the accessibility tree's application name stay "pytrainer".
    GLib.set_prgname("pytrainer")
    setup_typelib_path(typelib_dir, lib_dir, build_dir)
    state = PluginState()
    if enable:
        names = state.load()
        state.save(names + [n for n in enable if n not in names])

    data_path, gettext_path = pytrainer_paths()
    import pytrainer.lib.localization
    pytrainer.lib.localization.initialize_gettext(gettext_path)
    from pytrainer.gui import windowmain

    original_run = windowmain.Main.run

    def run_with_plugins(self):
        # Main.run is the last thing pyTrainer.__init__ does before the GTK
        # main loop: window, services and DB session all exist here.
        try:
            install(self.pytrainer_main, plugin_dir=plugin_dir, build_dir=build_dir)
        except Exception:
            log.exception("Hypertrophy Running bridge failed to start; "
                          "pytrainer continues without plugins")
            import traceback
            traceback.print_exc()
        return original_run(self)

    windowmain.Main.run = run_with_plugins
    from pytrainer.main import pyTrainer
    pyTrainer(None, data_path)
    return 0
