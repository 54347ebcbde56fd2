/* pd-rules.c — answers to warnings, factors and the options open at the person's stage
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pd-clock.h"
#include "pd-fields.h"
#include "pd-policy.h"
#include "pd-rules.h"

/* Everything here reads answers through pd_interview_get_visible_*(): an
 * answer to a question that no longer applies is kept in the case but ignored. */

typedef struct
{
  guint       flag;
  const char *text;
} FlagText;

static const char *
flag_text (const FlagText *table,
           guint           n,
           guint           flag)
{
  for (guint i = 0; i < n; i++)
    if (table[i].flag == flag)
      return g_dgettext (GETTEXT_PACKAGE, table[i].text);
  return NULL;
}

static gboolean
visible_is (PdCase     *pd_case,
            const char *key,
            const char *value)
{
  return g_strcmp0 (pd_interview_get_visible_text (pd_case, key), value) == 0;
}

static gboolean
visible_not_empty (PdCase     *pd_case,
                   const char *key)
{
  JsonNode *node = pd_interview_get_visible_answer (pd_case, key);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node)
         && json_array_get_length (json_node_get_array (node)) > 0;
}

/* Whole years from the (last) entry date until today; -1 if unknown. */
static int
years_since_entry (PdCase *pd_case)
{
  const char *iso = pd_interview_get_visible_text (pd_case, PD_KEY_ENTRY_DATE);
  GDate entry;
  GDate today;
  int years;

  if (!pd_date_parse_iso (iso, &entry, NULL))
    return -1;

  pd_clock_today (&today);
  if (g_date_compare (&entry, &today) > 0)
    return -1;

  years = g_date_get_year (&today) - g_date_get_year (&entry);
  if (g_date_get_month (&today) < g_date_get_month (&entry)
      || (g_date_get_month (&today) == g_date_get_month (&entry)
          && g_date_get_day (&today) < g_date_get_day (&entry)))
    years--;
  return years;
}

/* ------------------------------------------------------------------------ */
/* Stop and warnings                                                         */

/* W1: the person has no court case; the interview ends and the app does not
 * help write a request. */
gboolean
pd_rules_should_stop (PdCase *pd_case)
{
  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);

  return visible_is (pd_case, PD_KEY_CASE_STATUS, "never");
}

PdWarning
pd_rules_get_warnings (PdCase *pd_case)
{
  PdWarning warnings = PD_WARNING_W3_NOTARIO | PD_WARNING_W4_FIND_HELP;

  g_return_val_if_fail (PD_IS_CASE (pd_case), PD_WARNING_NONE);

  if (pd_rules_should_stop (pd_case))
    return warnings | PD_WARNING_W1_NOT_IN_PROCEEDINGS;

  /* Any contact with the government lawyers can prompt a motion to dismiss,
   * so W5 applies to everyone who goes on. */
  warnings |= PD_WARNING_W5_DISMISSAL_RISK | PD_WARNING_ADMISSIONS | PD_WARNING_OTHER_PEOPLE;

  if (visible_is (pd_case, PD_KEY_CASE_STATUS, "unknown"))
    warnings |= PD_WARNING_UNKNOWN_STATUS;
  if (pd_rules_get_negative_factors (pd_case) != PD_NEGATIVE_NONE)
    warnings |= PD_WARNING_W2_RECORD;

  return warnings;
}

static const FlagText warning_titles[] = {
  { PD_WARNING_W1_NOT_IN_PROCEEDINGS, N_("Stop here and talk to a lawyer first") },
  { PD_WARNING_W2_RECORD, N_("See a lawyer before you send anything") },
  { PD_WARNING_W3_NOTARIO, N_("Beware of notario fraud") },
  { PD_WARNING_W4_FIND_HELP, N_("Where to find real help") },
  { PD_WARNING_W5_DISMISSAL_RISK, N_("Any request can lead to a dismissal, and that has risks") },
  { PD_WARNING_UNKNOWN_STATUS, N_("First, find out where your case is") },
  { PD_WARNING_ADMISSIONS, N_("What you sign can be used against you") },
  { PD_WARNING_OTHER_PEOPLE, N_("Protect other people") },
};

const char *
pd_rules_warning_get_title (PdWarning warning)
{
  const char *title = flag_text (warning_titles, G_N_ELEMENTS (warning_titles), warning);

  g_return_val_if_fail (title != NULL, NULL);
  return title;
}

/* "November 2026": the month the legal text was last reviewed by a person. */
static char *
policy_month (gboolean english)
{
  GDate date;

  if (!pd_date_parse_iso (PD_POLICY_REVIEWED, &date, NULL))
    g_return_val_if_reached (g_strdup (PD_POLICY_REVIEWED));

  if (english)
    return g_strdup_printf ("%s %d", pd_month_name_english (g_date_get_month (&date)),
                            (int) g_date_get_year (&date));

  /* Translators: a month and a year, e.g. "November 2026": %1$s is the month
   * name, %2$d the year. Reorder as your language writes it. */
  return g_strdup_printf (C_("month and year", "%1$s %2$d"),
                          pd_month_name (g_date_get_month (&date)),
                          (int) g_date_get_year (&date));
}

static const char *
translate (const char *msgid,
           gboolean    english)
{
  return english ? msgid : g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* For the two bodies with a placeholder; each has exactly one %s, and the
 * translations' placeholders are checked by msgfmt --check. */
static char *
format_one (const char *msgid,
            gboolean    english,
            const char *value)
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (translate (msgid, english), value);
#pragma GCC diagnostic pop
}

/* Plain words, our own, from BRIEF section 3; never advice on what to ask for.
 * @english: the English original, shown beside a translation on request. */
char *
pd_rules_warning_dup_body_in (PdWarning warning,
                              gboolean  english)
{
  g_autofree char *reviewed = policy_month (english);
  const char *text;

  switch (warning)
    {
    case PD_WARNING_W1_NOT_IN_PROCEEDINGS:
      text = N_("If you never got a Notice to Appear or a notice from the immigration "
                         "court, you may not have a case in immigration court. Contacting ICE "
                         "could start one.\n\n"
                         "Do not contact ICE before you talk to a lawyer or an accredited "
                         "representative. This app cannot help you write a request.\n\n"
                         "If you chose this answer by mistake, go back and change it.");
      return g_strdup (translate (text, english));

    case PD_WARNING_W2_RECORD:
      text = N_("You told us about something that can matter a lot in immigration, "
                         "or you were not sure: an arrest, a charge or a conviction; an earlier "
                         "removal order; being sent back at the border; coming back after a "
                         "removal; a missed hearing; false papers or false statements; saying "
                         "you were a U.S. citizen; or voting in a U.S. election.\n\n"
                         "Talk to a lawyer or an accredited representative before you send "
                         "anything. What you tell the government can be used against you.\n\n"
                         "An immigration lawyer, working with a criminal defense lawyer, can "
                         "sometimes reduce the immigration effects of a record. This is called "
                         "post-conviction relief. It can make a request, or a win in court, "
                         "possible. Be careful of anyone who promises to “make it all go away” "
                         "for a large fee.\n\n"
                         "You can keep answering the questions.");
      return g_strdup (translate (text, english));

    case PD_WARNING_W3_NOTARIO:
      text = N_("“Notarios” and immigration consultants are not lawyers. There is no "
                         "official form and no fee for a PD request.\n\n"
                         "Don’t pay up front for promises. Never sign a blank paper, or a paper "
                         "you have not read. Keep your original documents, and get a receipt "
                         "for every payment.");
      return g_strdup (translate (text, english));

    case PD_WARNING_W4_FIND_HELP:
      text = N_("A lawyer or an accredited representative can look at your case. The "
                         "immigration courts (EOIR) keep a List of Pro Bono Legal Service "
                         "Providers: free legal services, updated every three months. The "
                         "Department of Justice keeps a list of recognized organizations and "
                         "their accredited representatives.\n\n"
                         "This app is not a lawyer and does not give legal advice.");
      return g_strdup (translate (text, english));

    case PD_WARNING_W5_DISMISSAL_RISK:
      /* Translators: %s is the month the policy text was reviewed, e.g. "November 2026". */
      text = N_("As of %s: since May 2025, government lawyers have asked "
                         "judges to dismiss some cases, and ICE has then arrested people at or "
                         "near the court for expedited removal, a fast removal with no judge. "
                         "This has happened most to people who came in on parole and to people "
                         "who cannot prove they have been in the U.S. for 2 years or more. In "
                         "August 2025 courts blocked parts of this, and the court cases about it "
                         "went on. A lawyer can tell you what applies today.\n\n"
                         "A dismissal also ends what only a judge can give you, like a pending "
                         "asylum application (and the work permit based on it) and cancellation "
                         "of removal.\n\n"
                         "Any request, whatever it asks for, can lead the government lawyer to "
                         "ask the judge to dismiss your case. You can tell the judge you are "
                         "against it. Administrative closure or a continuance keeps your court "
                         "case and your judge in place.");
      return format_one (text, english, reviewed);

    case PD_WARNING_UNKNOWN_STATUS:
      text = N_("Check your case before you go on. Call EOIR’s automated case "
                                "information line at %s. It answers day and night, in English "
                                "and Spanish. Have your 9-digit A-number ready. You can also "
                                "check your case online.\n\n"
                                "Then come back and change your answer.");
      return format_one (text, english, PD_EOIR_HOTLINE);

    case PD_WARNING_ADMISSIONS:
      text = N_("Your personal statement is signed under penalty of perjury. What it "
                         "says can be used against you: facts like coming in without being "
                         "checked by an officer, or working without permission, are "
                         "admissions.\n\n"
                         "You decide what to include, best with a lawyer.");
      return g_strdup (translate (text, english));

    case PD_WARNING_OTHER_PEOPLE:
      text = N_("Only write about the status of family members who are U.S. citizens "
                         "or permanent residents. Never write that someone else has no "
                         "papers.\n\n"
                         "On your documents, black out other people’s details, like account "
                         "numbers, addresses and ID numbers.");
      return g_strdup (translate (text, english));

    case PD_WARNING_NONE:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
pd_rules_warning_dup_body (PdWarning warning)
{
  return pd_rules_warning_dup_body_in (warning, FALSE);
}

/* The title in English, for "Show in English". */
const char *
pd_rules_warning_get_title_english (PdWarning warning)
{
  for (guint i = 0; i < G_N_ELEMENTS (warning_titles); i++)
    if (warning_titles[i].flag == warning)
      return warning_titles[i].text;
  g_return_val_if_reached (NULL);
}

/* ------------------------------------------------------------------------ */
/* Dismissal risk                                                            */

PdRiskReason
pd_rules_get_dismissal_risk_reasons (PdCase *pd_case)
{
  PdRiskReason reasons = PD_RISK_NONE;
  const char *proof;
  int years;

  g_return_val_if_fail (PD_IS_CASE (pd_case), PD_RISK_NONE);

  if (visible_is (pd_case, PD_KEY_ENTRY_MANNER, "parole"))
    reasons |= PD_RISK_PAROLE;

  proof = pd_interview_get_visible_text (pd_case, PD_KEY_PROOF_TWO_YEARS);
  years = years_since_entry (pd_case);
  if (g_strcmp0 (proof, "no") == 0 || g_strcmp0 (proof, "unsure") == 0
      || (years >= 0 && years < 2))
    reasons |= PD_RISK_UNDER_TWO_YEARS;

  return reasons;
}

static const FlagText risk_labels[] = {
  { PD_RISK_PAROLE, N_("You came into the U.S. on parole.") },
  { PD_RISK_UNDER_TWO_YEARS, N_("You may not be able to prove 2 years or more in the U.S.") },
};

const char *
pd_rules_risk_reason_get_label (PdRiskReason reason)
{
  const char *label = flag_text (risk_labels, G_N_ELEMENTS (risk_labels), reason);

  g_return_val_if_fail (label != NULL, NULL);
  return label;
}

/* ------------------------------------------------------------------------ */
/* Factors                                                                   */

/* The list of children decides once it has entries; until then, the answer
 * that there are U.S.-citizen or permanent-resident children does. */
static gboolean
has_us_children (PdCase *pd_case)
{
  JsonNode *node;
  JsonArray *children;

  if (!pd_interview_visible_contains (pd_case, PD_KEY_US_FAMILY, "children"))
    return FALSE;

  node = pd_interview_get_visible_answer (pd_case, PD_KEY_CHILDREN);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return TRUE;
  children = json_node_get_array (node);
  if (json_array_get_length (children) == 0)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (children); i++)
    {
      JsonNode *child = json_array_get_element (children, i);
      const char *status;

      if (!JSON_NODE_HOLDS_OBJECT (child))
        continue;
      status = json_object_get_string_member_with_default (json_node_get_object (child),
                                                           "status", NULL);
      if (g_strcmp0 (status, "citizen") == 0 || g_strcmp0 (status, "resident") == 0)
        return TRUE;
    }
  return FALSE;
}

PdFactor
pd_rules_get_positive_factors (PdCase *pd_case)
{
  PdFactor factors = PD_FACTOR_NONE;
  int years;

  g_return_val_if_fail (PD_IS_CASE (pd_case), PD_FACTOR_NONE);

  years = years_since_entry (pd_case);
  if (years >= 10)
    factors |= PD_FACTOR_RESIDENCE_10;
  else if (years >= 5)
    factors |= PD_FACTOR_RESIDENCE_5;

  if (visible_is (pd_case, PD_KEY_SPOUSE_STATUS, "citizen")
      || visible_is (pd_case, PD_KEY_SPOUSE_STATUS, "resident"))
    factors |= PD_FACTOR_SPOUSE;
  if (has_us_children (pd_case))
    factors |= PD_FACTOR_CHILDREN;
  if (pd_interview_visible_contains (pd_case, PD_KEY_PARENTS_STATUS, "citizen")
      || pd_interview_visible_contains (pd_case, PD_KEY_PARENTS_STATUS, "resident"))
    factors |= PD_FACTOR_PARENTS;

  if (visible_is (pd_case, PD_KEY_WORK, "yes"))
    factors |= PD_FACTOR_WORK;
  if (visible_is (pd_case, PD_KEY_TAXES, "yes"))
    factors |= PD_FACTOR_TAXES;
  if (visible_not_empty (pd_case, PD_KEY_EDUCATION))
    factors |= PD_FACTOR_EDUCATION;
  if (visible_is (pd_case, PD_KEY_CAME_AS_CHILD, "yes"))
    factors |= PD_FACTOR_CAME_AS_CHILD;
  if (visible_not_empty (pd_case, PD_KEY_MILITARY))
    factors |= PD_FACTOR_MILITARY;
  if (visible_not_empty (pd_case, PD_KEY_COMMUNITY))
    factors |= PD_FACTOR_COMMUNITY;

  if (pd_interview_visible_contains (pd_case, PD_KEY_CARE, "care_child")
      || pd_interview_visible_contains (pd_case, PD_KEY_CARE, "care_adult"))
    factors |= PD_FACTOR_CAREGIVER;
  if (pd_interview_visible_contains (pd_case, PD_KEY_CARE, "pregnant"))
    factors |= PD_FACTOR_PREGNANT;
  if (pd_interview_visible_contains (pd_case, PD_KEY_CARE, "ill_self")
      || pd_interview_visible_contains (pd_case, PD_KEY_CARE, "ill_family"))
    factors |= PD_FACTOR_ILLNESS;

  if (pd_interview_visible_contains (pd_case, PD_KEY_VICTIM_COMPLAINT, "victim")
      || pd_interview_visible_contains (pd_case, PD_KEY_VICTIM_COMPLAINT, "witness"))
    factors |= PD_FACTOR_CRIME_VICTIM;
  if (pd_interview_visible_contains (pd_case, PD_KEY_VICTIM_COMPLAINT, "workplace")
      || pd_interview_visible_contains (pd_case, PD_KEY_VICTIM_COMPLAINT, "housing"))
    factors |= PD_FACTOR_COMPLAINT;
  if (visible_not_empty (pd_case, PD_KEY_APPLICATIONS))
    factors |= PD_FACTOR_APPLICATION;

  return factors;
}

static const FlagText factor_labels[] = {
  { PD_FACTOR_RESIDENCE_10, N_("You have lived in the U.S. for 10 years or more") },
  { PD_FACTOR_RESIDENCE_5, N_("You have lived in the U.S. for 5 years or more") },
  { PD_FACTOR_SPOUSE, N_("Your spouse or partner is a U.S. citizen or permanent resident") },
  { PD_FACTOR_CHILDREN, N_("You have children who are U.S. citizens or permanent residents") },
  { PD_FACTOR_PARENTS, N_("Your parent is a U.S. citizen or permanent resident") },
  { PD_FACTOR_WORK, N_("You have a work history in the U.S.") },
  { PD_FACTOR_TAXES, N_("You have filed U.S. tax returns") },
  { PD_FACTOR_EDUCATION, N_("You have studied in the U.S.") },
  { PD_FACTOR_CAME_AS_CHILD, N_("You came to the U.S. as a child") },
  { PD_FACTOR_MILITARY, N_("You or a close family member served in the U.S. military") },
  { PD_FACTOR_CAREGIVER, N_("You take care of someone who depends on you") },
  { PD_FACTOR_PREGNANT, N_("You are pregnant or nursing a baby") },
  { PD_FACTOR_ILLNESS, N_("You or a close family member has a serious illness or disability") },
  { PD_FACTOR_CRIME_VICTIM, N_("You were the victim or a witness of a crime") },
  { PD_FACTOR_COMPLAINT, N_("You are part of a workplace or housing complaint") },
  { PD_FACTOR_APPLICATION, N_("You have a pending or approved application") },
  { PD_FACTOR_COMMUNITY, N_("You help in your community") },
};

const char *
pd_rules_factor_get_label (PdFactor factor)
{
  const char *label = flag_text (factor_labels, G_N_ELEMENTS (factor_labels), factor);

  g_return_val_if_fail (label != NULL, NULL);
  return label;
}

/* The W2 items. "Not sure" is its own flag: it also means "ask a lawyer". */
PdNegative
pd_rules_get_negative_factors (PdCase *pd_case)
{
  static const struct {
    const char *key;
    const char *value;
    PdNegative  negative;
  } multi[] = {
    { PD_KEY_RECORD_IMMIGRATION, "prior_order", PD_NEGATIVE_PRIOR_ORDER },
    { PD_KEY_RECORD_IMMIGRATION, "sent_back", PD_NEGATIVE_SENT_BACK },
    { PD_KEY_RECORD_IMMIGRATION, "reentry", PD_NEGATIVE_REENTRY },
    { PD_KEY_RECORD_IMMIGRATION, "missed_hearing", PD_NEGATIVE_MISSED_HEARING },
    { PD_KEY_RECORD_IMMIGRATION, "unsure", PD_NEGATIVE_NOT_SURE },
    { PD_KEY_RECORD_PAPERS_VOTING, "false_documents", PD_NEGATIVE_FALSE_DOCUMENTS },
    { PD_KEY_RECORD_PAPERS_VOTING, "false_work_papers", PD_NEGATIVE_FALSE_WORK_PAPERS },
    { PD_KEY_RECORD_PAPERS_VOTING, "false_citizenship", PD_NEGATIVE_FALSE_CITIZENSHIP },
    { PD_KEY_RECORD_PAPERS_VOTING, "voted", PD_NEGATIVE_VOTED },
    { PD_KEY_RECORD_PAPERS_VOTING, "unsure", PD_NEGATIVE_NOT_SURE },
  };
  static const struct {
    const char *key;
    PdNegative  negative;
  } yes_no[] = {
    { PD_KEY_RECORD_CRIMINAL, PD_NEGATIVE_CRIMINAL_RECORD },
    { PD_KEY_RECORD_CONVICTED, PD_NEGATIVE_CONVICTION },
    { PD_KEY_IN_ABSENTIA, PD_NEGATIVE_IN_ABSENTIA },
  };
  PdNegative negatives = PD_NEGATIVE_NONE;

  g_return_val_if_fail (PD_IS_CASE (pd_case), PD_NEGATIVE_NONE);

  for (guint i = 0; i < G_N_ELEMENTS (yes_no); i++)
    {
      const char *answer = pd_interview_get_visible_text (pd_case, yes_no[i].key);

      if (g_strcmp0 (answer, "yes") == 0)
        negatives |= yes_no[i].negative;
      else if (g_strcmp0 (answer, "unsure") == 0)
        negatives |= PD_NEGATIVE_NOT_SURE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (multi); i++)
    if (pd_interview_visible_contains (pd_case, multi[i].key, multi[i].value))
      negatives |= multi[i].negative;

  return negatives;
}

static const FlagText negative_labels[] = {
  { PD_NEGATIVE_CRIMINAL_RECORD, N_("An arrest, a charge or a conviction") },
  { PD_NEGATIVE_CONVICTION, N_("A conviction") },
  { PD_NEGATIVE_PRIOR_ORDER, N_("An earlier removal or deportation order") },
  { PD_NEGATIVE_SENT_BACK, N_("Being sent back at the border") },
  { PD_NEGATIVE_REENTRY, N_("Coming back after a removal") },
  { PD_NEGATIVE_MISSED_HEARING, N_("A missed hearing") },
  { PD_NEGATIVE_IN_ABSENTIA, N_("An order made when you were not there (in absentia)") },
  { PD_NEGATIVE_FALSE_DOCUMENTS, N_("False papers or false statements") },
  { PD_NEGATIVE_FALSE_WORK_PAPERS, N_("False papers used for work") },
  { PD_NEGATIVE_FALSE_CITIZENSHIP, N_("Saying you were a U.S. citizen") },
  { PD_NEGATIVE_VOTED, N_("Voting in a U.S. election") },
  { PD_NEGATIVE_NOT_SURE, N_("Something in your past you are not sure about") },
};

const char *
pd_rules_negative_get_label (PdNegative negative)
{
  const char *label = flag_text (negative_labels, G_N_ELEMENTS (negative_labels), negative);

  g_return_val_if_fail (label != NULL, NULL);
  return label;
}

/* ------------------------------------------------------------------------ */
/* Options at the person's stage                                             */

/* The outcomes open now, as borrowed const PdOption pointers, in table order;
 * empty when the case is closed, unknown, or the person must stop. */
GPtrArray *
pd_rules_dup_options (PdCase *pd_case)
{
  const PdQuestion *outcome = pd_interview_lookup (PD_KEY_OUTCOME);
  GPtrArray *options = g_ptr_array_new ();

  g_return_val_if_fail (PD_IS_CASE (pd_case), options);

  if (!pd_interview_question_is_visible (outcome, pd_case))
    return options;

  for (guint i = 0; i < outcome->n_options; i++)
    if (pd_interview_option_is_visible (&outcome->options[i], pd_case))
      g_ptr_array_add (options, (gpointer) &outcome->options[i]);
  return options;
}

/* The outcome the person chose, if it is still open at their stage. */
const PdOption *
pd_rules_get_chosen_outcome (PdCase *pd_case)
{
  const PdQuestion *outcome = pd_interview_lookup (PD_KEY_OUTCOME);
  const PdOption *option;

  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  option = pd_question_lookup_option (outcome,
                                      pd_interview_get_visible_text (pd_case, PD_KEY_OUTCOME));
  if (option == NULL || !pd_interview_option_is_visible (option, pd_case))
    return NULL;
  return option;
}

/* What to know about the person's stage beyond the options, or NULL. */
const char *
pd_rules_get_stage_note (PdCase *pd_case)
{
  const char *status;

  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  status = pd_interview_get_visible_text (pd_case, PD_KEY_CASE_STATUS);

  if (g_strcmp0 (status, "ordered") == 0)
    return _("Other options to ask a lawyer about: a stay of removal (Form I-246, asked of "
             "ICE’s Enforcement and Removal Operations, ERO, with a fee) and deferred action, "
             "which other offices decide. Your letter does not ask the government lawyer for "
             "these.");
  if (g_strcmp0 (status, "closed") == 0)
    return _("When no court case is open, a PD request is usually not needed. If your case "
             "was only taken off the calendar (administrative closure), it is still open in "
             "court. Check with a lawyer or an accredited representative.");
  if (g_strcmp0 (status, "unknown") == 0)
    return _("What you can ask for depends on where your case is. Find out first, then come "
             "back and change your answer.");
  return NULL;
}

/* ------------------------------------------------------------------------ */
/* Help resources (REFERENCE.md)                                             */

static const PdResource resources[] = {
  { "pro-bono", N_("EOIR List of Pro Bono Legal Service Providers"),
    N_("Free legal services near each immigration court. Updated every three months."),
    "https://www.justice.gov/eoir/list-pro-bono-legal-service-providers", NULL, TRUE,
    PD_WARNING_W1_NOT_IN_PROCEEDINGS | PD_WARNING_W2_RECORD | PD_WARNING_W4_FIND_HELP },
  { "accreditation", N_("Recognition and Accreditation program"),
    N_("Recognized organizations and their accredited representatives, who can help with "
       "immigration cases. The phone number is the program’s coordinator."),
    "https://www.justice.gov/eoir/recognition-and-accreditation-program", "(703) 305-9029",
    TRUE,
    PD_WARNING_W1_NOT_IN_PROCEEDINGS | PD_WARNING_W2_RECORD | PD_WARNING_W4_FIND_HELP },
  { "case-hotline", N_("EOIR automated case information"),
    N_("Call any time, day or night, in English or Spanish. Have your 9-digit A-number "
       "ready."),
    NULL, PD_EOIR_HOTLINE, TRUE,
    PD_WARNING_UNKNOWN_STATUS },
  { "case-online", N_("EOIR online case status"),
    N_("Look up your case online with your A-number."),
    "https://acis.eoir.justice.gov/en/", NULL, FALSE,
    PD_WARNING_UNKNOWN_STATUS },
  { "ftc-fraud", N_("Report notario fraud to the FTC"),
    N_("The Federal Trade Commission takes reports of fraud by people who offer immigration "
       "services."),
    "https://www.ftc.gov/complaint", "1-877-FTC-HELP (1-877-382-4357)", TRUE,
    PD_WARNING_W3_NOTARIO },
};

const PdResource *
pd_rules_get_resources (guint *n_resources)
{
  if (n_resources != NULL)
    *n_resources = G_N_ELEMENTS (resources);
  return resources;
}

const char *
pd_resource_get_title (const PdResource *resource)
{
  g_return_val_if_fail (resource != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, resource->title);
}

/* The description; for an address not confirmed on an official page, with
 * the warning to check it. */
char *
pd_resource_dup_description (const PdResource *resource)
{
  const char *description;

  g_return_val_if_fail (resource != NULL, NULL);

  description = g_dgettext (GETTEXT_PACKAGE, resource->description);
  if (resource->confirmed)
    return g_strdup (description);
  /* Translators: %s is a description of a web page. */
  return g_strdup_printf (_("%s Check this address: we could not confirm it on an official "
                            "page."), description);
}

/* The "always" points for the summary (BRIEF section 3). */
char **
pd_rules_dup_reminders (void)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *check = g_strdup_printf (_("Keep checking your case: call %s, or check "
                                               "online."), PD_EOIR_HOTLINE);

  g_strv_builder_add (builder, _("PD is not a legal status, and it is never guaranteed."));
  g_strv_builder_add (builder, _("Sending a request does not pause any hearing or any "
                                 "deadline."));
  g_strv_builder_add (builder, _("Keep going to every hearing, unless a judge’s order says "
                                 "otherwise."));
  g_strv_builder_add (builder, _("At your next hearing, tell the judge and the government "
                                 "lawyer that you are asking for PD."));
  g_strv_builder_add (builder, _("If you move, file form EOIR-33 with the court within 5 "
                                 "days."));
  g_strv_builder_add (builder, check);
  return g_strv_builder_end (builder);
}
