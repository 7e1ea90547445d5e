import { Alert, Button, Group, PasswordInput, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmModal } from '@/components/ConfirmModal';
import { describeError } from '@/lib/errors';
import type { AuditRetention } from '../api/archiveApi';
import { useArchivePreview } from '../hooks/useArchivePreview';
import type { AuditArchiveJob } from '../hooks/useAuditArchive';
import { archiveFormErrors, archiveSecretFields, describePreview, type ArchiveSecret } from '../types/archiveForm';
import { formatAuditTime } from '../types/auditFormat';
import { AuditArchiveResult } from './AuditArchiveResult';
import { JobProgressBar } from './JobProgressBar';

/**
 * Archive the entries before a date (at most the retention cutoff): preview,
 * who can open the file (age public keys, or a passphrase), confirm, the
 * native save dialog, progress with Cancel, then the result.
 */
export function AuditArchiveForm({ retention, archive }: { retention: AuditRetention; archive: AuditArchiveJob }) {
  const [before, setBefore] = useState(retention.cutoff);
  const [mode, setMode] = useState<ArchiveSecret['mode']>('keys');
  const [recipients, setRecipients] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const preview = useArchivePreview(before, retention.keepDays > 0);
  const secret: ArchiveSecret = mode === 'keys' ? { mode, recipients } : { mode, passphrase, confirm };
  const errors = archiveFormErrors(secret, before, retention.cutoff);
  const shown = touched ? errors : {};
  const p = preview.data;
  const count = p && !p.blocked ? p.entries : 0;

  if (retention.keepDays === 0) {
    return (
      <Text fz="sm" c="dimmed">
        The policy keeps every entry forever, so nothing can be archived. Choose how long entries stay in the live log first.
      </Text>
    );
  }

  const submit = () => {
    setTouched(true);
    if (Object.keys(errors).length === 0 && count > 0) setConfirming(true);
  };

  return (
    <Stack gap="sm">
      <Title order={4} fz="sm">Archive old entries</Title>
      {archive.result && <AuditArchiveResult result={archive.result} onClose={archive.dismiss} />}
      <Group align="flex-start" gap="sm">
        <TextInput
          type="date"
          label="Archive entries before"
          description="Midnight UTC of this day"
          value={before}
          max={retention.cutoff}
          onChange={(e) => setBefore(e.currentTarget.value)}
          error={shown.before}
          w={220}
        />
        <Text fz="sm" mt={28} style={{ flex: 1 }} c={p?.blocked ? 'red' : undefined} data-testid="archive-preview">
          {preview.isError ? describeError(preview.error) : p ? p.blocked || describePreview(p, formatAuditTime) : 'Counting…'}
        </Text>
      </Group>
      <SegmentedControl
        value={mode}
        onChange={(value) => setMode(value as ArchiveSecret['mode'])}
        data={[{ value: 'keys', label: 'Encrypt to public keys' }, { value: 'passphrase', label: 'Encrypt with a passphrase' }]}
        w="fit-content"
      />
      {mode === 'keys' ? (
        <Textarea
          label="age public keys"
          description="One per line (age1…). Whoever holds a matching secret key opens the file with age -d; keep those keys offline."
          placeholder="age1…"
          rows={3}
          value={recipients}
          onChange={(e) => setRecipients(e.currentTarget.value)}
          error={shown.recipients}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        />
      ) : (
        <Group grow align="flex-start">
          <PasswordInput label="Passphrase" description="At least 12 characters; age asks for it" value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)} error={shown.passphrase} autoComplete="new-password" />
          <PasswordInput label="Repeat the passphrase" description=" " value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)} error={shown.confirm} autoComplete="new-password" />
        </Group>
      )}
      {archive.writing ? (
        <JobProgressBar label="Archive progress" progress={archive.progress} onCancel={archive.cancel} cancelling={archive.cancelling} />
      ) : (
        <Group>
          <Button leftSection={<IconArchive size={16} />} onClick={submit} loading={archive.busy} disabled={count === 0}>
            {count > 0 ? `Archive ${count.toLocaleString('en-US')} ${count === 1 ? 'entry' : 'entries'}…` : 'Archive…'}
          </Button>
        </Group>
      )}
      <ConfirmModal
        opened={confirming}
        title="Move entries out of the live log?"
        confirmLabel="Choose the file and archive"
        danger
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          archive.start({ before, upToSeq: 0, ...archiveSecretFields(secret) });
        }}
      >
        <Text fz="sm">
          {count.toLocaleString('en-US')} {count === 1 ? 'entry' : 'entries'} will be written to an encrypted file signed with this
          workspace&apos;s audit key, then removed from the live log, which keeps a signed anchor so the rest still verifies.
        </Text>
        <Alert color="yellow" variant="light">
          After this, the file you save is the only place these entries exist. Keep it, and the key or passphrase that opens it, safe.
        </Alert>
      </ConfirmModal>
    </Stack>
  );
}
