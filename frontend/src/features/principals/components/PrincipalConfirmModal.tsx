import { AccountActionModal, type AccountAction, type AccountActionCopy } from '@/components/AccountActionModal';
import type { Principal } from '../api/principalsApi';
import { useDeletePrincipal, useSetPrincipalDisabled } from '../hooks/usePrincipals';

type PrincipalConfirmModalProps = { principal: Principal; action: AccountAction; onClose: () => void };

const COPY: AccountActionCopy = {
  disable: {
    confirm: 'Disable integration',
    body: 'Its token stops signing in until you enable it again; scripts using it fail with "unauthenticated". Its history stays.',
  },
  enable: { confirm: 'Enable integration', body: 'Its current token signs in again.' },
  delete: {
    confirm: 'Delete integration',
    body: 'The account and its token are removed for good; its audit history stays. To pause it, disable it instead.',
  },
};

/** Disable, enable or delete a principal, after a yes (the same UserService calls as for people). */
export function PrincipalConfirmModal({ principal, action, onClose }: PrincipalConfirmModalProps) {
  return (
    <AccountActionModal
      account={principal}
      action={action}
      copy={COPY}
      setDisabled={useSetPrincipalDisabled()}
      remove={useDeletePrincipal()}
      onClose={onClose}
    />
  );
}
