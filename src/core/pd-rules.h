/* pd-rules.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pd-case.h"
#include "pd-interview.h"

G_BEGIN_DECLS

/**
 * PdWarning:
 * @PD_WARNING_W1_NOT_IN_PROCEEDINGS: never got a Notice to Appear: stop, see a
 *   lawyer, do not contact ICE (pd_rules_should_stop())
 * @PD_WARNING_W2_RECORD: an arrest, an order, false papers, voting… or not sure:
 *   see a lawyer before sending anything (pd_rules_get_negative_factors() says which)
 * @PD_WARNING_W3_NOTARIO: notario fraud; always shown
 * @PD_WARNING_W4_FIND_HELP: where to find real help; always shown
 * @PD_WARNING_W5_DISMISSAL_RISK: the 2025 dismissal risk; shown before the outcome
 *   and before sending, whenever the person is not stopped. Some people are at
 *   higher risk: pd_rules_get_dismissal_risk_reasons()
 * @PD_WARNING_UNKNOWN_STATUS: does not know where the case is: check first
 * @PD_WARNING_ADMISSIONS: what is signed can be used against them; shown before
 *   the personal facts, the statement and sending
 * @PD_WARNING_OTHER_PEOPLE: only U.S.-citizen and permanent-resident relatives’
 *   status; black out other people’s details
 *
 * What applies to the person now; each flag has a title and a body.
 */
typedef enum
{
  PD_WARNING_NONE                  = 0,
  PD_WARNING_W1_NOT_IN_PROCEEDINGS = 1 << 0,
  PD_WARNING_W2_RECORD             = 1 << 1,
  PD_WARNING_W3_NOTARIO            = 1 << 2,
  PD_WARNING_W4_FIND_HELP          = 1 << 3,
  PD_WARNING_W5_DISMISSAL_RISK     = 1 << 4,
  PD_WARNING_UNKNOWN_STATUS        = 1 << 5,
  PD_WARNING_ADMISSIONS            = 1 << 6,
  PD_WARNING_OTHER_PEOPLE          = 1 << 7,
} PdWarning;

/* Why dismissal is riskier than usual for this person (BRIEF section 2). */
typedef enum
{
  PD_RISK_NONE            = 0,
  PD_RISK_PAROLE          = 1 << 0,  /* entered on parole */
  PD_RISK_UNDER_TWO_YEARS = 1 << 1,  /* cannot prove, or has not had, 2 years here */
} PdRiskReason;

/* Facts in the person's favour, from visible answers only. */
typedef enum
{
  PD_FACTOR_NONE             = 0,
  PD_FACTOR_RESIDENCE_10     = 1 << 0,   /* last came in 10 or more years ago */
  PD_FACTOR_RESIDENCE_5      = 1 << 1,   /* 5 to 9 years ago (never with RESIDENCE_10) */
  PD_FACTOR_SPOUSE           = 1 << 2,   /* U.S.-citizen or permanent-resident spouse/partner */
  PD_FACTOR_CHILDREN         = 1 << 3,   /* U.S.-citizen or permanent-resident children */
  PD_FACTOR_PARENTS          = 1 << 4,   /* U.S.-citizen or permanent-resident parent */
  PD_FACTOR_WORK             = 1 << 5,
  PD_FACTOR_TAXES            = 1 << 6,
  PD_FACTOR_EDUCATION        = 1 << 7,
  PD_FACTOR_CAME_AS_CHILD    = 1 << 8,
  PD_FACTOR_MILITARY         = 1 << 9,   /* self or close family */
  PD_FACTOR_CAREGIVER        = 1 << 10,
  PD_FACTOR_PREGNANT         = 1 << 11,  /* pregnant or nursing */
  PD_FACTOR_ILLNESS          = 1 << 12,  /* serious illness or disability, self or family */
  PD_FACTOR_CRIME_VICTIM     = 1 << 13,  /* victim or witness of a crime */
  PD_FACTOR_COMPLAINT        = 1 << 14,  /* workplace or housing complaint */
  PD_FACTOR_APPLICATION      = 1 << 15,  /* pending or approved application */
  PD_FACTOR_COMMUNITY        = 1 << 16,
} PdFactor;

/* The W2 items, each its own trigger; from visible answers only. */
typedef enum
{
  PD_NEGATIVE_NONE              = 0,
  PD_NEGATIVE_CRIMINAL_RECORD   = 1 << 0,   /* arrest, charge or conviction anywhere */
  PD_NEGATIVE_CONVICTION        = 1 << 1,
  PD_NEGATIVE_PRIOR_ORDER       = 1 << 2,   /* earlier removal or deportation order */
  PD_NEGATIVE_SENT_BACK         = 1 << 3,   /* sent back at the border */
  PD_NEGATIVE_REENTRY           = 1 << 4,   /* came back after removal */
  PD_NEGATIVE_MISSED_HEARING    = 1 << 5,
  PD_NEGATIVE_IN_ABSENTIA       = 1 << 6,
  PD_NEGATIVE_FALSE_DOCUMENTS   = 1 << 7,   /* false papers or statements */
  PD_NEGATIVE_FALSE_WORK_PAPERS = 1 << 8,
  PD_NEGATIVE_FALSE_CITIZENSHIP = 1 << 9,   /* false claim to U.S. citizenship */
  PD_NEGATIVE_VOTED             = 1 << 10,  /* voted in a U.S. election */
  PD_NEGATIVE_NOT_SURE          = 1 << 11,  /* answered "not sure" to one of these */
} PdNegative;

/**
 * PdResource:
 * @id: stable id
 * @title: untranslated; show pd_resource_get_title()
 * @description: untranslated; show pd_resource_get_description()
 * @url: a web address (opens in the browser), or NULL
 * @phone: a phone number, or NULL
 * @confirmed: FALSE when the address was not read on the official page: show it
 *   with "Check this address" (pd_resource_dup_description() says so)
 * @warnings: the warnings it belongs with
 *
 * A place to get help, from REFERENCE.md.
 */
typedef struct
{
  const char *id;
  const char *title;
  const char *description;
  const char *url;
  const char *phone;
  gboolean    confirmed;
  PdWarning   warnings;
} PdResource;

#define PD_EOIR_HOTLINE "1-800-898-7180"

gboolean          pd_rules_should_stop                (PdCase           *pd_case);

PdWarning         pd_rules_get_warnings               (PdCase           *pd_case);
const char       *pd_rules_warning_get_title          (PdWarning         warning);
char             *pd_rules_warning_dup_body           (PdWarning         warning);
char             *pd_rules_warning_dup_body_in        (PdWarning         warning,
                                                       gboolean          english);
const char       *pd_rules_warning_get_title_english  (PdWarning         warning);

PdRiskReason      pd_rules_get_dismissal_risk_reasons (PdCase           *pd_case);
const char       *pd_rules_risk_reason_get_label      (PdRiskReason      reason);

PdFactor          pd_rules_get_positive_factors       (PdCase           *pd_case);
const char       *pd_rules_factor_get_label           (PdFactor          factor);
PdNegative        pd_rules_get_negative_factors       (PdCase           *pd_case);
const char       *pd_rules_negative_get_label         (PdNegative        negative);

GPtrArray        *pd_rules_dup_options                (PdCase           *pd_case);
const PdOption   *pd_rules_get_chosen_outcome         (PdCase           *pd_case);
const char       *pd_rules_get_stage_note             (PdCase           *pd_case);

const PdResource *pd_rules_get_resources              (guint            *n_resources);
const char       *pd_resource_get_title               (const PdResource *resource);
char             *pd_resource_dup_description         (const PdResource *resource);
char            **pd_rules_dup_reminders              (void);

G_END_DECLS
