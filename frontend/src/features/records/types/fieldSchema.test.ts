import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../api/recordsApi';
import { buildRecordSchema, fieldSchema, MASK } from './fieldSchema';

const def = (over: Partial<FieldDef>): FieldDef =>
  ({ name: 'f', label: 'F', type: 'text', required: false, maxLen: 0, options: [], ref: '', sensitive: false,
    sortable: false, filterable: false, inList: false, readOnly: false, ...over }) as FieldDef;

const HOSTILE = [
  '<script>alert(1)</script>',
  "Robert'); DROP TABLE contacts;--",
  '=HYPERLINK("http://evil.example","x")',
  '\u202Egnp.exe',
  'zero\u200Bwidth',
  '  leading and trailing  ',
  'emoji 👩‍💻 ünïcødé',
  '{{constructor.constructor("alert(1)")()}}',
];
const MEGABYTE = 'x'.repeat(1024 * 1024);

type Case = { name: string; field: Partial<FieldDef>; value: unknown; ok: boolean };
const cases: Case[] = [
  { name: 'text: empty optional', field: {}, value: '', ok: true },
  { name: 'text: required empty', field: { required: true }, value: '', ok: false },
  { name: 'text: required blank', field: { required: true }, value: '   ', ok: false },
  { name: 'text: at maxLen', field: { maxLen: 5 }, value: 'abcde', ok: true },
  { name: 'text: over maxLen', field: { maxLen: 5 }, value: 'abcdef', ok: false },
  { name: 'text: 1 MB rejected', field: {}, value: MEGABYTE, ok: false },
  { name: 'longtext: 1 MB rejected', field: { type: 'longtext' }, value: MEGABYTE, ok: false },
  { name: 'longtext: 5,000 chars', field: { type: 'longtext' }, value: 'y'.repeat(5000), ok: true },
  { name: 'email: good', field: { type: 'email' }, value: 'ana@example.com', ok: true },
  { name: 'email: no domain', field: { type: 'email' }, value: 'ana@', ok: false },
  { name: 'email: spaces', field: { type: 'email' }, value: 'a na@example.com', ok: false },
  { name: 'email: 1 MB', field: { type: 'email' }, value: `${MEGABYTE}@x.io`, ok: false },
  { name: 'phone: international', field: { type: 'phone' }, value: '+34 (91) 123-45.67', ok: true },
  { name: 'phone: extension', field: { type: 'phone' }, value: '555 0100 ext. 12', ok: true },
  { name: 'phone: letters', field: { type: 'phone' }, value: 'call me', ok: false },
  { name: 'phone: too few digits', field: { type: 'phone' }, value: '+1', ok: false },
  { name: 'url: https', field: { type: 'url' }, value: 'https://example.com/a?b=c', ok: true },
  { name: 'url: javascript: rejected', field: { type: 'url' }, value: 'javascript:alert(1)', ok: false },
  { name: 'url: no scheme', field: { type: 'url' }, value: 'example.com', ok: false },
  { name: 'number: value', field: { type: 'number' }, value: -12.5, ok: true },
  { name: 'number: empty optional', field: { type: 'number' }, value: '', ok: true },
  { name: 'number: empty required', field: { type: 'number', required: true }, value: '', ok: false },
  { name: 'number: NaN', field: { type: 'number' }, value: Number.NaN, ok: false },
  { name: 'number: text', field: { type: 'number' }, value: '12abc', ok: false },
  { name: 'money: Infinity', field: { type: 'money' }, value: Number.POSITIVE_INFINITY, ok: false },
  { name: 'money: amount', field: { type: 'money' }, value: 1999.99, ok: true },
  { name: 'date: valid', field: { type: 'date' }, value: '2026-02-28', ok: true },
  { name: 'date: 30 February', field: { type: 'date' }, value: '2026-02-30', ok: false },
  { name: 'date: other format', field: { type: 'date' }, value: '28/02/2026', ok: false },
  { name: 'datetime: local', field: { type: 'datetime' }, value: '2026-03-01T09:30', ok: true },
  { name: 'datetime: bad hour', field: { type: 'datetime' }, value: '2026-03-01T25:30', ok: false },
  { name: 'bool: true', field: { type: 'bool' }, value: true, ok: true },
  { name: 'bool: string', field: { type: 'bool' }, value: 'true', ok: false },
  { name: 'enum: option', field: { type: 'enum', options: ['EUR', 'USD'] }, value: 'USD', ok: true },
  { name: 'enum: not an option', field: { type: 'enum', options: ['EUR', 'USD'] }, value: 'GBP', ok: false },
  { name: 'enum: required empty', field: { type: 'enum', options: ['EUR'], required: true }, value: '', ok: false },
  { name: 'ref: id', field: { type: 'ref', ref: 'companies' }, value: 'c_123', ok: true },
  { name: 'ref: required empty', field: { type: 'ref', ref: 'companies', required: true }, value: '', ok: false },
  { name: 'tags: some', field: { type: 'tags' }, value: ['vip', 'renewal'], ok: true },
  { name: 'tags: blank tag', field: { type: 'tags' }, value: ['  '], ok: false },
  { name: 'tags: too many', field: { type: 'tags' }, value: Array.from({ length: 51 }, (_, i) => `t${i}`), ok: false },
  { name: 'tags: 1 MB tag', field: { type: 'tags' }, value: [MEGABYTE], ok: false },
  { name: 'refs: empty optional', field: { type: 'refs', ref: 'contacts' }, value: [], ok: true },
  { name: 'refs: 20 ids', field: { type: 'refs', ref: 'contacts' }, value: Array.from({ length: 20 }, (_, i) => `c${i}`), ok: true },
  { name: 'refs: 21 ids', field: { type: 'refs', ref: 'contacts' }, value: Array.from({ length: 21 }, (_, i) => `c${i}`), ok: false },
  { name: 'refs: empty id', field: { type: 'refs', ref: 'contacts' }, value: ['c1', ''], ok: false },
  { name: 'refs: overlong id', field: { type: 'refs', ref: 'contacts' }, value: ['x'.repeat(65)], ok: false },
  { name: 'refs: not a list', field: { type: 'refs', ref: 'contacts' }, value: 'c1', ok: false },
  { name: 'refs: required empty', field: { type: 'refs', ref: 'contacts', required: true }, value: [], ok: false },
];

describe('fieldSchema', () => {
  it.each(cases)('$name', ({ field, value, ok }) => {
    expect(fieldSchema(def(field)).safeParse(value).success).toBe(ok);
  });

  it.each(HOSTILE)('keeps %j verbatim', (value) => {
    for (const type of ['text', 'longtext'] as const) {
      const parsed = fieldSchema(def({ type })).safeParse(value);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toBe(value);
    }
    const tags = fieldSchema(def({ type: 'tags' })).safeParse([value.slice(0, 50)]);
    expect(tags.data).toEqual([value.slice(0, 50)]);
  });
});

describe('buildRecordSchema', () => {
  const fields = [
    def({ name: 'name', required: true }),
    def({ name: 'ssn', sensitive: true, required: true, maxLen: 4 }),
    def({ name: 'score', type: 'number', readOnly: true }),
  ];
  it('validates every editable field and reports by name', () => {
    const result = buildRecordSchema(fields).safeParse({ name: '', ssn: 'too long', score: 'x' });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('name');
    expect(paths).toContain('ssn');
    expect(paths).not.toContain('score');
  });
  it('does not validate masked fields', () => {
    expect(buildRecordSchema(fields, ['ssn']).safeParse({ name: 'Ana', ssn: MASK, score: 1 }).success).toBe(true);
  });
});
