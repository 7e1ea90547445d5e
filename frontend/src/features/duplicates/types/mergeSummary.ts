/**
 * How many records of one entity link to the record that goes to the Trash
 * (all of them move), and how many of those the merger can open.
 */
export type LinkCount = { label: string; labelPlural: string; total: number; readable: number };

/** "3 activities", "1 deal". */
export function formatLinkCount(link: LinkCount): string {
  const noun = (link.total === 1 ? link.label : link.labelPlural).toLowerCase();
  return `${link.total.toLocaleString('en-US')} ${noun}`;
}

type SummaryInput = {
  survivor: string;
  other: string;
  /** undefined while the counts load (or when they could not be read). */
  links: readonly LinkCount[] | undefined;
  /** Labels of the fields the survivor takes from the other record. */
  taken: readonly string[];
};

/**
 * What a merge will do, as sentences: "Ann Lee (2) goes to the Trash; its
 * 3 activities, 1 deal move to Ann Lee.", how many of those the merger
 * cannot open (they move too), and which values the survivor takes.
 */
export function mergeSummary({ survivor, other, links, taken }: SummaryInput): string[] {
  const linked = (links ?? []).filter((l) => l.total > 0);
  const lines: string[] = [];
  if (links === undefined) lines.push(`${other} goes to the Trash; everything linked to it moves to ${survivor}.`);
  else if (linked.length === 0) lines.push(`${other} goes to the Trash; nothing links to it.`);
  else {
    const one = linked.length === 1 && linked[0].total === 1;
    lines.push(`${other} goes to the Trash; its ${linked.map(formatLinkCount).join(', ')} ${one ? 'moves' : 'move'} to ${survivor}.`);
    const total = linked.reduce((n, l) => n + l.total, 0);
    const hidden = linked.reduce((n, l) => n + l.total - l.readable, 0);
    if (hidden > 0) lines.push(hiddenSentence(hidden, total));
  }
  lines.push(taken.length === 0 ? `${survivor} keeps all of its values.` : `${survivor} takes ${joinList(taken)} from ${other}.`);
  return lines;
}

/** Says that `hidden` of the `total` records that move are ones the merger cannot open. */
function hiddenSentence(hidden: number, total: number): string {
  const why = "(someone else's, or in the Trash)";
  if (total === 1) return `You cannot open it ${why}; it moves too.`;
  if (hidden === total) return `You cannot open any of them ${why}; they move too.`;
  return `You cannot open ${hidden.toLocaleString('en-US')} of them ${why}; ${hidden === 1 ? 'it moves' : 'they move'} too.`;
}

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
