import { codePointLength, MIN_PASSPHRASE_LENGTH } from './passphraseRules';

export type PassphraseStrength = {
  /** 0 (empty) … 4 (strong) */
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  color: string;
};

/**
 * A rough hint, not a guarantee: length matters most, variety of character
 * classes a little, and obvious repetition counts against it.
 */
export function passphraseStrength(value: string): PassphraseStrength {
  const length = codePointLength(value);
  if (length === 0) return { score: 0, label: '', color: 'gray' };

  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  const distinct = new Set(value).size;

  let points = 0;
  if (length >= MIN_PASSPHRASE_LENGTH) points += 1;
  if (length >= 16) points += 1;
  if (length >= 24) points += 1;
  if (classes >= 3) points += 1;
  if (distinct < Math.min(6, length / 2)) points = Math.min(points, 1);
  if (length < MIN_PASSPHRASE_LENGTH) points = 0;

  if (points <= 0) return { score: 1, label: 'Too short or too simple', color: 'red' };
  if (points === 1) return { score: 2, label: 'Fair — longer is better', color: 'orange' };
  if (points === 2) return { score: 3, label: 'Good', color: 'yellow' };
  return { score: 4, label: 'Strong', color: 'teal' };
}
