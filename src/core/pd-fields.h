/* pd-fields.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PD_FIELD_ERROR (pd_field_error_quark ())

typedef enum
{
  PD_FIELD_ERROR_EMPTY,
  PD_FIELD_ERROR_INVALID,
} PdFieldError;

GQuark    pd_field_error_quark      (void);

gboolean  pd_a_number_normalize     (const char  *input,
                                     char       **out_digits,
                                     GError     **error);
char     *pd_a_number_format        (const char  *digits);

gboolean  pd_date_from_dmy          (int          day,
                                     int          month,
                                     int          year,
                                     GDate       *out_date,
                                     GError     **error);
gboolean  pd_date_parse_iso         (const char  *iso,
                                     GDate       *out_date,
                                     GError     **error);
char     *pd_date_to_iso            (const GDate *date);
const char *pd_month_name           (guint        month);
const char *pd_month_name_english   (guint        month);
char     *pd_date_format_long       (const GDate *date);
char     *pd_date_format_english    (const GDate *date);
char     *pd_date_describe_distance (const GDate *date);
char     *pd_date_describe_hearing  (const GDate *date);

G_END_DECLS
