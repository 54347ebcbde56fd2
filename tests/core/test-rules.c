/* test-rules.c — warnings, factors and options, from a table of realistic profiles
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <string.h>

#include "pd-interview.h"
#include "pd-rules.h"
#include "test-util.h"

/* Today, for every test: 2026-11-15. */
#define NOW "2026-11-15T12:00:00Z"

/* Shown to everyone who is not stopped by W1. */
#define ALWAYS (PD_WARNING_W3_NOTARIO | PD_WARNING_W4_FIND_HELP | PD_WARNING_W5_DISMISSAL_RISK \
                | PD_WARNING_ADMISSIONS | PD_WARNING_OTHER_PEOPLE)
#define PENDING_OPTIONS "admin_closure continuance dismissal stipulation"

/* A person with nothing to report: every record, family and life answer is
 * "no" or "none". Profiles add to it. */
static const char *base_answers =
  "{ \"case_status\": \"pending\", \"full_name\": \"Test Person\", \"a_number\": \"012345678\","
  "  \"court\": \"Charlotte, NC\", \"detained\": \"no\","
  "  \"entry_date\": \"2016-01-01\", \"entry_manner\": \"without_inspection\","
  "  \"came_as_child\": \"no\", \"proof_two_years\": \"yes\","
  "  \"record_criminal\": \"no\", \"record_immigration\": [], \"record_papers_voting\": [],"
  "  \"us_family\": [], \"work\": \"no\", \"education\": [], \"military\": [],"
  "  \"community\": [], \"care\": [], \"victim_complaint\": [], \"applications\": [],"
  "  \"foreign_documents\": [] }";

typedef struct
{
  const char   *name;
  const char   *answers;     /* JSON object: members set over base_answers */
  PdWarning     warnings;    /* exactly these */
  PdFactor      factors;     /* exactly these */
  PdNegative    negatives;   /* exactly these */
  PdRiskReason  risks;       /* exactly these */
  const char   *options;     /* the outcomes offered, in order */
  gboolean      stop;
  gboolean      has_note;
} Profile;

static const Profile profiles[] = {
  {
    "long-resident parent of U.S. citizens",
    "{ \"entry_date\": \"2009-06-01\", \"us_family\": [\"children\"],"
    "  \"children\": [{ \"name\": \"Ana\", \"birth_date\": \"2012-04-02\","
    "                   \"status\": \"citizen\" },"
    "                 { \"name\": \"Luis\", \"status\": \"citizen\" }],"
    "  \"work\": \"yes\", \"taxes\": \"yes\", \"community\": [\"religious\"],"
    "  \"care\": [\"care_child\"], \"outcome\": \"admin_closure\" }",
    ALWAYS,
    PD_FACTOR_RESIDENCE_10 | PD_FACTOR_CHILDREN | PD_FACTOR_WORK | PD_FACTOR_TAXES
    | PD_FACTOR_COMMUNITY | PD_FACTOR_CAREGIVER,
    PD_NEGATIVE_NONE, PD_RISK_NONE, PENDING_OPTIONS, FALSE, FALSE,
  },
  {
    "recent arrival on parole",
    "{ \"entry_date\": \"2025-08-10\", \"entry_manner\": \"parole\", \"lawful_years\": \"1\","
    "  \"proof_two_years\": \"no\" }",
    ALWAYS, PD_FACTOR_NONE, PD_NEGATIVE_NONE,
    PD_RISK_PAROLE | PD_RISK_UNDER_TWO_YEARS, PENDING_OPTIONS, FALSE, FALSE,
  },
  {
    "DUI conviction",
    "{ \"entry_date\": \"2013-03-01\", \"record_criminal\": \"yes\","
    "  \"record_convicted\": \"yes\", \"record_details\": \"DUI, Mecklenburg County, 2019.\","
    "  \"work\": \"yes\", \"taxes\": \"no\" }",
    ALWAYS | PD_WARNING_W2_RECORD, PD_FACTOR_RESIDENCE_10 | PD_FACTOR_WORK,
    PD_NEGATIVE_CRIMINAL_RECORD | PD_NEGATIVE_CONVICTION, PD_RISK_NONE, PENDING_OPTIONS,
    FALSE, FALSE,
  },
  {
    "prior removal order and re-entry",
    "{ \"entry_date\": \"2018-01-15\","
    "  \"record_immigration\": [\"prior_order\", \"reentry\"] }",
    ALWAYS | PD_WARNING_W2_RECORD, PD_FACTOR_RESIDENCE_5,
    PD_NEGATIVE_PRIOR_ORDER | PD_NEGATIVE_REENTRY, PD_RISK_NONE, PENDING_OPTIONS, FALSE, FALSE,
  },
  {
    "never served a Notice to Appear",
    "{ \"case_status\": \"never\", \"record_criminal\": \"yes\", \"work\": \"yes\","
    "  \"us_family\": [\"children\"], \"entry_manner\": \"parole\","
    "  \"outcome\": \"dismissal\" }",
    PD_WARNING_W1_NOT_IN_PROCEEDINGS | PD_WARNING_W3_NOTARIO | PD_WARNING_W4_FIND_HELP,
    PD_FACTOR_NONE, PD_NEGATIVE_NONE, PD_RISK_NONE, "", TRUE, FALSE,
  },
  {
    "does not know the case status",
    "{ \"case_status\": \"unknown\", \"entry_date\": \"2015-05-05\", \"work\": \"yes\" }",
    ALWAYS | PD_WARNING_UNKNOWN_STATUS, PD_FACTOR_RESIDENCE_10 | PD_FACTOR_WORK,
    PD_NEGATIVE_NONE, PD_RISK_NONE, "", FALSE, TRUE,
  },
  {
    "asylum applicant",
    "{ \"entry_date\": \"2021-09-01\", \"applications\": [\"asylum\"],"
    "  \"application_details\": \"I-589 filed with the court, 2022.\" }",
    ALWAYS, PD_FACTOR_RESIDENCE_5 | PD_FACTOR_APPLICATION, PD_NEGATIVE_NONE, PD_RISK_NONE,
    PENDING_OPTIONS, FALSE, FALSE,
  },
  {
    "on appeal, permanent-resident spouse",
    "{ \"case_status\": \"appeal\", \"entry_date\": \"2010-02-01\", \"entry_manner\": \"visa\","
    "  \"lawful_years\": \"3\", \"us_family\": [\"spouse\"], \"spouse_status\": \"resident\","
    "  \"outcome\": \"not_opposing\" }",
    ALWAYS, PD_FACTOR_RESIDENCE_10 | PD_FACTOR_SPOUSE, PD_NEGATIVE_NONE, PD_RISK_NONE,
    "not_opposing", FALSE, FALSE,
  },
  {
    "came as a child and finished high school",
    "{ \"entry_date\": \"2008-07-01\", \"came_as_child\": \"yes\","
    "  \"education\": [\"high_school\"], \"work\": \"yes\", \"taxes\": \"yes\" }",
    ALWAYS,
    PD_FACTOR_RESIDENCE_10 | PD_FACTOR_CAME_AS_CHILD | PD_FACTOR_EDUCATION | PD_FACTOR_WORK
    | PD_FACTOR_TAXES,
    PD_NEGATIVE_NONE, PD_RISK_NONE, PENDING_OPTIONS, FALSE, FALSE,
  },
  {
    "caregiver of a seriously ill U.S.-citizen child",
    "{ \"entry_date\": \"2017-05-01\", \"us_family\": [\"children\"],"
    "  \"children\": [{ \"name\": \"Sofía\", \"status\": \"citizen\" }],"
    "  \"care\": [\"care_child\", \"ill_family\"], \"care_details\": \"Leukemia.\" }",
    ALWAYS,
    PD_FACTOR_RESIDENCE_5 | PD_FACTOR_CHILDREN | PD_FACTOR_CAREGIVER | PD_FACTOR_ILLNESS,
    PD_NEGATIVE_NONE, PD_RISK_NONE, PENDING_OPTIONS, FALSE, FALSE,
  },
  {
    "crime victim with a U visa application",
    "{ \"entry_date\": \"2019-02-01\", \"victim_complaint\": [\"victim\"],"
    "  \"applications\": [\"u_visa\"] }",
    ALWAYS, PD_FACTOR_RESIDENCE_5 | PD_FACTOR_CRIME_VICTIM | PD_FACTOR_APPLICATION,
    PD_NEGATIVE_NONE, PD_RISK_NONE, PENDING_OPTIONS, FALSE, FALSE,
  },
  {
    "false papers used for work",
    "{ \"entry_date\": \"2012-03-03\", \"work\": \"yes\", \"taxes\": \"yes\","
    "  \"record_papers_voting\": [\"false_work_papers\"] }",
    ALWAYS | PD_WARNING_W2_RECORD, PD_FACTOR_RESIDENCE_10 | PD_FACTOR_WORK | PD_FACTOR_TAXES,
    PD_NEGATIVE_FALSE_WORK_PAPERS, PD_RISK_NONE, PENDING_OPTIONS, FALSE, FALSE,
  },
  {
    "voted in a U.S. election",
    "{ \"entry_date\": \"2011-10-10\", \"entry_manner\": \"visa\", \"lawful_years\": \"2\","
    "  \"record_papers_voting\": [\"voted\"] }",
    ALWAYS | PD_WARNING_W2_RECORD, PD_FACTOR_RESIDENCE_10, PD_NEGATIVE_VOTED, PD_RISK_NONE,
    PENDING_OPTIONS, FALSE, FALSE,
  },
  {
    "ordered removed in absentia",
    "{ \"case_status\": \"ordered\", \"record_immigration\": [\"missed_hearing\"],"
    "  \"in_absentia\": \"yes\" }",
    ALWAYS | PD_WARNING_W2_RECORD, PD_FACTOR_RESIDENCE_10,
    PD_NEGATIVE_MISSED_HEARING | PD_NEGATIVE_IN_ABSENTIA, PD_RISK_NONE, "reopen", FALSE, TRUE,
  },
  {
    "case closed",
    "{ \"case_status\": \"closed\", \"outcome\": \"dismissal\" }",
    ALWAYS, PD_FACTOR_RESIDENCE_10, PD_NEGATIVE_NONE, PD_RISK_NONE, "", FALSE, TRUE,
  },
  {
    "permanent-resident parent, military family, pregnant, workplace complaint",
    "{ \"entry_date\": \"2024-06-01\", \"us_family\": [\"parents\"],"
    "  \"parents_status\": [\"resident\"], \"military\": [\"family\"], \"care\": [\"pregnant\"],"
    "  \"victim_complaint\": [\"workplace\"] }",
    ALWAYS,
    PD_FACTOR_PARENTS | PD_FACTOR_MILITARY | PD_FACTOR_PREGNANT | PD_FACTOR_COMPLAINT,
    PD_NEGATIVE_NONE, PD_RISK_NONE, PENDING_OPTIONS, FALSE, FALSE,
  },
  {
    "not sure about an arrest",
    "{ \"record_criminal\": \"unsure\", \"record_convicted\": \"no\" }",
    ALWAYS | PD_WARNING_W2_RECORD, PD_FACTOR_RESIDENCE_10, PD_NEGATIVE_NOT_SURE, PD_RISK_NONE,
    PENDING_OPTIONS, FALSE, FALSE,
  },
  {
    "answers to hidden questions are ignored",
    "{ \"work\": \"no\", \"taxes\": \"yes\", \"spouse_status\": \"citizen\","
    "  \"record_criminal\": \"no\", \"record_convicted\": \"yes\", \"in_absentia\": \"yes\","
    "  \"parents_status\": [\"citizen\"], \"us_family\": [\"children\"],"
    "  \"children\": [{ \"name\": \"Eva\", \"status\": \"other\" }] }",
    ALWAYS, PD_FACTOR_RESIDENCE_10, PD_NEGATIVE_NONE, PD_RISK_NONE, PENDING_OPTIONS,
    FALSE, FALSE,
  },
};

static PdCase *
case_from_profile (const char *answers)
{
  return test_case_from_profile (base_answers, answers);
}

static char *
options_string (PdCase *pd_case)
{
  g_autoptr (GPtrArray) options = pd_rules_dup_options (pd_case);
  g_autoptr (GString) string = g_string_new (NULL);

  for (guint i = 0; i < options->len; i++)
    {
      const PdOption *option = g_ptr_array_index (options, i);

      if (i > 0)
        g_string_append_c (string, ' ');
      g_string_append (string, option->value);
    }
  return g_string_free (g_steal_pointer (&string), FALSE);
}

static void
test_profiles (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    {
      const Profile *p = &profiles[i];
      g_autoptr (PdCase) pd_case = case_from_profile (p->answers);
      g_autofree char *options = options_string (pd_case);

      g_test_message ("profile: %s", p->name);
      g_assert_cmphex (pd_rules_get_warnings (pd_case), ==, p->warnings);
      g_assert_cmphex (pd_rules_get_positive_factors (pd_case), ==, p->factors);
      g_assert_cmphex (pd_rules_get_negative_factors (pd_case), ==, p->negatives);
      g_assert_cmphex (pd_rules_get_dismissal_risk_reasons (pd_case), ==, p->risks);
      g_assert_cmpstr (options, ==, p->options);
      g_assert_cmpint (pd_rules_should_stop (pd_case), ==, p->stop);
      g_assert_cmpint (pd_rules_get_stage_note (pd_case) != NULL, ==, p->has_note);
    }
}

/* Each W2 item is a trigger on its own; "not sure" is one too. */
static void
test_w2_triggers (void)
{
  static const struct {
    const char *key;
    const char *value;
    const char *key2;
    const char *value2;
    PdNegative  negatives;
  } triggers[] = {
    /* Triggers. */
    { PD_KEY_RECORD_CRIMINAL, "\"yes\"", NULL, NULL, PD_NEGATIVE_CRIMINAL_RECORD },
    { PD_KEY_RECORD_CRIMINAL, "\"unsure\"", NULL, NULL, PD_NEGATIVE_NOT_SURE },
    { PD_KEY_RECORD_CRIMINAL, "\"yes\"", PD_KEY_RECORD_CONVICTED, "\"yes\"",
      PD_NEGATIVE_CRIMINAL_RECORD | PD_NEGATIVE_CONVICTION },
    { PD_KEY_RECORD_CRIMINAL, "\"yes\"", PD_KEY_RECORD_CONVICTED, "\"unsure\"",
      PD_NEGATIVE_CRIMINAL_RECORD | PD_NEGATIVE_NOT_SURE },
    { PD_KEY_RECORD_IMMIGRATION, "[\"prior_order\"]", NULL, NULL, PD_NEGATIVE_PRIOR_ORDER },
    { PD_KEY_RECORD_IMMIGRATION, "[\"sent_back\"]", NULL, NULL, PD_NEGATIVE_SENT_BACK },
    { PD_KEY_RECORD_IMMIGRATION, "[\"reentry\"]", NULL, NULL, PD_NEGATIVE_REENTRY },
    { PD_KEY_RECORD_IMMIGRATION, "[\"missed_hearing\"]", NULL, NULL,
      PD_NEGATIVE_MISSED_HEARING },
    { PD_KEY_RECORD_IMMIGRATION, "[\"missed_hearing\"]", PD_KEY_IN_ABSENTIA, "\"yes\"",
      PD_NEGATIVE_MISSED_HEARING | PD_NEGATIVE_IN_ABSENTIA },
    { PD_KEY_RECORD_IMMIGRATION, "[\"missed_hearing\"]", PD_KEY_IN_ABSENTIA, "\"unsure\"",
      PD_NEGATIVE_MISSED_HEARING | PD_NEGATIVE_NOT_SURE },
    { PD_KEY_RECORD_IMMIGRATION, "[\"unsure\"]", NULL, NULL, PD_NEGATIVE_NOT_SURE },
    { PD_KEY_RECORD_PAPERS_VOTING, "[\"false_documents\"]", NULL, NULL,
      PD_NEGATIVE_FALSE_DOCUMENTS },
    { PD_KEY_RECORD_PAPERS_VOTING, "[\"false_work_papers\"]", NULL, NULL,
      PD_NEGATIVE_FALSE_WORK_PAPERS },
    { PD_KEY_RECORD_PAPERS_VOTING, "[\"false_citizenship\"]", NULL, NULL,
      PD_NEGATIVE_FALSE_CITIZENSHIP },
    { PD_KEY_RECORD_PAPERS_VOTING, "[\"voted\"]", NULL, NULL, PD_NEGATIVE_VOTED },
    { PD_KEY_RECORD_PAPERS_VOTING, "[\"unsure\"]", NULL, NULL, PD_NEGATIVE_NOT_SURE },

    /* Not triggers. */
    { PD_KEY_RECORD_CRIMINAL, "\"no\"", NULL, NULL, PD_NEGATIVE_NONE },
    { PD_KEY_RECORD_IMMIGRATION, "[]", NULL, NULL, PD_NEGATIVE_NONE },
    { PD_KEY_RECORD_PAPERS_VOTING, "[]", NULL, NULL, PD_NEGATIVE_NONE },
    { PD_KEY_RECORD_CRIMINAL, "\"no\"", PD_KEY_RECORD_CONVICTED, "\"yes\"", PD_NEGATIVE_NONE },
    { PD_KEY_RECORD_IMMIGRATION, "[\"prior_order\"]", PD_KEY_CASE_STATUS, "\"never\"",
      PD_NEGATIVE_NONE },
    { PD_KEY_RECORD_IMMIGRATION, "[]", PD_KEY_IN_ABSENTIA, "\"yes\"", PD_NEGATIVE_NONE },
    { PD_KEY_RECORD_DETAILS, "\"Nothing to report.\"", NULL, NULL, PD_NEGATIVE_NONE },
    { PD_KEY_WORK, "\"yes\"", NULL, NULL, PD_NEGATIVE_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
    {
      g_autoptr (PdCase) pd_case = test_case_from_answers (base_answers);
      PdWarning warnings;

      g_test_message ("%s=%s %s=%s", triggers[i].key, triggers[i].value,
                      triggers[i].key2, triggers[i].value2);
      test_set_json (pd_case, triggers[i].key, triggers[i].value);
      if (triggers[i].key2 != NULL)
        test_set_json (pd_case, triggers[i].key2, triggers[i].value2);

      warnings = pd_rules_get_warnings (pd_case);
      g_assert_cmphex (pd_rules_get_negative_factors (pd_case), ==, triggers[i].negatives);
      g_assert_cmpint (!!(warnings & PD_WARNING_W2_RECORD), ==,
                       triggers[i].negatives != PD_NEGATIVE_NONE);
    }
}

static void
test_w1_and_unknown (void)
{
  static const struct {
    const char *status;
    PdWarning   warnings;
  } stages[] = {
    { "pending", ALWAYS },
    { "ordered", ALWAYS },
    { "appeal", ALWAYS },
    { "closed", ALWAYS },
    { "never", PD_WARNING_W1_NOT_IN_PROCEEDINGS | PD_WARNING_W3_NOTARIO
               | PD_WARNING_W4_FIND_HELP },
    { "unknown", ALWAYS | PD_WARNING_UNKNOWN_STATUS },
    { NULL, ALWAYS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      g_autoptr (PdCase) pd_case = test_case_from_answers (base_answers);

      g_test_message ("case_status %s", stages[i].status);
      pd_case_set_text (pd_case, PD_KEY_CASE_STATUS, stages[i].status);
      g_assert_cmphex (pd_rules_get_warnings (pd_case), ==, stages[i].warnings);
      g_assert_cmpint (pd_rules_should_stop (pd_case), ==,
                       g_strcmp0 (stages[i].status, "never") == 0);
    }
}

/* W5 is always shown to those who go on; these make the risk higher. */
static void
test_w5_reasons (void)
{
  static const struct {
    const char   *answers;
    PdRiskReason  risks;
  } cases[] = {
    { "{}", PD_RISK_NONE },
    { "{ \"entry_manner\": \"parole\" }", PD_RISK_PAROLE },
    { "{ \"entry_manner\": \"visa\" }", PD_RISK_NONE },
    { "{ \"proof_two_years\": \"no\" }", PD_RISK_UNDER_TWO_YEARS },
    { "{ \"proof_two_years\": \"unsure\" }", PD_RISK_UNDER_TWO_YEARS },
    /* Came in less than two years ago, whatever they think they can prove. */
    { "{ \"entry_date\": \"2025-01-01\" }", PD_RISK_UNDER_TWO_YEARS },
    { "{ \"entry_date\": \"2024-11-15\" }", PD_RISK_NONE },
    { "{ \"entry_date\": \"2024-11-16\" }", PD_RISK_UNDER_TWO_YEARS },
    { "{ \"entry_manner\": \"parole\", \"entry_date\": \"2026-01-01\" }",
      PD_RISK_PAROLE | PD_RISK_UNDER_TWO_YEARS },
    /* W1 stops everything, risk reasons included. */
    { "{ \"case_status\": \"never\", \"entry_manner\": \"parole\" }", PD_RISK_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (PdCase) pd_case = case_from_profile (cases[i].answers);

      g_test_message ("%s", cases[i].answers);
      g_assert_cmphex (pd_rules_get_dismissal_risk_reasons (pd_case), ==, cases[i].risks);
    }
}

static void
test_residence (void)
{
  static const struct {
    const char *entry_date;
    PdFactor    factor;
  } cases[] = {
    { "2016-11-15", PD_FACTOR_RESIDENCE_10 },
    { "2016-11-16", PD_FACTOR_RESIDENCE_5 },
    { "2021-11-15", PD_FACTOR_RESIDENCE_5 },
    { "2021-11-16", PD_FACTOR_NONE },
    { "2030-01-01", PD_FACTOR_NONE },
    { "not a date", PD_FACTOR_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (PdCase) pd_case = test_case_from_answers (base_answers);

      pd_case_set_text (pd_case, PD_KEY_ENTRY_DATE, cases[i].entry_date);
      g_assert_cmphex (pd_rules_get_positive_factors (pd_case)
                       & (PD_FACTOR_RESIDENCE_10 | PD_FACTOR_RESIDENCE_5), ==, cases[i].factor);
    }
}

/* Each positive factor from its own answer, and not without it. */
static void
test_factor_triggers (void)
{
  static const struct {
    const char *key;
    const char *value;
    PdFactor    factor;
  } triggers[] = {
    { PD_KEY_WORK, "\"yes\"", PD_FACTOR_WORK },
    { PD_KEY_WORK, "\"unsure\"", PD_FACTOR_NONE },
    { PD_KEY_CAME_AS_CHILD, "\"yes\"", PD_FACTOR_CAME_AS_CHILD },
    { PD_KEY_CAME_AS_CHILD, "\"unsure\"", PD_FACTOR_NONE },
    { PD_KEY_EDUCATION, "[\"enrolled\"]", PD_FACTOR_EDUCATION },
    { PD_KEY_MILITARY, "[\"self\"]", PD_FACTOR_MILITARY },
    { PD_KEY_COMMUNITY, "[\"civic\"]", PD_FACTOR_COMMUNITY },
    { PD_KEY_CARE, "[\"care_adult\"]", PD_FACTOR_CAREGIVER },
    { PD_KEY_CARE, "[\"ill_self\"]", PD_FACTOR_ILLNESS },
    { PD_KEY_CARE, "[\"pregnant\"]", PD_FACTOR_PREGNANT },
    { PD_KEY_VICTIM_COMPLAINT, "[\"witness\"]", PD_FACTOR_CRIME_VICTIM },
    { PD_KEY_VICTIM_COMPLAINT, "[\"housing\"]", PD_FACTOR_COMPLAINT },
    { PD_KEY_APPLICATIONS, "[\"i130\"]", PD_FACTOR_APPLICATION },
    { PD_KEY_APPLICATIONS, "[\"sijs\"]", PD_FACTOR_APPLICATION },
    { PD_KEY_US_FAMILY, "[\"children\"]", PD_FACTOR_CHILDREN },
    { PD_KEY_US_FAMILY, "[\"spouse\"]", PD_FACTOR_NONE },
    { PD_KEY_US_FAMILY, "[\"parents\"]", PD_FACTOR_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
    {
      g_autoptr (PdCase) pd_case = test_case_from_answers (base_answers);

      g_test_message ("%s=%s", triggers[i].key, triggers[i].value);
      pd_case_set_text (pd_case, PD_KEY_ENTRY_DATE, NULL);
      g_assert_cmphex (pd_rules_get_positive_factors (pd_case), ==, PD_FACTOR_NONE);
      test_set_json (pd_case, triggers[i].key, triggers[i].value);
      g_assert_cmphex (pd_rules_get_positive_factors (pd_case), ==, triggers[i].factor);
    }
}

static void
test_children_list (void)
{
  g_autoptr (PdCase) pd_case = test_case_from_answers (base_answers);

  test_set_json (pd_case, PD_KEY_US_FAMILY, "[\"children\"]");
  g_assert_true (pd_rules_get_positive_factors (pd_case) & PD_FACTOR_CHILDREN);
  test_set_json (pd_case, PD_KEY_CHILDREN, "[]");
  g_assert_true (pd_rules_get_positive_factors (pd_case) & PD_FACTOR_CHILDREN);
  test_set_json (pd_case, PD_KEY_CHILDREN, "[{ \"name\": \"A\", \"status\": \"other\" }]");
  g_assert_false (pd_rules_get_positive_factors (pd_case) & PD_FACTOR_CHILDREN);
  test_set_json (pd_case, PD_KEY_CHILDREN, "[{ \"name\": \"A\", \"status\": \"other\" },"
                                      " { \"name\": \"B\", \"status\": \"resident\" }]");
  g_assert_true (pd_rules_get_positive_factors (pd_case) & PD_FACTOR_CHILDREN);
  test_set_json (pd_case, PD_KEY_CHILDREN, "[\"not an object\", 3]");
  g_assert_false (pd_rules_get_positive_factors (pd_case) & PD_FACTOR_CHILDREN);
}

static void
test_outcomes (void)
{
  g_autoptr (PdCase) pd_case = test_case_from_answers (base_answers);
  g_autoptr (GPtrArray) options = pd_rules_dup_options (pd_case);
  const PdOption *dismissal = NULL;

  g_assert_cmpuint (options->len, ==, 4);
  for (guint i = 0; i < options->len; i++)
    {
      const PdOption *option = g_ptr_array_index (options, i);

      g_assert_cmpstr (pd_option_get_help (option), !=, "");
      g_assert_nonnull (pd_option_get_limits (option));
      if (strcmp (option->value, "dismissal") == 0)
        dismissal = option;
    }
  g_assert_nonnull (dismissal);
  g_assert_nonnull (strstr (pd_option_get_limits (dismissal), "asylum"));
  g_assert_nonnull (strstr (pd_option_get_limits (dismissal), "cancellation of removal"));
  g_assert_nonnull (strstr (pd_option_get_limits (dismissal), "expedited removal"));

  /* Nothing is chosen until the person chooses. */
  g_assert_null (pd_rules_get_chosen_outcome (pd_case));
  pd_case_set_text (pd_case, PD_KEY_OUTCOME, "dismissal");
  g_assert_true (pd_rules_get_chosen_outcome (pd_case) == dismissal);

  /* A choice that is not open at the new stage is kept, not used. */
  pd_case_set_text (pd_case, PD_KEY_CASE_STATUS, "ordered");
  g_assert_null (pd_rules_get_chosen_outcome (pd_case));
  g_assert_cmpstr (pd_case_get_text (pd_case, PD_KEY_OUTCOME), ==, "dismissal");
  g_assert_nonnull (strstr (pd_rules_get_stage_note (pd_case), "I-246"));
  g_assert_nonnull (strstr (pd_rules_get_stage_note (pd_case), "deferred action"));
  pd_case_set_text (pd_case, PD_KEY_CASE_STATUS, "pending");
  g_assert_true (pd_rules_get_chosen_outcome (pd_case) == dismissal);
  pd_case_set_text (pd_case, PD_KEY_OUTCOME, "no_such_outcome");
  g_assert_null (pd_rules_get_chosen_outcome (pd_case));
}

static void
test_texts (void)
{
  static const PdWarning warnings[] = {
    PD_WARNING_W1_NOT_IN_PROCEEDINGS, PD_WARNING_W2_RECORD, PD_WARNING_W3_NOTARIO,
    PD_WARNING_W4_FIND_HELP, PD_WARNING_W5_DISMISSAL_RISK, PD_WARNING_UNKNOWN_STATUS,
    PD_WARNING_ADMISSIONS, PD_WARNING_OTHER_PEOPLE,
  };
  g_autofree char *w1 = pd_rules_warning_dup_body (PD_WARNING_W1_NOT_IN_PROCEEDINGS);
  g_autofree char *w5 = pd_rules_warning_dup_body (PD_WARNING_W5_DISMISSAL_RISK);
  g_autofree char *unknown = pd_rules_warning_dup_body (PD_WARNING_UNKNOWN_STATUS);
  g_auto (GStrv) reminders = pd_rules_dup_reminders ();

  for (guint i = 0; i < G_N_ELEMENTS (warnings); i++)
    {
      g_autofree char *body = pd_rules_warning_dup_body (warnings[i]);

      g_assert_cmpstr (pd_rules_warning_get_title (warnings[i]), !=, "");
      g_assert_nonnull (body);
      g_assert_cmpuint (strlen (body), >, 80);
    }

  g_assert_nonnull (strstr (w1, "Do not contact ICE"));
  g_assert_nonnull (strstr (w1, "accredited representative"));
  g_assert_true (g_str_has_prefix (w5, "As of November 2026:"));
  g_assert_nonnull (strstr (w5, "May 2025"));
  g_assert_nonnull (strstr (w5, "parole"));
  g_assert_nonnull (strstr (w5, "2 years"));
  g_assert_nonnull (strstr (unknown, "1-800-898-7180"));

  for (guint f = 1; f <= PD_FACTOR_COMMUNITY; f <<= 1)
    g_assert_cmpstr (pd_rules_factor_get_label (f), !=, "");
  for (guint f = 1; f <= PD_NEGATIVE_NOT_SURE; f <<= 1)
    g_assert_cmpstr (pd_rules_negative_get_label (f), !=, "");
  for (guint f = 1; f <= PD_RISK_UNDER_TWO_YEARS; f <<= 1)
    g_assert_cmpstr (pd_rules_risk_reason_get_label (f), !=, "");

  g_assert_cmpuint (g_strv_length (reminders), ==, 6);
  g_assert_nonnull (strstr (reminders[4], "EOIR-33"));
  g_assert_nonnull (strstr (reminders[5], "1-800-898-7180"));
}

/* Only what REFERENCE.md lists; unconfirmed addresses say so. */
static void
test_resources (void)
{
  static const struct {
    const char *id;
    const char *url;
    const char *phone;
    gboolean    confirmed;
  } expected[] = {
    { "pro-bono", "https://www.justice.gov/eoir/list-pro-bono-legal-service-providers", NULL,
      TRUE },
    { "accreditation", "https://www.justice.gov/eoir/recognition-and-accreditation-program",
      "(703) 305-9029", TRUE },
    { "case-hotline", NULL, "1-800-898-7180", TRUE },
    { "case-online", "https://acis.eoir.justice.gov/en/", NULL, FALSE },
    { "ftc-fraud", "https://www.ftc.gov/complaint", "1-877-FTC-HELP (1-877-382-4357)", TRUE },
  };
  guint n;
  const PdResource *resources = pd_rules_get_resources (&n);
  PdWarning covered = PD_WARNING_NONE;

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *description = pd_resource_dup_description (&resources[i]);

      g_assert_cmpstr (resources[i].id, ==, expected[i].id);
      g_assert_cmpstr (resources[i].url, ==, expected[i].url);
      g_assert_cmpstr (resources[i].phone, ==, expected[i].phone);
      g_assert_cmpint (resources[i].confirmed, ==, expected[i].confirmed);
      g_assert_cmpstr (pd_resource_get_title (&resources[i]), !=, "");
      g_assert_cmpint (strstr (description, "Check this address") != NULL, ==,
                       !expected[i].confirmed);
      covered |= resources[i].warnings;
    }

  g_assert_cmphex (covered & PD_WARNING_W1_NOT_IN_PROCEEDINGS, !=, 0);
  g_assert_cmphex (covered & PD_WARNING_W3_NOTARIO, !=, 0);
  g_assert_cmphex (covered & PD_WARNING_W4_FIND_HELP, !=, 0);
  g_assert_cmphex (covered & PD_WARNING_UNKNOWN_STATUS, !=, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("DISCRETION_NOW", NOW, TRUE);
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rules/profiles", test_profiles);
  g_test_add_func ("/rules/w2-triggers", test_w2_triggers);
  g_test_add_func ("/rules/w1-and-unknown", test_w1_and_unknown);
  g_test_add_func ("/rules/w5-reasons", test_w5_reasons);
  g_test_add_func ("/rules/residence", test_residence);
  g_test_add_func ("/rules/factor-triggers", test_factor_triggers);
  g_test_add_func ("/rules/children-list", test_children_list);
  g_test_add_func ("/rules/outcomes", test_outcomes);
  g_test_add_func ("/rules/texts", test_texts);
  g_test_add_func ("/rules/resources", test_resources);

  return g_test_run ();
}
