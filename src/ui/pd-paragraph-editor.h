/* pd-paragraph-editor.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-letter.h"

G_BEGIN_DECLS

#define PD_TYPE_PARAGRAPH_EDITOR (pd_paragraph_editor_get_type ())

G_DECLARE_FINAL_TYPE (PdParagraphEditor, pd_paragraph_editor, PD, PARAGRAPH_EDITOR, GtkBox)

GtkWidget  *pd_paragraph_editor_new    (PdCase                  *pd_case,
                                        const char              *id,
                                        gboolean                 explain);
void        pd_paragraph_editor_update (PdParagraphEditor       *self,
                                        const PdLetterParagraph *paragraph);
const char *pd_paragraph_editor_get_id (PdParagraphEditor       *self);
void        pd_paragraph_editor_focus  (PdParagraphEditor       *self);

G_END_DECLS
