/* pd-letter.c — the request letter, drafted in English from the case
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wording is in data/letter/ (request-letter.txt, phrases.txt), built
 * into the program. Here the case becomes "facts" (English strings) that
 * fill it. A paragraph whose facts are missing is left out. The person's
 * edits are kept in case.json under "letter" with the draft they started
 * from, so a later change to the draft is offered, never forced.
 */

#define G_LOG_DOMAIN "pd-letter"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "pd-checklist.h"
#include "pd-clock.h"
#include "pd-fields.h"
#include "pd-interview.h"
#include "pd-json.h"
#include "pd-letter.h"
#include "pd-rules.h"
#include "pd-statement.h"
#include "pd-template.h"

/* From pdcore-resources (data/letter/), registered by hand: a static
 * library's constructor could be dropped by the linker. */
void pd_core_register_resource (void);

const char * const pd_letter_english_keys[PD_LETTER_N_ENGLISH_KEYS] = {
  PD_KEY_WORK_DETAILS,
  PD_KEY_CARE_DETAILS,
  PD_KEY_APPLICATION_DETAILS,
  PD_KEY_COMMUNITY_DETAILS,
  PD_KEY_RECORD_DETAILS,
};

static PdTemplate *
load_template (const char *name)
{
  g_autofree char *path = g_strconcat ("/io/github/discretionapp/Discretion/letter/", name, NULL);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  PdTemplate *template;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("%s: %s", path, error->message);
  template = pd_template_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                        &error);
  if (template == NULL)
    g_error ("%s: %s", path, error->message);
  return template;
}

/* A template of data/letter/ by file name, loaded once. */
PdTemplate *
pd_letter_get_template (const char *name)
{
  static GMutex lock;
  static GHashTable *templates;
  PdTemplate *template;

  g_mutex_lock (&lock);
  if (templates == NULL)
    {
      pd_core_register_resource ();
      templates = g_hash_table_new (g_str_hash, g_str_equal);
    }
  template = g_hash_table_lookup (templates, name);
  if (template == NULL)
    {
      template = load_template (name);
      g_hash_table_insert (templates, g_strdup (name), template);
    }
  g_mutex_unlock (&lock);
  return template;
}

static PdTemplate *
get_letter_template (void)
{
  return pd_letter_get_template ("request-letter.txt");
}

static PdTemplate *
get_phrases (void)
{
  return pd_letter_get_template ("phrases.txt");
}

/* A phrase from phrases.txt, filled with @facts (may be NULL). */
static char *
phrase (const char *name,
        GHashTable *facts)
{
  g_autoptr (GHashTable) none = NULL;

  if (facts == NULL)
    facts = none = g_hash_table_new (g_str_hash, g_str_equal);
  return pd_template_fill (get_phrases (), name, facts, NULL, NULL);
}

static char *
phrase_for (const char *prefix,
            const char *value)
{
  g_autofree char *name = g_strconcat (prefix, ".", value, NULL);

  return phrase (name, NULL);
}

/* ------------------------------------------------------------------------ */
/* Stored state                                                              */

static JsonObject *
letter_section (PdCase *pd_case)
{
  return pd_case_get_section (pd_case, PD_LETTER_SECTION);
}

/* "office", "sent_by" (email, mail, hand), "fallback" (an outcome value or
 * "none"), "signature" (ink, electronic), "english_by". */
const char *
pd_letter_get_setting (PdCase     *pd_case,
                       const char *name)
{
  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  return pd_json_string_member (letter_section (pd_case), name);
}

void
pd_letter_set_setting (PdCase     *pd_case,
                       const char *name,
                       const char *value)
{
  JsonObject *section;

  g_return_if_fail (PD_IS_CASE (pd_case));

  if (g_strcmp0 (pd_letter_get_setting (pd_case, name), value) == 0)
    return;
  section = letter_section (pd_case);
  if (json_object_has_member (section, name) && pd_json_string_member (section, name) == NULL)
    return;   /* not ours to overwrite */
  if (value == NULL)
    json_object_remove_member (section, name);
  else
    json_object_set_string_member (section, name, value);
  pd_case_section_changed (pd_case, PD_LETTER_SECTION);
}

/* The English version of a free-text answer, entered beside it. */
const char *
pd_letter_get_english (PdCase     *pd_case,
                       const char *key)
{
  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  return pd_json_string_member (pd_json_child_object (letter_section (pd_case), "english", FALSE), key);
}

void
pd_letter_set_english (PdCase     *pd_case,
                       const char *key,
                       const char *text)
{
  JsonObject *english;

  g_return_if_fail (PD_IS_CASE (pd_case));

  if (g_strcmp0 (pd_letter_get_english (pd_case, key), text) == 0)
    return;
  english = pd_json_child_object (letter_section (pd_case), "english", TRUE);
  if (english == NULL)
    return;
  if (text == NULL || *text == '\0')
    json_object_remove_member (english, key);
  else
    json_object_set_string_member (english, key, text);
  pd_case_section_changed (pd_case, PD_LETTER_SECTION);
}

/* ------------------------------------------------------------------------ */
/* Facts                                                                     */

static void
set_fact (GHashTable *facts,
          const char *name,
          char       *value)   /* (transfer full) (nullable) */
{
  if (value == NULL || *value == '\0')
    {
      g_free (value);
      return;
    }
  g_hash_table_insert (facts, g_strdup (name), value);
}

static char *
english_date (const char *iso)
{
  GDate date;

  if (!pd_date_parse_iso (iso, &date, NULL))
    return NULL;
  return pd_date_format_english (&date);
}

static const char *
answer (PdCase     *pd_case,
        const char *key)
{
  const char *text = pd_interview_get_visible_text (pd_case, key);

  return text != NULL && *text != '\0' ? text : NULL;
}

/* "A", "A and B", "A, B, and C" (the serial comma of U.S. letters). */
static char *
join_english (GPtrArray *parts)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 < parts->len ? ", " : parts->len > 2 ? ", and " : " and ");
      g_string_append (text, parts->pdata[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* One sentence per chosen option of a multiple-choice answer, in option order. */
static char *
sentences_for_choices (PdCase     *pd_case,
                       const char *key,
                       const char *prefix)
{
  const PdQuestion *question = pd_interview_lookup_key_owner (key);
  g_autoptr (GString) text = g_string_new (NULL);

  if (question == NULL)
    return NULL;
  for (guint i = 0; i < question->n_options; i++)
    {
      g_autofree char *sentence = NULL;

      if (!pd_interview_visible_contains (pd_case, key, question->options[i].value))
        continue;
      sentence = phrase_for (prefix, question->options[i].value);
      if (sentence == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, sentence);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static char *
children_sentence (PdCase     *pd_case,
                   const char *status)
{
  JsonNode *node = pd_interview_get_visible_answer (pd_case, PD_KEY_CHILDREN);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) facts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autofree char *section = NULL;
  JsonArray *children;

  if (!pd_interview_visible_contains (pd_case, PD_KEY_US_FAMILY, "children")
      || node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  children = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (children); i++)
    {
      JsonNode *child = json_array_get_element (children, i);
      JsonObject *object;
      const char *name;
      g_autofree char *born = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (child))
        continue;
      object = json_node_get_object (child);
      name = pd_json_string_member (object, "name");
      if (is_blank (name) || g_strcmp0 (pd_json_string_member (object, "status"), status) != 0)
        continue;
      born = english_date (pd_json_string_member (object, "birth_date"));
      if (born != NULL)
        {
          g_autoptr (GHashTable) parts = g_hash_table_new (g_str_hash, g_str_equal);

          g_hash_table_insert (parts, (gpointer) "name", (gpointer) name);
          g_hash_table_insert (parts, (gpointer) "date", born);
          g_ptr_array_add (names, phrase ("born", parts));
        }
      else
        g_ptr_array_add (names, g_strdup (name));
    }
  if (names->len == 0)
    return NULL;

  g_hash_table_insert (facts, (gpointer) "names", join_english (names));
  section = g_strdup_printf ("family.children.%s.%s", status, names->len == 1 ? "one" : "many");
  return phrase (section, facts);
}

static char *
family_sentence (PdCase  *pd_case,
                 PdFactor factors)
{
  g_autoptr (GString) text = g_string_new (NULL);
  const char *spouse = answer (pd_case, PD_KEY_SPOUSE_STATUS);
  g_autofree char *closing = NULL;

#define ADD(sentence) G_STMT_START { \
    g_autofree char *s_ = (sentence); \
    if (s_ != NULL) { if (text->len > 0) g_string_append_c (text, ' '); g_string_append (text, s_); } \
  } G_STMT_END

  if (factors & PD_FACTOR_SPOUSE)
    ADD (phrase_for ("family.spouse", spouse));
  if (factors & PD_FACTOR_CHILDREN)
    {
      ADD (children_sentence (pd_case, "citizen"));
      ADD (children_sentence (pd_case, "resident"));
    }
  if (factors & PD_FACTOR_PARENTS)
    {
      if (pd_interview_visible_contains (pd_case, PD_KEY_PARENTS_STATUS, "citizen"))
        ADD (phrase ("family.parents.citizen", NULL));
      else if (pd_interview_visible_contains (pd_case, PD_KEY_PARENTS_STATUS, "resident"))
        ADD (phrase ("family.parents.resident", NULL));
    }
  if (text->len > 0)
    ADD (phrase ("family.closing", NULL));
#undef ADD

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
negatives_sentence (PdNegative negatives)
{
  static const struct { PdNegative flag; const char *name; } drafted[] = {
    { PD_NEGATIVE_CRIMINAL_RECORD, "negative.criminal_record" },
    { PD_NEGATIVE_PRIOR_ORDER, "negative.prior_order" },
    { PD_NEGATIVE_SENT_BACK, "negative.sent_back" },
    { PD_NEGATIVE_REENTRY, "negative.reentry" },
    { PD_NEGATIVE_MISSED_HEARING, "negative.missed_hearing" },
    { PD_NEGATIVE_IN_ABSENTIA, "negative.in_absentia" },
  };
  g_autoptr (GString) text = g_string_new (NULL);

  /* A conviction says more than an arrest: one sentence for both. */
  if (negatives & PD_NEGATIVE_CONVICTION)
    negatives |= PD_NEGATIVE_CRIMINAL_RECORD;
  for (guint i = 0; i < G_N_ELEMENTS (drafted); i++)
    if (negatives & drafted[i].flag)
      {
        g_autofree char *sentence =
          phrase (drafted[i].flag == PD_NEGATIVE_CRIMINAL_RECORD
                  && (negatives & PD_NEGATIVE_CONVICTION)
                  ? "negative.criminal_record.convicted" : drafted[i].name, NULL);

        if (text->len > 0)
          g_string_append_c (text, ' ');
        g_string_append (text, sentence);
      }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
summary (PdCase  *pd_case,
         PdFactor factors)
{
  static const struct { PdFactor flags; const char *name; } reasons[] = {
    { PD_FACTOR_RESIDENCE_10 | PD_FACTOR_RESIDENCE_5, "reason.residence" },
    { PD_FACTOR_SPOUSE | PD_FACTOR_CHILDREN | PD_FACTOR_PARENTS, "reason.family" },
    { PD_FACTOR_WORK, "reason.work" },
    { PD_FACTOR_EDUCATION, "reason.education" },
    { PD_FACTOR_CAME_AS_CHILD, "reason.childhood" },
    { PD_FACTOR_MILITARY, "reason.military" },
    { PD_FACTOR_CAREGIVER | PD_FACTOR_ILLNESS | PD_FACTOR_PREGNANT, "reason.care" },
    { PD_FACTOR_CRIME_VICTIM | PD_FACTOR_COMPLAINT, "reason.victim" },
    { PD_FACTOR_APPLICATION, "reason.applications" },
    { PD_FACTOR_COMMUNITY, "reason.community" },
  };
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) facts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *country = NULL;
  g_autofree char *because = NULL;

  if (answer (pd_case, PD_KEY_COUNTRY) != NULL)
    {
      g_hash_table_insert (facts, (gpointer) "country", g_strdup (answer (pd_case, PD_KEY_COUNTRY)));
      country = phrase ("summary.country", facts);
      g_string_append (text, country);
    }
  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    if (factors & reasons[i].flags)
      g_ptr_array_add (parts, phrase (reasons[i].name, NULL));
  if (parts->len > 0)
    {
      g_hash_table_insert (facts, (gpointer) "reasons", join_english (parts));
      because = phrase ("summary.reasons", facts);
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, because);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
applications_list (PdCase *pd_case)
{
  const PdQuestion *question = pd_interview_lookup_key_owner (PD_KEY_APPLICATIONS);
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) facts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; question != NULL && i < question->n_options; i++)
    {
      char *part;

      if (!pd_interview_visible_contains (pd_case, PD_KEY_APPLICATIONS, question->options[i].value))
        continue;
      part = phrase_for ("application", question->options[i].value);
      if (part != NULL)
        g_ptr_array_add (parts, part);
    }
  if (parts->len == 0)
    return NULL;
  g_hash_table_insert (facts, (gpointer) "list", join_english (parts));
  return phrase ("applications", facts);
}

static gboolean
certificates_ready (PdCase *pd_case)
{
  g_autoptr (GPtrArray) certificates = pd_statement_dup_document_certificates (pd_case);

  return certificates->len > 0;
}

/* The letter's enclosure list: the exhibits in packet order, by reference. */
static char *
enclosures (PdCase *pd_case)
{
  g_autoptr (GPtrArray) exhibits = pd_checklist_dup_exhibits (pd_case);
  g_autoptr (GString) text = g_string_new (NULL);

  if (pd_statement_has_content (pd_case))
    {
      g_autoptr (GHashTable) facts = g_hash_table_new (g_str_hash, g_str_equal);
      g_autofree char *line = NULL;

      g_hash_table_insert (facts, (gpointer) "full_name",
                           (gpointer) pd_case_get_text (pd_case, PD_KEY_FULL_NAME));
      line = phrase ("enclosures.statement", facts);
      if (line != NULL)
        g_string_append_printf (text, "\n%s", line);
    }

  for (guint i = 0; i < exhibits->len; i++)
    {
      g_autofree char *title = phrase_for ("exhibit", exhibits->pdata[i]);

      g_string_append_printf (text, "\n" PD_TAB_OPEN "tab:%s" PD_TAB_CLOSE " \xe2\x80\x93 %s",
                              (char *) exhibits->pdata[i],
                              title != NULL ? title : (char *) exhibits->pdata[i]);
    }
  /* Only once the certificates exist (a translator is named). */
  if (exhibits->len > 0 && certificates_ready (pd_case))
    {
      g_autofree char *translations = phrase ("enclosures.translations", NULL);
      g_string_append_printf (text, "\n%s", translations);
    }
  if (text->len == 0)
    return NULL;
  {
    g_autofree char *title = phrase ("enclosures.title", NULL);
    g_string_prepend (text, title);
  }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
with_space (const char *text)
{
  g_autofree char *stripped = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  if (stripped == NULL || *stripped == '\0')
    return NULL;
  return g_strconcat (" ", stripped, NULL);
}

static char *
labelled (const char *label,
          char       *value)   /* (transfer full) */
{
  char *line = value != NULL ? g_strconcat (label, value, NULL) : NULL;

  g_free (value);
  return line;
}

/* Every fact the templates can use, as English text. */
static GHashTable *
dup_facts (PdCase *pd_case)
{
  GHashTable *facts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  PdFactor factors = pd_rules_get_positive_factors (pd_case);
  const PdOption *outcome = pd_rules_get_chosen_outcome (pd_case);
  const char *fallback = pd_letter_get_setting (pd_case, "fallback");
  const char *signature = pd_letter_get_setting (pd_case, "signature");
  const char *sent_by = pd_letter_get_setting (pd_case, "sent_by");
  GDate today, entry;

  pd_clock_today (&today);
  set_fact (facts, "today", pd_date_format_english (&today));
  set_fact (facts, "full_name", g_strdup (answer (pd_case, PD_KEY_FULL_NAME)));
  set_fact (facts, "country", g_strdup (answer (pd_case, PD_KEY_COUNTRY)));
  set_fact (facts, "office", g_strdup (pd_letter_get_setting (pd_case, "office")));
  if (sent_by != NULL)
    set_fact (facts, "sent_by", phrase_for ("sent_by", sent_by));

  if (answer (pd_case, PD_KEY_A_NUMBER) != NULL)
    set_fact (facts, "a_number_line",
              labelled ("A-Number: ", pd_a_number_format (answer (pd_case, PD_KEY_A_NUMBER))));
  set_fact (facts, "birth_date_line",
            labelled ("Date of birth: ", english_date (answer (pd_case, PD_KEY_BIRTH_DATE))));
  if (answer (pd_case, PD_KEY_COURT) != NULL)
    set_fact (facts, "court_line",
              g_strconcat ("Immigration court: ", answer (pd_case, PD_KEY_COURT), NULL));
  {
    g_autofree char *date = english_date (answer (pd_case, PD_KEY_HEARING_DATE));
    const char *type = answer (pd_case, PD_KEY_HEARING_TYPE);

    if (date != NULL)
      set_fact (facts, "hearing_line",
                g_strdup_printf ("Next hearing: %s%s", date,
                                 g_strcmp0 (type, "master") == 0 ? " (master calendar hearing)"
                                 : g_strcmp0 (type, "individual") == 0 ? " (individual hearing)"
                                 : ""));
  }
  if (g_strcmp0 (answer (pd_case, PD_KEY_DETAINED), "yes") == 0)
    set_fact (facts, "detained_line", g_strdup ("Detained: yes"));
  else if (g_strcmp0 (answer (pd_case, PD_KEY_DETAINED), "no") == 0)
    set_fact (facts, "detained_line", g_strdup ("Detained: no"));

  if (outcome != NULL)
    set_fact (facts, "request", phrase_for ("request", outcome->value));
  if (fallback != NULL && outcome != NULL && g_strcmp0 (fallback, outcome->value) != 0)
    {
      g_autoptr (GHashTable) parts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      g_autoptr (GPtrArray) options = pd_rules_dup_options (pd_case);

      /* Only an outcome offered at this stage. */
      for (guint i = 0; i < options->len; i++)
        if (g_str_equal (((PdOption *) options->pdata[i])->value, fallback))
          {
            g_hash_table_insert (parts, (gpointer) "fallback", phrase_for ("request", fallback));
            set_fact (facts, "fallback_sentence", phrase ("fallback", parts));
          }
    }

  set_fact (facts, "summary", summary (pd_case, factors));

  if ((factors & (PD_FACTOR_RESIDENCE_10 | PD_FACTOR_RESIDENCE_5))
      && pd_date_parse_iso (answer (pd_case, PD_KEY_ENTRY_DATE), &entry, NULL))
    {
      int years = g_date_get_year (&today) - g_date_get_year (&entry);

      if (g_date_get_month (&today) < g_date_get_month (&entry)
          || (g_date_get_month (&today) == g_date_get_month (&entry)
              && g_date_get_day (&today) < g_date_get_day (&entry)))
        years--;
      set_fact (facts, "entry_month_year",
                g_strdup_printf ("%s %u", pd_month_name_english (g_date_get_month (&entry)),
                                 (guint) g_date_get_year (&entry)));
      set_fact (facts, "years_here", g_strdup_printf ("%d", years));
    }

  if (factors & (PD_FACTOR_SPOUSE | PD_FACTOR_CHILDREN | PD_FACTOR_PARENTS))
    set_fact (facts, "family_sentence", family_sentence (pd_case, factors));

  if (factors & (PD_FACTOR_WORK | PD_FACTOR_TAXES))
    {
      g_autoptr (GString) work = g_string_new (NULL);
      g_autofree char *details = with_space (pd_letter_get_english (pd_case,
                                                                    PD_KEY_WORK_DETAILS));

      /* "I work…", what they do, then taxes. */
      if (factors & PD_FACTOR_WORK)
        {
          g_autofree char *s = phrase ("work.yes", NULL);
          g_string_append (work, s);
          if (details != NULL)
            g_string_append (work, details);
        }
      if (factors & PD_FACTOR_TAXES)
        {
          g_autofree char *s = phrase ("work.taxes", NULL);
          if (work->len > 0)
            g_string_append_c (work, ' ');
          g_string_append (work, s);
        }
      set_fact (facts, "work_sentence", g_string_free (g_steal_pointer (&work), FALSE));
    }
  if (factors & PD_FACTOR_EDUCATION)
    set_fact (facts, "education_sentence",
              sentences_for_choices (pd_case, PD_KEY_EDUCATION, "education"));
  if (factors & PD_FACTOR_CAME_AS_CHILD)
    set_fact (facts, "childhood_sentence", phrase ("childhood", NULL));
  if (factors & PD_FACTOR_MILITARY)
    set_fact (facts, "military_sentence",
              sentences_for_choices (pd_case, PD_KEY_MILITARY, "military"));
  if (factors & (PD_FACTOR_CAREGIVER | PD_FACTOR_ILLNESS | PD_FACTOR_PREGNANT))
    set_fact (facts, "care_sentence", sentences_for_choices (pd_case, PD_KEY_CARE, "care"));
  if (factors & (PD_FACTOR_CRIME_VICTIM | PD_FACTOR_COMPLAINT))
    set_fact (facts, "victim_sentence",
              sentences_for_choices (pd_case, PD_KEY_VICTIM_COMPLAINT, "victim"));
  if (factors & PD_FACTOR_APPLICATION)
    set_fact (facts, "applications_sentence", applications_list (pd_case));
  if (factors & PD_FACTOR_COMMUNITY)
    set_fact (facts, "community_sentence",
              sentences_for_choices (pd_case, PD_KEY_COMMUNITY, "community"));

  /* Free text only through its English version. */
  set_fact (facts, "care_details", with_space (pd_letter_get_english (pd_case, PD_KEY_CARE_DETAILS)));
  set_fact (facts, "application_details",
            with_space (pd_letter_get_english (pd_case, PD_KEY_APPLICATION_DETAILS)));
  set_fact (facts, "community_details",
            with_space (pd_letter_get_english (pd_case, PD_KEY_COMMUNITY_DETAILS)));

  set_fact (facts, "negatives_sentence", negatives_sentence (pd_rules_get_negative_factors (pd_case)));
  if (g_hash_table_contains (facts, "negatives_sentence"))
    set_fact (facts, "record_details",
              with_space (pd_letter_get_english (pd_case, PD_KEY_RECORD_DETAILS)));
  if (g_strcmp0 (answer (pd_case, PD_KEY_RECORD_CRIMINAL), "no") == 0)
    set_fact (facts, "no_record", phrase ("no_record", NULL));

  set_fact (facts, "enclosures", enclosures (pd_case));

  set_fact (facts, "signature_line",
            phrase (g_strcmp0 (signature, "electronic") == 0 ? "signature.electronic"
                                                              : "signature.ink", facts));
  set_fact (facts, "date_line",
            phrase (g_strcmp0 (signature, "electronic") == 0 ? "date.electronic" : "date.ink",
                    facts));
  set_fact (facts, "address_line", g_strdup (answer (pd_case, PD_KEY_ADDRESS_STREET)));
  if (answer (pd_case, PD_KEY_ADDRESS_CITY) != NULL)
    set_fact (facts, "city_line",
              g_strdup_printf ("%s%s%s%s%s", answer (pd_case, PD_KEY_ADDRESS_CITY),
                               answer (pd_case, PD_KEY_ADDRESS_STATE) != NULL ? ", " : "",
                               answer (pd_case, PD_KEY_ADDRESS_STATE) != NULL
                               ? answer (pd_case, PD_KEY_ADDRESS_STATE) : "",
                               answer (pd_case, PD_KEY_ADDRESS_ZIP) != NULL ? " " : "",
                               answer (pd_case, PD_KEY_ADDRESS_ZIP) != NULL
                               ? answer (pd_case, PD_KEY_ADDRESS_ZIP) : ""));
  set_fact (facts, "phone", g_strdup (answer (pd_case, PD_KEY_PHONE)));
  set_fact (facts, "email", g_strdup (answer (pd_case, PD_KEY_EMAIL)));

  return facts;
}

static gboolean
is_exhibit_cb (const char *id,
               gpointer    user_data)
{
  GPtrArray *exhibits = user_data;

  return g_ptr_array_find_with_equal_func (exhibits, id, g_str_equal, NULL);
}

/* ------------------------------------------------------------------------ */
/* Paragraphs                                                                */

void
pd_letter_paragraph_free (PdLetterParagraph *paragraph)
{
  if (paragraph == NULL)
    return;
  g_free (paragraph->id);
  g_free (paragraph->draft);
  g_free (paragraph->text);
  g_free (paragraph->based_on);
  g_free (paragraph);
}

static JsonObject *
edits (PdCase  *pd_case,
       gboolean create)
{
  return pd_json_child_object (letter_section (pd_case), "paragraphs", create);
}

/* The letter now: one entry per paragraph that has a draft or an edit, in
 * letter order. Paragraphs the person emptied are included (text ""). */
GPtrArray *
pd_letter_build (PdCase *pd_case)
{
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_letter_paragraph_free);
  g_autoptr (GHashTable) facts = NULL;
  g_autoptr (GPtrArray) exhibits = NULL;
  PdTemplate *template = get_letter_template ();
  GPtrArray *sections = pd_template_get_sections (template);
  JsonObject *stored;

  g_return_val_if_fail (PD_IS_CASE (pd_case), paragraphs);

  facts = dup_facts (pd_case);
  exhibits = pd_checklist_dup_exhibits (pd_case);
  stored = edits (pd_case, FALSE);

  for (guint i = 0; i < sections->len; i++)
    {
      const char *id = sections->pdata[i];
      g_autofree char *draft = pd_template_fill (template, id, facts, is_exhibit_cb, exhibits);
      JsonObject *edit = stored != NULL ? pd_json_child_object (stored, id, FALSE) : NULL;
      const char *text = pd_json_string_member (edit, "text");
      PdLetterParagraph *paragraph;

      if (draft == NULL && text == NULL)
        continue;
      paragraph = g_new0 (PdLetterParagraph, 1);
      paragraph->id = g_strdup (id);
      paragraph->draft = draft != NULL ? g_steal_pointer (&draft) : g_strdup ("");
      if (text != NULL)
        {
          const char *based_on = pd_json_string_member (edit, "based_on");

          paragraph->edited = TRUE;
          paragraph->text = g_strdup (text);
          paragraph->based_on = g_strdup (based_on != NULL ? based_on : "");
          paragraph->outdated = g_strcmp0 (paragraph->based_on, paragraph->draft) != 0;
        }
      else
        paragraph->text = g_strdup (paragraph->draft);
      g_ptr_array_add (paragraphs, paragraph);
    }
  return paragraphs;
}

/* Stores the person's version of a paragraph, and the draft it started from. */
void
pd_letter_set_paragraph (PdCase     *pd_case,
                         const char *id,
                         const char *text,
                         const char *based_on)
{
  JsonObject *stored;
  JsonObject *edit;

  g_return_if_fail (PD_IS_CASE (pd_case));
  g_return_if_fail (id != NULL && text != NULL);

  stored = edits (pd_case, TRUE);
  edit = stored != NULL ? pd_json_child_object (stored, id, TRUE) : NULL;
  if (edit == NULL)
    return;
  if (g_strcmp0 (pd_json_string_member (edit, "text"), text) == 0
      && g_strcmp0 (pd_json_string_member (edit, "based_on"), based_on) == 0)
    return;
  json_object_set_string_member (edit, "text", text);
  json_object_set_string_member (edit, "based_on", based_on != NULL ? based_on : "");
  pd_case_section_changed (pd_case, PD_LETTER_SECTION);
}

/* Drops the person's edit: the paragraph follows the draft again. */
void
pd_letter_take_draft (PdCase     *pd_case,
                      const char *id)
{
  JsonObject *stored;

  g_return_if_fail (PD_IS_CASE (pd_case));

  stored = edits (pd_case, FALSE);
  if (stored == NULL || !json_object_has_member (stored, id))
    return;
  json_object_remove_member (stored, id);
  pd_case_section_changed (pd_case, PD_LETTER_SECTION);
}

/* Keeps the edit as it is and stops offering the current draft. */
void
pd_letter_keep_edit (PdCase     *pd_case,
                     const char *id)
{
  g_autoptr (GPtrArray) paragraphs = NULL;

  g_return_if_fail (PD_IS_CASE (pd_case));

  paragraphs = pd_letter_build (pd_case);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      PdLetterParagraph *paragraph = paragraphs->pdata[i];

      if (paragraph->edited && g_str_equal (paragraph->id, id))
        pd_letter_set_paragraph (pd_case, id, paragraph->text, paragraph->draft);
    }
}

/* Exhibit references as tab letters. A reference to something that is no
 * longer an exhibit is taken out with the words around it. */
char *
pd_letter_render (PdCase     *pd_case,
                  const char *text)
{
  g_autoptr (GPtrArray) exhibits = pd_checklist_dup_exhibits (pd_case);
  g_autoptr (GString) out = g_string_new (NULL);
  const char *p = text;
  const char *open;

  g_return_val_if_fail (text != NULL, NULL);

  while ((open = strstr (p, PD_TAB_OPEN "tab:")) != NULL)
    {
      const char *id = open + strlen (PD_TAB_OPEN "tab:");
      const char *close = strstr (id, PD_TAB_CLOSE);
      g_autofree char *item = NULL;
      guint index;

      if (close == NULL)
        break;
      g_string_append_len (out, p, open - p);
      item = g_strndup (id, close - id);
      if (g_ptr_array_find_with_equal_func (exhibits, item, g_str_equal, &index))
        {
          g_autofree char *tab = pd_exhibit_dup_tab (index);
          g_string_append_printf (out, "Tab %s", tab);
        }
      else
        {
          /* " (see ⟦…⟧)" or " See ⟦…⟧." go as a whole. */
          if (g_str_has_suffix (out->str, " (see ") && g_str_has_prefix (close, PD_TAB_CLOSE ")"))
            {
              g_string_truncate (out, out->len - strlen (" (see "));
              close += 1;
            }
          else if (g_str_has_suffix (out->str, " See ")
                   && g_str_has_prefix (close, PD_TAB_CLOSE "."))
            {
              g_string_truncate (out, out->len - strlen (" See "));
              close += 1;
            }
        }
      p = close + strlen (PD_TAB_CLOSE);
    }
  g_string_append (out, p);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The whole letter as shown and sent: paragraphs apart by a blank line. */
char *
pd_letter_dup_text (PdCase *pd_case)
{
  g_autoptr (GPtrArray) paragraphs = pd_letter_build (pd_case);
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      PdLetterParagraph *paragraph = paragraphs->pdata[i];
      g_autofree char *rendered = NULL;

      if (*paragraph->text == '\0')
        continue;
      rendered = pd_letter_render (pd_case, paragraph->text);
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, rendered);
    }
  g_string_append_c (text, '\n');
  return g_string_free (g_steal_pointer (&text), FALSE);
}

guint
pd_letter_count_words (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean space = g_unichar_isspace (c);

      if (!space && !in_word)
        words++;
      in_word = !space;
    }
  return words;
}
