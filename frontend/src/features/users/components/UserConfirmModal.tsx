import { Alert, Text } from '@mantine/core';
import { ConfirmModal } from '@/components/ConfirmModal';
import { describeError } from '@/lib/errors';
import type { User } from '../api/usersApi';
import { useDeleteUser, useSetUserDisabled } from '../hooks/useUsers';

type UserConfirmModalProps = { user: User; action: 'disable' | 'enable' | 'delete'; onClose: () => void };

const COPY = {
  disable: {
    title: 'Disable',
    confirm: 'Disable user',
    body: 'They are signed out at their next action and cannot sign in until enabled again. Their records and history stay.',
  },
  enable: { title: 'Enable', confirm: 'Enable user', body: 'They can sign in again with their password.' },
  delete: {
    title: 'Delete',
    confirm: 'Delete user',
    body: 'The account is removed for good; their audit history stays. To keep the account for later, disable it instead.',
  },
};

/** Disable, enable or delete, after a yes. Backend refusals (last Administrator…) show inline. */
export function UserConfirmModal({ user, action, onClose }: UserConfirmModalProps) {
  const setDisabled = useSetUserDisabled();
  const remove = useDeleteUser();
  const mutation = action === 'delete' ? remove : setDisabled;
  const copy = COPY[action];

  const confirm = () => {
    if (action === 'delete') remove.mutate(user.id, { onSuccess: onClose });
    else setDisabled.mutate({ id: user.id, disabled: action === 'disable' }, { onSuccess: onClose });
  };

  return (
    <ConfirmModal
      opened
      title={`${copy.title} ${user.username}?`}
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
