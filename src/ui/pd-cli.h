/* pd-cli.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pd-store.h"

G_BEGIN_DECLS

/* Exit codes of the command line. */
enum {
  PD_EXIT_OK = 0,
  PD_EXIT_SOME_FAILED = 1,
  PD_EXIT_USAGE = 2,
};

int pd_cli_list_cases    (PdStore    *store);
int pd_cli_export_letter (PdStore    *store,
                          const char *case_ref,
                          const char *output);
int pd_cli_export_packet (PdStore    *store,
                          const char *case_ref,
                          const char *output);

G_END_DECLS
