/*
 * Plain shapes of the duplicates feature (the api turns the generated
 * classes into these, so components and tests build them as literals).
 */

export type { EntityDef, FieldDef } from '../api/recordsRead';

/** The entities with duplicate rules, in tab order. */
export const DEDUP_ENTITIES = ['contacts', 'leads', 'companies'] as const;
export type DedupEntity = (typeof DEDUP_ENTITIES)[number];

export function isDedupEntity(value: unknown): value is DedupEntity {
  return typeof value === 'string' && (DEDUP_ENTITIES as readonly string[]).includes(value);
}

export type DuplicateRules = {
  entity: string;
  email: boolean;
  phone: boolean;
  domain: boolean;
  fuzzy: boolean;
  threshold: number;
  block: string[];
  defaultRegion: string;
  /** False while the entity uses the built-in defaults. */
  custom: boolean;
};
export type RulesInput = Omit<DuplicateRules, 'custom'>;

export type DuplicateCandidate = { id: string; title: string; subtitle: string; score: number; reason: string };
export type GroupRecord = Pick<DuplicateCandidate, 'id' | 'title' | 'subtitle'>;
/** size counts all the records of the group; records holds at most 100 of them. */
export type DuplicateGroup = { records: GroupRecord[]; size?: number; score: number; reason: string };
export type DuplicateScan = { entity: string; records: number; groups: DuplicateGroup[]; groupCount: number; durationMs: number };

export type MergeInput = { entity: string; survivor: string; other: string; values: Record<string, unknown> };
export type MergeResult = { id: string; moved: number; survivorId: string; survivorTitle: string };
export type MergeInfo = {
  id: string;
  entity: string;
  survivorId: string;
  survivorTitle: string;
  mergedTitle: string;
  moved: number;
  mergedBy: string;
  mergedAt: string;
  undoneAt: string;
};

/** A record as the merge window compares it. */
export type MergeRecord = {
  id: string;
  title: string;
  values: Record<string, unknown>;
  /** Fields whose value the role may not see ("••••"). */
  masked: string[];
  /** Titles of ref field values, by field. */
  refs: Record<string, string>;
  /** Titles of the ids in refs fields, by id. */
  refTitles: Record<string, string>;
  /** Who owns it and when it was created and last changed (helps choose which to keep). */
  ownerName: string;
  createdAt: string;
  updatedAt: string;
};

