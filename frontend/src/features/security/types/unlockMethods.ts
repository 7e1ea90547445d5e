export const UNLOCK_METHOD_LABELS: Record<string, string> = {
  keychain: 'OS keychain',
  passphrase: 'Passphrase',
  recovery: 'Recovery key',
};

export function unlockMethodLabel(method: string): string {
  return UNLOCK_METHOD_LABELS[method] ?? method;
}
