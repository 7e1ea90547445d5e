import { useMutation } from '@tanstack/react-query';
import { checkRecipients } from '../api/backupsApi';

/** "Check keys": what the backend makes of the public keys (type, fingerprint), without backing up. */
export function useCheckRecipients() {
  return useMutation({ mutationKey: ['backups', 'check-recipients'], mutationFn: (keys: string[]) => checkRecipients(keys) });
}
