/* pd-policy.h — when the legal content was last reviewed
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Set by a person when the policy and legal text is reviewed against
 * ../shared/domain (never the build date). Shown to the person as
 * "Policy information reviewed: <date>". */
#define PD_POLICY_REVIEWED "2026-11-23"
