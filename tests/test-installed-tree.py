#!/usr/bin/python3
# test-installed-tree.py — what meson install puts on a machine, used from there
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Builds this source tree a second time, configured with a private prefix
# (<build>/tests/installed-tree/prefix), installs it there and uses only the
# installed files:
#
#   1. the tree holds what the README says, the schema compiled, a catalog
#      for every language of po/LINGUAS, the bridge byte-compiled
#   2. libhyr and libhyr-workbench export their hyr_ API only; no RUNPATH
#      but the prefix's libdir; a C host compiles against the installed
#      headers with the flags of each .pc file, <hyr/hyr.h> without GTK's
#   3. the installed hypertrophy-running-pytrainer, started with a clean
#      environment (no GSETTINGS_SCHEMA_DIR, GI_TYPELIB_PATH or HYR_BUILD_DIR)
#      on a seeded throwaway profile: enabling the plugin in Tools → Plugins…
#      shows its three tabs, seen through the accessibility tree
#   4. the README's Python host example runs against the installed typelib
#   5. uninstalling leaves nothing of ours behind
#
# Why a second configured build and not `meson install --destdir` of the
# build dir: a DESTDIR install skips the schema compilation (a package's
# trigger does it), and the launcher and the plugin carry their prefix's
# paths, which a DESTDIR tree does not have. The second build is a debug,
# test-less one kept in the build dir, so only the first run compiles
# everything (about 1½ minutes on two cores) and later runs are incremental.

import json
import os
import re
import select
import shutil
import subprocess
import sys
import time
import unittest

import hyr_tap
from pytrainer_session import PYTHON, SRC, PytrainerSession, wait_for

BUILD = os.environ.get("HYR_BUILD_DIR", "")
WORK = os.path.join(os.environ.get("G_TEST_BUILDDIR") or os.path.join(BUILD, "tests"),
                    "installed-tree")
TREE_BUILD = os.path.join(WORK, "build")
PREFIX = os.path.join(WORK, "prefix")
SHOTS = os.path.join(WORK, "shots")
PLUGIN_TABS = {"Planner", "Protein", "Shoes"}
# Variables of the test environment that point into the build dir; none of
# them may reach the installed programs (or the second build's own tools).
BUILD_VARIABLES = ("GSETTINGS_SCHEMA_DIR", "GI_TYPELIB_PATH", "LD_LIBRARY_PATH",
                   "HYR_BUILD_DIR", "HYR_PLUGIN_BUILD_DIR", "HYR_SOURCE_DIR",
                   "GSETTINGS_BACKEND", "G_DEBUG", "MALLOC_CHECK_", "DESTDIR")


class Tree:
    """The installed tree: set by InstallTree, used by what follows."""
    options = None
    failed = None

    @classmethod
    def libdir(cls):
        return cls.options["libdir"] if os.path.isabs(cls.options["libdir"]) \
            else os.path.join(PREFIX, cls.options["libdir"])

    @classmethod
    def require(cls, case):
        if cls.options is None:
            case.skipTest("the tree was not installed: " + (cls.failed or "not tried"))


def tool_env():
    env = dict(os.environ)
    for name in BUILD_VARIABLES:
        env.pop(name, None)
    return env


def clean_env(**extra):
    """What a desktop session gives a program, and nothing of the build."""
    env = {name: os.environ[name] for name in
           ("HOME", "DISPLAY", "XAUTHORITY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR",
            "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
            "TMPDIR") if name in os.environ}
    env.update(PATH="/usr/bin:/bin", LANG="C.UTF-8")
    env.update(extra)
    return env


def run(args, **kwargs):
    r = subprocess.run(args, capture_output=True, text=True, env=kwargs.pop("env", tool_env()),
                       **kwargs)
    if r.returncode != 0:
        raise AssertionError("%s failed (%d):\n%s%s" % (" ".join(args), r.returncode,
                                                        r.stdout[-3000:], r.stderr[-3000:]))
    return r.stdout


def files_under(top):
    return sorted(os.path.relpath(os.path.join(d, f), top)
                  for d, _dirs, names in os.walk(top) for f in names)


class InstallTree(unittest.TestCase):

    def test_1_install(self):
        try:
            shutil.rmtree(PREFIX, ignore_errors=True)
            if not os.path.isfile(os.path.join(TREE_BUILD, "build.ninja")):
                run(["meson", "setup", TREE_BUILD, SRC, "--prefix", PREFIX,
                     "-Dbuildtype=debug", "-Dtests=false"], timeout=300)
            started = time.monotonic()
            run(["ninja", "-C", TREE_BUILD], timeout=500)
            print("# built in %.0f s" % (time.monotonic() - started), file=sys.stderr)
            run(["meson", "install", "-C", TREE_BUILD, "--no-rebuild"], timeout=120)
            options = json.loads(run(["meson", "introspect", TREE_BUILD, "--buildoptions"]))
            Tree.options = {o["name"]: o["value"] for o in options}
            self.assertEqual(Tree.options["prefix"], PREFIX)
        except Exception as e:
            Tree.failed = str(e).splitlines()[0]
            raise

    def setUp(self):
        if self._testMethodName != "test_1_install":
            Tree.require(self)

    def test_2_layout(self):
        libdir = os.path.relpath(Tree.libdir(), PREFIX)
        with open(os.path.join(SRC, "po", "LINGUAS")) as f:
            languages = [l for l in f.read().split() if not l.startswith("#")]
        expected = [
            "bin/hypertrophy-running-pytrainer",
            libdir + "/libhyr-1.0.so.0",
            libdir + "/girepository-1.0/Hyr-1.0.typelib",
            libdir + "/pkgconfig/hyr-1.0.pc",
            libdir + "/libhyr-workbench-1.0.so.0",
            libdir + "/girepository-1.0/HyrGtk-1.0.typelib",
            libdir + "/pkgconfig/hyr-workbench-1.0.pc",
            libdir + "/hypertrophy-running/plugins/libhypertrophy-running.so",
            libdir + "/hypertrophy-running/plugins/hypertrophy-running.plugin",
            "share/gir-1.0/Hyr-1.0.gir",
            "share/gir-1.0/HyrGtk-1.0.gir",
            "share/glib-2.0/schemas/io.github.HypertrophyRunning.gschema.xml",
            "share/glib-2.0/schemas/gschemas.compiled",
            "share/metainfo/io.github.hypertrophyrunning.metainfo.xml",
            "share/icons/hicolor/scalable/apps/io.github.HypertrophyRunning.svg",
            "share/applications/hypertrophy-running-pytrainer.desktop",
            "share/hypertrophy-running/pytrainer/hyr_pytrainer_bridge.py",
            "include/hyr-1.0/hyr/hyr.h",
            "include/hyr-1.0/hyr/hyr-gtk.h",
            "include/hyr-1.0/hyr/hyr-workbench.h",
        ] + ["share/locale/%s/LC_MESSAGES/hypertrophy-running.mo" % l for l in languages]
        missing = [p for p in expected if not os.path.exists(os.path.join(PREFIX, p))]
        self.assertEqual(missing, [])
        launcher = os.path.join(PREFIX, "bin", "hypertrophy-running-pytrainer")
        self.assertTrue(os.access(launcher, os.X_OK))
        with open(launcher) as f:
            self.assertEqual(f.readline().strip(), "#!/usr/bin/python3")
        # the post-install step compiled the schema into the prefix
        keys = run(["gsettings", "--schemadir", os.path.join(PREFIX, "share", "glib-2.0", "schemas"),
                    "list-keys", "io.github.HypertrophyRunning"])
        self.assertIn("distance-unit", keys.split())
        pc = run(["pkg-config", "--variable=plugindir", "hyr-1.0"],
                 env=dict(tool_env(), PKG_CONFIG_PATH=os.path.join(Tree.libdir(), "pkgconfig")))
        self.assertEqual(pc.strip(), os.path.join(Tree.libdir(), "hypertrophy-running", "plugins"))

    def test_3_bridge_is_byte_compiled(self):
        """Python loads the installed .pyc and writes nothing into the prefix."""
        bridge_dir = os.path.join(PREFIX, "share", "hypertrophy-running", "pytrainer")
        before = files_under(PREFIX)
        r = subprocess.run([PYTHON, "-v", "-c", "import sys; sys.path.insert(0, %r); "
                            "import hyr_pytrainer_bridge" % bridge_dir],
                           capture_output=True, text=True, timeout=60,
                           # importing Gtk initialises it: without this, its
                           # accessibility bridge would start the session's
                           # accessibility bus without a display (see
                           # PytrainerSession.start_a11y_bus)
                           env=clean_env(NO_AT_BRIDGE="1"))
        self.assertEqual(r.returncode, 0, r.stderr[-2000:])
        pyc = [l for l in r.stderr.splitlines() if "hyr_pytrainer_bridge" in l and ".pyc" in l]
        self.assertTrue(any(l.startswith("# code object from") for l in pyc), pyc)
        self.assertEqual(files_under(PREFIX), before)

    def test_4_elf(self):
        libhyr = os.path.join(Tree.libdir(), "libhyr-1.0.so.0")
        workbench = os.path.join(Tree.libdir(), "libhyr-workbench-1.0.so.0")
        module = os.path.join(Tree.libdir(), "hypertrophy-running", "plugins",
                              "libhypertrophy-running.so")

        def runpath(path):
            return re.findall(r"\((?:RPATH|RUNPATH)\)\s+Library r(?:un)?path: \[(.*)\]",
                              run(["readelf", "-d", path]))

        def exported(path):
            return [l.split()[-1] for l in run(["nm", "-D", "--defined-only", path]).splitlines()]
        self.assertEqual(runpath(libhyr), [])
        # a private prefix is no system dir: what needs libhyr needs its
        # libdir, and nothing else (no $ORIGIN, no build dir)
        self.assertEqual(runpath(workbench), [Tree.libdir()])
        self.assertEqual(runpath(module), [Tree.libdir()])
        self.assertGreater(len(exported(libhyr)), 200)
        self.assertEqual([s for s in exported(libhyr) if not s.startswith("hyr_")], [])
        self.assertEqual(sorted(exported(workbench)),
                         ["hyr_workbench_add_page", "hyr_workbench_get_store",
                          "hyr_workbench_get_type", "hyr_workbench_remove_page"])

    def test_5_c_hosts(self):
        """A C program builds with the installed headers and .pc files alone:
        <hyr/hyr.h> with hyr-1.0's flags, which have no GTK in them, so the
        engine's header must not include GTK's; <hyr/hyr-gtk.h> with
        hyr-workbench-1.0's, which do."""
        env = dict(tool_env(), PKG_CONFIG_PATH=os.path.join(Tree.libdir(), "pkgconfig"))
        hosts = [
            ("hyr-1.0", False, "#include <hyr/hyr.h>\n"
             "int main (void) { return hyr_activity_store_get_type () == 0; }\n"),
            ("hyr-workbench-1.0", True, "#include <hyr/hyr-gtk.h>\n"
             "int main (void) { return hyr_workbench_get_type () == 0; }\n"),
        ]
        for package, with_gtk, text in hosts:
            flags = run(["pkg-config", "--cflags", "--libs", package], env=env).split()
            gtk_flags = [f for f in flags
                         if re.match(r"(-[Il])?(gtk|gdk|atk|pango|cairo)", os.path.basename(f))]
            self.assertEqual(bool(gtk_flags), with_gtk, flags)
            source = os.path.join(WORK, package + ".c")
            with open(source, "w") as f:
                f.write(text)
            run(["cc", "-Werror", source, "-o", os.path.join(WORK, package)] + flags, env=env)


class InstalledPytrainer(PytrainerSession):
    failed = None
    shots = SHOTS
    deadline = 150

    @classmethod
    def setUpClass(cls):
        if Tree.options is None:
            raise unittest.SkipTest("the tree was not installed")
        super().setUpClass()

    @classmethod
    def launcher_command(cls):
        return [os.path.join(PREFIX, "bin", "hypertrophy-running-pytrainer")]

    @classmethod
    def app_env(cls):
        return clean_env(GTK_MODULES="gail:atk-bridge")

    def test_1_the_plugin_shows_its_three_tabs(self):
        self.start_pytrainer()
        self.assertEqual(self.plugin_tabs(), [])
        self.set_plugin_enabled(True)
        wait_for("the plugin's tabs", lambda: set(self.plugin_tabs()) == PLUGIN_TABS)
        self.shot("plugin-tabs")
        for tab in ("Planner", "Protein", "Shoes"):
            self.click(self.own_tab(tab))
            wait_for("the %s tab" % tab, lambda: self.own_tab(tab).selected)
            self.shot(tab.lower())
        self.quit_pytrainer()
        self.assert_clean_logs()


class InstalledHost(unittest.TestCase):

    def setUp(self):
        Tree.require(self)
        if not os.environ.get("DISPLAY"):
            self.skipTest("no X display")

    def test_readme_python_host(self):
        with open(os.path.join(SRC, "README.md")) as f:
            readme = f.read()
        section = readme[readme.index("## For host authors"):]
        example = re.search(r"```python\n(.*?)```", section, re.S).group(1)
        host = os.path.join(WORK, "host.py")
        with open(host, "w") as f:
            f.write(example)
        libdir = Tree.libdir()
        plugindir = run(["pkg-config", "--variable=plugindir", "hyr-1.0"],
                        env=dict(tool_env(), PKG_CONFIG_PATH=os.path.join(libdir, "pkgconfig"))).strip()
        # what the README asks of a script using a private prefix
        env = clean_env(GI_TYPELIB_PATH=os.path.join(libdir, "girepository-1.0"),
                        LD_LIBRARY_PATH=libdir, NO_AT_BRIDGE="1",
                        XDG_DATA_DIRS=os.path.join(PREFIX, "share") + ":/usr/local/share:/usr/share")
        log = open(os.path.join(WORK, "host.log"), "w+")
        proc = subprocess.Popen([PYTHON, host, plugindir], env=env, stdout=subprocess.PIPE,
                                stderr=log, text=True)
        try:
            ready, _, _ = select.select([proc.stdout], [], [], 60)
            self.assertTrue(ready, "the host printed nothing in 60 s; see %s" % log.name)
            line = proc.stdout.readline()
            self.assertEqual(line.split(), ["pages:", "planner", "protein", "shoes"])
            time.sleep(1.0)          # the pages draw once
            self.assertIsNone(proc.poll(), "the host exited")
        finally:
            proc.terminate()
            proc.wait(10)
        log.seek(0)
        problems = [l for l in log if re.search(r"Traceback|CRITICAL|WARNING", l)]
        self.assertEqual(problems, [])


class Uninstall(unittest.TestCase):

    def test_nothing_is_left(self):
        Tree.require(self)
        run(["ninja", "-C", TREE_BUILD, "uninstall"], timeout=120)
        # The prefix's compiled schema cache is shared, not ours: it stays
        # until refreshed, as the README says; then nothing is left.
        self.assertEqual(files_under(PREFIX), ["share/glib-2.0/schemas/gschemas.compiled"])
        run(["glib-compile-schemas", os.path.join(PREFIX, "share", "glib-2.0", "schemas")])
        self.assertEqual(files_under(PREFIX), [])


if __name__ == "__main__":
    hyr_tap.main(InstallTree, InstalledPytrainer, InstalledHost, Uninstall)
