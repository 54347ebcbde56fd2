#!/usr/bin/python3
# test_interview.py — the guided interview end to end, by keyboard alone:
# a complete run ending on the Summary with the right warnings; the W1 stop;
# going Back three questions and changing an answer keeps later answers.
#
# Copyright 2026 The Discretion developers
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import App, run_scenarios, wait_for  # noqa: E402


class Interview:
    """Answers screens the way a keyboard user does: arrows and Space to
    choose, typing, Tab, Enter to go on."""

    def __init__(self, app):
        self.app = app

    def title(self):
        """The question on screen: the first level-1 heading after the progress."""
        return self.app.find('label', contains='?', timeout=3).name

    def position(self):
        return self.app.find('label', contains='Question ', timeout=3).name

    def wait_question(self, text, timeout=5):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                if self.app.find('label', contains=text, timeout=0.5) is not None:
                    return True
            except LookupError:
                pass
            time.sleep(0.2)
        raise LookupError(f'question “{text}” did not appear')

    def next(self):
        self.app.press('Return')
        time.sleep(0.3)

    def choose(self, question, index, go_on=True):
        """Focus is on the first answer: Down to the one wanted, Space."""
        self.wait_question(question)
        for _ in range(index):
            self.app.press('Down')
        self.app.press('space')
        if go_on:
            self.next()

    def none(self, question):
        self.wait_question(question)
        self.next()

    def empty_list(self, question):
        """A list starts on its Add button (Enter adds): Ctrl+Enter goes on."""
        self.wait_question(question)
        self.app.press('<Control>Return')
        time.sleep(0.3)

    def type(self, question, *fields):
        self.wait_question(question)
        for i, text in enumerate(fields):
            if i:
                self.app.press('Tab')
            self.app.type_text(text)
        self.next()

    def write(self, question, text):
        """A multi-line answer: Enter starts a new line, Ctrl+Enter goes on."""
        self.wait_question(question)
        self.app.type_text(text)
        self.app.press('Return')
        self.app.type_text('Second line.')
        self.app.press('<Control>Return')
        time.sleep(0.3)

    def date(self, question, month, day, year):
        """Month from its list (Space opens it), then day and year."""
        self.wait_question(question)
        self.app.press('space')
        time.sleep(0.4)
        for _ in range(month):
            self.app.press('Down')
        self.app.press('Return')
        time.sleep(0.3)
        self.app.press('Tab')
        self.app.type_text(str(day))
        self.app.press('Tab')
        self.app.type_text(str(year))
        self.next()


def saved_answers(app):
    files = glob.glob(os.path.join(app.data_dir, 'cases', '*', 'case.json'))
    if len(files) != 1:
        return {}
    try:
        with open(files[0], encoding='utf-8') as f:
            return json.load(f).get('answers', {})
    except (OSError, ValueError):
        return {}


def wait_saved(app, key, value, timeout=5):
    return wait_for(lambda: saved_answers(app).get(key) == value, timeout)


def start_new_request(app):
    app.start()
    app.click(app.find('push button', contains='New Request'))
    # The Interview starts with what PD is; Start is focused.
    app.find('heading', name='What Is Prosecutorial Discretion?')
    app.press('Return')


def complete_run(tap, binary):
    """A person with a DUI conviction, here 12 years, working and paying taxes."""
    app = App(binary)
    try:
        start_new_request(app)
        iv = Interview(app)
        iv.choose('Where is your immigration court case now?', 0)          # hearings pending
        iv.type('full name, exactly', 'Samuel Okafor')
        iv.type('What is your A-number?', 'A 234 567 890')
        iv.date('What is your date of birth?', 3, 9, 1985)
        iv.type('country of citizenship', 'Nigeria')
        iv.type('mailing address', '42 Pine Road', 'Houston', 'TX', '77002')
        iv.none('How can the government lawyer reach you?')
        iv.type('Which immigration court', 'Houston, TX')
        iv.none('When is your next hearing')
        iv.choose('Are you in immigration detention now?', 1)               # no
        iv.none('When did you last come into the United States?')
        iv.choose('How did you come in that time?', 0)                      # visa
        iv.type('how many years in all', '2')
        iv.choose('Were you under 18', 1)                                   # no
        iv.choose('Can you show with papers', 0)                            # yes
        iv.choose('Have you ever been arrested', 0, go_on=False)            # yes
        tap.check(app.find('label', name='See a lawyer before you send anything', timeout=3)
                  is not None, 'W2 appears the moment an arrest is answered')
        tap.check(wait_saved(app, 'record_criminal', 'yes'),
                  'the answer is saved the moment it is given')
        iv.next()
        iv.choose('Were you ever convicted?', 0)                            # yes
        iv.none('Has any of this ever happened to you?')
        iv.none('Have you ever done any of these?')
        iv.write('What happened, and when?', 'DUI in 2016; finished the court program.')
        iv.none('Do you have family who are U.S. citizens')
        iv.choose('Have you worked in the United States?', 0)               # yes
        iv.write('Where have you worked', 'Warehouse in Houston since 2014.')
        iv.choose('Have you filed U.S. tax returns?', 0)                    # yes
        iv.none('Have you studied in the United States?')
        iv.none('served in the U.S. military?')
        iv.none('Do you help in your community?')
        iv.none('Do any of these describe you?')
        iv.none('Has any of this happened to you in the United States?')
        iv.none('Have you applied for any of these')
        iv.wait_question('What do you want to ask the government lawyer for?')
        tap.check(app.find('label', name='Any request can lead to a dismissal, and that has risks',
                           timeout=3) is not None,
                  'W5 is shown before the outcome is chosen')
        iv.choose('What do you want to ask the government lawyer for?', 0)
        iv.empty_list('Which of your documents are not in English?')

        tap.check(app.find('label', name='Review Your Answers', timeout=5) is not None,
                  'the Review screen follows the last question')
        tap.check(app.find('push button', name='Edit: Where is your immigration court case now?')
                  is not None, 'each answer on Review has a named Edit button')
        app.press('<Control>Return')
        tap.check(app.find('label', name='Your Summary', timeout=5) is not None,
                  'the Summary ends the interview')
        tap.check(app.find('label', contains='Facts in your favor') is not None,
                  'the Summary lists positive factors')
        tap.check(app.find('label', name='See a lawyer before you send anything') is not None
                  and app.find('label', name='Beware of notario fraud') is not None,
                  'the Summary keeps W2 and the notario warning')
        unnamed = app.unnamed_controls()
        tap.check(not unnamed, f'every control on the way had a name {unnamed}')

        answers = saved_answers(app)
        tap.check(answers.get('case_status') == 'pending'
                  and answers.get('full_name') == 'Samuel Okafor'
                  and answers.get('a_number') == '234567890'
                  and answers.get('birth_date') == '1985-03-09'
                  and answers.get('record_convicted') == 'yes'
                  and answers.get('record_immigration') == []
                  and answers.get('taxes') == 'yes'
                  and answers.get('record_details', '').endswith('program.\nSecond line.')
                  and answers.get('outcome') is not None
                  and answers.get('foreign_documents') == [],
                  f'case.json holds the answers given by keyboard ({answers})')
        tap.check(app.quit() == 0, 'quits')
    finally:
        app.cleanup()


def w1_stop(tap, binary):
    app = App(binary)
    try:
        start_new_request(app)
        iv = Interview(app)
        iv.choose('Where is your immigration court case now?', 4)          # never got an NTA
        tap.check(app.find('label', name='Talk to a Lawyer First', timeout=5) is not None,
                  'never getting a Notice to Appear stops the interview (W1)')
        tap.check(app.find('label', contains='Do not contact ICE', timeout=3) is not None,
                  'W1 says not to contact ICE before talking to a lawyer')
        app.press('Return')
        app.press('<Control>Return')
        time.sleep(0.5)
        tap.check(app.find('label', name='Talk to a Lawyer First', timeout=2) is not None
                  and set(saved_answers(app)) <= {'case_status', 'interview_position'},
                  'Enter and Ctrl+Enter lead nowhere from W1: no request is started')
        app.press('<Alt>Left')
        tap.check(app.find('label', name='Where is your immigration court case now?',
                           timeout=5) is not None,
                  'Back returns to the answer, to change it')
        app.quit()
    finally:
        app.cleanup()


def back_keeps_answers(tap, binary):
    app = App(binary)
    try:
        start_new_request(app)
        iv = Interview(app)
        iv.choose('Where is your immigration court case now?', 0)
        iv.type('full name, exactly', 'Lucia Mendes')
        iv.type('What is your A-number?', '87654321')
        iv.date('What is your date of birth?', 1, 2, 1990)
        iv.type('country of citizenship', 'Brazil')
        iv.type('mailing address', '1 Main St', 'Newark', 'NJ', '07102')
        iv.none('How can the government lawyer reach you?')
        iv.type('Which immigration court', 'Newark, NJ')
        iv.wait_question('When is your next hearing')
        # Back three questions (Alt+Left), change the name, come forward.
        for _ in range(3):
            app.press('<Alt>Left')
            time.sleep(0.3)
        iv.wait_question('mailing address')
        app.press('<Alt>Left')
        iv.wait_question('country of citizenship')
        app.press('<Control>a')
        app.type_text('Brasil')
        tap.check(wait_saved(app, 'country', 'Brasil'), 'the changed answer is saved')
        answers = saved_answers(app)
        tap.check(answers.get('address_city') == 'Newark' and answers.get('court') == 'Newark, NJ'
                  and answers.get('a_number') == '087654321',
                  f'later answers are still in case.json ({answers})')
        app.quit()
        # Leaving and coming back resumes where they stopped.
        app.start()
        app.press('Return')   # opens the newest request
        tap.check(app.find('label', contains='country of citizenship', timeout=5) is not None,
                  'coming back resumes at the same question')
        app.quit()
    finally:
        app.cleanup()


def main():
    return run_scenarios(complete_run, w1_stop, back_keeps_answers)


if __name__ == '__main__':
    sys.exit(main())
