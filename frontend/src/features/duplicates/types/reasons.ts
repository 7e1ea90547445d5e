/** How a badge shows why records look like duplicates. */
export type ReasonInfo = { label: string; detail: string; exact: boolean };

const BLOCK_DETAIL: Record<string, string> = {
  company: 'Similar names at the same company',
  domain: 'Similar names with the same email or web domain',
  postcode: 'Similar names at the same postcode',
  phonetic: 'Names that sound alike',
};

/** A score 0..1 as a whole percent ("92%"). */
export const scorePercent = (score: number) => `${Math.round(Math.min(1, Math.max(0, score)) * 100)}%`;

/**
 * The badge text of a match reason from Check or Scan: "email", "phone",
 * "domain" or "name:<block>" (with its similarity score).
 */
export function reasonInfo(reason: string, score: number): ReasonInfo {
  switch (reason) {
    case 'email':
      return { label: 'Same email', detail: 'Both have the same email address', exact: true };
    case 'phone':
      return { label: 'Same phone', detail: 'Both have the same phone number', exact: true };
    case 'domain':
      return { label: 'Same web domain', detail: 'Both have the same web domain', exact: true };
  }
  if (reason.startsWith('name')) {
    const block = reason.slice('name:'.length);
    return { label: `Similar name (${scorePercent(score)})`, detail: BLOCK_DETAIL[block] ?? 'Similar names', exact: false };
  }
  return { label: 'Possible duplicate', detail: 'The duplicate rules matched these records', exact: false };
}
