/* pd-answer-form.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-interview.h"

G_BEGIN_DECLS

#define PD_TYPE_ANSWER_FORM (pd_answer_form_get_type ())

G_DECLARE_FINAL_TYPE (PdAnswerForm, pd_answer_form, PD, ANSWER_FORM, GtkBox)

GtkWidget        *pd_answer_form_new          (const PdQuestion *question,
                                                 PdCase           *pd_case);
gboolean          pd_answer_form_commit       (PdAnswerForm   *self);
void              pd_answer_form_focus        (PdAnswerForm   *self);

G_END_DECLS
