/* pd-language.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;   /* gettext code, e.g. "pt_BR" */
  const char *name;   /* in its own language, never translated */
  gboolean    rtl;
} PdLanguage;

const PdLanguage *pd_language_get_all       (guint       *n_languages);
const PdLanguage *pd_language_lookup        (const char  *code);
gboolean          pd_language_is_available  (const char  *code,
                                             const char  *localedir);
void              pd_language_apply         (const char  *code);
const char       *pd_language_get_effective (void);

G_END_DECLS
