import { Alert, Text } from '@mantine/core';
import { ConfirmModal } from '@/components/ConfirmModal';
import { describeError } from '@/lib/errors';
import type { Principal, PrincipalToken } from '../api/principalsApi';
import { useRotateToken } from '../hooks/usePrincipals';

type RotateTokenModalProps = { principal: Principal; onClose: () => void; onRotated: (rotated: PrincipalToken) => void };

/** "New token", after a yes: the old token stops at once, so the script needs the new one before its next run. */
export function RotateTokenModal({ principal, onClose, onRotated }: RotateTokenModalProps) {
  const rotate = useRotateToken();
  const confirm = () =>
    rotate.mutate(principal.id, {
      onSuccess: (rotated) => {
        rotate.reset(); // the token lives on only in the reveal modal
        onRotated(rotated);
      },
    });
  return (
    <ConfirmModal
      opened
      title={`New token for ${principal.username}?`}
      confirmLabel="Make a new token"
      danger
      loading={rotate.isPending}
      onClose={onClose}
      onConfirm={confirm}
    >
      <Text fz="sm">
        The current token stops working immediately: scripts using it fail until they get the new one, which is shown once.
      </Text>
      {rotate.isError ? (
        <Alert color="red" variant="light">
          {describeError(rotate.error)}
        </Alert>
      ) : null}
    </ConfirmModal>
  );
}
