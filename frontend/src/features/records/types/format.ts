import type { EntityDef, FieldDef } from '../api/recordsApi';

/** "1,234 contacts", "1 contact", "2,000+ contacts". */
export function formatCount(total: number, capped: boolean, entity: Pick<EntityDef, 'label' | 'labelPlural'>): string {
  const noun = (total === 1 && !capped ? entity.label : entity.labelPlural).toLowerCase();
  return `${total.toLocaleString('en-US')}${capped ? '+' : ''} ${noun}`;
}

/** The sibling enum field that holds a money field's currency, if the entity has one. */
export function currencyFieldOf(fields: readonly FieldDef[]): FieldDef | undefined {
  return fields.find((f) => f.type === 'enum' && /currency/i.test(f.name));
}

export function formatMoney(amount: number, currency?: string): string {
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
    } catch {
      /* an unknown ISO code falls through */
    }
  }
  return `${amount.toLocaleString(undefined, { maximumFractionDigits: 2 })}${currency ? ` ${currency}` : ''}`;
}

export function formatDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(value: string): string {
  const d = new Date(value);
  if (!value || Number.isNaN(d.getTime())) return value;
  return d.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A plain-text rendering of any value, for timelines and tooltips. */
export function formatPlain(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The stage field of deals: the one named stage / stageId. */
export function stageFieldOf(entity: Pick<EntityDef, 'name' | 'fields'> | undefined): FieldDef | undefined {
  if (entity?.name !== 'deals') return undefined;
  return entity.fields.find((f) => /^stage(id)?$/i.test(f.name));
}

export const recordPath = (entity: string, id: string) => `/${entity}/${encodeURIComponent(id)}`;
