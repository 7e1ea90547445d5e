import { Button, Modal } from '@mantine/core';
import { ChangePasswordForm } from './ChangePasswordForm';

type ChangePasswordModalProps = { opened: boolean; onClose: () => void };

export function ChangePasswordModal({ opened, onClose }: ChangePasswordModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Change password" centered>
      {opened ? (
        <ChangePasswordForm
          onDone={onClose}
          secondary={
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
          }
        />
      ) : null}
    </Modal>
  );
}
