/** The tabs of the Security page, in order; /security/<tab>. */
export const SECURITY_TABS = ['alerts', 'dashboard', 'rules'] as const;
export type SecurityTab = (typeof SECURITY_TABS)[number];

/** Whether a URL segment names a Security tab. */
export function isSecurityTab(value: string | undefined): value is SecurityTab {
  return (SECURITY_TABS as readonly (string | undefined)[]).includes(value);
}

/** The Alerts tab with one alert's drawer open. */
export function alertPath(id: string): string {
  return `/security/alerts?alert=${encodeURIComponent(id)}`;
}

/** The audit viewer opened on one entry (built by the audit feature). */
export function auditEntryPath(seq: number): string {
  return `/audit?seq=${seq}`;
}
