// No look-alikes (0/O, 1/l/I) so a password read aloud or copied by hand survives.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A random initial password from the OS CSPRNG: groups of 4 joined by dashes (default 19 characters). */
export function generatePassword(groups = 4, random: (n: number) => Uint8Array = randomBytes): string {
  const out: string[] = [];
  for (let g = 0; g < groups; g += 1) {
    let group = '';
    while (group.length < 4) {
      const [byte] = random(1);
      // Rejection sampling keeps every character equally likely.
      if (byte !== undefined && byte < 256 - (256 % ALPHABET.length)) group += ALPHABET[byte % ALPHABET.length];
    }
    out.push(group);
  }
  return out.join('-');
}

function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}
