/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libpq-fe.h>

#include "caseload-core.h"

G_BEGIN_DECLS

/* A store in a fresh temporary directory, with a fixed clock at 2026-11-22 10:00 UTC,
 * two organisations (a GP practice in Grays PCN and Mind) and one staff member in each:
 * the GP (a primary care clinician at the practice, which is in direct care of everyone
 * the GP adds) and a Mind peer support worker (who sees a person only with consent). */
typedef struct {
  char                 *dir;
  char                 *path;      /* the SQLite file; NULL on PostgreSQL */
  char                 *database;  /* PostgreSQL: the test's own database, else NULL */
  char                 *uri;       /* PostgreSQL: its URI (superuser credentials), else NULL */
  CaseloadClock        *clock;
  CaseloadStore        *store;
  CaseloadOrganisation *practice;
  CaseloadOrganisation *mind;
  CaseloadStaff        *gp;      /* at the practice */
  CaseloadStaff        *worker;  /* at Mind */
} TestStore;

/*
 * The backend under test is chosen by CASELOAD_TEST_BACKEND: unset or "sqlite" is the
 * embedded store in a temporary file; "postgresql" gives every test case a fresh
 * database (caseload_t_<pid>_<n>) on the server CASELOAD_TEST_POSTGRESQL names, opened
 * with caseload_store_postgresql_open_admin(), and drops it afterwards.
 *
 * Call test_init_backend() right after g_test_init(): with CASELOAD_TEST_BACKEND=
 * postgresql but no server, the whole program is skipped ("1..0 # SKIP" in TAP; exit 0
 * so that meson's TAP parser counts it as skipped).
 */
void            test_init_backend    (void);
gboolean        test_backend_is_postgresql (void);
/* Skips the whole program (as above) when CASELOAD_TEST_POSTGRESQL is not set, for
 * tests that only exist on PostgreSQL; returns the server's URI. */
const char     *test_require_postgresql (void);
/* The URI of @database on the same server as @server_uri (same credentials). */
char           *test_pg_uri_for_database (const char *server_uri, const char *database);
/* Plain libpq connection to @uri, or to @uri with @user/@password instead of its own
 * credentials when @user is not NULL; fails the test if it cannot connect. */
PGconn         *test_pg_connect      (const char *uri, const char *user, const char *password);
/* Runs @sql (no parameters); fails the test unless it succeeds. */
void            test_pg_exec         (PGconn *conn, const char *sql);
/* A new empty database on the CASELOAD_TEST_POSTGRESQL server; returns its name. */
char           *test_pg_create_database (void);
/* DROP DATABASE … WITH (FORCE). */
void            test_pg_drop_database (const char *database);
/* The password benchmarks give the demo staff on a site they made. */
#define TEST_DEMO_PASSWORD "caseload-demo"
/* A desk: the application's PostgreSQL store on @uri, signed in as @username with the
 * demo password (the staff member in @staff); fails the program if it cannot. */
CaseloadStore  *test_pg_desk_open    (const char *uri, CaseloadClock *clock, const char *username,
                                      CaseloadStaff **staff);

/* The staff member in @staff with @username; fails the program if there is none. */
CaseloadStaff  *test_staff_named     (GPtrArray *staff, const char *username);

void            test_store_setup     (TestStore *fixture, gconstpointer data);
/* Runs @sql straight on the fixture's database, outside the store (SQLite: the file;
 * PostgreSQL: a superuser connection with search_path caseload, public). Returns FALSE
 * if it failed; test_raw_exec() fails the test instead. */
gboolean        test_raw_try         (TestStore *fixture, const char *sql);
void            test_raw_exec        (TestStore *fixture, const char *sql);
void            test_store_teardown  (TestStore *fixture, gconstpointer data);
/* Removes every file in @dir, then @dir. */
void            test_remove_dir      (const char *dir);
/* A valid person; @nhs_number may be NULL. */
CaseloadPerson *test_person_new      (const char *given, const char *family, const char *nhs_number);
CaseloadPerson *test_add_person      (TestStore *fixture, const char *given, const char *family,
                                      const char *nhs_number);
/* A staff member ("Mental health practitioner") of @organisation, saved by the local tool. */
CaseloadStaff  *test_new_staff       (TestStore *fixture, const char *name, const char *username,
                                      CaseloadAccessRole role, CaseloadOrganisation *organisation);
/* The PCN team of the referral tests: EPUT with a nurse (Ngozi Eze), and at the practice
 * a mental health practitioner (Tom Harris) and the team manager (Morven Adeyinka). */
void            test_add_team        (TestStore *fixture, CaseloadOrganisation **eput, CaseloadStaff **nurse,
                                      CaseloadStaff **arrs, CaseloadStaff **manager);
/* A person registered at the fixture's practice (in its PCN), added by the GP. */
CaseloadPerson *test_add_practice_person (TestStore *fixture, const char *given, const char *family);
/* The person's decision about sharing with @organisation, recorded by the GP. */
void            test_share           (TestStore *fixture, CaseloadPerson *person,
                                      CaseloadOrganisation *organisation, gboolean may_view, gboolean may_add);
CaseloadTimelineEntry *test_add_entry (TestStore *fixture, CaseloadStaff *author, CaseloadPerson *person,
                                       const char *occurred_at, const char *text,
                                       CaseloadSensitivity sensitivity);
/* The items-changed signals a list model emitted: how many, and the last one's figures. */
typedef struct {
  guint n_signals;
  guint last_position;
  guint last_removed;
  guint last_added;
} TestChanges;
/* An "items-changed" handler counting into the TestChanges at @changes. */
void            test_on_items_changed_cb (GListModel *model, guint position, guint removed, guint added,
                                          TestChanges *changes);
/* A "notify" handler that sets the gboolean at @flag. */
void            test_on_notify_set_flag_cb (GObject *object, GParamSpec *pspec, gboolean *flag);
/* Runs the default main context until *@flag is TRUE or @timeout_ms passes (then fails). */
void            test_wait_for        (gboolean *flag, guint timeout_ms);

/* Adds to @measures a measure of @instrument completed on @completed_on with @answers
 * (as stored: "2,1,,3"), not scored. */
void            test_add_measure     (GPtrArray *measures, CaseloadInstrument instrument, const char *completed_on,
                                      const char *answers);

/* A referral of @person received at @received_at, made by the GP ("Low mood…", the person
 * agreed). */
CaseloadReferral  *test_refer        (TestStore *fixture, CaseloadPerson *person, const char *received_at,
                                      CaseloadUrgency urgency, CaseloadReferralSource source);

/* A dashboard made by hand, for the dashboard's CSV and window tests (see test-util.c
 * for the figures). */
CaseloadDashboard *test_make_dashboard (const char *from, const char *to, const char *pcn);
/* Fills the dashboard's Pathways figures by hand: two cohorts (one finished), Open
 * Dialogue, two IPS specialists (one over caseload) and the service, a fidelity review,
 * housing and accommodation counts (see test-util.c). */
void               test_add_pathway_figures (CaseloadDashboard *dashboard);

G_END_DECLS
