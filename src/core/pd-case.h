/* pd-case.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define PD_CASE_FORMAT  "discretion-case"
#define PD_CASE_VERSION 1

/* Sizes a real case never reaches, checked before json-glib sees the bytes. */
#define PD_CASE_MAX_BYTES (32 * 1024 * 1024)
#define PD_CASE_MAX_DEPTH 64

#define PD_CASE_ERROR (pd_case_error_quark ())

typedef enum
{
  PD_CASE_ERROR_EMPTY,
  PD_CASE_ERROR_TOO_LARGE,
  PD_CASE_ERROR_TOO_DEEP,
  PD_CASE_ERROR_PARSE,
  PD_CASE_ERROR_NOT_A_CASE,
  PD_CASE_ERROR_DAMAGED,
} PdCaseError;

/* Stable answer keys shared by the details form, the interview and the letter. */
#define PD_KEY_FULL_NAME      "full_name"
#define PD_KEY_A_NUMBER       "a_number"
#define PD_KEY_BIRTH_DATE     "birth_date"
#define PD_KEY_COUNTRY        "country"
#define PD_KEY_ADDRESS_STREET "address_street"
#define PD_KEY_ADDRESS_CITY   "address_city"
#define PD_KEY_ADDRESS_STATE  "address_state"
#define PD_KEY_ADDRESS_ZIP    "address_zip"
#define PD_KEY_PHONE          "phone"
#define PD_KEY_EMAIL          "email"
#define PD_KEY_COURT          "court"
#define PD_KEY_HEARING_DATE   "hearing_date"
#define PD_KEY_HEARING_TYPE   "hearing_type"
#define PD_KEY_DETAINED       "detained"

#define PD_TYPE_CASE (pd_case_get_type ())

G_DECLARE_FINAL_TYPE (PdCase, pd_case, PD, CASE, GObject)

GQuark       pd_case_error_quark       (void);

PdCase      *pd_case_new               (void);
PdCase      *pd_case_new_from_data     (const char  *data,
                                        gsize        length,
                                        GError     **error);
GBytes      *pd_case_to_bytes          (PdCase      *self);

const char  *pd_case_get_id            (PdCase      *self);
const char  *pd_case_get_name          (PdCase      *self);
void         pd_case_set_name          (PdCase      *self,
                                        const char  *name);
char        *pd_case_dup_display_name  (PdCase      *self);
GDateTime   *pd_case_dup_created       (PdCase      *self);
GDateTime   *pd_case_dup_modified      (PdCase      *self);
gboolean     pd_case_get_read_only     (PdCase      *self);
gint64       pd_case_get_version       (PdCase      *self);
guint64      pd_case_get_generation    (PdCase      *self);
guint64      pd_case_get_serial        (PdCase      *self);

const char  *pd_case_get_text          (PdCase      *self,
                                        const char  *key);
void         pd_case_set_text          (PdCase      *self,
                                        const char  *key,
                                        const char  *value);
JsonNode    *pd_case_get_answer        (PdCase      *self,
                                        const char  *key);
void         pd_case_set_answer        (PdCase      *self,
                                        const char  *key,
                                        JsonNode    *value);
char       **pd_case_dup_choices       (PdCase      *self,
                                        const char  *key);
void         pd_case_set_choices       (PdCase      *self,
                                        const char  *key,
                                        const char * const *values);
JsonObject  *pd_case_get_section       (PdCase      *self,
                                        const char  *name);
void         pd_case_section_changed   (PdCase      *self,
                                        const char  *detail);
gboolean     pd_case_get_hearing_date  (PdCase      *self,
                                        GDate       *out_date);

gboolean     pd_json_check_depth       (const char  *data,
                                        gsize        length,
                                        guint        max_depth);

G_END_DECLS
