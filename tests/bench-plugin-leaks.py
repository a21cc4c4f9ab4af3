#!/usr/bin/python3
# bench-plugin-leaks.py — memory lost per activate/deactivate cycle, under valgrind
#
# Copyright 2026 The Hypertrophy Running authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# A benchmark, not a test, because valgrind is slow (a few minutes on two
# cores): `build-aux/hyr-check --benchmark --suite leaks -v`, or
# `meson test -C BUILD --benchmark --suite leaks -v` with a display.
#
#   bench-plugin-leaks.py LEAK-PLUGIN-CYCLES SUPPRESSIONS...
#
# Runs tests/leak-plugin-cycles.c under valgrind's memcheck for N and for 2N
# activate/deactivate cycles (N is $HYR_LEAK_CYCLES, 10 unless set) and
# prints the bytes valgrind finds definitely lost after each, and their
# difference. Set-up done once (types registered, the GResource, GTK's theme)
# loses the same in both runs, so it cancels out; a cycle that loses memory
# makes the 2N run lose more, and then this fails and prints the stacks of
# the blocks lost. Without valgrind it is skipped (exit 77).
#
# It prints the bytes lost indirectly too (reachable only from lost blocks)
# and names the records whose indirect part grew, but does not fail on
# them: GTK 3.24 keeps a list node on the toplevel for every popover ever
# realized in it and frees the list only with the window (see
# tests/hyr-valgrind.supp), so that list's one lost head carries 24 bytes
# more for each popover the plugin's pages made.

import os
import re
import shutil
import subprocess
import sys
import tempfile

SUMMARY = re.compile(r"definitely lost: ([\d,]+) bytes in ([\d,]+) blocks")
INDIRECT = re.compile(r"indirectly lost: ([\d,]+) bytes in ([\d,]+) blocks")
RECORD = re.compile(r"^([\d,]+) (?:\(([\d,]+) direct, ([\d,]+) indirect\) )?bytes in ([\d,]+) blocks "
                    r"are definitely lost in loss record")


def number(text):
    return int(text.replace(",", "")) if text else 0


def run(program, suppressions, cycles, log_dir):
    log = os.path.join(log_dir, "valgrind-%d.log" % cycles)
    command = ["valgrind", "--tool=memcheck", "--leak-check=full",
               "--show-leak-kinds=definite", "--errors-for-leak-kinds=definite",
               "--num-callers=40", "--log-file=" + log]
    command += ["--suppressions=" + path for path in suppressions]
    command += [program, str(cycles)]
    if "DISPLAY" not in os.environ and shutil.which("xvfb-run"):
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24"] + command

    env = dict(os.environ)
    # GLib 2.74's slice allocator keeps freed blocks to itself, which hides
    # what was not freed; malloc lets valgrind see every block.
    env["G_SLICE"] = "always-malloc"
    env["G_DEBUG"] = "gc-friendly"
    env.pop("MALLOC_CHECK_", None)
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)

    with open(log, encoding="utf-8", errors="replace") as f:
        text = f.read()
    if "LEAK SUMMARY" not in text and "All heap blocks were freed" not in text:
        sys.exit("No leak summary in %s:\n%s" % (log, text[-2000:]))
    match = SUMMARY.search(text)
    lost, blocks = (number(match.group(1)), number(match.group(2))) if match else (0, 0)
    match = INDIRECT.search(text)
    indirect = number(match.group(1)) if match else 0
    return lost, blocks, indirect, text


def lost_records(text):
    """The loss records valgrind printed, one string each."""
    records, current = [], None
    for line in text.splitlines():
        line = re.sub(r"^==\d+== ?", "", line)
        if "are definitely lost in loss record" in line:
            current = [line]
            records.append(current)
        elif current is not None:
            if not line.strip():
                current = None
            else:
                current.append(line)
    return ["\n".join(record) for record in records]


ALLOCATORS = {"malloc", "calloc", "realloc", "g_malloc", "g_malloc0", "g_realloc",
              "g_slice_alloc", "g_slice_alloc0", "g_type_create_instance"}


def by_site(text):
    """{where: (indirect bytes, record)} of the definitely lost records, by
    the first two callers of the allocator: what called further up may
    differ between runs (which widget made the block, say)."""
    records = {}
    for record in lost_records(text):
        lines = record.splitlines()
        match = RECORD.match(lines[0])
        names = []
        for line in lines[1:]:
            m = re.search(r"(?:at|by) 0x[0-9A-F]+: (\S+)(?: \(in ([^)]*)\))?", line)
            if m:
                names.append(m.group(1) if m.group(1) != "???"
                             else "??? in " + os.path.basename(m.group(2) or ""))
        site = " < ".join([name for name in names if name not in ALLOCATORS][:2])
        indirect, _ = records.get(site, (0, None))
        records[site] = (indirect + (number(match.group(3)) if match else 0), record)
    return records


def main():
    if len(sys.argv) < 2:
        sys.exit("Usage: %s LEAK-PLUGIN-CYCLES [SUPPRESSIONS...]" % sys.argv[0])
    if not shutil.which("valgrind"):
        print("valgrind is not installed: skipped")
        sys.exit(77)

    program, suppressions = sys.argv[1], sys.argv[2:]
    n = int(os.environ.get("HYR_LEAK_CYCLES", "10"))
    log_dir = os.path.join(os.environ.get("HYR_BUILD_DIR", tempfile.gettempdir()),
                           "tests", "plugin-leaks-logs")
    os.makedirs(log_dir, exist_ok=True)

    lost_n, blocks_n, indirect_n, text_n = run(program, suppressions, n, log_dir)
    lost_2n, blocks_2n, indirect_2n, text_2n = run(program, suppressions, 2 * n, log_dir)

    print("definitely lost after %4d cycles: %8d bytes in %d blocks (indirectly: %d bytes)"
          % (n, lost_n, blocks_n, indirect_n))
    print("definitely lost after %4d cycles: %8d bytes in %d blocks (indirectly: %d bytes)"
          % (2 * n, lost_2n, blocks_2n, indirect_2n))
    print("difference for %d more cycles:    %8d bytes (%.1f per cycle; indirectly %d, %.1f per cycle)"
          % (n, lost_2n - lost_n, (lost_2n - lost_n) / n,
             indirect_2n - indirect_n, (indirect_2n - indirect_n) / n))
    print("valgrind's logs: %s" % log_dir)

    before = by_site(text_n)
    for site, (indirect, record) in by_site(text_2n).items():
        if site in before and indirect > before[site][0]:
            print("\nLost indirectly from %s: %d bytes more after %d more cycles:\n%s"
                  % (site, indirect - before[site][0], n, record))

    if lost_2n > lost_n:
        print("\nThe plugin loses memory on every cycle. What valgrind found after %d cycles:"
              % (2 * n))
        for record in lost_records(text_2n):
            print(record + "\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
