import { AccountActionModal, type AccountAction, type AccountActionCopy } from '@/components/AccountActionModal';
import type { User } from '../api/usersApi';
import { useDeleteUser, useSetUserDisabled } from '../hooks/useUsers';

type UserConfirmModalProps = { user: User; action: AccountAction; onClose: () => void };

const COPY: AccountActionCopy = {
  disable: {
    confirm: 'Disable user',
    body: 'They are signed out at their next action and cannot sign in until enabled again. Their records and history stay.',
  },
  enable: { confirm: 'Enable user', body: 'They can sign in again with their password.' },
  delete: {
    confirm: 'Delete user',
    body: 'The account is removed for good; their audit history stays. To keep the account for later, disable it instead.',
  },
};

/** Disable, enable or delete a user, after a yes. */
export function UserConfirmModal({ user, action, onClose }: UserConfirmModalProps) {
  return (
    <AccountActionModal account={user} action={action} copy={COPY} setDisabled={useSetUserDisabled()} remove={useDeleteUser()} onClose={onClose} />
  );
}
