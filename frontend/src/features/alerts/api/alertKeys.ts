import type { AlertFilter } from './alertsApi';

/**
 * Query keys of this feature. Everything lives under ['alerts'] so one
 * invalidation (an alert event, a transition) refreshes lists, details, the
 * badge and the dashboard together.
 */
export const alertKeys = {
  all: ['alerts'] as const,
  list: (filter: AlertFilter) => ['alerts', 'list', filter] as const,
  detail: (id: string) => ['alerts', 'detail', id] as const,
  openCount: ['alerts', 'open-count'] as const,
  dashboard: (days: number) => ['alerts', 'dashboard', days] as const,
  rules: ['alerts', 'rules'] as const,
};
