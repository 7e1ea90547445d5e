import { useQuery } from '@tanstack/react-query';
import { probeKeychain } from '../api/setupApi';

/** Probes the OS keychain once when enabled (the "how it unlocks" step). */
export function useKeychainProbe(enabled: boolean) {
  return useQuery({
    queryKey: ['workspace', 'keychain-probe'],
    queryFn: probeKeychain,
    enabled,
    staleTime: Infinity,
    retry: false,
  });
}
