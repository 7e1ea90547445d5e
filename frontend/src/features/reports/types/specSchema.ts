import { z } from 'zod';
import { isDateType, operandKind, operatorsFor } from './operators';
import { aggregateKey, sortKeys } from './specDraft';
import { BUCKETS, FORMATS, LIMITS, type CatalogField, type ReportFilter, type ReportSpec } from './reportTypes';

/*
 * Client-side checks of a spec before it is previewed or saved, mirroring
 * backend/report (Compile) and its limits so most mistakes show at once next
 * to the input. The backend stays authoritative: it re-checks everything and
 * its field errors use the same paths ("filters[0].value").
 */

export const MSG = {
  sensitive: 'This field is confidential: your role cannot use it in a report.',
  unknownField: 'Unknown field.',
  chooseField: 'Choose a field.',
  opNotForField: 'This condition does not apply to the field.',
  value: 'Enter a value.',
  number: 'Enter a number.',
  date: 'Enter a date as YYYY-MM-DD.',
  bool: 'Choose yes or no.',
  text: 'Use at most 800 bytes of text (about 200 characters).',
  pair: 'Give exactly two values.',
  pairOrder: 'The first value must not be above the second.',
  list: 'Give 1 to 100 values.',
  days: 'Give a number of days from 1 to 3660.',
  columnsRequired: 'Choose at least one column.',
  matrixGroups: 'A matrix needs two groups: rows and columns.',
  matrixAggregates: 'A matrix shows exactly one aggregate.',
  notGroupable: 'This field cannot be grouped by.',
  bucketOnlyDates: 'Only date fields have buckets.',
  repeatGroup: 'This group repeats another one.',
  numericOnly: 'Only number and money fields can be aggregated.',
  repeatAggregate: 'Two aggregates have the same key: change one of them.',
  sortKey: 'Sort by a column, group or aggregate of the report.',
} as const;

const filterShape = z.object({
  field: z.string(),
  op: z.string().min(1, 'Choose a condition.'),
  value: z.unknown().optional(),
  values: z.array(z.unknown()).optional(),
  n: z.number().optional(),
});

const specShape = z.object({
  entity: z.string().min(1, 'Choose a record type.'),
  format: z.enum(FORMATS as [string, ...string[]], { error: 'Choose tabular, summary or matrix.' }).optional(),
  columns: z.array(z.string()).max(LIMITS.columns, `Use at most ${LIMITS.columns} columns.`).optional(),
  filters: z.array(filterShape).max(LIMITS.filters, `Use at most ${LIMITS.filters} filters.`).optional(),
  groups: z
    .array(z.object({ field: z.string(), bucket: z.enum(BUCKETS, { error: 'Choose day, week, month, quarter or year.' }).optional() }))
    .max(LIMITS.groups, 'Group by at most two fields.')
    .optional(),
  aggregates: z
    .array(
      z.object({
        key: z.string().regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,39}$/, 'Use up to 40 letters, digits and _ . : - for a key.').optional(),
        label: z.string().max(LIMITS.label, `Use at most ${LIMITS.label} characters for a label.`).optional(),
        func: z.enum(['count', 'sum', 'avg', 'min', 'max', 'percent'], { error: 'Choose an aggregate.' }),
        field: z.string().optional(),
        where: z.array(filterShape).max(5).optional(),
        of: z.array(filterShape).max(5).optional(),
      }),
    )
    .max(LIMITS.aggregates, `Use at most ${LIMITS.aggregates} aggregates.`)
    .optional(),
  sort: z.array(z.object({ key: z.string(), desc: z.boolean().optional() })).max(LIMITS.sortKeys, `Sort by at most ${LIMITS.sortKeys} keys.`).optional(),
  limit: z.number().int('Enter a whole number.').min(0, 'The limit is out of range.').max(LIMITS.limit, 'The limit is out of range.').optional(),
  compare: z.string().optional(),
});

type Issue = { path: (string | number)[]; message: string };

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

export function isValidDay(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The message for one operand of a field, or null when it is fine. */
export function operandError(type: string, value: unknown, op?: string): string | null {
  if (value === undefined || value === null || value === '') return type === 'bool' ? MSG.bool : MSG.value;
  switch (type) {
    case 'number':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= LIMITS.number ? null : MSG.number;
    case 'bool':
      return typeof value === 'boolean' ? null : MSG.bool;
    case 'date':
    case 'datetime':
      // a datetime also takes an RFC 3339 instant; the builder only writes days
      return isValidDay(value) || (type === 'datetime' && typeof value === 'string' && !Number.isNaN(Date.parse(value)) && value.includes('T'))
        ? null
        : MSG.date;
  }
  if (typeof value !== 'string') return MSG.value;
  if (op !== 'eq' && op !== 'ne' && value.trim() === '') return MSG.value;
  return utf8Bytes(value) > LIMITS.valueBytes ? MSG.text : null;
}

function checkFilter(filter: ReportFilter, path: (string | number)[], byKey: Map<string, CatalogField>, add: (i: Issue) => void) {
  if (!filter.field) return add({ path: [...path, 'field'], message: MSG.chooseField });
  const field = byKey.get(filter.field);
  if (!field) return add({ path: [...path, 'field'], message: MSG.unknownField });
  if (field.masked) return add({ path: [...path, 'field'], message: MSG.sensitive });
  if (!operatorsFor(field).includes(filter.op)) return add({ path: [...path, 'op'], message: MSG.opNotForField });
  const type = field.type;
  switch (operandKind(filter.op)) {
    case 'single': {
      const e = operandError(type, filter.value, filter.op);
      if (e) add({ path: [...path, 'value'], message: e });
      return;
    }
    case 'days':
      if (!Number.isInteger(filter.n) || (filter.n ?? 0) < 1 || (filter.n ?? 0) > LIMITS.days) add({ path: [...path, 'n'], message: MSG.days });
      return;
    case 'pair': {
      const values = filter.values ?? [];
      if (values.length !== 2) return add({ path: [...path, 'values'], message: MSG.pair });
      for (const [i, v] of values.entries()) {
        const e = operandError(type, v);
        if (e) return add({ path: [...path, 'values', i], message: e });
      }
      const [lo, hi] = values as [number | string, number | string];
      if (lo > hi) add({ path: [...path, 'values'], message: MSG.pairOrder });
      return;
    }
    case 'list': {
      const values = filter.values ?? [];
      if (values.length < 1 || values.length > LIMITS.inValues) return add({ path: [...path, 'values'], message: MSG.list });
      for (const [i, v] of values.entries()) {
        const e = operandError(type, v);
        if (e) return add({ path: [...path, 'values', i], message: e });
      }
    }
  }
}

function checkSpec(spec: ReportSpec, fields: readonly CatalogField[], add: (i: Issue) => void) {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const format = spec.format || 'tabular';
  const useField = (key: string | undefined, path: (string | number)[]): CatalogField | null => {
    const field = key ? byKey.get(key) : undefined;
    if (!key) add({ path, message: MSG.chooseField });
    else if (!field) add({ path, message: MSG.unknownField });
    else if (field.masked) add({ path, message: MSG.sensitive });
    else return field;
    return null;
  };

  (spec.columns ?? []).forEach((key, i) => useField(key, ['columns', i]));
  if (format === 'tabular' && (spec.columns ?? []).length === 0) add({ path: ['columns'], message: MSG.columnsRequired });
  (spec.filters ?? []).forEach((f, i) => checkFilter(f, ['filters', i], byKey, add));

  if (format !== 'tabular') {
    const groups = spec.groups ?? [];
    if (format === 'matrix' && groups.length !== 2) add({ path: ['groups'], message: MSG.matrixGroups });
    const seen = new Set<string>();
    groups.forEach((g, i) => {
      const field = useField(g.field, ['groups', i, 'field']);
      if (!field) return;
      if (!field.groupable) add({ path: ['groups', i, 'field'], message: MSG.notGroupable });
      else if (g.bucket && !isDateType(field.type)) add({ path: ['groups', i, 'bucket'], message: MSG.bucketOnlyDates });
      const id = `${g.field}|${isDateType(field.type) ? g.bucket || 'day' : ''}`;
      if (seen.has(id)) add({ path: ['groups', i, 'field'], message: MSG.repeatGroup });
      seen.add(id);
    });
    const aggregates = spec.aggregates ?? [];
    if (format === 'matrix' && aggregates.length !== 1) add({ path: ['aggregates'], message: MSG.matrixAggregates });
    const keys = new Set<string>();
    aggregates.forEach((a, i) => {
      if (a.func !== 'count' && a.func !== 'percent') {
        const field = useField(a.field, ['aggregates', i, 'field']);
        if (field && !field.numeric) add({ path: ['aggregates', i, 'field'], message: MSG.numericOnly });
      }
      (a.where ?? []).forEach((f, j) => checkFilter(f, ['aggregates', i, 'where', j], byKey, add));
      (a.of ?? []).forEach((f, j) => checkFilter(f, ['aggregates', i, 'of', j], byKey, add));
      const key = aggregateKey(a);
      if (keys.has(key)) add({ path: ['aggregates', i, 'key'], message: MSG.repeatAggregate });
      keys.add(key);
    });
  }

  const allowed = new Set(
    sortKeys({ format: format as 'tabular', groups: spec.groups ?? [], aggregates: spec.aggregates ?? [] }, fields),
  );
  (spec.sort ?? []).forEach((s, i) => {
    if (!allowed.has(s.key)) add({ path: ['sort', i, 'key'], message: byKey.get(s.key)?.masked ? MSG.sensitive : MSG.sortKey });
  });
}

/** "filters[0].value" from ["filters", 0, "value"]: the backend's way of naming a spec part. */
export function specPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

/** The zod schema of a spec for one entity's catalog fields. */
export function reportSpecSchema(fields: readonly CatalogField[]) {
  return specShape.superRefine((spec, ctx) =>
    checkSpec(spec as ReportSpec, fields, (issue) => ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })),
  );
}

/** Problems of a spec by spec path (first message per path); {} when it looks valid. */
export function validateSpec(spec: ReportSpec, fields: readonly CatalogField[]): Record<string, string> {
  const parsed = reportSpecSchema(fields).safeParse(spec);
  const errors: Record<string, string> = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const key = specPath(issue.path);
    errors[key] ??= issue.message;
  }
  return errors;
}

/** The errors at `prefix` or below it ("filters[0]" → "filters[0].value", "filters[0].values[1]"). */
export function errorsUnder(errors: Record<string, string>, prefix: string): string | undefined {
  for (const [path, message] of Object.entries(errors)) {
    if (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)) return message;
  }
  return undefined;
}

/** Save-dialog schema (service/report_save.go). */
export const saveReportSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter a name of at most 80 characters.')
    .max(LIMITS.name, 'Enter a name of at most 80 characters.')
    // eslint-disable-next-line no-control-regex
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'Enter a name of at most 80 characters.'),
  description: z.string().trim().max(LIMITS.description, 'The description is at most 500 characters.'),
  sharing: z.enum(['private', 'team', 'everyone'], { error: 'Choose private, team or everyone.' }),
});
export type SaveReportValues = z.infer<typeof saveReportSchema>;
