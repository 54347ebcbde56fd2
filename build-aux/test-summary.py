#!/usr/bin/python3
# test-summary.py — reads meson's testlog.json: figures the tests printed,
# time per suite, and the closing "N passed, N failed" line.
#
# Copyright 2026 The Discretion developers
# SPDX-License-Identifier: GPL-3.0-or-later

import collections
import json
import sys

PASS = {'OK', 'EXPECTEDFAIL', 'SKIP'}

results = []
with open(sys.argv[1], encoding='utf-8') as log:
    for line in log:
        line = line.strip()
        if line:
            results.append(json.loads(line))

suites = collections.OrderedDict()
passed = failed = 0
for result in results:
    # meson 1.0 names a test "project:suite / name".
    suite = result['name'].split(' / ')[0].split(':', 1)[-1]
    entry = suites.setdefault(suite, [0.0, 0, 0])
    entry[0] += result.get('duration', 0.0)
    if result['result'] in PASS:
        entry[1] += 1
        passed += 1
    else:
        entry[2] += 1
        failed += 1
    for out in (result.get('stdout') or '').splitlines():
        if out.startswith('# figures:'):
            print(out[2:])

# Runs outside meson (build-aux/test passes them as name=exit-status=seconds).
for extra in sys.argv[2:]:
    name, code, seconds = extra.split('=')
    entry = suites.setdefault('proof', [0.0, 0, 0])
    entry[0] += float(seconds)
    if code == '0':
        entry[1] += 1
        passed += 1
    else:
        entry[2] += 1
        failed += 1
        print(f'{name}: FAILED (exit {code})')

print()
print(f"{'suite':<10} {'tests':>5} {'failed':>6} {'seconds':>8}")
for suite, (seconds, ok, bad) in suites.items():
    print(f"{suite:<10} {ok + bad:>5} {bad:>6} {seconds:>8.1f}")
print()
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or not results else 0)
