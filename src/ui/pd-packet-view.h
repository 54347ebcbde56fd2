/* pd-packet-view.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pd-case.h"

G_BEGIN_DECLS

#define PD_TYPE_PACKET_VIEW (pd_packet_view_get_type ())

G_DECLARE_FINAL_TYPE (PdPacketView, pd_packet_view, PD, PACKET_VIEW, AdwBin)

void     pd_packet_view_set_case     (PdPacketView *self,
                                      PdCase       *pd_case,
                                      const char   *case_dir);
void     pd_packet_view_build_to     (PdPacketView *self,
                                      const char   *path);
gboolean pd_packet_view_is_building  (PdPacketView *self);

G_END_DECLS
