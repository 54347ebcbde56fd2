/* pd-interview.c — the guided interview: questions, sections and their rules, as data
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-interview"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pd-clock.h"
#include "pd-fields.h"
#include "pd-interview.h"

/* Longest one-line answer; a name or a city never comes close. */
#define PD_SHORT_TEXT_MAX 300

#define OPTIONS(a) .options = (a), .n_options = G_N_ELEMENTS (a)
#define FIELDS(a)  .fields = (a), .n_fields = G_N_ELEMENTS (a)
#define WHEN(k, op, ...) { PD_MATCH_ALL, { { (k), (op), { __VA_ARGS__ } } } }

/* ------------------------------------------------------------------------ */
/* Sections                                                                  */

/* Every section after the first is closed once the person says they never got
 * a Notice to Appear (W1): the app must not lead them into writing a request. */
#define NOT_STOPPED WHEN (PD_KEY_CASE_STATUS, PD_RULE_NOT_IN, "never")

static const PdSection sections[] = {
  { "case", N_("Your court case") },
  { "about", N_("About you"), NOT_STOPPED },
  { "court", N_("Your court"), NOT_STOPPED },
  { "entry", N_("How you came"), NOT_STOPPED },
  { "record", N_("Your record"), NOT_STOPPED },
  { "family", N_("Your family"), NOT_STOPPED },
  { "life", N_("Your life here"), NOT_STOPPED },
  { "care", N_("Health and care"), NOT_STOPPED },
  { "other", N_("Other facts that can help"), NOT_STOPPED },
  { "outcome", N_("What to ask for"), NOT_STOPPED },
  { "documents", N_("Documents not in English"), NOT_STOPPED },
};

/* ------------------------------------------------------------------------ */
/* Options                                                                   */

static const PdOption yes_no_unsure[] = {
  { "yes", NC_("answer", "Yes"), "answer" },
  { "no", NC_("answer", "No"), "answer" },
  { "unsure", NC_("answer", "I’m not sure"), "answer" },
};

static const PdOption case_status_options[] = {
  { "pending", N_("I still have hearings"), NULL,
    N_("Your case is open. You have a hearing coming up, or you are waiting for one.") },
  { "ordered", N_("The judge ordered me removed"), NULL,
    N_("The judge signed a removal order (an order of deportation).") },
  { "appeal", N_("My case is on appeal"), NULL,
    N_("You or the government asked for the judge’s decision to be reviewed.") },
  { "closed", N_("My case was closed or dismissed"), NULL, NULL },
  { "never", N_("I never got a Notice to Appear or a court notice"), NULL,
    N_("You never received papers saying you have a case in immigration court.") },
  { "unknown", N_("I don’t know"), NULL,
    N_("We will show you how to find out.") },
};

static const PdOption hearing_type_options[] = {
  { "master", N_("Master calendar hearing"), NULL,
    N_("Usually a short hearing, with many people in the courtroom.") },
  { "individual", N_("Individual hearing"), NULL,
    N_("The longer hearing where the judge hears your whole case. Your notice may call it a "
       "merits hearing.") },
};

static const PdOption detained_options[] = {
  { "yes", N_("Yes, I am in detention"), NULL, NULL },
  { "no", N_("No, I am not in detention"), NULL, NULL },
};

static const PdOption entry_manner_options[] = {
  { "visa", N_("With a visa"), NULL,
    N_("For example a tourist, student or work visa, checked by an officer.") },
  { "parole", N_("With parole"), NULL,
    N_("An officer let you in on parole. Your papers may say “parole” or “paroled”.") },
  { "without_inspection", N_("Without being checked by an officer"), NULL,
    N_("Your papers may call this “entry without inspection”.") },
  /* Translators: a way of entering the United States not in the list. */
  { "other", NC_("entry", "Another way"), "entry" },
  { "unsure", N_("I’m not sure"), NULL },
};

static const PdOption record_immigration_options[] = {
  { "prior_order", N_("A judge or an officer ordered me removed or deported, before this case"),
    NULL, NULL },
  { "sent_back", N_("I was stopped at the border and sent back"), NULL,
    N_("This can be a removal order (expedited removal), even if you never saw a judge.") },
  { "reentry", N_("I came back into the U.S. after I was removed, deported or sent back"),
    NULL, NULL },
  { "missed_hearing", N_("I missed an immigration court hearing"), NULL, NULL },
  { "unsure", N_("I’m not sure about one of these"), NULL, NULL },
};

static const PdOption record_papers_voting_options[] = {
  { "false_documents",
    N_("I used false papers or gave false information to the U.S. government"), NULL,
    N_("For example at the border, at an airport, or on an application.") },
  { "false_work_papers",
    N_("I used false papers, or someone else’s papers or Social Security number, to work"),
    NULL, NULL },
  { "false_citizenship", N_("I said I was a U.S. citizen when I was not"), NULL,
    N_("For example on a job form, or to get a benefit.") },
  { "voted", N_("I voted in an election in the U.S."), NULL, NULL },
  { "unsure", N_("I’m not sure about one of these"), NULL, NULL },
};

static const PdOption us_family_options[] = {
  { "spouse", N_("My spouse or long-term partner"), NULL,
    N_("Married or not, of any sex.") },
  { "children", N_("One or more of my children"), NULL, NULL },
  { "parents", N_("One or both of my parents"), NULL, NULL },
};

static const PdOption spouse_status_options[] = {
  { "citizen", N_("U.S. citizen"), NULL, NULL },
  { "resident", N_("Permanent resident (green card)"), NULL, NULL },
};

static const PdOption child_status_options[] = {
  { "citizen", N_("U.S. citizen"), NULL, NULL },
  { "resident", N_("Permanent resident (green card)"), NULL, NULL },
  { "other", N_("Other, or I prefer not to say"), NULL, NULL },
};

static const PdOption parents_status_options[] = {
  { "citizen", N_("A parent is a U.S. citizen"), NULL, NULL },
  { "resident", N_("A parent is a permanent resident (green card)"), NULL, NULL },
};

static const PdOption education_options[] = {
  { "enrolled", N_("I am in school now"), NULL, NULL },
  { "high_school", N_("I finished high school or got a GED"), NULL, NULL },
  { "college", N_("I have a college degree"), NULL, NULL },
  { "other", N_("Other classes or training, like English classes"), NULL, NULL },
};

static const PdOption military_options[] = {
  { "self", N_("I served in the U.S. military"), NULL, NULL },
  { "family", N_("A close family member served in the U.S. military"), NULL, NULL },
};

static const PdOption community_options[] = {
  { "volunteer", N_("I volunteer"), NULL, NULL },
  { "religious", N_("I am active in a church or another religious group"), NULL, NULL },
  { "civic", N_("I take part in a school, neighborhood or other community group"), NULL, NULL },
};

static const PdOption care_options[] = {
  { "care_child", N_("I take care of a child"), NULL, NULL },
  { "care_adult", N_("I take care of an older, disabled or seriously ill person"), NULL, NULL },
  { "pregnant", N_("I am pregnant or nursing a baby"), NULL, NULL },
  { "ill_self", N_("I have a serious illness or disability"), NULL, NULL },
  { "ill_family", N_("A close family member has a serious illness or disability"), NULL, NULL },
};

static const PdOption victim_complaint_options[] = {
  { "victim", N_("I was the victim of a crime"), NULL, NULL },
  { "witness", N_("I was a witness to a crime"), NULL, NULL },
  { "workplace", N_("I am part of a complaint about a job"), NULL,
    N_("For example about unpaid wages or unsafe work.") },
  { "housing", N_("I am part of a complaint about housing"), NULL,
    N_("For example against a landlord.") },
};

static const PdOption applications_options[] = {
  { "asylum", N_("Asylum (Form I-589)"), NULL, NULL },
  { "i130", N_("A family petition (Form I-130)"), NULL, NULL },
  { "i360", N_("A petition on Form I-360"), NULL, NULL },
  { "u_visa", N_("A U visa for victims of crime (Form I-918)"), NULL, NULL },
  { "tps", N_("Temporary Protected Status (TPS)"), NULL, NULL },
  { "sijs", N_("Special Immigrant Juvenile Status (SIJS)"), NULL, NULL },
  /* Translators: an application not in the list. */
  { "other", NC_("application", "Something else"), "application" },
};

/* What PD can ask for depends on where the case is (BRIEF section 1). The app
 * explains each one; it never pre-selects or recommends one. */
static const PdOption outcome_options[] = {
  { "admin_closure", N_("Administrative closure"), NULL,
    N_("Your case comes off the judge’s calendar, so no hearings are set. Your court case and "
       "your judge stay in place."),
    N_("It does not end your case. It gives you no legal status and no work permit."),
    WHEN (PD_KEY_CASE_STATUS, PD_RULE_EQUALS, "pending") },
  { "continuance", N_("A continuance (more time)"), NULL,
    N_("Your hearing moves to a later date. Your court case and your judge stay in place."),
    N_("It gives you no legal status. You must still go to the new hearing."),
    WHEN (PD_KEY_CASE_STATUS, PD_RULE_EQUALS, "pending") },
  { "dismissal", N_("Dismissal"), NULL,
    N_("The government lawyer agrees to end your court case."),
    N_("It gives you no legal status and no papers. It also ends what only a judge can give "
       "you, like a pending asylum application (and the work permit based on it) and "
       "cancellation of removal. Since May 2025, some people have been arrested at or near "
       "the court after a dismissal, for fast removal with no judge (expedited removal)."),
    WHEN (PD_KEY_CASE_STATUS, PD_RULE_EQUALS, "pending") },
  { "stipulation", N_("Agreeing on issues (stipulations)"), NULL,
    N_("The government lawyer agrees with you on some issues, or on the relief you ask the "
       "judge for. This can make your case shorter."),
    N_("The judge still decides your case. It does not end your case."),
    WHEN (PD_KEY_CASE_STATUS, PD_RULE_EQUALS, "pending") },
  { "reopen", N_("Joining a motion to reopen"), NULL,
    N_("The government lawyer joins you in asking the court to reopen your case, so the "
       "judge can look at it again."),
    N_("Until the judge reopens your case, your removal order is still there."),
    WHEN (PD_KEY_CASE_STATUS, PD_RULE_EQUALS, "ordered") },
  { "not_opposing", N_("Not opposing the appeal"), NULL,
    N_("The government lawyer agrees not to fight your appeal, or drops an appeal the "
       "government filed."),
    N_("It does not decide the appeal. It gives you no legal status."),
    WHEN (PD_KEY_CASE_STATUS, PD_RULE_EQUALS, "appeal") },
};

/* ------------------------------------------------------------------------ */
/* Sub-fields                                                                */

static const PdSubField address_fields[] = {
  { PD_KEY_ADDRESS_STREET, PD_QUESTION_SHORT_TEXT, N_("Street address and apartment"),
    .required = TRUE },
  { PD_KEY_ADDRESS_CITY, PD_QUESTION_SHORT_TEXT, N_("City"), .required = TRUE },
  { PD_KEY_ADDRESS_STATE, PD_QUESTION_SHORT_TEXT, N_("State"), .required = TRUE },
  { PD_KEY_ADDRESS_ZIP, PD_QUESTION_SHORT_TEXT, N_("ZIP code"), .required = TRUE },
};

static const PdSubField contact_fields[] = {
  { PD_KEY_PHONE, PD_QUESTION_SHORT_TEXT, N_("Phone number") },
  { PD_KEY_EMAIL, PD_QUESTION_SHORT_TEXT, N_("Email address") },
};

static const PdSubField hearing_fields[] = {
  { PD_KEY_HEARING_DATE, PD_QUESTION_DATE, N_("Date of your next hearing") },
  { PD_KEY_HEARING_TYPE, PD_QUESTION_SINGLE_CHOICE, N_("Kind of hearing"),
    OPTIONS (hearing_type_options) },
};

static const PdSubField child_fields[] = {
  { "name", PD_QUESTION_SHORT_TEXT, N_("Child’s name"), .required = TRUE },
  { "birth_date", PD_QUESTION_DATE, N_("Date of birth"), .past_only = TRUE },
  { "status", PD_QUESTION_SINGLE_CHOICE, N_("Status"), OPTIONS (child_status_options),
    .required = TRUE },
};

static const PdSubField document_fields[] = {
  { "title", PD_QUESTION_SHORT_TEXT, N_("Document, for example “Birth certificate”"),
    .required = TRUE },
  { "language", PD_QUESTION_SHORT_TEXT, N_("Language, for example “Spanish”"),
    .required = TRUE },
};

/* ------------------------------------------------------------------------ */
/* Questions, in interview order (BRIEF section 4)                           */

static const PdQuestion questions[] = {
  /* 1. Where the case is: it decides everything after it. */
  {
    .id = PD_KEY_CASE_STATUS, .section = "case", .kind = PD_QUESTION_SINGLE_CHOICE,
    .title = N_("Where is your immigration court case now?"),
    .why = N_("What you can ask for depends on where your case is."),
    .help = N_("Look at the last papers you got from the immigration court. A Notice to "
               "Appear is the paper that starts a court case."),
    OPTIONS (case_status_options), .required = TRUE,
  },

  /* 2. About you: the same keys as the details form. */
  {
    .id = PD_KEY_FULL_NAME, .section = "about", .kind = PD_QUESTION_SHORT_TEXT,
    .title = N_("What is your full name, exactly as it is on your Notice to Appear?"),
    .why = N_("The government finds your case by your name and A-number, so they must match "
              "your papers."),
    .help = N_("Copy it letter by letter, even if it is not the way you write your name."),
    .required = TRUE,
  },
  {
    .id = PD_KEY_A_NUMBER, .section = "about", .kind = PD_QUESTION_A_NUMBER,
    .title = N_("What is your A-number?"),
    .why = N_("The court and the government find your case by this number."),
    .help = N_("It is on your Notice to Appear and your other immigration papers. It has 8 or "
               "9 digits, often written like A123-456-789."),
    .required = TRUE,
  },
  {
    .id = PD_KEY_BIRTH_DATE, .section = "about", .kind = PD_QUESTION_DATE,
    .title = N_("What is your date of birth?"),
    .why = N_("It helps the government make sure they have the right person."),
    .required = TRUE, .past_only = TRUE,
  },
  {
    .id = PD_KEY_COUNTRY, .section = "about", .kind = PD_QUESTION_SHORT_TEXT,
    .title = N_("What is your country of citizenship?"),
    .why = N_("Your letter says it, the same way your court papers do."),
    .help = N_("If you are a citizen of more than one country, write all of them."),
    .required = TRUE,
  },
  {
    .id = PD_QUESTION_ADDRESS, .section = "about", .kind = PD_QUESTION_FORM,
    .title = N_("What is your mailing address?"),
    .why = N_("Your letter gives it, so the government can send you mail."),
    .help = N_("The court must always have your current address. If you move, file form "
               "EOIR-33 with the court within 5 days."),
    FIELDS (address_fields),
  },
  {
    .id = PD_QUESTION_CONTACT, .section = "about", .kind = PD_QUESTION_FORM,
    .title = N_("How can the government lawyer reach you?"),
    .why = N_("Your phone number and email go in your letter."),
    .help = N_("Use a phone and an email you check often. You can leave these empty."),
    FIELDS (contact_fields),
  },

  /* 3. Your court. */
  {
    .id = PD_KEY_COURT, .section = "court", .kind = PD_QUESTION_SHORT_TEXT,
    .title = N_("Which immigration court has your case?"),
    .why = N_("The request goes to the government lawyers’ office for that court."),
    .help = N_("Write the city and state as they are on your hearing notice, for example "
               "“Charlotte, NC”."),
    .required = TRUE,
  },
  {
    .id = PD_QUESTION_HEARING, .section = "court", .kind = PD_QUESTION_FORM,
    .title = N_("When is your next hearing, and what kind is it?"),
    .why = N_("Earlier is better: the government lawyers prefer to decide before they "
              "prepare for a full hearing."),
    .help = N_("Your hearing notice says both. If you don’t know the kind of hearing, leave "
               "it empty."),
    FIELDS (hearing_fields),
    .visible_if = WHEN (PD_KEY_CASE_STATUS, PD_RULE_NOT_IN, "ordered", "appeal", "closed"),
  },
  {
    .id = PD_KEY_DETAINED, .section = "court", .kind = PD_QUESTION_SINGLE_CHOICE,
    .title = N_("Are you in immigration detention now?"),
    .why = N_("Your letter must say whether you are detained."),
    OPTIONS (detained_options), .required = TRUE,
  },

  /* 4. How you came; 8. years in a lawful status; 10. came as a child. */
  {
    .id = PD_KEY_ENTRY_DATE, .section = "entry", .kind = PD_QUESTION_DATE,
    .title = N_("When did you last come into the United States?"),
    .why = N_("How long you have lived here is one of the things the government looks at."),
    .help = N_("If you came more than once, choose the last time. If you don’t know the day, "
               "choose your best guess and check it later with your papers."),
    .past_only = TRUE,
  },
  {
    .id = PD_KEY_ENTRY_MANNER, .section = "entry", .kind = PD_QUESTION_SINGLE_CHOICE,
    .title = N_("How did you come in that time?"),
    .why = N_("The way you came in changes the risks and the choices that apply to you."),
    .help = N_("Your answers stay in this app. You decide later, best with a lawyer, what "
               "goes in your request."),
    OPTIONS (entry_manner_options), .required = TRUE,
  },
  {
    .id = PD_KEY_LAWFUL_YEARS, .section = "entry", .kind = PD_QUESTION_NUMBER,
    .title = N_("For how many years in all have you had a visa or another lawful status in "
                "the U.S.?"),
    .why = N_("Time in a lawful status is one of the things the government looks at."),
    .help = N_("Count the years even if the status has ended. Type 0 if none."),
    .number_max = 120,
    .visible_if = WHEN (PD_KEY_ENTRY_MANNER, PD_RULE_IN, "visa", "parole", "other"),
  },
  {
    .id = PD_KEY_CAME_AS_CHILD, .section = "entry", .kind = PD_QUESTION_YES_NO_UNSURE,
    .title = N_("Were you under 18 when you first came to the United States?"),
    .why = N_("Coming here as a child is one of the things the government looks at."),
    OPTIONS (yes_no_unsure), .required = TRUE,
  },
  {
    .id = PD_KEY_PROOF_TWO_YEARS, .section = "entry", .kind = PD_QUESTION_YES_NO_UNSURE,
    .title = N_("Can you show with papers that you have been in the U.S. for the last 2 years "
                "or more, without leaving?"),
    .why = N_("Since 2025, people who cannot prove 2 years here have a higher risk of fast "
              "removal with no judge (expedited removal)."),
    .help = N_("Papers with your name and a date: leases, rent receipts, bills, pay stubs, "
               "school or medical records, bank statements. Aim for one every few months."),
    OPTIONS (yes_no_unsure), .required = TRUE,
  },

  /* 5–6 and "also ask": the W2 triggers. */
  {
    .id = PD_KEY_RECORD_CRIMINAL, .section = "record", .kind = PD_QUESTION_YES_NO_UNSURE,
    .title = N_("Have you ever been arrested, charged with a crime or convicted, in any "
                "country?"),
    .why = N_("Any record changes what is safe for you to do. A lawyer should look at it "
              "before you send anything."),
    .help = N_("Count every time: even if the charges were dropped, even if it was long ago, "
               "even for driving under the influence (DUI)."),
    OPTIONS (yes_no_unsure), .required = TRUE,
  },
  {
    .id = PD_KEY_RECORD_CONVICTED, .section = "record", .kind = PD_QUESTION_YES_NO_UNSURE,
    .title = N_("Were you ever convicted? This includes pleading guilty or “no contest”."),
    .why = N_("A lawyer needs to know exactly how each case ended."),
    OPTIONS (yes_no_unsure), .required = TRUE,
    .visible_if = WHEN (PD_KEY_RECORD_CRIMINAL, PD_RULE_IN, "yes", "unsure"),
  },
  {
    .id = PD_KEY_RECORD_IMMIGRATION, .section = "record", .kind = PD_QUESTION_MULTI_CHOICE,
    .title = N_("Has any of this ever happened to you?"),
    .why = N_("Some of these mean you may already have an order against you, even if you "
              "don’t know it."),
    OPTIONS (record_immigration_options), .required = TRUE,
  },
  {
    .id = PD_KEY_IN_ABSENTIA, .section = "record", .kind = PD_QUESTION_YES_NO_UNSURE,
    .title = N_("Did the judge order you removed because you were not at the hearing?"),
    .why = N_("This is called an order “in absentia”. It changes what you can ask for."),
    .help = N_("Your papers may say “in absentia”."),
    OPTIONS (yes_no_unsure), .required = TRUE,
    .visible_if = WHEN (PD_KEY_RECORD_IMMIGRATION, PD_RULE_CONTAINS, "missed_hearing"),
  },
  {
    .id = PD_KEY_RECORD_PAPERS_VOTING, .section = "record", .kind = PD_QUESTION_MULTI_CHOICE,
    .title = N_("Have you ever done any of these?"),
    .why = N_("These can cause serious problems in immigration, so a lawyer should know "
              "before you send anything."),
    .help = N_("Your answers stay in this app. You decide later, best with a lawyer, what "
               "goes in your request."),
    OPTIONS (record_papers_voting_options), .required = TRUE,
  },
  {
    .id = PD_KEY_RECORD_DETAILS, .section = "record", .kind = PD_QUESTION_LONG_TEXT,
    .title = N_("What happened, and when?"),
    .why = N_("A lawyer will need the details. A request must tell the truth about a record, "
              "and what you have done since."),
    .help = N_("For each event, write the date, the place and how it ended. Add what has "
               "changed since then, for example a class or a treatment you finished."),
    .visible_if = { PD_MATCH_ANY, {
      { PD_KEY_RECORD_CRIMINAL, PD_RULE_IN, { "yes", "unsure" } },
      { PD_KEY_RECORD_IMMIGRATION, PD_RULE_NOT_EMPTY },
      { PD_KEY_RECORD_PAPERS_VOTING, PD_RULE_NOT_EMPTY },
    } },
  },

  /* 7. Family: the status of U.S.-citizen and permanent-resident relatives only. */
  {
    .id = PD_KEY_US_FAMILY, .section = "family", .kind = PD_QUESTION_MULTI_CHOICE,
    .title = N_("Do you have family who are U.S. citizens or permanent residents?"),
    .why = N_("Close family ties in the U.S. are one of the main things the government looks "
              "at."),
    .help = N_("A permanent resident has a green card. We only ask about family members who "
               "are U.S. citizens or permanent residents."),
    OPTIONS (us_family_options), .required = TRUE,
  },
  {
    .id = PD_KEY_SPOUSE_STATUS, .section = "family", .kind = PD_QUESTION_SINGLE_CHOICE,
    .title = N_("Is your spouse or partner a U.S. citizen or a permanent resident?"),
    .why = N_("Your letter can say so, and you will need proof of their status."),
    OPTIONS (spouse_status_options), .required = TRUE,
    .visible_if = WHEN (PD_KEY_US_FAMILY, PD_RULE_CONTAINS, "spouse"),
  },
  {
    .id = PD_KEY_CHILDREN, .section = "family", .kind = PD_QUESTION_LIST,
    .title = N_("Tell us about your children who are U.S. citizens or permanent residents."),
    .why = N_("Your letter can name them, and you will need proof of their status."),
    .help = N_("You may list your other children too: choose “Other, or I prefer not to say”. "
               "Never write that someone has no papers."),
    FIELDS (child_fields), .required = TRUE,
    .visible_if = WHEN (PD_KEY_US_FAMILY, PD_RULE_CONTAINS, "children"),
  },
  {
    .id = PD_KEY_PARENTS_STATUS, .section = "family", .kind = PD_QUESTION_MULTI_CHOICE,
    .title = N_("Is your parent a U.S. citizen or a permanent resident?"),
    .why = N_("Your letter can say so, and you will need proof of their status."),
    .help = N_("If your parents have different statuses, choose both."),
    OPTIONS (parents_status_options), .required = TRUE,
    .visible_if = WHEN (PD_KEY_US_FAMILY, PD_RULE_CONTAINS, "parents"),
  },

  /* 9–11, 16. Your life here. */
  {
    .id = PD_KEY_WORK, .section = "life", .kind = PD_QUESTION_YES_NO_UNSURE,
    .title = N_("Have you worked in the United States?"),
    .why = N_("A work history is one of the things the government looks at."),
    .help = N_("Count work for yourself and work paid in cash."),
    OPTIONS (yes_no_unsure), .required = TRUE,
  },
  {
    .id = PD_KEY_WORK_DETAILS, .section = "life", .kind = PD_QUESTION_LONG_TEXT,
    .title = N_("Where have you worked, and for how long?"),
    .why = N_("Your letter can describe your work, and an employer may write a letter for "
              "you."),
    .visible_if = WHEN (PD_KEY_WORK, PD_RULE_EQUALS, "yes"),
  },
  {
    .id = PD_KEY_TAXES, .section = "life", .kind = PD_QUESTION_YES_NO_UNSURE,
    .title = N_("Have you filed U.S. tax returns?"),
    .why = N_("Filing taxes is one of the things the government looks at."),
    OPTIONS (yes_no_unsure), .required = TRUE,
    .visible_if = WHEN (PD_KEY_WORK, PD_RULE_IN, "yes", "unsure"),
  },
  {
    .id = PD_KEY_EDUCATION, .section = "life", .kind = PD_QUESTION_MULTI_CHOICE,
    .title = N_("Have you studied in the United States?"),
    .why = N_("Education in the U.S. is one of the things the government looks at."),
    OPTIONS (education_options), .required = TRUE,
  },
  {
    .id = PD_KEY_MILITARY, .section = "life", .kind = PD_QUESTION_MULTI_CHOICE,
    .title = N_("Have you or a close family member served in the U.S. military?"),
    .why = N_("Military service, yours or your family’s, is one of the things the government "
              "looks at."),
    OPTIONS (military_options), .required = TRUE,
  },
  {
    .id = PD_KEY_COMMUNITY, .section = "life", .kind = PD_QUESTION_MULTI_CHOICE,
    .title = N_("Do you help in your community?"),
    .why = N_("The people you help with can write letters of support for you."),
    OPTIONS (community_options), .required = TRUE,
  },
  {
    .id = PD_KEY_COMMUNITY_DETAILS, .section = "life", .kind = PD_QUESTION_LONG_TEXT,
    .title = N_("What do you do, where, and since when?"),
    .why = N_("Your letter can describe it."),
    .visible_if = WHEN (PD_KEY_COMMUNITY, PD_RULE_NOT_EMPTY, NULL),
  },

  /* 12–13. Health and care. */
  {
    .id = PD_KEY_CARE, .section = "care", .kind = PD_QUESTION_MULTI_CHOICE,
    .title = N_("Do any of these describe you?"),
    .why = N_("Caring for others and serious health problems are among the things the "
              "government looks at."),
    OPTIONS (care_options), .required = TRUE,
  },
  {
    .id = PD_KEY_CARE_DETAILS, .section = "care", .kind = PD_QUESTION_LONG_TEXT,
    .title = N_("Tell us more: who needs care, and why?"),
    .why = N_("A doctor’s letter and proof that others depend on you can support this part of "
              "your request."),
    .help = N_("Only write what you are comfortable sharing about other people."),
    .visible_if = WHEN (PD_KEY_CARE, PD_RULE_NOT_EMPTY, NULL),
  },

  /* 14–15. Victim or witness, complaints, applications. */
  {
    .id = PD_KEY_VICTIM_COMPLAINT, .section = "other", .kind = PD_QUESTION_MULTI_CHOICE,
    .title = N_("Has any of this happened to you in the United States?"),
    .why = N_("Being a victim or a witness of a crime, or taking part in a complaint, is one "
              "of the things the government looks at."),
    OPTIONS (victim_complaint_options), .required = TRUE,
  },
  {
    .id = PD_KEY_APPLICATIONS, .section = "other", .kind = PD_QUESTION_MULTI_CHOICE,
    .title = N_("Have you applied for any of these, or been approved?"),
    .why = N_("A pending or approved application is one of the things the government looks "
              "at."),
    .help = N_("The form number is on your receipt notice (Form I-797)."),
    OPTIONS (applications_options), .required = TRUE,
  },
  {
    .id = PD_KEY_APPLICATION_DETAILS, .section = "other", .kind = PD_QUESTION_LONG_TEXT,
    .title = N_("Which applications, and where are they now?"),
    .why = N_("Your letter can list them. Receipt numbers help the government find them."),
    .help = N_("For each one, write the receipt number, the date you applied, and whether it "
               "was approved or is still waiting."),
    .visible_if = WHEN (PD_KEY_APPLICATIONS, PD_RULE_NOT_EMPTY, NULL),
  },

  /* 17. The outcome: only where PD can still ask for something. */
  {
    .id = PD_KEY_OUTCOME, .section = "outcome", .kind = PD_QUESTION_SINGLE_CHOICE,
    .title = N_("What do you want to ask the government lawyer for?"),
    .why = N_("A request must ask for something specific. Read each choice: each one has "
              "good and bad sides."),
    .help = N_("This app explains the choices. It does not choose for you. A lawyer or an "
               "accredited representative can help you decide."),
    OPTIONS (outcome_options), .required = TRUE,
    .visible_if = WHEN (PD_KEY_CASE_STATUS, PD_RULE_IN, "pending", "ordered", "appeal"),
  },

  /* 18. Documents that need a translation. */
  {
    .id = PD_KEY_FOREIGN_DOCUMENTS, .section = "documents", .kind = PD_QUESTION_LIST,
    .title = N_("Which of your documents are not in English?"),
    .why = N_("Each one needs an English translation and a translator’s certificate."),
    .help = N_("If all your documents are in English, go on without adding any."),
    FIELDS (document_fields), .required = TRUE,
  },
};

/* ------------------------------------------------------------------------ */
/* Lookup                                                                    */

const PdQuestion *
pd_interview_get_questions (guint *n_questions)
{
  if (n_questions != NULL)
    *n_questions = G_N_ELEMENTS (questions);
  return questions;
}

const PdSection *
pd_interview_get_sections (guint *n_sections)
{
  if (n_sections != NULL)
    *n_sections = G_N_ELEMENTS (sections);
  return sections;
}

static int
question_index (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    if (g_strcmp0 (questions[i].id, id) == 0)
      return (int) i;
  return -1;
}

const PdQuestion *
pd_interview_lookup (const char *id)
{
  int i;

  g_return_val_if_fail (id != NULL, NULL);

  i = question_index (id);
  return i < 0 ? NULL : &questions[i];
}

/* The question that stores @key: itself, or the FORM screen holding it. */
const PdQuestion *
pd_interview_lookup_key_owner (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      const PdQuestion *q = &questions[i];

      if (q->kind == PD_QUESTION_FORM)
        {
          for (guint f = 0; f < q->n_fields; f++)
            if (strcmp (q->fields[f].id, key) == 0)
              return q;
        }
      else if (strcmp (q->id, key) == 0)
        return q;
    }
  return NULL;
}

const PdSection *
pd_interview_lookup_section (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (strcmp (sections[i].id, id) == 0)
      return &sections[i];
  return NULL;
}

const PdOption *
pd_question_lookup_option (const PdQuestion *question,
                           const char       *value)
{
  g_return_val_if_fail (question != NULL, NULL);

  if (value == NULL)
    return NULL;
  for (guint i = 0; i < question->n_options; i++)
    if (strcmp (question->options[i].value, value) == 0)
      return &question->options[i];
  return NULL;
}

/* ------------------------------------------------------------------------ */
/* Translated strings                                                        */

static const char *
translate (const char *msgid)
{
  return msgid != NULL ? g_dgettext (GETTEXT_PACKAGE, msgid) : NULL;
}

const char *
pd_section_get_title (const PdSection *section)
{
  g_return_val_if_fail (section != NULL, NULL);
  return translate (section->title);
}

const char *
pd_question_get_title (const PdQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return translate (question->title);
}

const char *
pd_question_get_why (const PdQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return translate (question->why);
}

const char *
pd_question_get_help (const PdQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return translate (question->help);
}

const char *
pd_option_get_label (const PdOption *option)
{
  g_return_val_if_fail (option != NULL, NULL);

  if (option->context != NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, option->context, option->label);
  return translate (option->label);
}

const char *
pd_option_get_help (const PdOption *option)
{
  g_return_val_if_fail (option != NULL, NULL);
  return translate (option->help);
}

const char *
pd_option_get_limits (const PdOption *option)
{
  g_return_val_if_fail (option != NULL, NULL);
  return translate (option->limits);
}

const char *
pd_sub_field_get_label (const PdSubField *field)
{
  g_return_val_if_fail (field != NULL, NULL);
  return translate (field->label);
}

/* ------------------------------------------------------------------------ */
/* Rules                                                                     */

/* Rules only look back, so this is far deeper than the table can go; it is a
 * guard against a table edit that makes two rules point at each other. */
#define PD_RULE_MAX_DEPTH 32

static gboolean question_is_visible (const PdQuestion *question,
                                     PdCase           *pd_case,
                                     guint             depth);

static JsonNode *
visible_answer (PdCase     *pd_case,
                const char *key,
                guint       depth)
{
  const PdQuestion *owner = pd_interview_lookup_key_owner (key);

  if (owner != NULL && !question_is_visible (owner, pd_case, depth + 1))
    return NULL;
  return pd_case_get_answer (pd_case, key);
}

static const char *
node_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
in_values (const PdCondition *condition,
           const char        *text)
{
  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < PD_RULE_MAX_VALUES && condition->values[i] != NULL; i++)
    if (strcmp (condition->values[i], text) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
array_contains_any (const PdCondition *condition,
                    JsonNode          *node)
{
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (in_values (condition, node_string (json_array_get_element (array, i))))
      return TRUE;
  return FALSE;
}

static gboolean
condition_matches (const PdCondition *condition,
                   PdCase            *pd_case,
                   guint              depth)
{
  JsonNode *node = visible_answer (pd_case, condition->key, depth);
  const char *text = node_string (node);

  switch (condition->op)
    {
    case PD_RULE_EQUALS:
      return text != NULL && g_strcmp0 (text, condition->values[0]) == 0;

    case PD_RULE_NOT_EQUALS:
      return text == NULL || g_strcmp0 (text, condition->values[0]) != 0;

    case PD_RULE_IN:
      return in_values (condition, text);

    case PD_RULE_NOT_IN:
      return !in_values (condition, text);

    case PD_RULE_CONTAINS:
      return array_contains_any (condition, node);

    case PD_RULE_NOT_EMPTY:
      return node != NULL && JSON_NODE_HOLDS_ARRAY (node)
             && json_array_get_length (json_node_get_array (node)) > 0;

    case PD_RULE_ANSWERED:
      return node != NULL && !JSON_NODE_HOLDS_NULL (node) && (text == NULL || *text != '\0');

    default:
      g_return_val_if_reached (FALSE);
    }
}

static gboolean
rule_matches (const PdRule *rule,
              PdCase       *pd_case,
              guint         depth)
{
  gboolean any_condition = FALSE;

  if (depth > PD_RULE_MAX_DEPTH)
    {
      g_critical ("Visibility rules refer to each other in a loop");
      return FALSE;
    }

  for (guint i = 0; i < PD_RULE_MAX_CONDITIONS && rule->conditions[i].key != NULL; i++)
    {
      gboolean matches = condition_matches (&rule->conditions[i], pd_case, depth);

      any_condition = TRUE;
      if (rule->match == PD_MATCH_ANY && matches)
        return TRUE;
      if (rule->match == PD_MATCH_ALL && !matches)
        return FALSE;
    }

  /* No conditions: always. ALL: none failed. ANY: none held. */
  return !any_condition || rule->match == PD_MATCH_ALL;
}

static gboolean
question_is_visible (const PdQuestion *question,
                     PdCase           *pd_case,
                     guint             depth)
{
  const PdSection *section = pd_interview_lookup_section (question->section);

  if (section != NULL && !rule_matches (&section->visible_if, pd_case, depth))
    return FALSE;
  return rule_matches (&question->visible_if, pd_case, depth);
}

gboolean
pd_interview_rule_matches (const PdRule *rule,
                           PdCase       *pd_case)
{
  g_return_val_if_fail (rule != NULL, FALSE);
  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);

  return rule_matches (rule, pd_case, 0);
}

gboolean
pd_interview_section_is_visible (const PdSection *section,
                                 PdCase          *pd_case)
{
  g_return_val_if_fail (section != NULL, FALSE);
  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);

  return rule_matches (&section->visible_if, pd_case, 0);
}

/* Whether the question is asked now. Hiding never deletes an answer: it is
 * kept in the case, ignored by the rules, and counts again once visible. */
gboolean
pd_interview_question_is_visible (const PdQuestion *question,
                                  PdCase           *pd_case)
{
  g_return_val_if_fail (question != NULL, FALSE);
  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);

  return question_is_visible (question, pd_case, 0);
}

gboolean
pd_interview_option_is_visible (const PdOption *option,
                                PdCase         *pd_case)
{
  g_return_val_if_fail (option != NULL, FALSE);
  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);

  return rule_matches (&option->visible_if, pd_case, 0);
}

/* The answer under @key, or NULL when its question is hidden now. Borrowed. */
JsonNode *
pd_interview_get_visible_answer (PdCase     *pd_case,
                                 const char *key)
{
  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return visible_answer (pd_case, key, 0);
}

const char *
pd_interview_get_visible_text (PdCase     *pd_case,
                               const char *key)
{
  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return node_string (visible_answer (pd_case, key, 0));
}

/* Whether a visible multi-choice answer holds @value. */
gboolean
pd_interview_visible_contains (PdCase     *pd_case,
                               const char *key,
                               const char *value)
{
  PdCondition condition = { key, PD_RULE_CONTAINS, { value } };

  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);
  g_return_val_if_fail (key != NULL && value != NULL, FALSE);

  return array_contains_any (&condition, visible_answer (pd_case, key, 0));
}

/* ------------------------------------------------------------------------ */
/* Navigation                                                                */

/* The first visible question after @current_id (NULL: from the start), or
 * NULL at the end — and right after case_status when the person must stop. */
const PdQuestion *
pd_interview_next_visible (PdCase     *pd_case,
                           const char *current_id)
{
  guint start = 0;

  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  if (current_id != NULL)
    {
      int i = question_index (current_id);

      g_return_val_if_fail (i >= 0, NULL);
      start = (guint) i + 1;
    }

  for (guint i = start; i < G_N_ELEMENTS (questions); i++)
    if (question_is_visible (&questions[i], pd_case, 0))
      return &questions[i];
  return NULL;
}

/* The last visible question before @current_id (NULL: the last of all, for
 * Back from the review screen), or NULL at the start. */
const PdQuestion *
pd_interview_previous_visible (PdCase     *pd_case,
                               const char *current_id)
{
  guint end = G_N_ELEMENTS (questions);

  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  if (current_id != NULL)
    {
      int i = question_index (current_id);

      g_return_val_if_fail (i >= 0, NULL);
      end = (guint) i;
    }

  for (guint i = end; i > 0; i--)
    if (question_is_visible (&questions[i - 1], pd_case, 0))
      return &questions[i - 1];
  return NULL;
}

/* How many questions are asked now; @out_position gets @id's place among
 * them, from 1, or 0 when @id is NULL, unknown or hidden. */
guint
pd_interview_count_visible (PdCase     *pd_case,
                            const char *id,
                            guint      *out_position)
{
  guint count = 0;
  guint position = 0;

  g_return_val_if_fail (PD_IS_CASE (pd_case), 0);

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      if (!question_is_visible (&questions[i], pd_case, 0))
        continue;
      count++;
      if (id != NULL && strcmp (questions[i].id, id) == 0)
        position = count;
    }

  if (out_position != NULL)
    *out_position = position;
  return count;
}

/* Where to start when the person comes back: the question they were on; if
 * it no longer applies, the next one that does; else the first. */
const char *
pd_interview_get_resume_id (PdCase *pd_case)
{
  const char *stored;
  const PdQuestion *question;

  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  stored = pd_case_get_text (pd_case, PD_KEY_INTERVIEW_POSITION);
  if (stored != NULL && question_index (stored) >= 0)
    {
      question = pd_interview_lookup (stored);
      if (question_is_visible (question, pd_case, 0))
        return question->id;
      question = pd_interview_next_visible (pd_case, stored);
      if (question != NULL)
        return question->id;
      question = pd_interview_previous_visible (pd_case, stored);
      if (question != NULL)
        return question->id;
    }

  question = pd_interview_next_visible (pd_case, NULL);
  return question != NULL ? question->id : NULL;
}

void
pd_interview_set_position (PdCase     *pd_case,
                           const char *id)
{
  g_return_if_fail (PD_IS_CASE (pd_case));
  g_return_if_fail (id == NULL || question_index (id) >= 0);

  pd_case_set_text (pd_case, PD_KEY_INTERVIEW_POSITION, id);
}

/* ------------------------------------------------------------------------ */
/* Validation                                                                */

static gboolean
set_empty_error (gboolean     required,
                 const char  *message,
                 GError     **error)
{
  if (!required)
    return TRUE;
  g_set_error_literal (error, PD_FIELD_ERROR, PD_FIELD_ERROR_EMPTY, message);
  return FALSE;
}

static gboolean
validate (PdQuestionKind   kind,
          gboolean         required,
          gboolean         past_only,
          guint            number_max,
          const PdOption  *options,
          guint            n_options,
          const char      *text,
          char           **normalized,
          GError         **error)
{
  g_autofree char *stripped = NULL;

  *normalized = NULL;
  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  switch (kind)
    {
    case PD_QUESTION_SHORT_TEXT:
      if (*stripped == '\0')
        return set_empty_error (required, _("Type an answer to go on."), error);
      /* One line: a pasted line break becomes a space. */
      g_strdelimit (stripped, "\r\n\t", ' ');
      if (g_utf8_strlen (stripped, -1) > PD_SHORT_TEXT_MAX)
        {
          g_set_error (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID,
                       _("This answer is too long. Keep it under %u characters."),
                       (guint) PD_SHORT_TEXT_MAX);
          return FALSE;
        }
      *normalized = g_steal_pointer (&stripped);
      return TRUE;

    case PD_QUESTION_LONG_TEXT:
      if (*stripped == '\0')
        return set_empty_error (required, _("Type an answer to go on."), error);
      *normalized = g_steal_pointer (&stripped);
      return TRUE;

    case PD_QUESTION_A_NUMBER:
      if (*stripped == '\0' && !required)
        return TRUE;
      return pd_a_number_normalize (stripped, normalized, error);

    case PD_QUESTION_DATE:
      {
        GDate date;
        GDate today;

        if (*stripped == '\0')
          return set_empty_error (required, _("Choose a day, a month and a year."), error);
        if (!pd_date_parse_iso (stripped, &date, error))
          return FALSE;
        pd_clock_today (&today);
        if (past_only && g_date_compare (&date, &today) > 0)
          {
            g_set_error_literal (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID,
                                 _("This date is in the future. Check the year."));
            return FALSE;
          }
        *normalized = pd_date_to_iso (&date);
        return TRUE;
      }

    case PD_QUESTION_NUMBER:
      {
        guint64 value = 0;

        if (*stripped == '\0')
          return set_empty_error (required, _("Type a number. Type 0 if none."), error);
        for (const char *p = stripped; *p != '\0'; p++)
          if (!g_ascii_isdigit (*p))
            {
              g_set_error_literal (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID,
                                   _("Type a whole number using only digits, for example 3."));
              return FALSE;
            }
        if (strlen (stripped) > 9
            || (value = g_ascii_strtoull (stripped, NULL, 10)) > (number_max ? number_max
                                                                             : G_MAXUINT))
          {
            g_set_error (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID,
                         _("This number is too large. Type a number from 0 to %u."),
                         number_max ? number_max : G_MAXUINT);
            return FALSE;
          }
        *normalized = g_strdup_printf ("%" G_GUINT64_FORMAT, value);
        return TRUE;
      }

    case PD_QUESTION_YES_NO_UNSURE:
    case PD_QUESTION_SINGLE_CHOICE:
      if (*stripped == '\0')
        return set_empty_error (required, _("Choose one of the answers to go on."), error);
      for (guint i = 0; i < n_options; i++)
        if (strcmp (options[i].value, stripped) == 0)
          {
            *normalized = g_steal_pointer (&stripped);
            return TRUE;
          }
      g_set_error_literal (error, PD_FIELD_ERROR, PD_FIELD_ERROR_INVALID,
                           _("Choose one of the answers to go on."));
      return FALSE;

    case PD_QUESTION_MULTI_CHOICE:
    case PD_QUESTION_LIST:
    case PD_QUESTION_FORM:
    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * pd_interview_validate_answer:
 * @question: a question of a kind answered with one string (not MULTI_CHOICE,
 *   LIST or FORM)
 * @text: what the person typed or chose
 * @normalized: (out): the value to store; NULL when an optional answer was left
 *   empty (store NULL: it removes the answer)
 * @error: a plain message for the person, in PD_FIELD_ERROR
 *
 * What was typed is never changed by a failure: keep showing it.
 */
gboolean
pd_interview_validate_answer (const PdQuestion  *question,
                              const char        *text,
                              char             **normalized,
                              GError           **error)
{
  g_return_val_if_fail (question != NULL, FALSE);
  g_return_val_if_fail (normalized != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return validate (question->kind, question->required, question->past_only,
                   question->number_max, question->options, question->n_options,
                   text, normalized, error);
}

/* The same for one sub-field of a LIST entry or a FORM. */
gboolean
pd_interview_validate_field (const PdSubField  *field,
                             const char        *text,
                             char             **normalized,
                             GError           **error)
{
  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (normalized != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return validate (field->kind, field->required, field->past_only, 0,
                   field->options, field->n_options, text, normalized, error);
}
