/* pd-template.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Marks an exhibit reference inside stored letter text: ⟦tab:identity⟧. */
#define PD_TAB_OPEN  "\xe2\x9f\xa6"   /* ⟦ */
#define PD_TAB_CLOSE "\xe2\x9f\xa7"   /* ⟧ */

#define PD_TEMPLATE_ERROR (pd_template_error_quark ())

typedef enum
{
  PD_TEMPLATE_ERROR_SYNTAX,
} PdTemplateError;

/* Whether checklist item @id is an exhibit now. */
typedef gboolean (*PdTemplateSee) (const char *id,
                                   gpointer    user_data);

typedef struct _PdTemplate PdTemplate;

GQuark      pd_template_error_quark   (void);
PdTemplate *pd_template_new_from_data (const char    *data,
                                       gsize          length,
                                       GError       **error);
void        pd_template_free          (PdTemplate    *self);
GPtrArray  *pd_template_get_sections  (PdTemplate    *self);
gboolean    pd_template_has_section   (PdTemplate    *self,
                                       const char    *section);
char       *pd_template_fill          (PdTemplate    *self,
                                       const char    *section,
                                       GHashTable    *facts,
                                       PdTemplateSee  see,
                                       gpointer       see_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdTemplate, pd_template_free)

G_END_DECLS
