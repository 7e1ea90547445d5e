/** TanStack Query keys of retention and archiving; under "audit", so they go with the rest of the feature's cache. */
export const archiveKeys = {
  retention: ['audit', 'retention'] as const,
  archives: ['audit', 'archives'] as const,
  previews: ['audit', 'archive-preview'] as const,
  preview: (before: string) => ['audit', 'archive-preview', before] as const,
};
