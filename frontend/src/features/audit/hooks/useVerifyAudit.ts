import { notifications } from '@mantine/notifications';
import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { useJobProgress } from '@/lib/jobProgress';
import { verifyAudit } from '../api/auditApi';
import { cancelAuditJob, runAuditJob } from '../api/auditJobs';
import { auditKeys } from '../types/auditKeys';

const VERIFY_KEY = ['audit', 'verify'] as const;

/**
 * "Verify now": runs the full check as a job with live progress and Cancel.
 * `running` holds across remounts (navigating away and back mid-check); the
 * result lands in the status cache, so it outlives the component too.
 */
export function useVerifyAudit() {
  const client = useQueryClient();
  const running = useIsMutating({ mutationKey: VERIFY_KEY }) > 0;
  const progress = useJobProgress('audit.verify', running);
  const verify = useMutation({
    mutationKey: VERIFY_KEY,
    mutationFn: () => runAuditJob('audit.verify', verifyAudit),
    onSuccess: (outcome) => {
      if (outcome.cancelled) {
        notifications.show({ title: 'Verification cancelled', message: 'Nothing was checked to the end. Run it again at any time.' });
        return;
      }
      client.setQueryData(auditKeys.status, outcome.value);
    },
  });
  const cancel = useMutation({
    mutationFn: () => cancelAuditJob('audit.verify'),
    onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel the check', message: describeError(error) }),
  });
  const { reset } = progress;
  return {
    start: () => {
      reset();
      verify.mutate();
    },
    cancel: () => cancel.mutate(),
    running,
    cancelling: cancel.isPending && running,
    progress,
    /** The finished check of this mount (not a cancelled one); undefined before. */
    result: verify.data && !verify.data.cancelled ? verify.data.value : undefined,
    error: verify.error,
  };
}
