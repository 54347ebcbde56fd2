/* pd-checklist.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pd-case.h"
#include "pd-rules.h"

G_BEGIN_DECLS

/* What an item helps to prove; the checklist shows one group after another. */
typedef enum
{
  PD_EVIDENCE_GROUP_REQUEST,
  PD_EVIDENCE_GROUP_IDENTITY,
  PD_EVIDENCE_GROUP_FAMILY,
  PD_EVIDENCE_GROUP_TIME,
  PD_EVIDENCE_GROUP_WORK,
  PD_EVIDENCE_GROUP_COMMUNITY,
  PD_EVIDENCE_GROUP_HEALTH,
  PD_EVIDENCE_GROUP_VICTIM,
  PD_EVIDENCE_GROUP_APPLICATIONS,
  PD_EVIDENCE_GROUP_BACKGROUND,
  PD_EVIDENCE_GROUP_TRANSLATIONS,
  PD_N_EVIDENCE_GROUPS,
} PdEvidenceGroup;

/**
 * PdEvidenceNeed:
 * @PD_EVIDENCE_REQUIRED: the request is weak or incomplete without it
 * @PD_EVIDENCE_HELPFUL: makes the request stronger
 * @PD_EVIDENCE_REFERENCE: for the person's own use; never sent
 */
typedef enum
{
  PD_EVIDENCE_REQUIRED,
  PD_EVIDENCE_HELPFUL,
  PD_EVIDENCE_REFERENCE,
} PdEvidenceNeed;

/**
 * PdEvidenceItem:
 * @id: stable: attachments and the exhibit order refer to it
 * @group: what it proves
 * @need: required, helpful or for reference
 * @exhibit: its files become a lettered exhibit in the packet
 * @always: applies to everyone
 * @factors: applies when any of these positive factors does
 * @negatives: applies when any of these negative factors does
 * @title: untranslated (N_); show with pd_evidence_item_get_title()
 * @why: untranslated: why it is needed
 * @examples: untranslated: documents that work
 *
 * One line of the checklist (BRIEF section 5). The translation item has no
 * trigger here: it applies when the person lists documents not in English
 * or marks an attached document as being in another language.
 */
typedef struct
{
  const char     *id;
  PdEvidenceGroup group;
  PdEvidenceNeed  need;
  gboolean        exhibit;
  gboolean        always;
  PdFactor        factors;
  PdNegative      negatives;
  const char     *title;
  const char     *why;
  const char     *examples;
} PdEvidenceItem;

typedef enum
{
  PD_EVIDENCE_STATUS_NEEDED,
  PD_EVIDENCE_STATUS_HAVE,
  PD_EVIDENCE_STATUS_NOT_APPLICABLE,
} PdEvidenceStatus;

#define PD_EVIDENCE_TRANSLATIONS "translations"
#define PD_CHECKLIST_SECTION     "checklist"

/* The packet takes files up to this size without a warning (email limits). */
#define PD_FILE_LARGE_BYTES (10 * 1024 * 1024)

/**
 * PdFileProblem:
 * @PD_FILE_PROBLEM_MISSING: not in the case folder any more
 * @PD_FILE_PROBLEM_CHANGED: in the folder, but its size is not the size it was added with
 * @PD_FILE_PROBLEM_LARGE: over PD_FILE_LARGE_BYTES
 * @PD_FILE_PROBLEM_NOT_FOR_PACKET: kept, but the packet takes only PDF, JPEG and PNG
 * @PD_FILE_PROBLEM_DUPLICATE: the same bytes (SHA-256) are attached elsewhere too
 *
 * What to tell the person about one attached file.
 */
typedef enum
{
  PD_FILE_PROBLEM_NONE           = 0,
  PD_FILE_PROBLEM_MISSING        = 1 << 0,
  PD_FILE_PROBLEM_CHANGED        = 1 << 1,
  PD_FILE_PROBLEM_LARGE          = 1 << 2,
  PD_FILE_PROBLEM_NOT_FOR_PACKET = 1 << 3,
  PD_FILE_PROBLEM_DUPLICATE      = 1 << 4,
} PdFileProblem;

/**
 * PdDocumentFile:
 * @stored: path inside the case folder, e.g. "files/3f….jpg"
 * @name: the original file's name, as the person knows it (valid UTF-8)
 * @size: bytes stored
 * @sha256: of the original, as chosen (hex)
 * @content_type: of the stored file, e.g. "image/jpeg"
 * @converted_from: "HEIC" when an iPhone photo was turned into JPEG, or NULL
 *
 * One file of a document: a page, or the whole of a PDF.
 */
typedef struct
{
  char   *stored;
  char   *name;
  guint64 size;
  char   *sha256;
  char   *content_type;
  char   *converted_from;
} PdDocumentFile;

/**
 * PdDocument:
 * @id: stable
 * @item_id: the checklist item it is attached to
 * @description: what the person calls it; empty means use the first file's name
 * @language: English name of the language it is written in ("Spanish"), or
 *   NULL for English
 * @added: ISO 8601
 * @files: (element-type PdDocumentFile): its pages in order
 *
 * One piece of evidence: a PDF, or the photos of one paper's pages.
 */
typedef struct
{
  char      *id;
  char      *item_id;
  char      *description;
  char      *language;
  char      *added;
  GPtrArray *files;
} PdDocument;

const PdEvidenceItem *pd_checklist_get_catalogue       (guint                *n_items);
const PdEvidenceItem *pd_checklist_lookup              (const char           *item_id);
const char           *pd_evidence_item_get_title       (const PdEvidenceItem *item);
const char           *pd_evidence_item_get_why         (const PdEvidenceItem *item);
const char           *pd_evidence_item_get_examples    (const PdEvidenceItem *item);
const char           *pd_evidence_group_get_title      (PdEvidenceGroup       group);
const char           *pd_evidence_need_get_label       (PdEvidenceNeed        need);
const char           *pd_evidence_status_get_label     (PdEvidenceStatus      status);

gboolean              pd_checklist_applies             (PdCase               *pd_case,
                                                        const PdEvidenceItem *item);
GPtrArray            *pd_checklist_dup_items           (PdCase               *pd_case);
GPtrArray            *pd_checklist_dup_kept_items      (PdCase               *pd_case);
void                  pd_checklist_get_progress        (PdCase               *pd_case,
                                                        guint                *n_ready,
                                                        guint                *n_total);

PdEvidenceStatus      pd_checklist_get_status          (PdCase               *pd_case,
                                                        const char           *item_id);
void                  pd_checklist_set_status          (PdCase               *pd_case,
                                                        const char           *item_id,
                                                        PdEvidenceStatus      status);
const char           *pd_checklist_get_note            (PdCase               *pd_case,
                                                        const char           *item_id);
void                  pd_checklist_set_note            (PdCase               *pd_case,
                                                        const char           *item_id,
                                                        const char           *note);

GPtrArray            *pd_checklist_dup_documents       (PdCase               *pd_case,
                                                        const char           *item_id);
PdDocument           *pd_checklist_dup_document        (PdCase               *pd_case,
                                                        const char           *document_id);
char                 *pd_checklist_add_document        (PdCase               *pd_case,
                                                        const char           *item_id,
                                                        const PdDocumentFile *file);
gboolean              pd_checklist_add_page            (PdCase               *pd_case,
                                                        const char           *document_id,
                                                        const PdDocumentFile *file);
gboolean              pd_checklist_move_page           (PdCase               *pd_case,
                                                        const char           *document_id,
                                                        guint                 from,
                                                        guint                 to);
gboolean              pd_checklist_set_description     (PdCase               *pd_case,
                                                        const char           *document_id,
                                                        const char           *description);
gboolean              pd_checklist_set_language        (PdCase               *pd_case,
                                                        const char           *document_id,
                                                        const char           *language);
JsonNode             *pd_checklist_remove_document     (PdCase               *pd_case,
                                                        const char           *document_id,
                                                        guint                *out_position);
void                  pd_checklist_restore_document    (PdCase               *pd_case,
                                                        JsonNode             *removed,
                                                        guint                 position);
char                **pd_checklist_dup_stored_paths    (JsonNode             *removed);
gboolean              pd_checklist_has_foreign_documents (PdCase             *pd_case);

const char           *pd_checklist_find_sha256         (PdCase               *pd_case,
                                                        const char           *sha256,
                                                        const char           *except_document_id);
PdFileProblem         pd_checklist_check_file          (PdCase               *pd_case,
                                                        const char           *case_dir,
                                                        const PdDocument     *document,
                                                        const PdDocumentFile *file);
gboolean              pd_content_type_fits_packet      (const char           *content_type);

GPtrArray            *pd_checklist_dup_exhibits        (PdCase               *pd_case);
gboolean              pd_checklist_move_exhibit        (PdCase               *pd_case,
                                                        const char           *item_id,
                                                        int                   delta);
char                 *pd_exhibit_dup_tab               (guint                 index);
char                 *pd_checklist_dup_tab             (PdCase               *pd_case,
                                                        const char           *item_id);

const char * const   *pd_document_languages            (void);
const char           *pd_document_language_get_label   (const char           *language);

PdDocumentFile       *pd_document_file_copy            (const PdDocumentFile *file);
void                  pd_document_file_free            (PdDocumentFile       *file);
void                  pd_document_free                 (PdDocument           *document);
const char           *pd_document_get_label            (const PdDocument     *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdDocumentFile, pd_document_file_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdDocument, pd_document_free)

G_END_DECLS
