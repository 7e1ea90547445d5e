import { model } from '../../../../wailsjs/go/models';
import {
  Bulk,
  Create,
  Delete,
  Get,
  List,
  Lookup,
  Purge,
  Restore,
  Schema,
  Timeline,
  Update,
} from '../../../../wailsjs/go/service/RecordService';
import { List as ListTeams } from '../../../../wailsjs/go/service/TeamService';
import { List as ListUsers } from '../../../../wailsjs/go/service/UserService';
import { call } from '@/lib/call';

/*
 * The record types are read off the bound functions, not named from models.ts,
 * so the feature does not depend on what the Go struct for one row is called.
 */
export type CrmRecord = Awaited<ReturnType<typeof Get>>;
export type RecordPage = Plain<Awaited<ReturnType<typeof List>>>;
export type EntityDef = model.EntityDef;
export type FieldDef = model.FieldDef;
export type Filter = model.Filter;
export type ListQuery = model.ListQuery;
export type RecordInput = model.RecordInput;
export type BulkRequest = model.BulkRequest;
export type BulkResult = model.BulkResult;
export type TimelineItem = model.TimelineItem;
export type SearchHit = model.SearchHit;
/** A bound-model type without the generated helper methods, for values built in the UI. */
export type Plain<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] };
export type ListQueryInput = Plain<ListQuery>;
export type UserOption = { value: string; label: string };
export type TeamOption = { value: string; label: string };

/** Entities the signed-in user may read, with their fields. */
export async function fetchSchema(): Promise<EntityDef[]> {
  return (await call(() => Schema())) ?? [];
}

/** One page of a list; rows are [] rather than null. */
export async function listRecords(query: ListQueryInput): Promise<RecordPage> {
  const page = await call(() => List(model.ListQuery.createFrom(query)));
  return { ...page, rows: page.rows ?? [] };
}

export const getRecord = (entity: string, id: string) => call(() => Get(entity, id));
export const createRecord = (input: RecordInput) => call(() => Create(input));
export const updateRecord = (input: RecordInput) => call(() => Update(input));
export const deleteRecord = (entity: string, id: string) => call(() => Delete(entity, id));
export const restoreRecord = (entity: string, id: string) => call(() => Restore(entity, id));
export const purgeRecord = (entity: string, id: string) => call(() => Purge(entity, id));
export const bulkRecords = (req: Plain<BulkRequest>) => call(() => Bulk(model.BulkRequest.createFrom(req)));

export async function fetchTimeline(entity: string, id: string): Promise<TimelineItem[]> {
  return (await call(() => Timeline(entity, id))) ?? [];
}

/** Candidates for a ref picker. */
export async function lookupRecords(entity: string, text: string, limit = 20): Promise<SearchHit[]> {
  return (await call(() => Lookup(entity, text, limit))) ?? [];
}

/** Users for "assign owner" (administrators and managers; others get forbidden). */
export async function fetchUserOptions(): Promise<UserOption[]> {
  const users = (await call(() => ListUsers())) ?? [];
  return users
    .filter((u) => !u.disabled)
    .map((u) => ({ value: u.id, label: u.displayName?.trim() || u.username }));
}

export async function fetchTeamOptions(): Promise<TeamOption[]> {
  const teams = (await call(() => ListTeams())) ?? [];
  return teams.map((t) => ({ value: t.id, label: t.name }));
}
