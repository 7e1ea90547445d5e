import { z } from 'zod';
import { duplicateWarnings, mappedFields, missingRequired, requiredMessage, toRequestMapping, type Mapping } from './mappingState';
import { defaultMatchKey, matchKeyProblem } from './matchKeys';
import type { MappingTarget } from './mappingTargets';
import type { FileOverrides, ImportEntity, ImportFileInfo, ImportMode, ImportRequest } from './importTypes';

/** How the rows are matched and written, and how their cells are read (re-checked by the backend). */
export const importSettingsSchema = z.object({
  mode: z.enum(['create', 'update', 'upsert']),
  matchKey: z.enum(['', 'email', 'externalId', 'phone', 'nameCompany']),
  decimal: z.enum(['', '.', ',']),
  dateOrder: z.enum(['', 'dmy', 'mdy']),
  skipDuplicates: z.boolean(),
  createCompanies: z.boolean(),
});

export type ImportSettings = z.infer<typeof importSettingsSchema>;

/** The entities whose rows name a company that an import may create. */
export const COMPANY_CREATING: ReadonlySet<ImportEntity> = new Set(['contacts', 'deals']);

/** The settings a fresh mapping starts with: create, auto formats, skip likely duplicates. */
export function defaultSettings(entity: ImportEntity, mapping: Mapping, mode: ImportMode = 'create'): ImportSettings {
  return { mode, matchKey: defaultMatchKey(entity, mappedFields(mapping)), decimal: '', dateOrder: '', skipDuplicates: true, createCompanies: false };
}

/** Everything that keeps the mapping step from a dry run; `blocking` is false when it may run. */
export type MappingCheck = {
  /** Per column: the field is also chosen for another column. */
  columns: Record<number, string>;
  /** One sentence per required field new records would lack. */
  required: string[];
  matchKey: string;
  mode: string;
  /** No column is mapped at all. */
  empty: boolean;
  blocking: boolean;
};

/** Checks the mapping and settings as the backend will (importRunner.prepare and checkMapping). */
export function checkMapping(args: {
  entity: ImportEntity;
  header: readonly string[];
  mapping: Mapping;
  targets: readonly MappingTarget[];
  settings: ImportSettings;
  modes: readonly ImportMode[];
}): MappingCheck {
  const { entity, header, mapping, targets, settings, modes } = args;
  const columns = duplicateWarnings(mapping, header);
  const required = missingRequired(entity, settings.mode, mapping, targets).map((t) => requiredMessage(entity, t));
  const matchKey = matchKeyProblem(entity, settings.mode, settings.matchKey, mappedFields(mapping));
  const mode = modes.includes(settings.mode) ? '' : 'Your role may not do this with these records.';
  const empty = mappedFields(mapping).size === 0;
  return { columns, required, matchKey, mode, empty, blocking: empty || required.length > 0 || matchKey !== '' || mode !== '' || Object.keys(columns).length > 0 };
}

/** The DryRun / Run request; throws (zod) when a setting is not one the backend knows. */
export function buildImportRequest(
  entity: ImportEntity,
  info: Pick<ImportFileInfo, 'path' | 'header' | 'mapping'>,
  overrides: FileOverrides,
  mapping: Mapping,
  settings: ImportSettings,
): ImportRequest {
  const s = importSettingsSchema.parse(settings);
  return {
    path: info.path,
    entity,
    sheet: overrides.sheet,
    delimiter: overrides.delimiter,
    encoding: overrides.encoding,
    headerRow: overrides.headerRow,
    mapping: toRequestMapping(mapping, info.header, info.mapping),
    matchKey: s.matchKey,
    mode: s.mode,
    decimal: s.decimal,
    dateOrder: s.dateOrder,
    skipDuplicates: s.skipDuplicates,
    createCompanies: COMPANY_CREATING.has(entity) && s.createCompanies,
  };
}
