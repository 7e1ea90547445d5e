import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useState } from 'react';
import { JobProgressBar } from '@/components/JobProgressBar';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import type { BackupJob } from '../hooks/useBackup';
import { useCheckRecipients } from '../hooks/useCheckRecipients';
import { backupFormErrors, backupSecretFields, type BackupFormErrors, type BackupSecret } from '../types/backupForm';
import { loadLastRecipients, saveLastRecipients } from '../types/lastRecipients';
import { recipientKeys, recipientProblem } from '../types/recipientLines';
import { BackupPassphraseFields } from './BackupPassphraseFields';
import { RecipientsField } from './RecipientsField';

type Mode = BackupSecret['mode'];

/** Who can open the backup (public keys, or a passphrase), then "Back up…" with progress and Cancel. */
export function BackupForm({ backup }: { backup: BackupJob }) {
  const [mode, setMode] = useState<Mode>('keys');
  const [recipients, setRecipients] = useState(() => loadLastRecipients());
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<BackupFormErrors>({});
  const check = useCheckRecipients();
  const secret: BackupSecret = mode === 'keys' ? { mode, recipients } : { mode, passphrase, confirm };
  const errors = backupFormErrors(secret);
  const shown: BackupFormErrors = { ...(touched ? errors : {}), ...serverErrors };
  const busy = backup.running || backup.choosing;

  const edited = () => {
    setServerErrors({});
    check.reset();
  };

  const showServerError = (error: unknown) => {
    const fields = toAppError(error).fields ?? {};
    setServerErrors({ recipients: fields.recipients, passphrase: fields.passphrase });
  };

  const checkKeys = () => {
    const problem = recipientProblem(recipients);
    if (problem) {
      setTouched(true);
      return;
    }
    check.mutate(recipientKeys(recipients), { onError: showServerError });
  };

  const submit = () => {
    setTouched(true);
    setServerErrors({});
    if (Object.keys(errors).length > 0) return;
    const sentMode = mode;
    const sentKeys = recipients;
    void backup.start(backupSecretFields(secret), {
      onError: showServerError,
      onDone: () => {
        if (sentMode === 'keys') saveLastRecipients(sentKeys);
        setPassphrase('');
        setConfirm('');
        setTouched(false);
      },
    });
  };

  const checkError = check.isError && !toAppError(check.error).fields ? describeError(check.error) : null;
  const progressText = backup.progress.percent === null ? 'Taking the snapshot…' : `Backing up… ${backup.progress.percent}%`;

  return (
    <Stack gap="md">
      <SegmentedControl
        value={mode}
        onChange={(value) => {
          setMode(value as Mode);
          setTouched(false);
          setServerErrors({});
        }}
        disabled={busy}
        data={[
          { value: 'keys', label: 'Encrypt to public keys' },
          { value: 'passphrase', label: 'Encrypt to a passphrase' },
        ]}
        w="fit-content"
      />
      {mode === 'keys' ? (
        <RecipientsField
          value={recipients}
          error={shown.recipients ?? checkError ?? undefined}
          disabled={busy}
          checked={check.data ?? null}
          checking={check.isPending}
          onChange={(value) => {
            setRecipients(value);
            edited();
          }}
          onCheck={checkKeys}
        />
      ) : (
        <BackupPassphraseFields
          passphrase={passphrase}
          confirm={confirm}
          errors={shown}
          disabled={busy}
          onPassphrase={(value) => {
            setPassphrase(value);
            edited();
          }}
          onConfirm={setConfirm}
        />
      )}
      {backup.running ? (
        <JobProgressBar label="Backup progress" percent={backup.progress.percent} text={progressText} onCancel={backup.cancel} cancelling={backup.cancelling} />
      ) : (
        <Group gap="sm">
          <Button leftSection={<IconDatabaseExport size={16} />} onClick={submit} loading={backup.choosing}>
            Back up…
          </Button>
          <Text fz="xs" c="dimmed">
            You choose where the file goes; the team can keep working meanwhile.
          </Text>
        </Group>
      )}
    </Stack>
  );
}
