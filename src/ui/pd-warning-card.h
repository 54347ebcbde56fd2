/* pd-warning-card.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-rules.h"

G_BEGIN_DECLS

#define PD_TYPE_WARNING_CARD (pd_warning_card_get_type ())

G_DECLARE_FINAL_TYPE (PdWarningCard, pd_warning_card, PD, WARNING_CARD, GtkBox)

GtkWidget *pd_warning_card_new      (const char    *title,
                                     const char    *body,
                                     gboolean       serious);
void       pd_warning_card_add_link (PdWarningCard *self,
                                     const char    *label,
                                     const char    *uri);
void       pd_warning_card_add_text (PdWarningCard *self,
                                     const char    *text);
void       pd_warning_card_set_english (PdWarningCard *self,
                                        const char    *title,
                                        const char    *body);
GtkWidget *pd_warning_card_new_for_case (PdWarning      warning,
                                         PdCase        *pd_case);

G_END_DECLS
