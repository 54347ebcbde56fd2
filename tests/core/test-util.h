/* test-util.h — building cases from JSON answers, for the core tests
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pd-case.h"

G_BEGIN_DECLS

PdCase *test_case_from_answers (const char *answers);
void    test_set_json          (PdCase     *pd_case,
                                const char *key,
                                const char *json);
PdCase *test_case_from_profile (const char *base,
                                const char *answers);

G_END_DECLS
