/**
 * Query keys shared between features that read the same backend lists, so a
 * change in one area refreshes the others (e.g. a new user changes team
 * member counts). Everything outside `workspace` is dropped at sign-out.
 */
export const queryKeys = {
  users: ['users'] as const,
  roles: ['roles', 'list'] as const,
  roleCatalog: ['roles', 'catalog'] as const,
  teams: ['teams'] as const,
  securitySettings: ['settings', 'security'] as const,
  /** Deal pipeline stages: read by records (board, stage pickers), written by Admin → Pipeline. */
  stages: ['pipeline', 'stages'] as const,
  /** Every record list, record, timeline and search: refreshed after any record write. */
  records: ['records'] as const,
  search: ['search'] as const,
  /** Past imports: written by the import wizard, a revert and a retry from the integration log. */
  importBatches: ['imports', 'batches'] as const,
  /** The integration log: every import, export, scheduled report and backup run. */
  integrationRuns: ['integrations', 'runs'] as const,
  effectiveAccess: (userId: string) => ['access', userId] as const,
};
