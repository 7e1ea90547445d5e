import { z } from 'zod';
import type { FieldDef } from '../api/recordsApi';
import { MAX_REFS } from './refTitles';

/** What the backend sends instead of a sensitive value the caller may not see. */
export const MASK = '••••';

/** Length limits when a FieldDef says 0 ("type default"); the backend re-checks. */
export const DEFAULT_MAX_LEN: Record<string, number> = {
  text: 255,
  longtext: 10_000,
  email: 254,
  phone: 40,
  url: 2048,
};
export const MAX_TAGS = 50;
export const MAX_TAG_LEN = 50;

export function maxLenOf(field: Pick<FieldDef, 'type' | 'maxLen'>): number {
  return field.maxLen > 0 ? field.maxLen : (DEFAULT_MAX_LEN[field.type] ?? 255);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().\-/]+((x|ext\.?)\s*[0-9]+)?$/i;

export function isValidDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A datetime-local value ("YYYY-MM-DDTHH:mm[:ss]") naming a real moment. */
export function isValidLocalDateTime(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(:\d{2})?$/.exec(value);
  return !!m && isValidDate(m[1]) && Number(m[2]) < 24 && Number(m[3]) < 60;
}

export function isValidUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const REQUIRED = 'Required.';
const filled = (v: string) => v.trim() !== '';

/** A string that must be empty or pass `check`; values are never trimmed or rewritten. */
function textSchema(field: FieldDef, check?: (v: string) => boolean, message = 'Not valid.') {
  const max = maxLenOf(field);
  let schema = z.string().max(max, `At most ${max.toLocaleString('en-US')} characters.`);
  if (field.required) schema = schema.refine(filled, REQUIRED);
  if (check) schema = schema.refine((v) => v === '' || check(v), message);
  return schema;
}

/** The zod schema for one field's form value (see formValues.ts for the shapes). */
export function fieldSchema(field: FieldDef): z.ZodType {
  switch (field.type) {
    case 'text':
    case 'longtext':
      return textSchema(field);
    case 'email':
      return textSchema(field, (v) => EMAIL.test(v), 'Enter an email address like name@example.com.');
    case 'phone':
      return textSchema(field, (v) => PHONE.test(v) && (v.match(/\d/g) ?? []).length >= 3, 'Enter a phone number: digits, spaces, + ( ) - . /');
    case 'url':
      return textSchema(field, isValidUrl, 'Enter a web address starting with http:// or https://');
    case 'date':
      return textSchema({ ...field, maxLen: 10 }, isValidDate, 'Enter a date as YYYY-MM-DD.');
    case 'datetime':
      return textSchema({ ...field, maxLen: 19 }, isValidLocalDateTime, 'Enter a date and time.');
    case 'number':
    case 'money': {
      const number = z.number({ error: 'Enter a number.' }).refine(Number.isFinite, 'Enter a number.');
      return field.required
        ? z.union([number, z.literal('')]).refine((v) => v !== '', REQUIRED)
        : z.union([number, z.literal('')]);
    }
    case 'bool':
      return z.boolean();
    case 'enum': {
      const options = field.options ?? [];
      return z
        .string()
        .refine((v) => v !== '' || !field.required, REQUIRED)
        .refine((v) => v === '' || options.includes(v), 'Choose one of the options.');
    }
    case 'ref':
      return z.string().max(64, 'Not valid.').refine((v) => !field.required || v !== '', 'Required.');
    case 'tags': {
      const tags = z
        .array(z.string().refine(filled, 'Tags cannot be blank.').max(MAX_TAG_LEN, `Tags have at most ${MAX_TAG_LEN} characters.`))
        .max(MAX_TAGS, `At most ${MAX_TAGS} tags.`);
      return field.required ? tags.min(1, REQUIRED) : tags;
    }
    case 'refs': {
      const ids = z
        .array(z.string().min(1, 'Not valid.').max(64, 'Not valid.'))
        .max(MAX_REFS, `Link at most ${MAX_REFS} records.`);
      return field.required ? ids.min(1, REQUIRED) : ids;
    }
    default:
      return z.unknown();
  }
}

/**
 * The form schema of an entity. Read-only fields and fields in `masked` (shown
 * as "••••") are not validated: the user cannot change them.
 */
export function buildRecordSchema(fields: readonly FieldDef[], masked: readonly string[] = []) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    shape[field.name] = field.readOnly || masked.includes(field.name) ? z.unknown() : fieldSchema(field);
  }
  return z.object(shape);
}
