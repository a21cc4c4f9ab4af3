#!/usr/bin/python3
# test-metadata.py — the files hosts, software centres and translators read
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Checks the built .plugin file, the GSettings schema, the addon metainfo,
# the launcher's desktop entry, what a distribution reads (the .doap file,
# NEWS, COPYING, the icon) and that they agree on version, licence and
# homepage, that POTFILES.in lists every file with translatable strings,
# and that the engine stays free of GTK: its sources, and the built libhyr,
# its GIR and .pc file.

import configparser
import glob
import os
import re
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET

import hyr_tap

SRC = os.environ["HYR_SOURCE_DIR"]
BUILD = os.environ["HYR_BUILD_DIR"]
VERSION = os.environ["HYR_PROJECT_VERSION"]
METAINFO = os.path.join(BUILD, "data", "io.github.hypertrophyrunning.metainfo.xml")
DOAP = "{http://usefulinc.com/ns/doap#}"
RDF_RESOURCE = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}resource"
FOAF = "{http://xmlns.com/foaf/0.1/}"


def run(*argv):
    return subprocess.run(argv, capture_output=True, text=True)


def plugin_section():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    with open(os.path.join(BUILD, "plugin", "hypertrophy-running.plugin"), encoding="utf-8") as f:
        parser.read_file(f)
    return parser["Plugin"]


def doap_homepage():
    root = ET.parse(os.path.join(SRC, "hypertrophy-running.doap")).getroot()
    return root.find(DOAP + "homepage").get(RDF_RESOURCE)


class Metadata(unittest.TestCase):
    def test_plugin_file(self):
        plugin = plugin_section()
        self.assertEqual(plugin["Module"], "hypertrophy-running")
        self.assertEqual(plugin["IAge"], "2")
        self.assertEqual(plugin["Name"], "Hypertrophy Running")
        self.assertGreater(len(plugin["Description"]), 20)
        # The module sits beside it: the build dir is a plugin directory.
        self.assertTrue(os.path.exists(os.path.join(BUILD, "plugin", "libhypertrophy-running.so")))
        # msgfmt merged translations in for every language in LINGUAS.
        for lang in linguas():
            self.assertIn("Description[%s]" % lang, plugin, lang)
        self.assertEqual(plugin["Version"], VERSION)
        self.assertEqual(plugin["Website"], doap_homepage())
        self.assertTrue(plugin["Help"].startswith(doap_homepage()), plugin["Help"])
        # An icon of the theme (libpeas-gtk looks it up there) that we install.
        icon = os.path.join(SRC, "data", "icons", "hicolor", "scalable", "apps", plugin["Icon"] + ".svg")
        self.assertEqual(ET.parse(icon).getroot().tag, "{http://www.w3.org/2000/svg}svg")

    def test_gschema_strict(self):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(os.path.join(SRC, "data", "io.github.HypertrophyRunning.gschema.xml"), tmp)
            result = run("glib-compile-schemas", "--strict", "--dry-run", tmp)
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_gschema_compiled_in_build_dir(self):
        self.assertTrue(os.path.exists(os.path.join(BUILD, "data", "gschemas.compiled")))

    def test_metainfo(self):
        result = run("appstreamcli", "validate", "--no-net", "--pedantic", METAINFO)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        # --pedantic passes with hints: there should be none.
        self.assertNotRegex(result.stdout, r"(?m)^[EWIP]: ", result.stdout)
        root = ET.parse(METAINFO).getroot()
        urls = {u.get("type"): u.text for u in root.findall("url")}
        self.assertEqual(urls["homepage"], doap_homepage())
        for kind in ("bugtracker", "help", "vcs-browser"):
            self.assertTrue(urls[kind].startswith(doap_homepage()), kind)
        self.assertEqual(root.find("project_license").text, "GPL-2.0-or-later")
        self.assertEqual(root.find("releases/release").get("version"), VERSION)

    def test_doap(self):
        root = ET.parse(os.path.join(SRC, "hypertrophy-running.doap")).getroot()
        self.assertEqual(root.tag, DOAP + "Project")
        self.assertEqual(root.find(DOAP + "name").text, "Hypertrophy Running")
        for element in ("shortdesc", "description"):
            self.assertGreater(len(root.find(DOAP + element).text.strip()), 20, element)
        self.assertTrue(doap_homepage().startswith("https://"))
        self.assertEqual(root.find(DOAP + "license").get(RDF_RESOURCE),
                         "https://spdx.org/licenses/GPL-2.0-or-later")
        self.assertEqual(root.find(DOAP + "programming-language").text, "C")
        maintainer = root.find(DOAP + "maintainer/" + FOAF + "Person/" + FOAF + "name")
        self.assertEqual(maintainer.text, "The Hypertrophy Running authors")

    def test_news_has_this_version(self):
        with open(os.path.join(SRC, "NEWS"), encoding="utf-8") as f:
            first = f.readline()
        self.assertRegex(first, r"\b%s$" % re.escape(VERSION))

    def test_copying_is_the_licence_the_sources_name(self):
        with open(os.path.join(SRC, "COPYING"), encoding="utf-8") as f:
            head = f.read(200)
        self.assertIn("GNU GENERAL PUBLIC LICENSE", head)
        self.assertIn("Version 2, June 1991", head)
        with open(os.path.join(SRC, "meson.build"), encoding="utf-8") as f:
            self.assertIn("license: 'GPL-2.0-or-later'", f.read())
        for path in glob.glob(os.path.join(SRC, "plugin", "**", "*.[ch]"), recursive=True):
            with open(path, encoding="utf-8") as f:
                self.assertIn("SPDX-License-Identifier: GPL-2.0-or-later", f.read(), path)

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

    def test_libhyr_needs_no_gtk(self):
        """What the dynamic loader maps for libhyr, not what its sources
        include: a GTK 4 program can use the engine only if nothing of GTK 3's
        stack comes with it. The workbench, which names a GtkWidget, is the
        separate libhyr-workbench, which does need GTK."""
        libhyr = needed(os.path.join(BUILD, "plugin", "libhyr-1.0.so"))
        self.assertIn("libglib-2.0.so.0", libhyr)
        self.assertEqual([lib for lib in libhyr if GTK_STACK.match(lib)], [], libhyr)
        workbench = needed(os.path.join(BUILD, "plugin", "libhyr-workbench-1.0.so"))
        self.assertIn("libgtk-3.so.0", workbench)
        self.assertIn("libhyr-1.0.so.0", workbench)

    def test_hyr_gir_and_pc_need_no_gtk(self):
        self.assertEqual(gir_includes("Hyr-1.0"), ["GObject-2.0", "Gio-2.0", "Json-1.0"])
        self.assertNotRegex(pc_requires("hyr-1.0"), r"\bgtk")
        self.assertEqual(gir_includes("HyrGtk-1.0"), ["GObject-2.0", "Gtk-3.0", "Hyr-1.0"])
        self.assertRegex(pc_requires("hyr-workbench-1.0"), r"\bgtk\+-3\.0\b")

    def test_translations_compile(self):
        for lang in linguas():
            po = os.path.join(SRC, "po", lang + ".po")
            result = run("msgfmt", "--check", "-o", os.devnull, po)
            self.assertEqual(result.returncode, 0, result.stderr)


# Sonames of GTK 3 and the libraries it brings along (libgdk_pixbuf,
# libatk-bridge, libpangocairo, libcairo-gobject too).
GTK_STACK = re.compile(r"lib(gtk|gdk|atk|pango|cairo|harfbuzz|epoxy)")


def needed(library):
    """The NEEDED entries of a shared library's dynamic section."""
    result = run("readelf", "-d", os.path.realpath(library))
    if result.returncode != 0:
        raise AssertionError(result.stderr)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.*)\]", result.stdout)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def gir_includes(name):
    """The namespaces a built GIR includes, as "Name-version", sorted."""
    text = read(os.path.join(BUILD, "plugin", name + ".gir"))
    return sorted("%s-%s" % m for m in re.findall(r'<include name="([^"]+)" version="([^"]+)"/>', text))


def pc_requires(package):
    """The Requires and Requires.private lines of a generated .pc file."""
    text = read(os.path.join(BUILD, "meson-private", package + ".pc"))
    return "\n".join(l for l in text.splitlines() if l.startswith("Requires"))


def linguas():
    with open(os.path.join(SRC, "po", "LINGUAS"), encoding="utf-8") as f:
        return [w for line in f if not line.startswith("#") for w in line.split()]


if __name__ == "__main__":
    hyr_tap.main(Metadata)
