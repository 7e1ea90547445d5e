import type { model } from '../../../../wailsjs/go/models';
import { Get, Schema } from '../../../../wailsjs/go/service/RecordService';
import { call } from '@/lib/call';
import type { MergeRecord } from '../types/duplicateTypes';

/** An entity's definition: labels and fields (model.EntityDef). */
export type EntityDef = model.EntityDef;
export type FieldDef = model.FieldDef;

/*
 * The RecordService reads the merge window needs: the entity definitions
 * (field labels and types), both records' full values, and how many records
 * link to the one that goes to the Trash.
 */

/** Entities the signed-in user may read, with their fields. */
export async function fetchEntityDefs(): Promise<EntityDef[]> {
  return (await call(() => Schema())) ?? [];
}

/** One record with every value the caller may see (sensitive ones the role may not see are "••••"). */
export async function fetchRecord(entity: string, id: string): Promise<MergeRecord> {
  const r = await call(() => Get(entity, id));
  return {
    id: r.id,
    title: r.title,
    values: r.values ?? {},
    masked: r.masked ?? [],
    refs: r.refs ?? {},
    refTitles: r.refTitles ?? {},
    ownerName: r.ownerName ?? '',
    createdAt: r.createdAt ?? '',
    updatedAt: r.updatedAt ?? '',
  };
}
