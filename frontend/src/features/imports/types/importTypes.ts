/*
 * Plain shapes of the import API (backend/model/imports.go). Times are
 * RFC 3339 UTC strings; "" when unset.
 */

export type ImportEntity = 'contacts' | 'companies' | 'leads' | 'deals';
/** What an import does with rows that match an existing record and with the others. */
export type ImportMode = 'create' | 'update' | 'upsert';
/** How a row finds the record it matches; "" never matches (create only). */
export type MatchKey = '' | 'email' | 'externalId' | 'phone' | 'nameCompany';
/** "" decides per column from its values. */
export type DecimalSetting = '' | '.' | ',';
/** "" decides per column (a day over 12 decides; else day first). */
export type DateOrderSetting = '' | 'dmy' | 'mdy';
/** Row outcomes of a dry run or import. */
export type RowOutcome = 'new' | 'update' | 'unchanged' | 'duplicate' | 'skipped' | 'invalid';

/** One file column and the field it maps to ("" = not imported). */
export type ImportMappingLine = { column: number; header: string; field: string; suggested: boolean };

/** What Inspect found in a file: dialect, header, first rows, suggested mapping. */
export type ImportFileInfo = {
  path: string;
  name: string;
  size: number;
  format: string; // csv | xlsx
  encoding: string;
  delimiter: string;
  sheet: string;
  sheets: string[];
  /** The row the column names were read from (1 = the first; title rows above are skipped). */
  headerRow: number;
  header: string[];
  sample: string[][];
  /** Each sample row's row number in the file, as a spreadsheet numbers it. */
  sampleRows: number[];
  mapping: ImportMappingLine[];
  decimalGuess: string;
  dateOrderGuess: string;
};

/** What the person forced instead of what the file looked like ("" = detect). */
export type FileOverrides = { sheet: string; delimiter: string; encoding: string; headerRow: number };

export type ImportRequest = {
  path: string;
  entity: ImportEntity;
  sheet: string;
  delimiter: string;
  encoding: string;
  /** 0 detects the header's row. */
  headerRow: number;
  mapping: ImportMappingLine[];
  matchKey: MatchKey;
  mode: ImportMode;
  decimal: DecimalSetting;
  dateOrder: DateOrderSetting;
  skipDuplicates: boolean;
  createCompanies: boolean;
};

export type ImportCounts = {
  rows: number;
  new: number;
  update: number;
  unchanged: number;
  duplicate: number;
  skipped: number;
  invalid: number;
  companiesCreated: number;
};

/** One line of the row-by-row report; row is the spreadsheet row (the header is row 1). */
export type ImportProblem = {
  row: number;
  column: string;
  value: string;
  reason: string;
  outcome: string;
  matchId: string;
  matchTitle: string;
};

export type ImportResultStatus = 'done' | 'cancelled' | 'failed';

/** A finished dry run (id names its report) or import (id is the batch). */
export type ImportResult = {
  id: string;
  dryRun: boolean;
  entity: string;
  counts: ImportCounts;
  problems: ImportProblem[];
  problemsTotal: number;
  status: string;
  message: string;
  durationMs: number;
};

/** A past import (running | done | cancelled | failed | reverted). */
export type ImportBatch = {
  id: string;
  entity: string;
  fileName: string;
  counts: ImportCounts;
  status: string;
  message: string;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  finishedAt: string;
  revertedAt: string;
  revertedBy: string;
  records: number;
};

/** What a revert did; with conflicts it did nothing. */
export type RevertResult = { removed: number; restored: number; conflicts: string[] };

/** A field of an entity as the schema describes it (what the mapping may target). */
export type EntityField = { name: string; label: string; type: string; required: boolean; readOnly: boolean };
/** An importable entity with its labels and fields. */
export type ImportableEntity = { name: ImportEntity; label: string; labelPlural: string; fields: EntityField[] };

export const IMPORT_ENTITIES: readonly ImportEntity[] = ['contacts', 'companies', 'leads', 'deals'];

export function isImportEntity(name: string): name is ImportEntity {
  return (IMPORT_ENTITIES as readonly string[]).includes(name);
}

/** Job names of the progress events and of Cancel (backend/service/import_service.go). */
export const IMPORT_JOB = 'import';
export const REVERT_JOB = 'import.revert';

/** Permission keys (backend/rbac/vocab.go): the window hides, the backend enforces. */
export const IMPORT_PERMS = { import: 'data.import' } as const;

export const EMPTY_COUNTS: ImportCounts = { rows: 0, new: 0, update: 0, unchanged: 0, duplicate: 0, skipped: 0, invalid: 0, companiesCreated: 0 };

/** Plural labels of the importable entities (for lists that do not load the schema). */
export const ENTITY_LABELS: Record<ImportEntity, { one: string; many: string }> = {
  contacts: { one: 'contact', many: 'Contacts' },
  companies: { one: 'company', many: 'Companies' },
  leads: { one: 'lead', many: 'Leads' },
  deals: { one: 'deal', many: 'Deals' },
};

/** "Contacts" for "contacts"; the name itself for anything else. */
export function entityPlural(name: string): string {
  return isImportEntity(name) ? ENTITY_LABELS[name].many : name;
}

/** "3 contacts", "1 contact". */
export function recordCount(entity: string, n: number): string {
  if (!isImportEntity(entity)) return `${n.toLocaleString('en-US')} records`;
  const { one, many } = ENTITY_LABELS[entity];
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many.toLowerCase()}`;
}
