/* test-interview.c — the question catalogue: integrity, visibility rules, navigation, validation
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <string.h>

#include "pd-fields.h"
#include "pd-interview.h"
#include "pd-rules.h"
#include "test-util.h"

/* The fewest screens a person with a pending case can see… */
static const char *minimal_profile =
  "{ \"case_status\": \"pending\", \"full_name\": \"Ana Silva\", \"a_number\": \"012345678\","
  "  \"birth_date\": \"1990-01-01\", \"country\": \"Honduras\","
  "  \"address_street\": \"1 Elm St\", \"address_city\": \"Charlotte\","
  "  \"address_state\": \"NC\", \"address_zip\": \"28202\","
  "  \"court\": \"Charlotte, NC\", \"hearing_date\": \"2027-03-03\", \"detained\": \"no\","
  "  \"entry_date\": \"2016-01-01\", \"entry_manner\": \"without_inspection\","
  "  \"came_as_child\": \"no\", \"proof_two_years\": \"yes\","
  "  \"record_criminal\": \"no\", \"record_immigration\": [], \"record_papers_voting\": [],"
  "  \"us_family\": [], \"work\": \"no\", \"education\": [], \"military\": [],"
  "  \"community\": [], \"care\": [], \"victim_complaint\": [], \"applications\": [],"
  "  \"outcome\": \"admin_closure\", \"foreign_documents\": [] }";

/* …and the most: every branch taken. */
static const char *maximal_profile =
  "{ \"case_status\": \"pending\", \"full_name\": \"Ana Silva\", \"a_number\": \"012345678\","
  "  \"entry_manner\": \"parole\", \"lawful_years\": \"2\", \"came_as_child\": \"yes\","
  "  \"proof_two_years\": \"unsure\","
  "  \"record_criminal\": \"yes\", \"record_convicted\": \"yes\","
  "  \"record_immigration\": [\"prior_order\", \"sent_back\", \"reentry\", \"missed_hearing\","
  "                          \"unsure\"],"
  "  \"in_absentia\": \"yes\","
  "  \"record_papers_voting\": [\"false_documents\", \"false_work_papers\","
  "                            \"false_citizenship\", \"voted\", \"unsure\"],"
  "  \"record_details\": \"…\","
  "  \"us_family\": [\"spouse\", \"children\", \"parents\"], \"spouse_status\": \"citizen\","
  "  \"children\": [{ \"name\": \"Luis\", \"status\": \"citizen\" }],"
  "  \"parents_status\": [\"citizen\", \"resident\"],"
  "  \"work\": \"yes\", \"work_details\": \"…\", \"taxes\": \"yes\","
  "  \"education\": [\"high_school\"], \"military\": [\"self\", \"family\"],"
  "  \"community\": [\"volunteer\"], \"community_details\": \"…\","
  "  \"care\": [\"care_child\", \"care_adult\", \"pregnant\", \"ill_self\", \"ill_family\"],"
  "  \"care_details\": \"…\","
  "  \"victim_complaint\": [\"victim\", \"witness\", \"workplace\", \"housing\"],"
  "  \"applications\": [\"asylum\", \"i130\", \"i360\", \"u_visa\", \"tps\", \"sijs\", \"other\"],"
  "  \"application_details\": \"…\", \"outcome\": \"continuance\","
  "  \"foreign_documents\": [{ \"title\": \"Birth certificate\", \"language\": \"Spanish\" }] }";

static gboolean
is_visible (PdCase     *pd_case,
            const char *id)
{
  const PdQuestion *question = pd_interview_lookup (id);

  g_assert_nonnull (question);
  return pd_interview_question_is_visible (question, pd_case);
}

static gboolean
is_choice_kind (PdQuestionKind kind)
{
  return kind == PD_QUESTION_YES_NO_UNSURE || kind == PD_QUESTION_SINGLE_CHOICE
         || kind == PD_QUESTION_MULTI_CHOICE;
}

static void
check_options (const char     *where,
               const PdOption *options,
               guint           n_options)
{
  for (guint i = 0; i < n_options; i++)
    {
      g_test_message ("%s option %s", where, options[i].value);
      g_assert_nonnull (options[i].value);
      g_assert_cmpstr (options[i].value, !=, "");
      g_assert_nonnull (options[i].label);
      g_assert_cmpstr (pd_option_get_label (&options[i]), !=, "");
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (options[i].value, !=, options[j].value);
    }
}

/* Every key a rule reads is answered before the question (or section) using it. */
static void
check_rule_looks_back (const char   *where,
                       const PdRule *rule,
                       guint         index)
{
  guint n;
  const PdQuestion *questions = pd_interview_get_questions (&n);

  for (guint c = 0; c < PD_RULE_MAX_CONDITIONS && rule->conditions[c].key != NULL; c++)
    {
      const PdCondition *condition = &rule->conditions[c];
      const PdQuestion *owner = pd_interview_lookup_key_owner (condition->key);

      g_test_message ("%s reads %s", where, condition->key);
      g_assert_nonnull (owner);
      g_assert_cmpuint ((guint) (owner - questions), <, index);
      g_assert_cmpint (condition->op, >=, PD_RULE_EQUALS);
      g_assert_cmpint (condition->op, <=, PD_RULE_ANSWERED);
      if (condition->op != PD_RULE_NOT_EMPTY && condition->op != PD_RULE_ANSWERED)
        {
          g_assert_nonnull (condition->values[0]);
          /* A value the rule tests must be one the question can store. */
          if (owner->kind != PD_QUESTION_FORM)
            for (guint v = 0; v < PD_RULE_MAX_VALUES && condition->values[v]; v++)
              g_assert_nonnull (pd_question_lookup_option (owner, condition->values[v]));
        }
    }
}

static void
test_catalogue (void)
{
  guint n, n_sections;
  const PdQuestion *questions = pd_interview_get_questions (&n);
  const PdSection *sections = pd_interview_get_sections (&n_sections);
  g_autoptr (GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n_sections, ==, 11);

  for (guint s = 0; s < n_sections; s++)
    {
      g_assert_nonnull (pd_section_get_title (&sections[s]));
      g_assert_cmpstr (pd_section_get_title (&sections[s]), !=, "");
      g_assert_true (pd_interview_lookup_section (sections[s].id) == &sections[s]);
      for (guint c = 0; c < PD_RULE_MAX_CONDITIONS && sections[s].visible_if.conditions[c].key;
           c++)
        g_assert_cmpstr (sections[s].visible_if.conditions[c].key, ==, PD_KEY_CASE_STATUS);
    }

  for (guint i = 0; i < n; i++)
    {
      const PdQuestion *q = &questions[i];

      g_test_message ("question %s", q->id);

      /* Ids are unique, and so is every key stored. */
      g_assert_true (g_hash_table_add (keys, (gpointer) q->id));
      if (q->kind == PD_QUESTION_FORM)
        for (guint f = 0; f < q->n_fields; f++)
          g_assert_true (g_hash_table_add (keys, (gpointer) q->fields[f].id));
      g_assert_true (pd_interview_lookup (q->id) == q);

      g_assert_nonnull (pd_question_get_title (q));
      g_assert_cmpuint (strlen (pd_question_get_title (q)), >, 10);
      g_assert_nonnull (pd_question_get_why (q));
      g_assert_cmpuint (strlen (pd_question_get_why (q)), >, 10);
      g_assert_true (q->help == NULL || *pd_question_get_help (q) != '\0');

      /* Sections in order, never coming back to an earlier one. */
      g_assert_nonnull (pd_interview_lookup_section (q->section));
      if (i > 0 && strcmp (q->section, questions[i - 1].section) != 0)
        for (guint j = 0; j < i; j++)
          g_assert_cmpstr (questions[j].section, !=, q->section);

      if (is_choice_kind (q->kind))
        {
          g_assert_cmpuint (q->n_options, >=, 2);
          check_options (q->id, q->options, q->n_options);
        }
      else
        g_assert_cmpuint (q->n_options, ==, 0);

      if (q->kind == PD_QUESTION_YES_NO_UNSURE)
        {
          g_assert_cmpuint (q->n_options, ==, 3);
          g_assert_cmpstr (q->options[0].value, ==, "yes");
          g_assert_cmpstr (q->options[1].value, ==, "no");
          g_assert_cmpstr (q->options[2].value, ==, "unsure");
          g_assert_cmpstr (pd_option_get_label (&q->options[2]), ==, "I’m not sure");
        }

      if (q->kind == PD_QUESTION_LIST || q->kind == PD_QUESTION_FORM)
        {
          g_assert_cmpuint (q->n_fields, >, 0);
          for (guint f = 0; f < q->n_fields; f++)
            {
              const PdSubField *field = &q->fields[f];

              g_assert_true (field->kind == PD_QUESTION_SHORT_TEXT
                             || field->kind == PD_QUESTION_DATE
                             || field->kind == PD_QUESTION_SINGLE_CHOICE);
              g_assert_cmpstr (pd_sub_field_get_label (field), !=, "");
              if (field->kind == PD_QUESTION_SINGLE_CHOICE)
                {
                  g_assert_cmpuint (field->n_options, >=, 2);
                  check_options (field->id, field->options, field->n_options);
                }
              for (guint g = 0; g < f; g++)
                g_assert_cmpstr (field->id, !=, q->fields[g].id);
            }
        }
      else
        g_assert_cmpuint (q->n_fields, ==, 0);

      check_rule_looks_back (q->id, &q->visible_if, i);
      for (guint o = 0; o < q->n_options; o++)
        check_rule_looks_back (q->options[o].value, &q->options[o].visible_if, i);
    }
}

/* The details form and the interview edit the same keys. */
static void
test_shared_keys (void)
{
  static const struct {
    const char *key;
    const char *owner;
  } shared[] = {
    { PD_KEY_FULL_NAME, PD_KEY_FULL_NAME },
    { PD_KEY_A_NUMBER, PD_KEY_A_NUMBER },
    { PD_KEY_BIRTH_DATE, PD_KEY_BIRTH_DATE },
    { PD_KEY_COUNTRY, PD_KEY_COUNTRY },
    { PD_KEY_ADDRESS_STREET, PD_QUESTION_ADDRESS },
    { PD_KEY_ADDRESS_CITY, PD_QUESTION_ADDRESS },
    { PD_KEY_ADDRESS_STATE, PD_QUESTION_ADDRESS },
    { PD_KEY_ADDRESS_ZIP, PD_QUESTION_ADDRESS },
    { PD_KEY_PHONE, PD_QUESTION_CONTACT },
    { PD_KEY_EMAIL, PD_QUESTION_CONTACT },
    { PD_KEY_COURT, PD_KEY_COURT },
    { PD_KEY_HEARING_DATE, PD_QUESTION_HEARING },
    { PD_KEY_HEARING_TYPE, PD_QUESTION_HEARING },
    { PD_KEY_DETAINED, PD_KEY_DETAINED },
  };
  const PdQuestion *q;

  for (guint i = 0; i < G_N_ELEMENTS (shared); i++)
    {
      const PdQuestion *owner = pd_interview_lookup_key_owner (shared[i].key);

      g_assert_nonnull (owner);
      g_assert_cmpstr (owner->id, ==, shared[i].owner);
    }

  /* The stored values the details form uses. */
  q = pd_interview_lookup (PD_QUESTION_HEARING);
  g_assert_cmpstr (q->fields[1].id, ==, PD_KEY_HEARING_TYPE);
  g_assert_cmpuint (q->fields[1].n_options, ==, 2);
  g_assert_cmpstr (q->fields[1].options[0].value, ==, "master");
  g_assert_cmpstr (q->fields[1].options[1].value, ==, "individual");
  q = pd_interview_lookup (PD_KEY_DETAINED);
  g_assert_nonnull (pd_question_lookup_option (q, "yes"));
  g_assert_nonnull (pd_question_lookup_option (q, "no"));
  g_assert_cmpuint (q->n_options, ==, 2);
  g_assert_cmpint (pd_interview_lookup (PD_KEY_A_NUMBER)->kind, ==, PD_QUESTION_A_NUMBER);
  g_assert_cmpint (pd_interview_lookup (PD_KEY_BIRTH_DATE)->kind, ==, PD_QUESTION_DATE);

  g_assert_null (pd_interview_lookup ("no_such_question"));
  g_assert_null (pd_interview_lookup_key_owner ("no_such_key"));
}

static void
test_first_question (void)
{
  static const char * const values[] = {
    "pending", "ordered", "appeal", "closed", "never", "unknown",
  };
  g_autoptr (PdCase) pd_case = pd_case_new ();
  const PdQuestion *first = pd_interview_next_visible (pd_case, NULL);

  g_assert_cmpstr (first->id, ==, PD_KEY_CASE_STATUS);
  g_assert_cmpint (first->kind, ==, PD_QUESTION_SINGLE_CHOICE);
  g_assert_true (first->required);
  g_assert_cmpuint (first->n_options, ==, G_N_ELEMENTS (values));
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_assert_cmpstr (first->options[i].value, ==, values[i]);
  g_assert_true (strstr (pd_option_get_label (&first->options[4]), "Notice to Appear"));
}

/* Each conditional question, with answers that show it and answers that hide it. */
static const struct {
  const char *id;
  gboolean    shown;
  const char *answers;
} visibility[] = {
  { PD_QUESTION_HEARING, TRUE, "{ \"case_status\": \"pending\" }" },
  { PD_QUESTION_HEARING, TRUE, "{ \"case_status\": \"unknown\" }" },
  { PD_QUESTION_HEARING, TRUE, "{}" },
  { PD_QUESTION_HEARING, FALSE, "{ \"case_status\": \"ordered\" }" },
  { PD_QUESTION_HEARING, FALSE, "{ \"case_status\": \"appeal\" }" },
  { PD_QUESTION_HEARING, FALSE, "{ \"case_status\": \"closed\" }" },
  { PD_QUESTION_HEARING, FALSE, "{ \"case_status\": \"never\" }" },

  { PD_KEY_LAWFUL_YEARS, TRUE, "{ \"entry_manner\": \"visa\" }" },
  { PD_KEY_LAWFUL_YEARS, TRUE, "{ \"entry_manner\": \"parole\" }" },
  { PD_KEY_LAWFUL_YEARS, TRUE, "{ \"entry_manner\": \"other\" }" },
  { PD_KEY_LAWFUL_YEARS, FALSE, "{ \"entry_manner\": \"without_inspection\" }" },
  { PD_KEY_LAWFUL_YEARS, FALSE, "{ \"entry_manner\": \"unsure\" }" },
  { PD_KEY_LAWFUL_YEARS, FALSE, "{}" },

  { PD_KEY_RECORD_CONVICTED, TRUE, "{ \"record_criminal\": \"yes\" }" },
  { PD_KEY_RECORD_CONVICTED, TRUE, "{ \"record_criminal\": \"unsure\" }" },
  { PD_KEY_RECORD_CONVICTED, FALSE, "{ \"record_criminal\": \"no\" }" },
  { PD_KEY_RECORD_CONVICTED, FALSE, "{}" },

  { PD_KEY_IN_ABSENTIA, TRUE, "{ \"record_immigration\": [\"missed_hearing\"] }" },
  { PD_KEY_IN_ABSENTIA, TRUE, "{ \"record_immigration\": [\"reentry\", \"missed_hearing\"] }" },
  { PD_KEY_IN_ABSENTIA, FALSE, "{ \"record_immigration\": [\"prior_order\"] }" },
  { PD_KEY_IN_ABSENTIA, FALSE, "{ \"record_immigration\": [] }" },

  { PD_KEY_RECORD_DETAILS, TRUE, "{ \"record_criminal\": \"yes\" }" },
  { PD_KEY_RECORD_DETAILS, TRUE, "{ \"record_criminal\": \"unsure\" }" },
  { PD_KEY_RECORD_DETAILS, TRUE, "{ \"record_immigration\": [\"sent_back\"] }" },
  { PD_KEY_RECORD_DETAILS, TRUE, "{ \"record_papers_voting\": [\"voted\"] }" },
  { PD_KEY_RECORD_DETAILS, FALSE,
    "{ \"record_criminal\": \"no\", \"record_immigration\": [], \"record_papers_voting\": [] }" },
  { PD_KEY_RECORD_DETAILS, FALSE, "{}" },

  { PD_KEY_SPOUSE_STATUS, TRUE, "{ \"us_family\": [\"spouse\"] }" },
  { PD_KEY_SPOUSE_STATUS, FALSE, "{ \"us_family\": [\"children\", \"parents\"] }" },
  { PD_KEY_CHILDREN, TRUE, "{ \"us_family\": [\"children\"] }" },
  { PD_KEY_CHILDREN, FALSE, "{ \"us_family\": [\"spouse\", \"parents\"] }" },
  { PD_KEY_PARENTS_STATUS, TRUE, "{ \"us_family\": [\"parents\"] }" },
  { PD_KEY_PARENTS_STATUS, FALSE, "{ \"us_family\": [] }" },

  { PD_KEY_WORK_DETAILS, TRUE, "{ \"work\": \"yes\" }" },
  { PD_KEY_WORK_DETAILS, FALSE, "{ \"work\": \"unsure\" }" },
  { PD_KEY_WORK_DETAILS, FALSE, "{ \"work\": \"no\" }" },
  { PD_KEY_TAXES, TRUE, "{ \"work\": \"yes\" }" },
  { PD_KEY_TAXES, TRUE, "{ \"work\": \"unsure\" }" },
  { PD_KEY_TAXES, FALSE, "{ \"work\": \"no\" }" },
  { PD_KEY_COMMUNITY_DETAILS, TRUE, "{ \"community\": [\"civic\"] }" },
  { PD_KEY_COMMUNITY_DETAILS, FALSE, "{ \"community\": [] }" },

  { PD_KEY_CARE_DETAILS, TRUE, "{ \"care\": [\"pregnant\"] }" },
  { PD_KEY_CARE_DETAILS, FALSE, "{ \"care\": [] }" },
  { PD_KEY_APPLICATION_DETAILS, TRUE, "{ \"applications\": [\"tps\"] }" },
  { PD_KEY_APPLICATION_DETAILS, FALSE, "{ \"applications\": [] }" },

  { PD_KEY_OUTCOME, TRUE, "{ \"case_status\": \"pending\" }" },
  { PD_KEY_OUTCOME, TRUE, "{ \"case_status\": \"ordered\" }" },
  { PD_KEY_OUTCOME, TRUE, "{ \"case_status\": \"appeal\" }" },
  { PD_KEY_OUTCOME, FALSE, "{ \"case_status\": \"closed\" }" },
  { PD_KEY_OUTCOME, FALSE, "{ \"case_status\": \"unknown\" }" },
  { PD_KEY_OUTCOME, FALSE, "{ \"case_status\": \"never\" }" },
  { PD_KEY_OUTCOME, FALSE, "{}" },
};

/* Every operator, on its own, including those the table does not use yet. */
static void
test_rule_ops (void)
{
  static const struct {
    PdRule   rule;
    gboolean expected;
  } rules[] = {
    { { PD_MATCH_ALL }, TRUE },
    { { PD_MATCH_ANY }, TRUE },
    { { PD_MATCH_ALL, { { PD_KEY_WORK, PD_RULE_EQUALS, { "yes" } } } }, TRUE },
    { { PD_MATCH_ALL, { { PD_KEY_WORK, PD_RULE_EQUALS, { "no" } } } }, FALSE },
    { { PD_MATCH_ALL, { { PD_KEY_TAXES, PD_RULE_EQUALS, { "yes" } } } }, FALSE },
    { { PD_MATCH_ALL, { { PD_KEY_WORK, PD_RULE_NOT_EQUALS, { "no" } } } }, TRUE },
    { { PD_MATCH_ALL, { { PD_KEY_WORK, PD_RULE_NOT_EQUALS, { "yes" } } } }, FALSE },
    { { PD_MATCH_ALL, { { PD_KEY_TAXES, PD_RULE_NOT_EQUALS, { "yes" } } } }, TRUE },
    { { PD_MATCH_ALL, { { PD_KEY_WORK, PD_RULE_IN, { "no", "yes" } } } }, TRUE },
    { { PD_MATCH_ALL, { { PD_KEY_WORK, PD_RULE_IN, { "no", "unsure" } } } }, FALSE },
    { { PD_MATCH_ALL, { { PD_KEY_WORK, PD_RULE_NOT_IN, { "no", "unsure" } } } }, TRUE },
    { { PD_MATCH_ALL, { { PD_KEY_WORK, PD_RULE_NOT_IN, { "no", "yes" } } } }, FALSE },
    { { PD_MATCH_ALL, { { PD_KEY_CARE, PD_RULE_CONTAINS, { "ill_self", "pregnant" } } } }, TRUE },
    { { PD_MATCH_ALL, { { PD_KEY_CARE, PD_RULE_CONTAINS, { "ill_self" } } } }, FALSE },
    { { PD_MATCH_ALL, { { PD_KEY_WORK, PD_RULE_CONTAINS, { "yes" } } } }, FALSE },
    { { PD_MATCH_ALL, { { PD_KEY_CARE, PD_RULE_NOT_EMPTY } } }, TRUE },
    { { PD_MATCH_ALL, { { PD_KEY_MILITARY, PD_RULE_NOT_EMPTY } } }, FALSE },
    { { PD_MATCH_ALL, { { PD_KEY_TAXES, PD_RULE_NOT_EMPTY } } }, FALSE },
    { { PD_MATCH_ALL, { { PD_KEY_MILITARY, PD_RULE_ANSWERED } } }, TRUE },
    { { PD_MATCH_ALL, { { PD_KEY_WORK, PD_RULE_ANSWERED } } }, TRUE },
    { { PD_MATCH_ALL, { { PD_KEY_TAXES, PD_RULE_ANSWERED } } }, FALSE },
    /* A hidden question’s answer counts as not answered: lawful_years is stored. */
    { { PD_MATCH_ALL, { { PD_KEY_LAWFUL_YEARS, PD_RULE_ANSWERED } } }, FALSE },
    { { PD_MATCH_ALL, { { PD_KEY_WORK, PD_RULE_EQUALS, { "yes" } },
                        { PD_KEY_CARE, PD_RULE_NOT_EMPTY } } }, TRUE },
    { { PD_MATCH_ALL, { { PD_KEY_WORK, PD_RULE_EQUALS, { "yes" } },
                        { PD_KEY_MILITARY, PD_RULE_NOT_EMPTY } } }, FALSE },
    { { PD_MATCH_ANY, { { PD_KEY_WORK, PD_RULE_EQUALS, { "no" } },
                        { PD_KEY_MILITARY, PD_RULE_NOT_EMPTY } } }, FALSE },
    { { PD_MATCH_ANY, { { PD_KEY_WORK, PD_RULE_EQUALS, { "no" } },
                        { PD_KEY_CARE, PD_RULE_NOT_EMPTY } } }, TRUE },
  };
  g_autoptr (PdCase) pd_case = test_case_from_answers (
    "{ \"case_status\": \"pending\", \"work\": \"yes\", \"care\": [\"pregnant\"],"
    "  \"military\": [], \"entry_manner\": \"without_inspection\", \"lawful_years\": \"3\" }");

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_test_message ("rule %u", i);
      g_assert_cmpint (pd_interview_rule_matches (&rules[i].rule, pd_case), ==,
                       rules[i].expected);
    }
}

static void
test_visibility_rules (void)
{
  guint n;
  const PdQuestion *questions = pd_interview_get_questions (&n);

  for (guint i = 0; i < G_N_ELEMENTS (visibility); i++)
    {
      g_autoptr (PdCase) pd_case = test_case_from_answers (visibility[i].answers);

      g_test_message ("%s with %s", visibility[i].id, visibility[i].answers);
      g_assert_cmpint (is_visible (pd_case, visibility[i].id), ==, visibility[i].shown);
    }

  /* The table covers every question that has a rule, both ways. */
  for (guint q = 0; q < n; q++)
    {
      gboolean shown = FALSE, hidden = FALSE;

      if (questions[q].visible_if.conditions[0].key == NULL)
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (visibility); i++)
        if (strcmp (visibility[i].id, questions[q].id) == 0)
          {
            shown |= visibility[i].shown;
            hidden |= !visibility[i].shown;
          }
      g_test_message ("rule of %s is tested", questions[q].id);
      g_assert_true (shown && hidden);
    }
}

/* "Never got a Notice to Appear" closes every section after the first (W1). */
static void
test_visibility_stop (void)
{
  g_autoptr (PdCase) pd_case = test_case_from_answers (maximal_profile);
  guint n, n_sections;
  const PdQuestion *questions = pd_interview_get_questions (&n);
  const PdSection *sections = pd_interview_get_sections (&n_sections);
  guint position;

  for (guint i = 0; i < n; i++)
    g_assert_true (pd_interview_question_is_visible (&questions[i], pd_case)
                   || questions[i].visible_if.conditions[0].key != NULL);

  pd_case_set_text (pd_case, PD_KEY_CASE_STATUS, "never");
  for (guint s = 0; s < n_sections; s++)
    g_assert_cmpint (pd_interview_section_is_visible (&sections[s], pd_case), ==,
                     strcmp (sections[s].id, "case") == 0);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (pd_interview_question_is_visible (&questions[i], pd_case), ==,
                     strcmp (questions[i].id, PD_KEY_CASE_STATUS) == 0);

  g_assert_cmpuint (pd_interview_count_visible (pd_case, PD_KEY_CASE_STATUS, &position), ==, 1);
  g_assert_cmpuint (position, ==, 1);
  g_assert_null (pd_interview_next_visible (pd_case, PD_KEY_CASE_STATUS));
  g_assert_true (pd_rules_should_stop (pd_case));

  /* Every answer is still there, only ignored. */
  g_assert_cmpstr (pd_case_get_text (pd_case, PD_KEY_WORK), ==, "yes");
  g_assert_null (pd_interview_get_visible_text (pd_case, PD_KEY_WORK));
  g_assert_null (pd_interview_get_visible_answer (pd_case, PD_KEY_US_FAMILY));
  g_assert_false (pd_interview_visible_contains (pd_case, PD_KEY_CARE, "pregnant"));
}

/* Outcomes open at each stage; the rest are hidden options. */
static void
test_visibility_options (void)
{
  static const struct {
    const char *status;
    const char *values;
  } stages[] = {
    { "pending", "admin_closure continuance dismissal stipulation" },
    { "ordered", "reopen" },
    { "appeal", "not_opposing" },
  };
  const PdQuestion *outcome = pd_interview_lookup (PD_KEY_OUTCOME);

  for (guint s = 0; s < G_N_ELEMENTS (stages); s++)
    {
      g_autoptr (PdCase) pd_case = pd_case_new ();
      g_auto (GStrv) expected = g_strsplit (stages[s].values, " ", -1);

      pd_case_set_text (pd_case, PD_KEY_CASE_STATUS, stages[s].status);
      for (guint o = 0; o < outcome->n_options; o++)
        g_assert_cmpint (pd_interview_option_is_visible (&outcome->options[o], pd_case), ==,
                         g_strv_contains ((const char * const *) expected,
                                          outcome->options[o].value));
    }
}

static void
test_navigation (void)
{
  g_autoptr (PdCase) pd_case = test_case_from_answers (minimal_profile);
  const PdQuestion *q;

  q = pd_interview_next_visible (pd_case, NULL);
  g_assert_cmpstr (q->id, ==, PD_KEY_CASE_STATUS);
  q = pd_interview_next_visible (pd_case, q->id);
  g_assert_cmpstr (q->id, ==, PD_KEY_FULL_NAME);
  g_assert_null (pd_interview_previous_visible (pd_case, PD_KEY_CASE_STATUS));
  g_assert_cmpstr (pd_interview_previous_visible (pd_case, NULL)->id, ==,
                   PD_KEY_FOREIGN_DOCUMENTS);
  g_assert_null (pd_interview_next_visible (pd_case, PD_KEY_FOREIGN_DOCUMENTS));

  /* Without inspection: no "years in a lawful status", both ways. */
  g_assert_cmpstr (pd_interview_next_visible (pd_case, PD_KEY_ENTRY_MANNER)->id, ==,
                   PD_KEY_CAME_AS_CHILD);
  g_assert_cmpstr (pd_interview_previous_visible (pd_case, PD_KEY_CAME_AS_CHILD)->id, ==,
                   PD_KEY_ENTRY_MANNER);
  pd_case_set_text (pd_case, PD_KEY_ENTRY_MANNER, "visa");
  g_assert_cmpstr (pd_interview_next_visible (pd_case, PD_KEY_ENTRY_MANNER)->id, ==,
                   PD_KEY_LAWFUL_YEARS);
  g_assert_cmpstr (pd_interview_previous_visible (pd_case, PD_KEY_CAME_AS_CHILD)->id, ==,
                   PD_KEY_LAWFUL_YEARS);

  /* No record: straight past the follow-ups. */
  g_assert_cmpstr (pd_interview_next_visible (pd_case, PD_KEY_RECORD_CRIMINAL)->id, ==,
                   PD_KEY_RECORD_IMMIGRATION);
  g_assert_cmpstr (pd_interview_next_visible (pd_case, PD_KEY_RECORD_PAPERS_VOTING)->id, ==,
                   PD_KEY_US_FAMILY);
  g_assert_cmpstr (pd_interview_previous_visible (pd_case, PD_KEY_US_FAMILY)->id, ==,
                   PD_KEY_RECORD_PAPERS_VOTING);

  /* Ordered removed: no hearing screen, and the outcome is still asked. */
  pd_case_set_text (pd_case, PD_KEY_CASE_STATUS, "ordered");
  g_assert_cmpstr (pd_interview_next_visible (pd_case, PD_KEY_COURT)->id, ==, PD_KEY_DETAINED);
  g_assert_cmpstr (pd_interview_previous_visible (pd_case, PD_KEY_DETAINED)->id, ==,
                   PD_KEY_COURT);
  g_assert_true (is_visible (pd_case, PD_KEY_OUTCOME));

  /* Walking forward and back visits the same screens, in order. */
  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr (GPtrArray) forward = g_ptr_array_new ();
      guint count = pd_interview_count_visible (pd_case, NULL, NULL);
      guint k;

      for (q = pd_interview_next_visible (pd_case, NULL); q != NULL;
           q = pd_interview_next_visible (pd_case, q->id))
        {
          g_assert_true (pd_interview_question_is_visible (q, pd_case));
          g_ptr_array_add (forward, (gpointer) q);
        }
      g_assert_cmpuint (forward->len, ==, count);

      k = forward->len;
      for (q = pd_interview_previous_visible (pd_case, NULL); q != NULL;
           q = pd_interview_previous_visible (pd_case, q->id))
        g_assert_true (q == g_ptr_array_index (forward, --k));
      g_assert_cmpuint (k, ==, 0);

      pd_case_set_text (pd_case, PD_KEY_CASE_STATUS, "pending");
    }

  /* Next from a question that has just become hidden still moves on. */
  pd_case_set_text (pd_case, PD_KEY_ENTRY_MANNER, "without_inspection");
  g_assert_false (is_visible (pd_case, PD_KEY_LAWFUL_YEARS));
  g_assert_cmpstr (pd_interview_next_visible (pd_case, PD_KEY_LAWFUL_YEARS)->id, ==,
                   PD_KEY_CAME_AS_CHILD);
  g_assert_cmpstr (pd_interview_previous_visible (pd_case, PD_KEY_LAWFUL_YEARS)->id, ==,
                   PD_KEY_ENTRY_MANNER);
}

static void
test_position (void)
{
  g_autoptr (PdCase) pd_case = test_case_from_answers (minimal_profile);
  guint position = 99;
  guint total;

  total = pd_interview_count_visible (pd_case, PD_KEY_COURT, &position);
  g_assert_cmpuint (position, ==, 8);
  total = pd_interview_count_visible (pd_case, PD_KEY_CASE_STATUS, &position);
  g_assert_cmpuint (position, ==, 1);
  g_assert_cmpuint (pd_interview_count_visible (pd_case, PD_KEY_FOREIGN_DOCUMENTS, &position),
                    ==, total);
  g_assert_cmpuint (position, ==, total);
  pd_interview_count_visible (pd_case, PD_KEY_LAWFUL_YEARS, &position);
  g_assert_cmpuint (position, ==, 0);
  pd_interview_count_visible (pd_case, NULL, &position);
  g_assert_cmpuint (position, ==, 0);
}

static void
test_counts (void)
{
  g_autoptr (PdCase) minimal = test_case_from_answers (minimal_profile);
  g_autoptr (PdCase) maximal = test_case_from_answers (maximal_profile);
  g_autoptr (PdCase) fresh = pd_case_new ();
  guint n_min = pd_interview_count_visible (minimal, NULL, NULL);
  guint n_max = pd_interview_count_visible (maximal, NULL, NULL);
  guint n;

  pd_interview_get_questions (&n);
  g_test_message ("%u questions; a simple profile sees %u, the most complex %u", n, n_min,
                  n_max);

  g_assert_cmpuint (n_min, >=, 20);
  g_assert_cmpuint (n_min, <=, 30);
  g_assert_cmpuint (n_max, <=, 45);
  g_assert_cmpuint (n_max, >, n_min);

  /* The maximal profile takes every branch a pending case has. */
  for (guint i = 0; i < n; i++)
    {
      const PdQuestion *q = &pd_interview_get_questions (NULL)[i];

      g_test_message ("maximal sees %s", q->id);
      g_assert_true (pd_interview_question_is_visible (q, maximal));
    }

  /* A new case, with nothing answered, shows no follow-ups. */
  g_assert_cmpuint (pd_interview_count_visible (fresh, NULL, NULL), <=, n_min);
}

/* Going back and changing an answer never erases later answers. */
static void
test_answers_kept (void)
{
  g_autoptr (PdCase) pd_case = test_case_from_answers (minimal_profile);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (PdCase) reloaded = NULL;

  pd_case_set_text (pd_case, PD_KEY_ENTRY_MANNER, "visa");
  pd_case_set_text (pd_case, PD_KEY_LAWFUL_YEARS, "4");
  pd_case_set_text (pd_case, PD_KEY_RECORD_CRIMINAL, "yes");
  pd_case_set_text (pd_case, PD_KEY_RECORD_CONVICTED, "yes");
  g_assert_cmpstr (pd_interview_get_visible_text (pd_case, PD_KEY_LAWFUL_YEARS), ==, "4");
  g_assert_cmpint (pd_rules_get_negative_factors (pd_case), ==,
                   PD_NEGATIVE_CRIMINAL_RECORD | PD_NEGATIVE_CONVICTION);

  /* Change the earlier answers: the later ones stay, hidden and ignored. */
  pd_case_set_text (pd_case, PD_KEY_ENTRY_MANNER, "without_inspection");
  pd_case_set_text (pd_case, PD_KEY_RECORD_CRIMINAL, "no");
  g_assert_cmpstr (pd_case_get_text (pd_case, PD_KEY_LAWFUL_YEARS), ==, "4");
  g_assert_cmpstr (pd_case_get_text (pd_case, PD_KEY_RECORD_CONVICTED), ==, "yes");
  g_assert_null (pd_interview_get_visible_text (pd_case, PD_KEY_LAWFUL_YEARS));
  g_assert_null (pd_interview_get_visible_text (pd_case, PD_KEY_RECORD_CONVICTED));
  g_assert_cmpint (pd_rules_get_negative_factors (pd_case), ==, PD_NEGATIVE_NONE);
  g_assert_false (pd_rules_get_warnings (pd_case) & PD_WARNING_W2_RECORD);

  /* They survive a save and a reload… */
  bytes = pd_case_to_bytes (pd_case);
  reloaded = pd_case_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL);
  g_assert_cmpstr (pd_case_get_text (reloaded, PD_KEY_RECORD_CONVICTED), ==, "yes");

  /* …and count again once their question is asked again. */
  pd_case_set_text (pd_case, PD_KEY_ENTRY_MANNER, "parole");
  pd_case_set_text (pd_case, PD_KEY_RECORD_CRIMINAL, "unsure");
  g_assert_cmpstr (pd_interview_get_visible_text (pd_case, PD_KEY_LAWFUL_YEARS), ==, "4");
  g_assert_cmpint (pd_rules_get_negative_factors (pd_case), ==,
                   PD_NEGATIVE_CONVICTION | PD_NEGATIVE_NOT_SURE);

  /* Multi choice: unticking "children" hides the list but keeps it. */
  test_set_json (pd_case, PD_KEY_US_FAMILY, "[\"children\"]");
  test_set_json (pd_case, PD_KEY_CHILDREN, "[{ \"name\": \"Luis\", \"status\": \"citizen\" }]");
  g_assert_true (pd_rules_get_positive_factors (pd_case) & PD_FACTOR_CHILDREN);
  pd_case_set_choices (pd_case, PD_KEY_US_FAMILY, (const char * const[]) { NULL });
  g_assert_nonnull (pd_case_get_answer (pd_case, PD_KEY_CHILDREN));
  g_assert_false (pd_rules_get_positive_factors (pd_case) & PD_FACTOR_CHILDREN);
  pd_case_set_choices (pd_case, PD_KEY_US_FAMILY, (const char * const[]) { "children", NULL });
  g_assert_true (pd_rules_get_positive_factors (pd_case) & PD_FACTOR_CHILDREN);
}

static void
test_resume (void)
{
  g_autoptr (PdCase) pd_case = test_case_from_answers (minimal_profile);

  g_assert_cmpstr (pd_interview_get_resume_id (pd_case), ==, PD_KEY_CASE_STATUS);

  pd_interview_set_position (pd_case, PD_KEY_WORK);
  g_assert_cmpstr (pd_case_get_text (pd_case, PD_KEY_INTERVIEW_POSITION), ==, PD_KEY_WORK);
  g_assert_cmpstr (pd_interview_get_resume_id (pd_case), ==, PD_KEY_WORK);

  /* Left on a question that no longer applies: the next one that does. */
  pd_interview_set_position (pd_case, PD_KEY_TAXES);
  g_assert_cmpstr (pd_interview_get_resume_id (pd_case), ==, PD_KEY_EDUCATION);

  /* Stopped by W1: back on the first question, where they can change it. */
  pd_interview_set_position (pd_case, PD_KEY_OUTCOME);
  pd_case_set_text (pd_case, PD_KEY_CASE_STATUS, "never");
  g_assert_cmpstr (pd_interview_get_resume_id (pd_case), ==, PD_KEY_CASE_STATUS);

  /* A position this version does not know: from the start. */
  pd_case_set_text (pd_case, PD_KEY_INTERVIEW_POSITION, "a_question_from_the_future");
  g_assert_cmpstr (pd_interview_get_resume_id (pd_case), ==, PD_KEY_CASE_STATUS);
  pd_interview_set_position (pd_case, NULL);
  g_assert_null (pd_case_get_text (pd_case, PD_KEY_INTERVIEW_POSITION));
}

static void
check_valid (const char *id,
             const char *text,
             const char *expected)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *normalized = NULL;

  g_test_message ("%s: “%s”", id, text);
  g_assert_true (pd_interview_validate_answer (pd_interview_lookup (id), text, &normalized,
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpstr (normalized, ==, expected);
}

static void
check_invalid (const char *id,
               const char *text,
               int         code,
               const char *message_part)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *normalized = NULL;

  g_test_message ("%s: “%s”", id, text);
  g_assert_false (pd_interview_validate_answer (pd_interview_lookup (id), text, &normalized,
                                                &error));
  g_assert_error (error, PD_FIELD_ERROR, code);
  g_assert_null (normalized);
  g_assert_nonnull (strstr (error->message, message_part));
}

static void
test_validation (void)
{
  const PdQuestion *address = pd_interview_lookup (PD_QUESTION_ADDRESS);
  const PdQuestion *children = pd_interview_lookup (PD_KEY_CHILDREN);
  const PdQuestion *hearing = pd_interview_lookup (PD_QUESTION_HEARING);
  g_autoptr (GError) error = NULL;
  g_autofree char *normalized = NULL;

  /* A-numbers: the messages from pd-fields. */
  check_valid (PD_KEY_A_NUMBER, " A-12-345-678 ", "012345678");
  check_valid (PD_KEY_A_NUMBER, "A123456789", "123456789");
  check_invalid (PD_KEY_A_NUMBER, "1234567", PD_FIELD_ERROR_INVALID, "8 or 9 digits");
  check_invalid (PD_KEY_A_NUMBER, "A12345X78", PD_FIELD_ERROR_INVALID, "only numbers");
  check_invalid (PD_KEY_A_NUMBER, "", PD_FIELD_ERROR_EMPTY, "Notice to Appear");

  /* Dates: real days; no birth in the future. */
  check_valid (PD_KEY_BIRTH_DATE, "1990-05-01", "1990-05-01");
  check_invalid (PD_KEY_BIRTH_DATE, "2026-02-30", PD_FIELD_ERROR_INVALID, "days 1 to 28");
  check_invalid (PD_KEY_BIRTH_DATE, "2030-01-01", PD_FIELD_ERROR_INVALID, "in the future");
  check_invalid (PD_KEY_BIRTH_DATE, "", PD_FIELD_ERROR_EMPTY, "a month");
  check_invalid (PD_KEY_ENTRY_DATE, "03/04/2019", PD_FIELD_ERROR_INVALID, "not a date");
  check_valid (PD_KEY_ENTRY_DATE, "", NULL);

  /* Numbers. */
  check_valid (PD_KEY_LAWFUL_YEARS, " 007 ", "7");
  check_valid (PD_KEY_LAWFUL_YEARS, "0", "0");
  check_valid (PD_KEY_LAWFUL_YEARS, "", NULL);
  check_invalid (PD_KEY_LAWFUL_YEARS, "three", PD_FIELD_ERROR_INVALID, "only digits");
  check_invalid (PD_KEY_LAWFUL_YEARS, "-3", PD_FIELD_ERROR_INVALID, "only digits");
  check_invalid (PD_KEY_LAWFUL_YEARS, "2.5", PD_FIELD_ERROR_INVALID, "only digits");
  check_invalid (PD_KEY_LAWFUL_YEARS, "500", PD_FIELD_ERROR_INVALID, "0 to 120");
  check_invalid (PD_KEY_LAWFUL_YEARS, "99999999999999999999", PD_FIELD_ERROR_INVALID,
                 "too large");

  /* Text. */
  check_valid (PD_KEY_FULL_NAME, "  María José Pérez  ", "María José Pérez");
  check_valid (PD_KEY_FULL_NAME, "Ana\nSilva", "Ana Silva");
  check_invalid (PD_KEY_FULL_NAME, "   ", PD_FIELD_ERROR_EMPTY, "Type an answer");
  check_valid (PD_KEY_RECORD_DETAILS, "  First line.\nSecond line.  ",
               "First line.\nSecond line.");
  check_valid (PD_KEY_RECORD_DETAILS, "", NULL);

  /* Choices. */
  check_valid (PD_KEY_CASE_STATUS, "appeal", "appeal");
  check_valid (PD_KEY_WORK, "unsure", "unsure");
  check_invalid (PD_KEY_CASE_STATUS, "maybe", PD_FIELD_ERROR_INVALID, "Choose one");
  check_invalid (PD_KEY_CASE_STATUS, "", PD_FIELD_ERROR_EMPTY, "Choose one");

  /* Sub-fields. */
  g_assert_false (pd_interview_validate_field (&address->fields[0], " ", &normalized, &error));
  g_assert_error (error, PD_FIELD_ERROR, PD_FIELD_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_true (pd_interview_validate_field (&hearing->fields[0], "2027-03-03", &normalized,
                                              &error));
  g_assert_cmpstr (normalized, ==, "2027-03-03");
  g_clear_pointer (&normalized, g_free);
  /* A hearing in the past is allowed (the interface flags it). */
  g_assert_true (pd_interview_validate_field (&hearing->fields[0], "2020-01-02", &normalized,
                                              &error));
  g_clear_pointer (&normalized, g_free);
  g_assert_true (pd_interview_validate_field (&hearing->fields[1], "", &normalized, &error));
  g_assert_null (normalized);
  g_assert_false (pd_interview_validate_field (&hearing->fields[1], "bond", &normalized,
                                               &error));
  g_assert_error (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pd_interview_validate_field (&children->fields[1], "2027-01-01", &normalized,
                                               &error));
  g_assert_error (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (pd_interview_validate_field (&children->fields[2], "other", &normalized,
                                              &error));
  g_assert_cmpstr (normalized, ==, "other");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("DISCRETION_NOW", "2026-11-15T12:00:00Z", TRUE);
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/interview/catalogue", test_catalogue);
  g_test_add_func ("/interview/shared-keys", test_shared_keys);
  g_test_add_func ("/interview/first-question", test_first_question);
  g_test_add_func ("/interview/visibility/ops", test_rule_ops);
  g_test_add_func ("/interview/visibility/rules", test_visibility_rules);
  g_test_add_func ("/interview/visibility/stop", test_visibility_stop);
  g_test_add_func ("/interview/visibility/options", test_visibility_options);
  g_test_add_func ("/interview/navigation", test_navigation);
  g_test_add_func ("/interview/position", test_position);
  g_test_add_func ("/interview/counts", test_counts);
  g_test_add_func ("/interview/answers-kept", test_answers_kept);
  g_test_add_func ("/interview/resume", test_resume);
  g_test_add_func ("/interview/validation", test_validation);

  return g_test_run ();
}
