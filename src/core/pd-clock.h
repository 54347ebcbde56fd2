/* pd-clock.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GDateTime *pd_clock_now        (void);
void       pd_clock_today      (GDate       *out_today);
int        pd_clock_days_until (const GDate *date);

G_END_DECLS
