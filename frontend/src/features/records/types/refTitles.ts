/** How a linked record the viewer may not read is shown (the backend uses the same words in the timeline). */
export const HIDDEN_RECORD = '(a record you cannot see)';

/** The most ids a "refs" field holds (the backend re-checks). */
export const MAX_REFS = 20;

/** A readable linked record whose title is empty. */
export const UNTITLED = '(untitled)';

export type RefTitles = Readonly<Record<string, string>>;

/** One linked record of a refs field: its id, its title, and whether the viewer may see it. */
export type RefEntry = { id: string; title: string; hidden: boolean };

/**
 * The id → title map of a record's refs fields. Read defensively: the bound
 * RecordItem type gains `refTitles` only when the bindings are regenerated,
 * and an older backend does not send it.
 */
export function refTitlesOf(record: object | null | undefined): RefTitles {
  const titles = (record as { refTitles?: Record<string, string> | null } | null | undefined)?.refTitles;
  return titles && typeof titles === 'object' ? titles : {};
}

/** A refs value as a list of ids: non-string and empty entries dropped, duplicates dropped, order kept. */
export function toIdList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const v of value) {
    if (typeof v === 'string' && v !== '' && !out.includes(v)) out.push(v);
  }
  return out;
}

/** The title of one linked id; ids missing from `titles` are records the viewer may not see. */
export function refTitle(id: string, titles: RefTitles): string {
  if (!Object.hasOwn(titles, id)) return HIDDEN_RECORD;
  return titles[id] || UNTITLED;
}

/** The linked records of a refs value, in stored order. */
export function refEntries(value: unknown, titles: RefTitles): RefEntry[] {
  return toIdList(value).map((id) => ({ id, title: refTitle(id, titles), hidden: !Object.hasOwn(titles, id) }));
}

/** The titles of a refs value joined for one line of text ("Ana, Bo, (a record you cannot see)"). */
export function formatRefTitles(value: unknown, titles: RefTitles): string {
  return refEntries(value, titles)
    .map((e) => e.title)
    .join(', ');
}

/** Whether two refs values link the same records; order and duplicates do not count as a change. */
export function sameIdSet(a: unknown, b: unknown): boolean {
  const x = toIdList(a);
  const y = new Set(toIdList(b));
  return x.length === y.size && x.every((id) => y.has(id));
}
