import { model } from '../../../../wailsjs/go/models';
import type { Plain } from './recordsApi';
import { Delete, List, Save } from '../../../../wailsjs/go/service/ViewService';
import { Convert } from '../../../../wailsjs/go/service/LeadService';
import { call } from '@/lib/call';

export type SavedView = model.SavedView;
export type ConvertLeadRequest = model.ConvertLeadRequest;
export type ConvertLeadResult = model.ConvertLeadResult;

/** The caller's own views and the shared ones of an entity. */
export async function listViews(entity: string): Promise<SavedView[]> {
  return (await call(() => List(entity))) ?? [];
}

export type SavedViewInput = Omit<Plain<SavedView>, 'query'> & { query: Plain<SavedView['query']> };

export const saveView = (view: SavedViewInput) => call(() => Save(model.SavedView.createFrom(view)));
export const deleteView = (id: string) => call(() => Delete(id));

export const convertLead = (req: Plain<ConvertLeadRequest>) => call(() => Convert(model.ConvertLeadRequest.createFrom(req)));
