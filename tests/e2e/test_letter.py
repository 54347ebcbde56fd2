#!/usr/bin/python3
# test_letter.py — end to end: the Letter place. Edit a paragraph, quit,
# start again: the edit is there. Change an answer: the app offers the new
# draft and keeps the edit until the person takes it.
#
# Copyright 2026 The Discretion developers
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import App, run_scenarios, wait_for  # noqa: E402

CASE_ID = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea5f6'
ADDED = ' I love this country.'


def write_case(app):
    folder = os.path.join(app.data_dir, 'cases', CASE_ID)
    os.makedirs(os.path.join(folder, 'files'), mode=0o700)
    case = {
        'format': 'discretion-case', 'version': 1, 'id': CASE_ID, 'name': 'Letter test',
        'created': '2026-11-01T10:00:00Z', 'modified': '2026-11-01T10:00:00Z',
        'answers': {
            'case_status': 'pending', 'full_name': 'Ana Lucia Silva', 'country': 'Honduras',
            'entry_date': '2012-03-01', 'work': 'yes', 'outcome': 'admin_closure',
            'record_criminal': 'no',
        },
    }
    with open(os.path.join(folder, 'case.json'), 'w', encoding='utf-8') as f:
        json.dump(case, f)
    return os.path.join(folder, 'case.json')


def saved(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def summary_edit(path):
    return saved(path).get('letter', {}).get('paragraphs', {}).get('summary', {}).get('text', '')




def open_letter(app):
    app.find('list item', contains='Letter test', timeout=8)
    app.press('Return')
    app.click(app.find('page tab', name='Letter', timeout=8))


def letter(tap, binary):
    app = App(binary)
    path = write_case(app)
    try:
        app.start()
        open_letter(app)
        tap.check(app.find('label', name='Your Request Letter', timeout=5) is not None,
                  'the Letter place opens')
        # Each paragraph is a text area named by its title.
        summary = app.find('text', name='Summary')
        app.reveal(summary).click()
        app.press('<Control>End')
        app.type_text(ADDED)
        tap.check(wait_for(lambda: summary_edit(path).endswith(ADDED), timeout=6),
                  'typing in a paragraph is saved as the person types')
        unnamed = app.unnamed_controls()
        tap.check(not unnamed, f'Letter place: every control has a name {unnamed}')
        tap.check(app.quit() == 0, 'Ctrl+Q quits cleanly')

        app.start()
        open_letter(app)
        tap.check(app.find('label', name='You changed this paragraph.', timeout=5) is not None,
                  'after a restart the paragraph is still the edited one')
        tap.check(summary_edit(path).endswith(ADDED), 'the edit is still in case.json')

        # Change an answer the summary is made from.
        app.click(app.find('page tab', name='Details'))
        country = app.find('text', name='Country of citizenship')
        app.type_into(country, 'Guatemala')
        app.click(app.find('page tab', name='Letter'))
        offer = app.find('label', contains='changed after you edited this paragraph', timeout=5)
        tap.check(offer is not None, 'a changed answer offers the new draft')
        tap.check(app.find('label', contains='I am a citizen of Guatemala.') is not None,
                  'the offer shows the new draft')
        tap.check(summary_edit(path).endswith(ADDED), 'the edit is kept until the person chooses')

        app.reveal(app.find('push button', contains='New Draft')).click()
        tap.check(wait_for(lambda: summary_edit(path) == '', timeout=6),
                  'Use the New Draft replaces the edit')
        app.quit()
    finally:
        app.cleanup()


if __name__ == '__main__':
    sys.exit(run_scenarios(letter))
