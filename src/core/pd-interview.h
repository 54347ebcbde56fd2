/* pd-interview.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pd-case.h"

G_BEGIN_DECLS

/* Answer keys the interview adds to those in pd-case.h. Stable: they are in
 * people's case files (see data/case-format.md). */
#define PD_KEY_CASE_STATUS          "case_status"
#define PD_KEY_ENTRY_DATE           "entry_date"
#define PD_KEY_ENTRY_MANNER         "entry_manner"
#define PD_KEY_LAWFUL_YEARS         "lawful_years"
#define PD_KEY_CAME_AS_CHILD        "came_as_child"
#define PD_KEY_PROOF_TWO_YEARS      "proof_two_years"
#define PD_KEY_RECORD_CRIMINAL      "record_criminal"
#define PD_KEY_RECORD_CONVICTED     "record_convicted"
#define PD_KEY_RECORD_IMMIGRATION   "record_immigration"
#define PD_KEY_IN_ABSENTIA          "in_absentia"
#define PD_KEY_RECORD_PAPERS_VOTING "record_papers_voting"
#define PD_KEY_RECORD_DETAILS       "record_details"
#define PD_KEY_US_FAMILY            "us_family"
#define PD_KEY_SPOUSE_STATUS        "spouse_status"
#define PD_KEY_CHILDREN             "children"
#define PD_KEY_PARENTS_STATUS       "parents_status"
#define PD_KEY_WORK                 "work"
#define PD_KEY_WORK_DETAILS         "work_details"
#define PD_KEY_TAXES                "taxes"
#define PD_KEY_EDUCATION            "education"
#define PD_KEY_MILITARY             "military"
#define PD_KEY_COMMUNITY            "community"
#define PD_KEY_COMMUNITY_DETAILS    "community_details"
#define PD_KEY_CARE                 "care"
#define PD_KEY_CARE_DETAILS         "care_details"
#define PD_KEY_VICTIM_COMPLAINT     "victim_complaint"
#define PD_KEY_APPLICATIONS         "applications"
#define PD_KEY_APPLICATION_DETAILS  "application_details"
#define PD_KEY_OUTCOME              "outcome"
#define PD_KEY_FOREIGN_DOCUMENTS    "foreign_documents"
/* Not an answer: the id of the question the person was on, to resume there. */
#define PD_KEY_INTERVIEW_POSITION   "interview_position"

/* Ids of screens that group several keys (PD_QUESTION_FORM): never answer keys. */
#define PD_QUESTION_ADDRESS "address"
#define PD_QUESTION_CONTACT "contact"
#define PD_QUESTION_HEARING "hearing"

/**
 * PdQuestionKind:
 * @PD_QUESTION_YES_NO_UNSURE: a string, "yes", "no" or "unsure" (the options are in the table)
 * @PD_QUESTION_SINGLE_CHOICE: a string, one of the question's option values
 * @PD_QUESTION_MULTI_CHOICE: an array of option values (pd_case_set_choices); an empty
 *   array is a complete answer meaning "none of these"
 * @PD_QUESTION_SHORT_TEXT: a string on one line
 * @PD_QUESTION_LONG_TEXT: a string, several lines allowed
 * @PD_QUESTION_DATE: a string, ISO YYYY-MM-DD (enter it with month names)
 * @PD_QUESTION_A_NUMBER: a string of 9 digits (pd_a_number_normalize)
 * @PD_QUESTION_NUMBER: a non-negative integer stored as a decimal string ("12")
 * @PD_QUESTION_LIST: an array of objects, one per entry, whose members are the
 *   question's sub-fields (by sub-field id); an empty array means "none"
 * @PD_QUESTION_FORM: several short fields on one screen; each sub-field is stored
 *   under its own answer key (the sub-field id), e.g. the four address keys
 *
 * How an answer is stored; pd_interview_validate_answer() checks the text-like kinds.
 */
typedef enum
{
  PD_QUESTION_YES_NO_UNSURE,
  PD_QUESTION_SINGLE_CHOICE,
  PD_QUESTION_MULTI_CHOICE,
  PD_QUESTION_SHORT_TEXT,
  PD_QUESTION_LONG_TEXT,
  PD_QUESTION_DATE,
  PD_QUESTION_A_NUMBER,
  PD_QUESTION_NUMBER,
  PD_QUESTION_LIST,
  PD_QUESTION_FORM,
} PdQuestionKind;

/**
 * PdRuleOp:
 * @PD_RULE_EQUALS: the answer is the string values[0]
 * @PD_RULE_NOT_EQUALS: the answer is not values[0] (true when not answered)
 * @PD_RULE_IN: the answer is one of the strings in values
 * @PD_RULE_NOT_IN: the answer is none of values (true when not answered)
 * @PD_RULE_CONTAINS: an array answer (multi choice) holds any of values
 * @PD_RULE_NOT_EMPTY: an array answer (multi choice, list) has at least one entry
 * @PD_RULE_ANSWERED: there is an answer (an empty array counts as answered)
 *
 * How a condition tests one answer. An answer to a question that is itself
 * hidden counts as not answered, so hiding cascades.
 */
typedef enum
{
  PD_RULE_EQUALS,
  PD_RULE_NOT_EQUALS,
  PD_RULE_IN,
  PD_RULE_NOT_IN,
  PD_RULE_CONTAINS,
  PD_RULE_NOT_EMPTY,
  PD_RULE_ANSWERED,
} PdRuleOp;

typedef enum
{
  PD_MATCH_ALL,
  PD_MATCH_ANY,
} PdRuleMatch;

#define PD_RULE_MAX_VALUES     8
#define PD_RULE_MAX_CONDITIONS 4

/**
 * PdCondition:
 * @key: the answer key tested; NULL ends the list of conditions
 * @op: the test
 * @values: the values the test uses; unused slots are NULL
 */
typedef struct
{
  const char *key;
  PdRuleOp    op;
  const char *values[PD_RULE_MAX_VALUES];
} PdCondition;

/**
 * PdRule:
 * @match: whether all conditions or any one must hold
 * @conditions: up to PD_RULE_MAX_CONDITIONS conditions; none at all means "always"
 *
 * A visibility rule, as data. Conditions only name answers from earlier
 * questions (or the details form), so changing a later answer never moves
 * the screens before it.
 */
typedef struct
{
  PdRuleMatch match;
  PdCondition conditions[PD_RULE_MAX_CONDITIONS];
} PdRule;

/**
 * PdSection:
 * @id: stable id ("case", "about", …)
 * @title: untranslated; show pd_section_get_title()
 * @visible_if: when the whole section applies (e.g. not after a W1 stop)
 */
typedef struct
{
  const char *id;
  const char *title;
  PdRule      visible_if;
} PdSection;

/**
 * PdOption:
 * @value: what is stored
 * @label: untranslated; show pd_option_get_label()
 * @context: the msgctxt of @label, or NULL
 * @help: untranslated plain explanation, or NULL
 * @limits: untranslated "what this does not do", or NULL (the outcomes have it)
 * @visible_if: when this option is offered (e.g. outcomes by case stage)
 *
 * One answer to choose. No option is ever chosen by default.
 */
typedef struct
{
  const char *value;
  const char *label;
  const char *context;
  const char *help;
  const char *limits;
  PdRule      visible_if;
} PdOption;

/**
 * PdSubField:
 * @id: the member name inside a LIST entry, or the answer key in a FORM
 * @kind: PD_QUESTION_SHORT_TEXT, PD_QUESTION_DATE or PD_QUESTION_SINGLE_CHOICE
 * @label: untranslated; show pd_sub_field_get_label()
 * @options: for SINGLE_CHOICE
 * @n_options: length of @options
 * @required: the entry is not complete without it
 * @past_only: for dates: a date after today is refused
 */
typedef struct
{
  const char     *id;
  PdQuestionKind  kind;
  const char     *label;
  const PdOption *options;
  guint           n_options;
  gboolean        required;
  gboolean        past_only;
} PdSubField;

/**
 * PdQuestion:
 * @id: stable id; the answer key, except for PD_QUESTION_FORM screens
 * @section: the id of its PdSection
 * @kind: how the answer is entered and stored
 * @title: untranslated plain-language question; show pd_question_get_title()
 * @why: untranslated "Why we ask" line
 * @help: untranslated extra help, or NULL
 * @options: the answers to choose from (YES_NO_UNSURE, SINGLE_CHOICE, MULTI_CHOICE)
 * @n_options: length of @options
 * @fields: the sub-fields (LIST, FORM)
 * @n_fields: length of @fields
 * @required: Next needs an answer (no Skip); for MULTI_CHOICE and LIST an empty
 *   array counts, for FORM see each sub-field
 * @past_only: for dates: a date after today is refused
 * @number_max: for NUMBER: the largest value accepted
 * @visible_if: when the question is asked
 */
typedef struct
{
  const char       *id;
  const char       *section;
  PdQuestionKind    kind;
  const char       *title;
  const char       *why;
  const char       *help;
  const PdOption   *options;
  guint             n_options;
  const PdSubField *fields;
  guint             n_fields;
  gboolean          required;
  gboolean          past_only;
  guint             number_max;
  PdRule            visible_if;
} PdQuestion;

/* The catalogue, in interview order. */
const PdQuestion *pd_interview_get_questions       (guint            *n_questions);
const PdSection  *pd_interview_get_sections        (guint            *n_sections);
const PdQuestion *pd_interview_lookup              (const char       *id);
const PdQuestion *pd_interview_lookup_key_owner    (const char       *key);
const PdSection  *pd_interview_lookup_section      (const char       *id);
const PdOption   *pd_question_lookup_option        (const PdQuestion *question,
                                                    const char       *value);

/* Translated strings for display. */
const char       *pd_section_get_title             (const PdSection  *section);
const char       *pd_question_get_title            (const PdQuestion *question);
const char       *pd_question_get_why              (const PdQuestion *question);
const char       *pd_question_get_help             (const PdQuestion *question);
const char       *pd_option_get_label              (const PdOption   *option);
const char       *pd_option_get_help               (const PdOption   *option);
const char       *pd_option_get_limits             (const PdOption   *option);
const char       *pd_sub_field_get_label           (const PdSubField *field);

/* Rules, evaluated on the case as it is now. */
gboolean          pd_interview_rule_matches        (const PdRule     *rule,
                                                    PdCase           *pd_case);
gboolean          pd_interview_section_is_visible  (const PdSection  *section,
                                                    PdCase           *pd_case);
gboolean          pd_interview_question_is_visible (const PdQuestion *question,
                                                    PdCase           *pd_case);
gboolean          pd_interview_option_is_visible   (const PdOption   *option,
                                                    PdCase           *pd_case);
JsonNode         *pd_interview_get_visible_answer  (PdCase           *pd_case,
                                                    const char       *key);
const char       *pd_interview_get_visible_text    (PdCase           *pd_case,
                                                    const char       *key);
gboolean          pd_interview_visible_contains    (PdCase           *pd_case,
                                                    const char       *key,
                                                    const char       *value);

/* Navigation. */
const PdQuestion *pd_interview_next_visible        (PdCase           *pd_case,
                                                    const char       *current_id);
const PdQuestion *pd_interview_previous_visible    (PdCase           *pd_case,
                                                    const char       *current_id);
guint             pd_interview_count_visible       (PdCase           *pd_case,
                                                    const char       *id,
                                                    guint            *out_position);
const char       *pd_interview_get_resume_id       (PdCase           *pd_case);
void              pd_interview_set_position        (PdCase           *pd_case,
                                                    const char       *id);

/* Checking typed answers (errors in PD_FIELD_ERROR). */
gboolean          pd_interview_validate_answer     (const PdQuestion *question,
                                                    const char       *text,
                                                    char            **normalized,
                                                    GError          **error);
gboolean          pd_interview_validate_field      (const PdSubField *field,
                                                    const char       *text,
                                                    char            **normalized,
                                                    GError          **error);

G_END_DECLS
