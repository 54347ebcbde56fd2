/* pd-date-row.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PD_TYPE_DATE_ROW (pd_date_row_get_type ())

G_DECLARE_FINAL_TYPE (PdDateRow, pd_date_row, PD, DATE_ROW, AdwPreferencesRow)

const char *pd_date_row_get_value     (PdDateRow  *self);
void        pd_date_row_set_value     (PdDateRow  *self,
                                       const char *iso);
void        pd_date_row_set_parts     (PdDateRow  *self,
                                       guint       month,
                                       const char *day,
                                       const char *year);
const char *pd_date_row_get_message   (PdDateRow  *self);
gboolean    pd_date_row_get_invalid   (PdDateRow  *self);

G_END_DECLS
