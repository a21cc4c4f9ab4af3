#!/usr/bin/python3
# test-translations.py — every language of po/LINGUAS is complete and sound
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Extracts the messages from the sources as the build's pot target does
# (po/POTFILES.in, the keywords of po/meson.build and meson's glib preset),
# merges each catalog with them and fails when a language is below 100 %:
# a message untranslated, fuzzy, or missing from the catalog. Also checks
# that msgfmt --check accepts the catalog (format strings, plural forms),
# that the Plural-Forms header is the language's own, and that no two
# mnemonics of one window or page share a key.

import os
import re
import subprocess
import tempfile
import unittest

import hyr_tap

SRC = os.environ.get("HYR_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The plural rules of the languages we ship (as in GNU gettext's table).
PLURAL_FORMS = {
    "de": "nplurals=2; plural=(n != 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "it": "nplurals=2; plural=(n != 1);",
    "nl": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
}
KEYWORDS = ["_", "N_", "C_:1c,2", "NC_:1c,2", "g_dcgettext:2", "g_dngettext:2,3",
            "g_dpgettext2:2c,3", "Description", "g_dgettext:2"]
# Labels that share a window or page, so their mnemonics must differ.
MNEMONIC_GROUPS = {
    "preferences": ["_Distance", "_Mass", "_Weeks start on"],
    "protein page": ["_Body mass", "_Goal", "_Meals a day", "_Start Afresh"],
    "shoe row": ["_Retire at", "_Name", "_Before tracking", "_Save", "Re_move Pair",
                 "Re_tire Pair", "Bring Bac_k"],
    "shoes page": ["Add _Pair…", "_Which Sports Are Runs", "_Start Afresh"],
    "add pair": ["_Name", "_Kind", "_Add"],
    # the accept button reads _Accept Week or _Re-accept Week, never both
    "planner page": ["This _Week", "_Profile", "E_xport", "_Accept Week", "_Start Afresh",
                     "Ed_it Profile…", "Edit Pr_ofile…"],
    "planner page, accepted": ["This _Week", "_Profile", "E_xport", "_Re-accept Week",
                               "_Start Afresh", "Ed_it Profile…", "Edit Pr_ofile…"],
    "export menu": ["Week as _JSON…", "_4 Weeks as Calendar…", "_16 Weeks as Calendar…"],
    "profile editor": ["Body m_ass", "_Race date", "R_un days a week", "L_ifting days a week",
                       "Long-run da_y", "P_late increment",
                       "_New to high-volume assistance work", "_Enter as", "S_quat",
                       "Deadli_ft", "_Bench press", "_Overhead press", "Re_vert", "_Save", "_Goal"],
}


def linguas():
    with open(os.path.join(SRC, "po", "LINGUAS"), encoding="utf-8") as f:
        return [w for line in f if not line.startswith("#") for w in line.split()]


def run(*argv):
    return subprocess.run(argv, capture_output=True, text=True)


def catalog(po):
    """{msgid: msgstr} of a catalog, through msgfmt and back (no parser of ours)."""
    with tempfile.TemporaryDirectory() as tmp:
        mo = os.path.join(tmp, "x.mo")
        subprocess.run(["msgfmt", "-o", mo, po], check=True)
        import gettext
        with open(mo, "rb") as f:
            return gettext.GNUTranslations(f)


def mnemonic(label):
    m = re.search(r"_(.)", label)
    return m.group(1).lower() if m else None


class Translations(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.pot = os.path.join(cls.tmp.name, "messages.pot")
        r = run("xgettext", "--from-code=UTF-8", "--add-comments", "--directory", SRC,
                "--files-from", os.path.join(SRC, "po", "POTFILES.in"), "-o", cls.pot,
                *["--keyword=" + k for k in KEYWORDS])
        if r.returncode != 0:
            raise RuntimeError(r.stderr)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_languages(self):
        self.assertEqual(sorted(linguas()), sorted(PLURAL_FORMS))

    def test_complete(self):
        for lang in linguas():
            with self.subTest(lang=lang):
                merged = os.path.join(self.tmp.name, lang + ".po")
                r = run("msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged,
                        os.path.join(SRC, "po", lang + ".po"), self.pot)
                self.assertEqual(r.returncode, 0, r.stderr)
                r = run("msgfmt", "--check", "--statistics", "-o", os.devnull, merged)
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertNotRegex(r.stderr, r"fuzzy|untranslated", "%s: %s" % (lang, r.stderr))

    def test_plural_forms(self):
        for lang in linguas():
            with self.subTest(lang=lang):
                with open(os.path.join(SRC, "po", lang + ".po"), encoding="utf-8") as f:
                    text = f.read()
                self.assertIn('"Plural-Forms: %s\\n"' % PLURAL_FORMS[lang], text)
                self.assertIn('"Language: %s\\n"' % lang, text)

    def test_mnemonics(self):
        for lang in linguas():
            tr = catalog(os.path.join(SRC, "po", lang + ".po"))
            for group, labels in MNEMONIC_GROUPS.items():
                with self.subTest(lang=lang, group=group):
                    keys = {}
                    for label in labels:
                        translated = tr.gettext(label)
                        self.assertEqual(translated.count("_"), 1, "%s: %r" % (lang, translated))
                        keys.setdefault(mnemonic(translated), []).append(translated)
                    clashes = {k: v for k, v in keys.items() if len(v) > 1}
                    self.assertEqual(clashes, {}, "%s, %s" % (lang, group))


if __name__ == "__main__":
    hyr_tap.main(Translations)
