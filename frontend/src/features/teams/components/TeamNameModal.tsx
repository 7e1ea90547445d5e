import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import type { Team } from '../api/teamsApi';
import { useSaveTeam } from '../hooks/useTeams';

type TeamNameModalProps = { opened: boolean; team: Team | null; onClose: () => void };

/** New team (team null) or rename. */
export function TeamNameModal({ opened, team, onClose }: TeamNameModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={team ? 'Rename team' : 'New team'} centered>
      {opened ? <TeamNameForm team={team} onClose={onClose} /> : null}
    </Modal>
  );
}

function TeamNameForm({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const save = useSaveTeam();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: team?.name ?? '' },
    validate: { name: (v) => (v.trim() === '' ? 'Enter a name for the team.' : v.trim().length > 80 ? 'Use at most 80 characters.' : null) },
  });
  const submit = form.onSubmit(({ name }) => {
    setError(null);
    save.mutate(
      { id: team?.id, name: name.trim() },
      {
        onSuccess: onClose,
        onError: (raw) => {
          const appError = toAppError(raw);
          if (appError.code === 'conflict') form.setFieldError('name', describeError(appError));
          else if (!applyFieldErrors(form, appError)) setError(describeError(appError));
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="Team name" placeholder="e.g. North region" required autoFocus {...form.getInputProps('name')} />
        {error ? <Alert color="red" variant="light">{error}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {team ? 'Rename' : 'Create team'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
