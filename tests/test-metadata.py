#!/usr/bin/python3
# test-metadata.py — the files hosts, software centres and translators read
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Checks the built .plugin file, the GSettings schema, the addon metainfo,
# the launcher's desktop entry, that POTFILES.in lists every file with
# translatable strings, and that the engine stays free of GTK.

import configparser
import glob
import os
import re
import shutil
import subprocess
import tempfile
import unittest

import hyr_tap

SRC = os.environ["HYR_SOURCE_DIR"]
BUILD = os.environ["HYR_BUILD_DIR"]


def run(*argv):
    return subprocess.run(argv, capture_output=True, text=True)


class Metadata(unittest.TestCase):
    def test_plugin_file(self):
        path = os.path.join(BUILD, "plugin", "hypertrophy-running.plugin")
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        with open(path, encoding="utf-8") as f:
            parser.read_file(f)
        plugin = parser["Plugin"]
        self.assertEqual(plugin["Module"], "hypertrophy-running")
        self.assertEqual(plugin["IAge"], "2")
        self.assertEqual(plugin["Name"], "Hypertrophy Running")
        self.assertGreater(len(plugin["Description"]), 20)
        # The module sits beside it: the build dir is a plugin directory.
        self.assertTrue(os.path.exists(os.path.join(BUILD, "plugin", "libhypertrophy-running.so")))
        # msgfmt merged translations in for every language in LINGUAS.
        for lang in linguas():
            self.assertIn("Description[%s]" % lang, plugin, lang)

    def test_gschema_strict(self):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(os.path.join(SRC, "data", "io.github.HypertrophyRunning.gschema.xml"), tmp)
            result = run("glib-compile-schemas", "--strict", "--dry-run", tmp)
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_gschema_compiled_in_build_dir(self):
        self.assertTrue(os.path.exists(os.path.join(BUILD, "data", "gschemas.compiled")))

    def test_metainfo(self):
        path = os.path.join(BUILD, "data", "io.github.HypertrophyRunning.metainfo.xml")
        result = run("appstreamcli", "validate", "--no-net", "--pedantic", path)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_desktop_files(self):
        paths = glob.glob(os.path.join(BUILD, "**", "*.desktop"), recursive=True)
        for path in paths:
            result = run("desktop-file-validate", path)
            self.assertEqual(result.returncode, 0, path + ": " + result.stdout)

    def test_potfiles_complete(self):
        listed = set()
        with open(os.path.join(SRC, "po", "POTFILES.in"), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    listed.add(line)
                    self.assertTrue(os.path.exists(os.path.join(SRC, line)), line)
        marked = re.compile(r'(\b_\(|\bN_\(|\bC_\(|\bngettext\s*\(|g_dngettext|translatable="yes"'
                            r'|g_dgettext|^(Name|Description)=|<summary>|<p>)', re.M)
        found = set()
        for pattern in ("plugin/**/*.c", "plugin/**/*.py", "data/**/*.ui", "data/*.in",
                        "data/*.gschema.xml"):
            for path in glob.glob(os.path.join(SRC, pattern), recursive=True):
                with open(path, encoding="utf-8") as f:
                    if marked.search(f.read()):
                        found.add(os.path.relpath(path, SRC))
        self.assertEqual(sorted(found - listed), [], "files with translatable strings missing from po/POTFILES.in")

    def test_engine_has_no_gtk(self):
        for path in glob.glob(os.path.join(SRC, "plugin", "engine", "*.[ch]")):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            self.assertNotRegex(text, r"#include\s*[<\"](gtk|gdk)/", path)

    def test_translations_compile(self):
        for lang in linguas():
            po = os.path.join(SRC, "po", lang + ".po")
            result = run("msgfmt", "--check", "-o", os.devnull, po)
            self.assertEqual(result.returncode, 0, result.stderr)


def linguas():
    with open(os.path.join(SRC, "po", "LINGUAS"), encoding="utf-8") as f:
        return [w for line in f if not line.startswith("#") for w in line.split()]


if __name__ == "__main__":
    hyr_tap.main(Metadata)
