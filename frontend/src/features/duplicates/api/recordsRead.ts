import { model } from '../../../../wailsjs/go/models';
import { Get, List, Schema } from '../../../../wailsjs/go/service/RecordService';
import { call } from '@/lib/call';
import type { LinkQuery, MergeRecord } from '../types/duplicateTypes';

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

/** The ids (first `limit`) and total of the records a link query matches. */
export async function fetchLinked(query: LinkQuery, limit: number): Promise<{ ids: string[]; total: number; capped: boolean }> {
  const page = await call(() =>
    List(model.ListQuery.createFrom({ entity: query.entity, filters: query.filters, search: '', sort: '', desc: true, offset: 0, limit, trash: false })),
  );
  return { ids: (page.rows ?? []).map((r) => r.id), total: page.total, capped: page.totalCapped };
}
