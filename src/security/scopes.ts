/**
 * The scopes a principal can hold, and what each allows. The schema declares them per field with the
 * Federation directives `@authenticated` and `@requiresScopes` (see ./directives.ts), so that
 * schema/schema.graphql shows who may call what and a federation router can enforce the same rules.
 * What each allows is the README's scopes table ("Security").
 */
export const SCOPES = ['migration:read', 'migration:operate', 'migration:admin', 'secrets:read', 'metrics:read'] as const;
export type Scope = (typeof SCOPES)[number];
