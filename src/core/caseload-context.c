/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-context.h"
#include "caseload-error.h"

struct _CaseloadContext
{
  GObject        parent_instance;

  /* owned; both set once at construction */
  CaseloadStore *store;
  CaseloadClock *clock;

  /* owned; the staff member acting at this desk, NULL before sign-in */
  CaseloadStaff *actor;
};

G_DEFINE_FINAL_TYPE (CaseloadContext, caseload_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CLOCK,
  PROP_ACTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CONNECTION_LOST,
  CONNECTION_RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
caseload_context_constructed (GObject *object)
{
  CaseloadContext *self = CASELOAD_CONTEXT (object);

  G_OBJECT_CLASS (caseload_context_parent_class)->constructed (object);

  if (self->clock == NULL)
    self->clock = caseload_clock_new_system ();
}

static void
caseload_context_dispose (GObject *object)
{
  CaseloadContext *self = CASELOAD_CONTEXT (object);

  g_clear_object (&self->actor);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (caseload_context_parent_class)->dispose (object);
}

static void
caseload_context_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CaseloadContext *self = CASELOAD_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_ACTOR:
      g_value_set_object (value, self->actor);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_context_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CaseloadContext *self = CASELOAD_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      caseload_context_set_store (self, g_value_get_object (value));
      break;

    case PROP_CLOCK:
      g_assert (self->clock == NULL);
      self->clock = g_value_dup_object (value);
      break;

    case PROP_ACTOR:
      caseload_context_set_actor (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_context_class_init (CaseloadContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = caseload_context_constructed;
  object_class->dispose = caseload_context_dispose;
  object_class->get_property = caseload_context_get_property;
  object_class->set_property = caseload_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CASELOAD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         CASELOAD_TYPE_CLOCK,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTOR] =
    g_param_spec_object ("actor", NULL, NULL,
                         CASELOAD_TYPE_STAFF,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A store call failed with CASELOAD_ERROR_CONNECTION: the shared site is out of
   * reach. The window says so and tries again until a call works. */
  signals[CONNECTION_LOST] =
    g_signal_new ("connection-lost",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /* A store call worked again after "connection-lost": whatever failed to read while
   * the site was out of reach may be read again. */
  signals[CONNECTION_RESTORED] =
    g_signal_new ("connection-restored",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
caseload_context_init (CaseloadContext *self)
{
}

/**
 * caseload_context_new:
 * @store: the record store
 * @clock: (nullable): the clock, or %NULL for the system clock
 *
 * Returns: (transfer full): a new context with no actor
 */
CaseloadContext *
caseload_context_new (CaseloadStore *store,
                      CaseloadClock *clock)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);
  g_return_val_if_fail (clock == NULL || CASELOAD_IS_CLOCK (clock), NULL);

  return g_object_new (CASELOAD_TYPE_CONTEXT,
                       "store", store,
                       "clock", clock,
                       NULL);
}

/**
 * caseload_context_get_store:
 * @self: a context
 *
 * Returns: (transfer none): the store
 */
CaseloadStore *
caseload_context_get_store (CaseloadContext *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (self), NULL);

  return self->store;
}

/**
 * caseload_context_get_clock:
 * @self: a context
 *
 * Returns: (transfer none): the clock
 */
CaseloadClock *
caseload_context_get_clock (CaseloadContext *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (self), NULL);

  return self->clock;
}

/**
 * caseload_context_get_actor:
 * @self: a context
 *
 * Returns: (transfer none) (nullable): the staff member acting at this desk
 */
CaseloadStaff *
caseload_context_get_actor (CaseloadContext *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (self), NULL);

  return self->actor;
}

/**
 * caseload_context_set_actor:
 * @self: a context
 * @actor: (nullable): the staff member now acting, or %NULL
 */
void
caseload_context_set_actor (CaseloadContext *self,
                            CaseloadStaff   *actor)
{
  g_return_if_fail (CASELOAD_IS_CONTEXT (self));
  g_return_if_fail (actor == NULL || CASELOAD_IS_STAFF (actor));

  if (g_set_object (&self->actor, actor))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR]);
}

/**
 * caseload_context_report_error:
 * @self: a context
 * @error: (nullable): what a store call failed with
 *
 * Tells whoever watches the context about a failed store call: an error matching
 * %CASELOAD_ERROR_CONNECTION emits #CaseloadContext::connection-lost. Call it on the
 * thread that owns the context (the main loop).
 *
 * Returns: %TRUE if @error was a lost connection
 */
gboolean
caseload_context_report_error (CaseloadContext *self,
                               const GError    *error)
{
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (self), FALSE);

  if (!g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    return FALSE;

  g_signal_emit (self, signals[CONNECTION_LOST], 0);
  return TRUE;
}

/**
 * caseload_context_report_connection_restored:
 * @self: a context
 *
 * Says that a store call worked after a lost connection was reported: emits
 * "connection-restored", so what could not be read meanwhile is read again.
 */
void
caseload_context_report_connection_restored (CaseloadContext *self)
{
  g_return_if_fail (CASELOAD_IS_CONTEXT (self));

  g_signal_emit (self, signals[CONNECTION_RESTORED], 0);
}

/**
 * caseload_context_set_store:
 * @self: a context
 * @store: the record store from now on
 *
 * Changes the store: the desk's database setting changed, and the window is at its
 * sign-in page with nobody's work open. Whoever was acting is forgotten with the old
 * store.
 */
void
caseload_context_set_store (CaseloadContext *self,
                            CaseloadStore   *store)
{
  g_return_if_fail (CASELOAD_IS_CONTEXT (self));
  g_return_if_fail (CASELOAD_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    caseload_context_set_actor (self, NULL);

  g_set_object (&self->store, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
