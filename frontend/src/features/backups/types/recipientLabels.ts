/** The backend's recipient types (service.BackupRecipient.type) in words. */
const LABELS: Record<string, string> = {
  age: 'age',
  'age-pq': 'age post-quantum',
  'ssh-ed25519': 'SSH Ed25519',
  'ssh-rsa': 'SSH RSA',
  passphrase: 'Passphrase',
};

export function recipientTypeLabel(type: string): string {
  return LABELS[type] ?? type;
}

/**
 * A long fingerprint shortened for a chip: an age key keeps its start and
 * end ("age1qyq…7x2k"); an SSH "SHA256:…" fingerprint stays whole (people compare it with ssh-keygen -l).
 */
export function shortFingerprint(fingerprint: string): string {
  if (fingerprint.startsWith('SHA256:') || fingerprint.length <= 24) return fingerprint;
  return `${fingerprint.slice(0, 12)}…${fingerprint.slice(-6)}`;
}
