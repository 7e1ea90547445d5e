import { useQuery } from '@tanstack/react-query';
import { auditPublicKey } from '../api/auditApi';
import { auditKeys } from '../types/auditKeys';

/** The workspace's audit signing public key, read when `enabled` (it does not change within a session). */
export function useAuditPublicKey(enabled: boolean) {
  return useQuery({ queryKey: auditKeys.publicKey, queryFn: auditPublicKey, enabled, staleTime: Infinity });
}
