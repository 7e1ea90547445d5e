import { model } from '../../../../wailsjs/go/models';
import { Cancel, Check, Merge, MergePreview, Merges, Rules, SaveRules, Scan, UndoMerge } from '../../../../wailsjs/go/service/DuplicateService';
import { call } from '@/lib/call';
import type { LinkCount } from '../types/mergeSummary';
import type {
  DuplicateCandidate,
  DuplicateRules,
  DuplicateScan,
  MergeInfo,
  MergeInput,
  MergeResult,
  RulesInput,
} from '../types/duplicateTypes';

/*
 * The duplicates feature's calls to DuplicateService, each through call().
 * Errors are the service's: forbidden (audited) without the scope an action
 * needs, invalid for an entity without duplicate rules.
 */

/** The JOB name of a running scan, for its progress events and Cancel. */
export const SCAN_JOB = 'duplicates.scan';

/** An entity's duplicate rules (the defaults until an administrator saves some). */
export async function fetchRules(entity: string): Promise<DuplicateRules> {
  return normalizeRules(await call(() => Rules(entity)));
}

/** Saves an entity's rules (settings.manage); "invalid" names threshold, block or defaultRegion. */
export async function saveRules(input: RulesInput): Promise<DuplicateRules> {
  return normalizeRules(await call(() => SaveRules(model.DuplicateRules.createFrom({ ...input, custom: true }))));
}

/** Up to 5 readable records that look like duplicates of the values being typed ([] for other entities). */
export async function checkDuplicates(entity: string, values: Record<string, unknown>, recordId = ''): Promise<DuplicateCandidate[]> {
  const input = model.RecordInput.createFrom({ entity, id: recordId, values, ownerId: '', teamId: '' });
  return ((await call(() => Check(input))) ?? []).map((c) => ({ ...c }));
}

/** Runs the scan job to its end; "conflict" when one runs already or it was cancelled. */
export async function scanDuplicates(entity: string): Promise<DuplicateScan> {
  const scan = await call(() => Scan(entity));
  return {
    entity: scan.entity,
    records: scan.records,
    groupCount: scan.groupCount,
    durationMs: scan.durationMs,
    groups: (scan.groups ?? []).map((g) => ({ score: g.score, reason: g.reason, size: g.size, records: (g.records ?? []).map((r) => ({ ...r })) })),
  };
}

/** Asks the backend to stop the caller's running scan. */
export const cancelScan = () => call(() => Cancel(SCAN_JOB));

/** Merges input.other into input.survivor (update + delete scope). */
export async function mergeRecords(input: MergeInput): Promise<MergeResult> {
  const result = await call(() => Merge(model.MergeRequest.createFrom(input)));
  return { id: result.id, moved: result.moved, survivorId: result.survivor?.id ?? input.survivor, survivorTitle: result.survivor?.title ?? '' };
}

/**
 * What merging other into survivor would move: per entity, every linked
 * record (also those the caller cannot open) and how many the caller can.
 */
export async function fetchMergePreview(entity: string, survivor: string, other: string): Promise<LinkCount[]> {
  const preview = await call(() => MergePreview(entity, survivor, other));
  return (preview.links ?? []).map((l) => ({ label: l.label, labelPlural: l.labelPlural, total: l.total, readable: l.readable }));
}

/** Undoes a merge; "conflict" with the reason when it can no longer be undone. */
export async function undoMerge(id: string): Promise<{ id: string; title: string }> {
  const survivor = await call(() => UndoMerge(id));
  return { id: survivor.id, title: survivor.title };
}

/** The newest merges of entity: the caller's own, or everyone's for administrators. */
export async function fetchMerges(entity: string): Promise<MergeInfo[]> {
  return ((await call(() => Merges(entity))) ?? []).map((m) => ({ ...m, undoneAt: m.undoneAt ?? '' }));
}

function normalizeRules(r: model.DuplicateRules): DuplicateRules {
  return {
    entity: r.entity,
    email: !!r.email,
    phone: !!r.phone,
    domain: !!r.domain,
    fuzzy: !!r.fuzzy,
    threshold: r.threshold,
    block: [...(r.block ?? [])],
    defaultRegion: r.defaultRegion,
    custom: !!r.custom,
  };
}
