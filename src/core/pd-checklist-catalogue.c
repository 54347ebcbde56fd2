/* pd-checklist-catalogue.c — the evidence items, as data (BRIEF section 5)
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-checklist.h"

/* Ids are stored in case files: never change or reuse one. */
static const PdEvidenceItem catalogue[] = {
  {
    .id = "letter", .group = PD_EVIDENCE_GROUP_REQUEST, .need = PD_EVIDENCE_REQUIRED,
    .always = TRUE,
    .title = N_("Request letter"),
    .why = N_("The letter asks the government lawyers to use discretion in your case and says "
              "why. Discretion drafts it in English from your answers."),
    .examples = N_("Made in Discretion: you read it, change what is needed, and sign it."),
  },
  {
    .id = "statement", .group = PD_EVIDENCE_GROUP_REQUEST, .need = PD_EVIDENCE_REQUIRED,
    .always = TRUE,
    .title = N_("Your personal statement, signed"),
    .why = N_("In your own words: who you are, your family and your life here. You sign it to "
              "say it is true."),
    .examples = N_("Written in Discretion. If you cannot read English, the person who reads it "
                   "to you signs a certificate of interpretation."),
  },
  {
    .id = "identity", .group = PD_EVIDENCE_GROUP_IDENTITY, .need = PD_EVIDENCE_REQUIRED,
    .exhibit = TRUE, .always = TRUE,
    .title = N_("Proof of who you are"),
    .why = N_("Shows that you are the person named in the court case."),
    .examples = N_("Passport, national ID card, birth certificate."),
  },
  {
    .id = "court-notice", .group = PD_EVIDENCE_GROUP_IDENTITY, .need = PD_EVIDENCE_REFERENCE,
    .always = TRUE,
    .title = N_("Your papers from the court"),
    .why = N_("Keep them at hand: they show your A-number, your court and your hearing date. "
              "Do not send them: the government already has them."),
    .examples = N_("Notice to Appear, hearing notices."),
  },
  {
    .id = "family", .group = PD_EVIDENCE_GROUP_FAMILY, .need = PD_EVIDENCE_REQUIRED,
    .exhibit = TRUE,
    .factors = PD_FACTOR_SPOUSE | PD_FACTOR_CHILDREN | PD_FACTOR_PARENTS,
    .title = N_("Proof of your family and of their status"),
    .why = N_("Shows that your spouse, partner, children or parents are your family, and that "
              "they are U.S. citizens or permanent residents."),
    .examples = N_("Birth and marriage certificates; your relative’s U.S. passport, "
                   "naturalization certificate or green card."),
  },
  {
    .id = "presence", .group = PD_EVIDENCE_GROUP_TIME, .need = PD_EVIDENCE_REQUIRED,
    .exhibit = TRUE, .factors = PD_FACTOR_RESIDENCE_10 | PD_FACTOR_RESIDENCE_5,
    .title = N_("Proof that you have lived here over the years"),
    .why = N_("Shows how long you have lived in the U.S. Aim for a paper with your name and a "
              "date every few months."),
    .examples = N_("Leases, rent receipts, utility bills, tax returns, school records, bank "
                   "statements, dated mail."),
  },
  {
    .id = "education", .group = PD_EVIDENCE_GROUP_TIME, .need = PD_EVIDENCE_HELPFUL,
    .exhibit = TRUE, .factors = PD_FACTOR_EDUCATION,
    .title = N_("Proof of your education in the U.S."),
    .why = N_("Shows what you have studied here, or that you are studying now."),
    .examples = N_("Diplomas, transcripts, letters saying you are enrolled."),
  },
  {
    .id = "childhood", .group = PD_EVIDENCE_GROUP_TIME, .need = PD_EVIDENCE_HELPFUL,
    .exhibit = TRUE, .factors = PD_FACTOR_CAME_AS_CHILD,
    .title = N_("Proof that you came as a child"),
    .why = N_("Shows how young you were when you came to the U.S."),
    .examples = N_("Early school records, vaccination records, papers from when you arrived."),
  },
  {
    .id = "work", .group = PD_EVIDENCE_GROUP_WORK, .need = PD_EVIDENCE_HELPFUL,
    .exhibit = TRUE, .factors = PD_FACTOR_WORK | PD_FACTOR_TAXES,
    .title = N_("Proof of your work and taxes"),
    .why = N_("Shows that you work, support your family and pay taxes."),
    .examples = N_("A letter from your employer, pay stubs, W-2 forms, tax returns."),
  },
  {
    .id = "military", .group = PD_EVIDENCE_GROUP_WORK, .need = PD_EVIDENCE_HELPFUL,
    .exhibit = TRUE, .factors = PD_FACTOR_MILITARY,
    .title = N_("Military service records"),
    .why = N_("Shows your service, or a close relative’s, in the U.S. armed forces."),
    .examples = N_("DD-214 or NGB-22, your relative’s service records."),
  },
  {
    .id = "support-letters", .group = PD_EVIDENCE_GROUP_COMMUNITY, .need = PD_EVIDENCE_HELPFUL,
    .exhibit = TRUE, .factors = PD_FACTOR_COMMUNITY,
    .title = N_("Letters of support"),
    .why = N_("People who know you say who you are and what you do for others. Each letter is "
              "signed and gives the writer’s contact details and how they know you."),
    .examples = N_("Letters from your place of worship, your employer or neighbours; records of "
                   "volunteer work."),
  },
  {
    .id = "medical", .group = PD_EVIDENCE_GROUP_HEALTH, .need = PD_EVIDENCE_HELPFUL,
    .exhibit = TRUE,
    .factors = PD_FACTOR_CAREGIVER | PD_FACTOR_ILLNESS | PD_FACTOR_PREGNANT,
    .title = N_("Medical and care papers"),
    .why = N_("Shows an illness, a disability or a pregnancy, or that others depend on your "
              "care."),
    .examples = N_("A doctor’s letter with the diagnosis, treatment and outlook; medical "
                   "records; proof that others depend on you."),
  },
  {
    .id = "victim", .group = PD_EVIDENCE_GROUP_VICTIM, .need = PD_EVIDENCE_HELPFUL,
    .exhibit = TRUE, .factors = PD_FACTOR_CRIME_VICTIM | PD_FACTOR_COMPLAINT,
    .title = N_("Proof that you were a victim or a witness"),
    .why = N_("Shows that you were the victim or witness of a crime, or made a workplace or "
              "housing complaint."),
    .examples = N_("Police reports, protective orders, a law-enforcement certification "
                   "(Form I-918 Supplement B), receipt notices."),
  },
  {
    .id = "applications", .group = PD_EVIDENCE_GROUP_APPLICATIONS, .need = PD_EVIDENCE_HELPFUL,
    .exhibit = TRUE, .factors = PD_FACTOR_APPLICATION,
    .title = N_("Receipts and approvals for your applications"),
    .why = N_("Shows the applications you have filed or that were approved."),
    .examples = N_("USCIS receipt or approval notices (Form I-797), court filing receipts."),
  },
  {
    .id = "background", .group = PD_EVIDENCE_GROUP_BACKGROUND, .need = PD_EVIDENCE_REQUIRED,
    .exhibit = TRUE, .always = TRUE,
    .title = N_("Background checks"),
    .why = N_("Shows that you have no criminal record, or what happened if you have one."),
    .examples = N_("FBI Identity History Summary, state record checks, police clearance "
                   "letters from every city you have lived in."),
  },
  {
    .id = "record", .group = PD_EVIDENCE_GROUP_BACKGROUND, .need = PD_EVIDENCE_REQUIRED,
    .exhibit = TRUE, .negatives = PD_NEGATIVE_CRIMINAL_RECORD | PD_NEGATIVE_CONVICTION,
    .title = N_("Court records, and what you have done since"),
    .why = N_("For every arrest, the court’s record of how it ended, and proof of what you "
              "have done since. Talk to a lawyer before you send anything."),
    .examples = N_("A certified disposition for every arrest, certificates from programs you "
                   "finished, letters about treatment."),
  },
  {
    .id = PD_EVIDENCE_TRANSLATIONS, .group = PD_EVIDENCE_GROUP_TRANSLATIONS,
    .need = PD_EVIDENCE_REQUIRED,
    .title = N_("English translations, each with a translator’s certificate"),
    .why = N_("Every paper not in English needs a complete English translation, and a "
              "certificate signed by the translator. In the packet, each translation goes "
              "just before its original."),
    .examples = N_("The translator writes that they can translate from the language into "
                   "English and that the translation is accurate, with their name, "
                   "signature, address, phone number and the date."),
  },
};

static const char *group_titles[PD_N_EVIDENCE_GROUPS] = {
  [PD_EVIDENCE_GROUP_REQUEST] = N_("Your letter and statement"),
  [PD_EVIDENCE_GROUP_IDENTITY] = N_("Identity"),
  [PD_EVIDENCE_GROUP_FAMILY] = N_("Family ties"),
  [PD_EVIDENCE_GROUP_TIME] = N_("Time in the U.S."),
  [PD_EVIDENCE_GROUP_WORK] = N_("Work and service"),
  [PD_EVIDENCE_GROUP_COMMUNITY] = N_("Community"),
  [PD_EVIDENCE_GROUP_HEALTH] = N_("Health and care"),
  [PD_EVIDENCE_GROUP_VICTIM] = N_("Victim or witness"),
  [PD_EVIDENCE_GROUP_APPLICATIONS] = N_("Pending applications"),
  [PD_EVIDENCE_GROUP_BACKGROUND] = N_("Background and record"),
  [PD_EVIDENCE_GROUP_TRANSLATIONS] = N_("Translations"),
};

/* Stored by their English names, which the translator's certificate uses. */
static const struct
{
  const char *value;
  const char *label;
} document_languages[] = {
  { "Spanish", NC_("document language", "Spanish") },
  { "Portuguese", NC_("document language", "Portuguese") },
  { "French", NC_("document language", "French") },
  { "Haitian Creole", NC_("document language", "Haitian Creole") },
  { "Arabic", NC_("document language", "Arabic") },
  { "Persian", NC_("document language", "Persian (Farsi or Dari)") },
  { "Pashto", NC_("document language", "Pashto") },
  { "Chinese", NC_("document language", "Chinese") },
  { "Vietnamese", NC_("document language", "Vietnamese") },
  { "Russian", NC_("document language", "Russian") },
  { "Ukrainian", NC_("document language", "Ukrainian") },
  { "Turkish", NC_("document language", "Turkish") },
  { "Punjabi", NC_("document language", "Punjabi") },
  { "Hindi", NC_("document language", "Hindi") },
  { "Bengali", NC_("document language", "Bengali") },
  { "Nepali", NC_("document language", "Nepali") },
  { "Romanian", NC_("document language", "Romanian") },
  { "Amharic", NC_("document language", "Amharic") },
  { "Tigrinya", NC_("document language", "Tigrinya") },
  { "Somali", NC_("document language", "Somali") },
  { "K'iche'", NC_("document language", "K’iche’") },
  { "Mam", NC_("document language", "Mam") },
  { "Other", NC_("document language", "Another language") },
};

const PdEvidenceItem *
pd_checklist_get_catalogue (guint *n_items)
{
  if (n_items != NULL)
    *n_items = G_N_ELEMENTS (catalogue);
  return catalogue;
}

const PdEvidenceItem *
pd_checklist_lookup (const char *item_id)
{
  for (guint i = 0; item_id != NULL && i < G_N_ELEMENTS (catalogue); i++)
    if (g_str_equal (catalogue[i].id, item_id))
      return &catalogue[i];
  return NULL;
}

const char *
pd_evidence_item_get_title (const PdEvidenceItem *item)
{
  return g_dgettext (GETTEXT_PACKAGE, item->title);
}

const char *
pd_evidence_item_get_why (const PdEvidenceItem *item)
{
  return g_dgettext (GETTEXT_PACKAGE, item->why);
}

const char *
pd_evidence_item_get_examples (const PdEvidenceItem *item)
{
  return g_dgettext (GETTEXT_PACKAGE, item->examples);
}

const char *
pd_evidence_group_get_title (PdEvidenceGroup group)
{
  g_return_val_if_fail (group < PD_N_EVIDENCE_GROUPS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, group_titles[group]);
}

const char *
pd_evidence_need_get_label (PdEvidenceNeed need)
{
  switch (need)
    {
    case PD_EVIDENCE_REQUIRED:
      return _("Needed");
    case PD_EVIDENCE_HELPFUL:
      return _("Helpful");
    case PD_EVIDENCE_REFERENCE:
      return _("Keep, do not send");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
pd_evidence_status_get_label (PdEvidenceStatus status)
{
  switch (status)
    {
    case PD_EVIDENCE_STATUS_NEEDED:
      return _("Still need it");
    case PD_EVIDENCE_STATUS_HAVE:
      return _("I have it");
    case PD_EVIDENCE_STATUS_NOT_APPLICABLE:
      return _("Does not apply");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* NULL-terminated English names of the languages a document can be in,
 * English itself left out. */
const char * const *
pd_document_languages (void)
{
  static const char *values[G_N_ELEMENTS (document_languages) + 1];
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      for (guint i = 0; i < G_N_ELEMENTS (document_languages); i++)
        values[i] = document_languages[i].value;
      g_once_init_leave (&ready, 1);
    }
  return values;
}

/* The language's name in the interface language; NULL (English) gives "English". */
const char *
pd_document_language_get_label (const char *language)
{
  if (language == NULL)
    return C_("document language", "English");
  for (guint i = 0; i < G_N_ELEMENTS (document_languages); i++)
    if (g_str_equal (document_languages[i].value, language))
      return g_dpgettext2 (GETTEXT_PACKAGE, "document language", document_languages[i].label);
  return language;
}
