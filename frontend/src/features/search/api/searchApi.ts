import type { model } from '../../../../wailsjs/go/models';
import { Search } from '../../../../wailsjs/go/service/SearchService';
import { call } from '@/lib/call';

export type SearchHit = model.SearchHit;

/** Records across every entity the user may read, best first. */
export async function searchRecords(text: string, limit = 30): Promise<SearchHit[]> {
  return (await call(() => Search(text, limit))) ?? [];
}
