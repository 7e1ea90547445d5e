import { Alert, Text } from '@mantine/core';
import { describeError } from '@/lib/errors';
import { ConfirmModal } from './ConfirmModal';

/** What an administrator does to an account (a person's or an integration's). */
export type AccountAction = 'disable' | 'enable' | 'delete';

/** The confirm button and explanation of each action, in the words of the kind of account. */
export type AccountActionCopy = Record<AccountAction, { confirm: string; body: string }>;

/** The part of a TanStack mutation this modal drives. */
type Mutation<V> = {
  mutate: (vars: V, opts: { onSuccess: () => void }) => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
};

const TITLES: Record<AccountAction, string> = { disable: 'Disable', enable: 'Enable', delete: 'Delete' };

type AccountActionModalProps = {
  account: { id: string; username: string };
  action: AccountAction;
  copy: AccountActionCopy;
  /** Disables or enables the account (UserService.SetDisabled for both kinds). */
  setDisabled: Mutation<{ id: string; disabled: boolean }>;
  /** Deletes the account. */
  remove: Mutation<string>;
  onClose: () => void;
};

/**
 * Disable, enable or delete an account after a yes; it closes once the
 * backend agreed, and shows a refusal (the last Administrator…) inline.
 * Disabling and deleting are styled as dangerous.
 */
export function AccountActionModal({ account, action, copy, setDisabled, remove, onClose }: AccountActionModalProps) {
  const mutation = action === 'delete' ? remove : setDisabled;
  const confirm = () => {
    if (action === 'delete') remove.mutate(account.id, { onSuccess: onClose });
    else setDisabled.mutate({ id: account.id, disabled: action === 'disable' }, { onSuccess: onClose });
  };
  return (
    <ConfirmModal
      opened
      title={`${TITLES[action]} ${account.username}?`}
      confirmLabel={copy[action].confirm}
      danger={action !== 'enable'}
      loading={mutation.isPending}
      onClose={onClose}
      onConfirm={confirm}
    >
      <Text fz="sm">{copy[action].body}</Text>
      {mutation.isError ? (
        <Alert color="red" variant="light">
          {describeError(mutation.error)}
        </Alert>
      ) : null}
    </ConfirmModal>
  );
}
