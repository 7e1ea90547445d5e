import { Alert, Text } from '@mantine/core';
import { ConfirmModal } from '@/components/ConfirmModal';
import { describeError } from '@/lib/errors';
import type { Principal } from '../api/principalsApi';
import { useDeletePrincipal, useSetPrincipalDisabled } from '../hooks/usePrincipals';

type PrincipalConfirmModalProps = { principal: Principal; action: 'disable' | 'enable' | 'delete'; onClose: () => void };

const COPY = {
  disable: {
    title: 'Disable',
    confirm: 'Disable integration',
    body: 'Its token stops signing in until you enable it again; scripts using it fail with "unauthenticated". Its history stays.',
  },
  enable: { title: 'Enable', confirm: 'Enable integration', body: 'Its current token signs in again.' },
  delete: {
    title: 'Delete',
    confirm: 'Delete integration',
    body: 'The account and its token are removed for good; its audit history stays. To pause it, disable it instead.',
  },
};

/** Disable, enable or delete a principal, after a yes (the same UserService calls as for people). */
export function PrincipalConfirmModal({ principal, action, onClose }: PrincipalConfirmModalProps) {
  const setDisabled = useSetPrincipalDisabled();
  const remove = useDeletePrincipal();
  const mutation = action === 'delete' ? remove : setDisabled;
  const copy = COPY[action];

  const confirm = () => {
    if (action === 'delete') remove.mutate(principal.id, { onSuccess: onClose });
    else setDisabled.mutate({ id: principal.id, disabled: action === 'disable' }, { onSuccess: onClose });
  };

  return (
    <ConfirmModal
      opened
      title={`${copy.title} ${principal.username}?`}
      confirmLabel={copy.confirm}
      danger={action !== 'enable'}
      loading={mutation.isPending}
      onClose={onClose}
      onConfirm={confirm}
    >
      <Text fz="sm">{copy.body}</Text>
      {mutation.isError ? (
        <Alert color="red" variant="light">
          {describeError(mutation.error)}
        </Alert>
      ) : null}
    </ConfirmModal>
  );
}
