/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-core.h"

G_BEGIN_DECLS

/* A store in a fresh temporary directory, with a fixed clock at 2026-11-22 10:00 UTC,
 * two organisations (a GP practice in Grays PCN and Mind) and one staff member in each:
 * the GP (a primary care clinician at the practice, which is in direct care of everyone
 * the GP adds) and a Mind peer support worker (who sees a person only with consent). */
typedef struct {
  char                 *dir;
  char                 *path;
  CaseloadClock        *clock;
  CaseloadStore        *store;
  CaseloadOrganisation *practice;
  CaseloadOrganisation *mind;
  CaseloadStaff        *gp;      /* at the practice */
  CaseloadStaff        *worker;  /* at Mind */
} TestStore;

void            test_store_setup     (TestStore *fixture, gconstpointer data);
void            test_store_teardown  (TestStore *fixture, gconstpointer data);
/* Removes every file in @dir, then @dir. */
void            test_remove_dir      (const char *dir);
/* A valid person; @nhs_number may be NULL. */
CaseloadPerson *test_person_new      (const char *given, const char *family, const char *nhs_number);
CaseloadPerson *test_add_person      (TestStore *fixture, const char *given, const char *family,
                                      const char *nhs_number);
/* The person's decision about sharing with @organisation, recorded by the GP. */
void            test_share           (TestStore *fixture, CaseloadPerson *person,
                                      CaseloadOrganisation *organisation, gboolean may_view, gboolean may_add);
CaseloadTimelineEntry *test_add_entry (TestStore *fixture, CaseloadStaff *author, CaseloadPerson *person,
                                       const char *occurred_at, const char *text,
                                       CaseloadSensitivity sensitivity);
/* Runs the default main context until *@flag is TRUE or @timeout_ms passes (then fails). */
void            test_wait_for        (gboolean *flag, guint timeout_ms);

G_END_DECLS
