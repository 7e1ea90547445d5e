/** Alert severities, lowest first (the order of chart stacks and filters). */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Alert workflow statuses. */
export const STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type AlertStatus = (typeof STATUSES)[number];

/** What a rule does when it fires. */
export const RULE_ACTIONS = ['alert', 'lock', 'reauth'] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];

const SEVERITY_META: Record<Severity, { label: string; color: string }> = {
  low: { label: 'Low', color: 'blue' },
  medium: { label: 'Medium', color: 'yellow' },
  high: { label: 'High', color: 'orange' },
  critical: { label: 'Critical', color: 'red' },
};

const STATUS_META: Record<AlertStatus, { label: string; color: string }> = {
  open: { label: 'Open', color: 'red' },
  acknowledged: { label: 'Acknowledged', color: 'yellow' },
  resolved: { label: 'Resolved', color: 'teal' },
};

/** Label and Mantine color of a severity; unknown values (a newer backend) read as themselves, gray. */
export function severityMeta(severity: string): { label: string; color: string } {
  return SEVERITY_META[severity as Severity] ?? { label: severity || 'Unknown', color: 'gray' };
}

/** Label and Mantine color of a status; unknown values read as themselves, gray. */
export function statusMeta(status: string): { label: string; color: string } {
  return STATUS_META[status as AlertStatus] ?? { label: status || 'Unknown', color: 'gray' };
}

/** Label and the consequence of each rule action, shown in the rule editor. */
export const ACTION_META: Record<RuleAction, { label: string; explanation: string }> = {
  alert: { label: 'Alert only', explanation: 'Raise an alert for review; nothing else happens to the account.' },
  lock: {
    label: 'Alert and lock the account',
    explanation:
      'Raise an alert and lock the account of the user it is about: they cannot sign in until an administrator unlocks them in Admin → Users.',
  },
  reauth: {
    label: 'Alert and ask for the password again',
    explanation:
      'Raise an alert and end the user’s session: they must enter their password again before they can continue working.',
  },
};

/** The Select value of an "any" filter choice (Select options need a non-empty value); the query sends "". */
export const ANY = 'any';

/** Select options for severities (`any` adds an "Any severity" choice). */
export function severityOptions(any = false): { value: string; label: string }[] {
  const options = SEVERITIES.map((value) => ({ value, label: severityMeta(value).label }));
  return any ? [{ value: ANY, label: 'Any severity' }, ...options] : options;
}

/** Select options for statuses, with an "Any status" choice. */
export function statusOptions(): { value: string; label: string }[] {
  return [{ value: ANY, label: 'Any status' }, ...STATUSES.map((value) => ({ value, label: statusMeta(value).label }))];
}
