/** How many records of one entity link to the record that goes to the Trash. */
export type LinkCount = { label: string; labelPlural: string; count: number; capped: boolean };

/** "3 activities", "1 deal", "100+ tasks". */
export function formatLinkCount(link: LinkCount): string {
  const noun = (link.count === 1 && !link.capped ? link.label : link.labelPlural).toLowerCase();
  return `${link.count.toLocaleString('en-US')}${link.capped ? '+' : ''} ${noun}`;
}

type SummaryInput = {
  survivor: string;
  other: string;
  /** undefined while the counts load. */
  links: readonly LinkCount[] | undefined;
  /** Labels of the fields the survivor takes from the other record. */
  taken: readonly string[];
};

/**
 * What a merge will do, as sentences: "Ann Lee (2) goes to the Trash; its
 * 3 activities, 1 deal move to Ann Lee." and which values the survivor takes.
 */
export function mergeSummary({ survivor, other, links, taken }: SummaryInput): string[] {
  const linked = (links ?? []).filter((l) => l.count > 0);
  let first: string;
  if (links === undefined) first = `${other} goes to the Trash; everything linked to it moves to ${survivor}.`;
  else if (linked.length === 0) first = `${other} goes to the Trash; nothing you can see links to it.`;
  else {
    const one = linked.length === 1 && linked[0].count === 1 && !linked[0].capped;
    first = `${other} goes to the Trash; its ${linked.map(formatLinkCount).join(', ')} ${one ? 'moves' : 'move'} to ${survivor}.`;
  }
  const second =
    taken.length === 0
      ? `${survivor} keeps all of its values.`
      : `${survivor} takes ${joinList(taken)} from ${other}.`;
  return [first, second];
}

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
