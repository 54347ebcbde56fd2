/* pd-interview-view.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-case.h"

G_BEGIN_DECLS

#define PD_TYPE_INTERVIEW_VIEW (pd_interview_view_get_type ())

G_DECLARE_FINAL_TYPE (PdInterviewView, pd_interview_view, PD, INTERVIEW_VIEW, AdwBin)

void        pd_interview_view_set_case    (PdInterviewView *self,
                                           PdCase          *pd_case);
void        pd_interview_view_focus_first (PdInterviewView *self);
void        pd_interview_view_refresh     (PdInterviewView *self);
const char *pd_interview_view_get_screen  (PdInterviewView *self);

G_END_DECLS
