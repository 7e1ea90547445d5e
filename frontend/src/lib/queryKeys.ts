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
  auditIntegrity: ['audit', 'integrity'] as const,
  effectiveAccess: (userId: string) => ['access', userId] as const,
};
