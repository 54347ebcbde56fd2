#!/usr/bin/python3
# test_cases.py — end to end: New request, type a name and an A-number,
# quit, start again and find them; every control has a name.
#
# Copyright 2026 The Discretion developers
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import json
import os
import stat
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import App, run_scenarios  # noqa: E402

NAME = 'Ana Lucia Silva'


def cases(tap, binary):
    app = App(binary)
    try:
        app.start()

        # The empty state says what the app is for and offers New Request.
        tap.check(app.find('label', contains='letter asking the government') is not None,
                  'empty state explains the app')
        unnamed = app.unnamed_controls()
        tap.check(not unnamed, f'start page: every control has a name {unnamed}')

        app.click(app.find('push button', contains='New Request'))
        tap.check(app.find('heading', name='What Is Prosecutorial Discretion?') is not None,
                  'a new request starts with what PD is')
        app.click(app.find('page tab', name='Details'))
        tap.check(app.find('text', name='Full name') is not None, 'the Details place opens')

        # By keyboard alone: the form opens with the name field focused.
        # (GTK 4.8 does not report focus over AT-SPI: what was saved shows it.)
        app.type_text(NAME)
        app.press('Tab')
        app.type_text('A 123 456 789')
        title = app.find('label', name=NAME, timeout=5)
        tap.check(title is not None, 'the case page title follows the name')

        unnamed = app.unnamed_controls()
        tap.check(not unnamed, f'case page: every control has a name {unnamed}')

        tap.check(app.quit() == 0, 'Ctrl+Q quits cleanly')

        files = glob.glob(os.path.join(app.data_dir, 'cases', '*', 'case.json'))
        tap.check(len(files) == 1, 'one case.json was written')
        with open(files[0], encoding='utf-8') as f:
            saved = json.load(f)
        tap.check(saved.get('format') == 'discretion-case' and saved.get('version') == 1,
                  'case.json has its format and version')
        tap.check(saved['answers'].get('full_name') == NAME, 'the name is saved')
        tap.check(saved['answers'].get('a_number') == '123456789',
                  'the A-number is saved as nine digits')
        tap.check(stat.S_IMODE(os.stat(app.data_dir).st_mode) == 0o700
                  and stat.S_IMODE(os.stat(files[0]).st_mode) == 0o600,
                  'data folder 0700, case file 0600')

        # Start again: the list shows the case; it is not reopened by itself.
        app.start()
        row = app.find('list item', contains=NAME, timeout=8)
        tap.check(row is not None, 'the case is in the list after a restart')
        tap.check('A123-456-789' in row.name or
                  app.find('label', contains='A123-456-789') is not None,
                  'the list shows the A-number')
        # The newest request has the focus: Enter opens it.
        app.press('Return')
        # (GTK 4.8 does not expose an entry row's text: the case page title,
        # made from the saved name, shows the case opened with its details.)
        tap.check(app.find('label', name='No hearing date yet', timeout=5) is not None
                  and app.find('label', name=NAME) is not None,
                  'Enter opens the saved case with its name')
        # Logout or a forced end of session (SIGTERM) still saves the last edit,
        # even one made less than a second ago.
        app.click(app.find('page tab', name='Details'))
        app.press('<Control>a')
        app.type_text('Ana L. Silva')
        app.proc.terminate()
        tap.check(app.proc.wait(15) == 0, 'SIGTERM ends the app cleanly')
        with open(files[0], encoding='utf-8') as f:
            saved = json.load(f)
        tap.check(saved['answers'].get('full_name') == 'Ana L. Silva',
                  'an edit made just before SIGTERM is saved')
    finally:
        app.cleanup()


def main():
    return run_scenarios(cases)

if __name__ == '__main__':
    sys.exit(main())
