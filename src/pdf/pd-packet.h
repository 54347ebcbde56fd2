/* pd-packet.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pd-case.h"

G_BEGIN_DECLS

#define PD_PACKET_ERROR (pd_packet_error_quark ())

typedef enum
{
  PD_PACKET_ERROR_FILE,
} PdPacketError;

typedef void (*PdPacketProgress) (guint    done,
                                  guint    total,
                                  gpointer user_data);

GQuark   pd_packet_error_quark (void);
gboolean pd_packet_write       (PdCase           *pd_case,
                                const char       *case_dir,
                                const char       *path,
                                PdPacketProgress  progress,
                                gpointer          progress_data,
                                GCancellable     *cancellable,
                                GError          **error);

G_END_DECLS
