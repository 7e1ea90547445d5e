import type { ImportCounts } from './importTypes';

export type CountKey = Exclude<keyof ImportCounts, 'rows' | 'companiesCreated'>;
export type CountTile = { key: CountKey; label: string; color: string; hint: string };

/**
 * The outcome tiles: a dry run says what would happen ("New"), an import
 * what did ("Created").
 */
export function countTiles(dryRun: boolean): CountTile[] {
  return [
    { key: 'new', label: dryRun ? 'New' : 'Created', color: 'teal', hint: dryRun ? 'Rows that would become new records' : 'New records' },
    { key: 'update', label: dryRun ? 'Update' : 'Updated', color: 'blue', hint: 'Rows that change an existing record' },
    { key: 'unchanged', label: 'Unchanged', color: 'gray', hint: 'Rows that match a record and change nothing' },
    { key: 'duplicate', label: 'Duplicates', color: 'orange', hint: 'Rows skipped as duplicates of a record or an earlier row' },
    { key: 'skipped', label: 'Skipped', color: 'gray', hint: 'Rows without a record to update' },
    { key: 'invalid', label: 'Invalid', color: 'red', hint: 'Rows with values that cannot be imported' },
  ];
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "120 rows · 100 new · 5 invalid": the row count, then every outcome that happened. */
export function countsSummary(c: ImportCounts, dryRun = false): string {
  const parts = [plural(c.rows, 'row', 'rows')];
  if (c.new) parts.push(`${c.new.toLocaleString('en-US')} ${dryRun ? 'new' : 'created'}`);
  if (c.update) parts.push(`${c.update.toLocaleString('en-US')} ${dryRun ? 'to update' : 'updated'}`);
  if (c.unchanged) parts.push(`${c.unchanged.toLocaleString('en-US')} unchanged`);
  if (c.duplicate) parts.push(plural(c.duplicate, 'duplicate', 'duplicates'));
  if (c.skipped) parts.push(`${c.skipped.toLocaleString('en-US')} skipped`);
  if (c.invalid) parts.push(`${c.invalid.toLocaleString('en-US')} invalid`);
  if (c.companiesCreated) parts.push(plural(c.companiesCreated, 'company created', 'companies created'));
  return parts.join(' · ');
}

/** How many records an import writes (or would write). */
export function writtenCount(c: Pick<ImportCounts, 'new' | 'update'>): number {
  return c.new + c.update;
}
