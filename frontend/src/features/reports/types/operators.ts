import type { CatalogField, ReportFilter } from './reportTypes';

/** What a condition's operand looks like. */
export type OperandKind = 'none' | 'single' | 'pair' | 'list' | 'days';

const TEXT = ['eq', 'ne', 'in', 'notIn', 'contains', 'startsWith', 'isEmpty', 'notEmpty'];
const ENUM = ['eq', 'ne', 'in', 'notIn', 'isEmpty', 'notEmpty'];
const NUMBER = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'between', 'in', 'notIn', 'isEmpty', 'notEmpty'];
export const RELATIVE_OPS = [
  'today', 'yesterday', 'thisWeek', 'lastWeek', 'thisMonth', 'lastMonth', 'thisQuarter', 'lastQuarter', 'thisYear', 'lastYear',
  'lastNDays', 'nextNDays',
] as const;
const DATE = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'between', 'isEmpty', 'notEmpty', ...RELATIVE_OPS];

/** The operators each field type accepts (mirrors opsOf in backend/report/filter.go). */
export const OPS_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  text: TEXT, email: TEXT, phone: TEXT, url: TEXT, longtext: TEXT,
  number: NUMBER, money: NUMBER,
  date: DATE, datetime: DATE,
  bool: ['eq', 'ne'],
  tags: ['contains', 'isEmpty', 'notEmpty'],
  enum: ENUM, ref: ENUM,
};

const KNOWN = new Set(Object.values(OPS_BY_TYPE).flat());

/** The operators offered for a field: the catalog's list (known ones, in its order), else the type's. */
export function operatorsFor(field: Pick<CatalogField, 'type' | 'operators'> | undefined): string[] {
  if (!field) return [];
  const fromCatalog = (field.operators ?? []).filter((op) => KNOWN.has(op));
  return fromCatalog.length > 0 ? fromCatalog : [...(OPS_BY_TYPE[field.type] ?? ENUM)];
}

export function isDateType(type: string | undefined): boolean {
  return type === 'date' || type === 'datetime';
}

export function operandKind(op: string): OperandKind {
  switch (op) {
    case 'between':
      return 'pair';
    case 'in':
    case 'notIn':
      return 'list';
    case 'lastNDays':
    case 'nextNDays':
      return 'days';
    case 'isEmpty':
    case 'notEmpty':
      return 'none';
  }
  return (RELATIVE_OPS as readonly string[]).includes(op) ? 'none' : 'single';
}

const LABELS: Record<string, string> = {
  eq: 'is', ne: 'is not', lt: 'is less than', le: 'is at most', gt: 'is greater than', ge: 'is at least',
  between: 'is between', in: 'is any of', notIn: 'is none of', contains: 'contains', startsWith: 'starts with',
  isEmpty: 'is empty', notEmpty: 'is not empty',
  today: 'Today', yesterday: 'Yesterday', thisWeek: 'This week', lastWeek: 'Last week', thisMonth: 'This month',
  lastMonth: 'Last month', thisQuarter: 'This quarter', lastQuarter: 'Last quarter', thisYear: 'This year',
  lastYear: 'Last year', lastNDays: 'Last N days', nextNDays: 'Next N days',
};
const DATE_LABELS: Record<string, string> = {
  eq: 'is on', ne: 'is not on', lt: 'is before', le: 'is on or before', gt: 'is after', ge: 'is on or after',
};

/** How an operator reads for a field type ("is before" for dates, "is less than" for numbers). */
export function opLabel(op: string, type?: string): string {
  if (type === 'tags' && op === 'contains') return 'has tag';
  return (isDateType(type) ? DATE_LABELS[op] : undefined) ?? LABELS[op] ?? op;
}

/** Quick choices for the N of lastNDays / nextNDays. */
const DAY_PRESETS: readonly { op: 'lastNDays' | 'nextNDays'; n: number }[] = [
  { op: 'lastNDays', n: 7 },
  { op: 'lastNDays', n: 30 },
  { op: 'lastNDays', n: 90 },
  { op: 'lastNDays', n: 365 },
  { op: 'nextNDays', n: 30 },
];

export type OperatorOption = { value: string; label: string };
export type OperatorGroup = { group: string; items: OperatorOption[] };

/**
 * The condition choices for a field, as Select data. Date fields get a
 * "Relative period" group holding the period operators and presets such as
 * "Last 90 days" (value "lastNDays:90"); see choiceOf / applyChoice.
 */
export function operatorChoices(field: Pick<CatalogField, 'type' | 'operators'> | undefined): (OperatorOption | OperatorGroup)[] {
  const ops = operatorsFor(field);
  const type = field?.type;
  if (!isDateType(type)) return ops.map((op) => ({ value: op, label: opLabel(op, type) }));
  const compare = ops.filter((op) => !(RELATIVE_OPS as readonly string[]).includes(op));
  const relative: OperatorOption[] = [];
  for (const op of ops.filter((o) => (RELATIVE_OPS as readonly string[]).includes(o))) {
    for (const p of DAY_PRESETS.filter((d) => d.op === op)) relative.push({ value: `${op}:${p.n}`, label: presetLabel(op, p.n) });
    relative.push({ value: op, label: op === 'lastNDays' || op === 'nextNDays' ? `${opLabel(op)}…` : opLabel(op) });
  }
  return [
    { group: 'Compare', items: compare.map((op) => ({ value: op, label: opLabel(op, type) })) },
    { group: 'Relative period', items: relative },
  ].filter((g) => g.items.length > 0);
}

function presetLabel(op: string, n: number): string {
  return `${op === 'lastNDays' ? 'Last' : 'Next'} ${n} days`;
}

/** The Select value showing a filter's condition: a preset ("lastNDays:90") when its N is one, else the operator. */
export function choiceOf(filter: Pick<ReportFilter, 'op' | 'n'>): string {
  if (operandKind(filter.op) === 'days' && DAY_PRESETS.some((p) => p.op === filter.op && p.n === filter.n)) return `${filter.op}:${filter.n}`;
  return filter.op;
}

/**
 * The filter after choosing `choice` in the condition Select. The operand is
 * kept while its shape still fits (e.g. eq → ne), else cleared; a day preset
 * sets N, a bare lastNDays keeps the previous N (default 30).
 */
export function applyChoice(filter: ReportFilter, choice: string): ReportFilter {
  const [op, preset] = choice.split(':');
  const kind = operandKind(op);
  const before = operandKind(filter.op);
  const next: ReportFilter = { field: filter.field, op };
  if (kind === 'days') next.n = preset ? Number(preset) : (filter.n ?? 30);
  if (kind === before && kind === 'single') next.value = filter.value;
  if (kind === before && (kind === 'pair' || kind === 'list')) next.values = filter.values;
  return next;
}

/** A human sentence for a condition: "Outcome is won", "Closed on Last 90 days". */
export function describeFilter(filter: ReportFilter, field: Pick<CatalogField, 'label' | 'type'> | undefined): string {
  const label = field?.label ?? filter.field;
  const kind = operandKind(filter.op);
  const opText = kind === 'days' ? presetLabel(filter.op, filter.n ?? 0) : opLabel(filter.op, field?.type);
  const show = (v: unknown) => (v === true ? 'yes' : v === false ? 'no' : String(v ?? ''));
  switch (kind) {
    case 'none':
    case 'days':
      return (RELATIVE_OPS as readonly string[]).includes(filter.op) ? `${label}: ${opText.toLowerCase()}` : `${label} ${opText}`;
    case 'pair':
      return `${label} ${opText} ${show(filter.values?.[0])} and ${show(filter.values?.[1])}`;
    case 'list':
      return `${label} ${opText} ${(filter.values ?? []).map(show).join(', ')}`;
  }
  return `${label} ${opText} ${show(filter.value)}`;
}
