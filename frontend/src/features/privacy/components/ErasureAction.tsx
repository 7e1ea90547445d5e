import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useErasure } from '../hooks/useErasure';
import { ERASE_CONFIRM_WORD, MAX_ERASE_REASON, validateErasure, type ErasureErrors } from '../types/erasure';

type ErasureActionProps = { entity: string; recordId: string };

/**
 * "Erase personal data…" (GDPR right to erasure, privacy.manage): a modal that
 * says exactly what happens, asks for the request's reference and a typed
 * confirmation, then erases. The backend checks everything again.
 */
export function ErasureAction({ entity, recordId }: ErasureActionProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<ErasureErrors>({});
  const close = () => {
    setOpen(false);
    setReason('');
    setConfirm('');
    setErrors({});
  };
  const erase = useErasure(entity, recordId, close);
  const submit = () => {
    const found = validateErasure({ reason, confirm });
    setErrors(found);
    if (Object.keys(found).length === 0) erase.mutate(reason.trim());
  };
  const person = entity === 'leads' ? 'lead' : 'contact';
  return (
    <>
      <Button variant="light" color="red" onClick={() => setOpen(true)}>Erase personal data…</Button>
      <Modal opened={open} onClose={erase.isPending ? () => {} : close} centered size="lg" title={`Erase this ${person}'s personal data`}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="sm">
            <Alert color="red" variant="light" title="This cannot be undone">
              <List size="sm" spacing={4}>
                <List.Item>
                  The {person}'s name, email addresses, phone numbers, address, job title and tags are blanked — and so are those of the
                  {entity === 'leads' ? ' contact this lead became' : ' leads it was converted from'}, and the subjects and notes of their
                  activities and tasks.
                </List.Item>
                <List.Item>Their keys are destroyed: every earlier value about them in the audit log then reads “[erased]”. The log still verifies.</List.Item>
                <List.Item>Records keep their ids and links (deals, company, owner), so reports stay correct.</List.Item>
                <List.Item>Backups made before now still hold the data until they expire.</List.Item>
              </List>
            </Alert>
            <TextInput
              label="Request reference"
              description="For example the ticket number of the erasure request. It is kept in the audit log: no personal data here."
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setErrors((e) => ({ ...e, reason: undefined }));
              }}
              error={errors.reason}
              maxLength={MAX_ERASE_REASON + 50}
              data-autofocus
              withAsterisk
            />
            <TextInput
              label={`Type ${ERASE_CONFIRM_WORD} to confirm`}
              value={confirm}
              onChange={(event) => {
                setConfirm(event.currentTarget.value);
                setErrors((e) => ({ ...e, confirm: undefined }));
              }}
              error={errors.confirm}
              autoComplete="off"
              withAsterisk
            />
            <Text fz="xs" c="dimmed">The erasure is recorded in the audit log with your name and the reference.</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={erase.isPending}>Cancel</Button>
              <Button type="submit" color="red" loading={erase.isPending}>Erase personal data</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
