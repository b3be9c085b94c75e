/**
 * The scopes a principal can hold, and what each allows. The schema declares them per field with the
 * Federation directives `@authenticated` and `@requiresScopes` (see ./directives.ts), so that
 * schema/schema.graphql shows who may call what and a federation router can enforce the same rules.
 */
export const SCOPES = ['migration:read', 'migration:operate', 'migration:admin', 'secrets:read', 'metrics:read'] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  'migration:read': 'queries, subscriptions, the migration report and the tasks CSV',
  'migration:operate': 'create, update, start, stop, restart, test, sync, network checks, tags, speed limits, template and project create/update',
  'migration:admin': 'every delete, cutover/complete, unlock, and default-project changes',
  'secrets:read': 'SENSITIVE fields such as the template target password',
  'metrics:read': 'GET /metrics',
};
