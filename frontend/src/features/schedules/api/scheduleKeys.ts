/** Query keys of the schedules feature; dropped at sign-out with the rest of the cache. */
export const scheduleKeys = {
  all: ['schedules'] as const,
  list: ['schedules', 'list'] as const,
  runs: (id: string) => ['schedules', 'runs', id] as const,
  reports: ['schedules', 'reports'] as const,
};
