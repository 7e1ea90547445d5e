import { Alert, Button, Group, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle, IconArrowLeft, IconInfoCircle, IconRestore } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AuthLayout } from '@/components/AuthLayout';
import { JobProgressBar } from '@/components/JobProgressBar';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { chooseOpenPath } from '@/lib/openDialog';
import { invalidateWorkspaceStatus } from '@/lib/workspaceStatus';
import { useKeychainProbe } from '../hooks/useKeychainProbe';
import { useRestoreBackup } from '../hooks/useRestoreBackup';
import { initialRestoreValues, restoreFieldFor, restoreSchema, toRestoreRequest, type RestoreValues } from '../schemas/restoreSchema';
import { restoreErrorTitle } from '../types/restoreOutcome';
import { RestoreForm, type ChosenFile } from './RestoreForm';
import { RestoreSummary } from './RestoreSummary';

const DIALOGS: Record<ChosenFile, { title: string; filters: Array<{ displayName: string; pattern: string }> }> = {
  path: { title: 'Choose the backup', filters: [{ displayName: 'FieldVault backup (*.age)', pattern: '*.age' }] },
  identityPath: {
    title: 'Choose the key file that opens the backup',
    filters: [
      { displayName: 'Key files (*.txt, *.key, id_*)', pattern: '*.txt;*.key;id_*' },
      { displayName: 'All files', pattern: '*' },
    ],
  },
};

/** First run, the other way: rebuild the workspace from a backup, see what was verified, then unlock it as usual. */
export function RestoreScreen({ onBack }: { onBack: () => void }) {
  const client = useQueryClient();
  const form = useForm<RestoreValues>({
    mode: 'controlled',
    initialValues: initialRestoreValues,
    validate: schemaResolver(restoreSchema, { sync: true }),
  });
  const probe = useKeychainProbe(true);
  const restore = useRestoreBackup();
  const [choosing, setChoosing] = useState<ChosenFile | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [continuing, setContinuing] = useState(false);

  const choose = async (file: ChosenFile) => {
    setChoosing(file);
    setDialogError(null);
    try {
      const path = await chooseOpenPath(DIALOGS[file].title, DIALOGS[file].filters);
      if (path) {
        form.setFieldValue(file, path);
        form.clearFieldError(file);
      }
    } catch (error) {
      setDialogError(describeError(error));
    } finally {
      setChoosing(null);
    }
  };

  const submit = form.onSubmit((values) => {
    restore.start(toRestoreRequest(values), (error) => {
      for (const [field, message] of Object.entries(toAppError(error).fields ?? {})) {
        const target = restoreFieldFor(field, values.unlockWith);
        if (target) form.setFieldError(target, message === 'required' ? 'Fill this in.' : message);
      }
    });
  });

  const outcome = restore.outcome;
  if (outcome && !outcome.cancelled) {
    return (
      <AuthLayout width={640} title="Restore from a backup" subtitle="Done. Check what was restored, then unlock it.">
        <RestoreSummary
          result={outcome.result}
          continuing={continuing}
          onContinue={async () => {
            setContinuing(true);
            await invalidateWorkspaceStatus(client); // the status now says a workspace exists: the unlock screen follows
          }}
        />
      </AuthLayout>
    );
  }

  const failure = restore.error ? toAppError(restore.error) : null;
  const percent = restore.progress.percent;
  return (
    <AuthLayout width={640} title="Restore from a backup" subtitle="Rebuild a workspace on this computer from a FieldVault backup file (.age).">
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <RestoreForm form={form} disabled={restore.running} choosing={choosing} probe={probe.data} onChoose={(file) => void choose(file)} />
          {dialogError ? (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
              {dialogError}
            </Alert>
          ) : null}
          {failure && !failure.fields ? (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={restoreErrorTitle(failure.code)} data-testid="restore-error">
              {describeError(failure)} Nothing was written on this computer.
            </Alert>
          ) : null}
          {outcome?.cancelled ? (
            <Alert variant="light" icon={<IconInfoCircle size={18} />} title="Restore cancelled">
              Nothing was written on this computer.
            </Alert>
          ) : null}
          {restore.cancelError ? (
            <Alert color="red" variant="light">
              {describeError(restore.cancelError)}
            </Alert>
          ) : null}
          {restore.running ? (
            <JobProgressBar
              label="Restore progress"
              percent={percent}
              text={percent === null ? 'Opening the backup…' : `Restoring and verifying… ${percent}%`}
              onCancel={restore.cancel}
              cancelling={restore.cancelling}
            />
          ) : (
            <Group justify="space-between">
              <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
                Create a new workspace instead
              </Button>
              <Button type="submit" leftSection={<IconRestore size={16} />}>
                Restore
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </AuthLayout>
  );
}
