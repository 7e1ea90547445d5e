import { Alert, Code, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** What a backup is, how it is protected, and what opening it outside FieldVault means. */
export function BackupExplainer() {
  return (
    <Stack gap="sm">
      <Text fz="sm">
        A backup is one file holding the <b>whole workspace</b>: every record, user, role, setting and the full audit log.
      </Text>
      <List fz="sm" spacing={4}>
        <List.Item>
          It is a consistent snapshot: everyone can keep working while it runs; changes made meanwhile go into the next backup.
        </List.Item>
        <List.Item>
          It is encrypted with <b>age</b> to the public keys you list, or to a passphrase. Nothing unencrypted touches the disk.
        </List.Item>
        <List.Item>
          To move the workspace to a new computer, or after losing one, choose <b>Restore from a backup</b> on FieldVault&apos;s first-run screen.
        </List.Item>
      </List>
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Whoever can open it reads everything">
        Anyone holding a matching secret key (or the passphrase) can open the file with the standard age tool — for example{' '}
        <Code>age -d -i key.txt backup.age &gt; workspace.sqlite</Code> — and gets a plain SQLite database: all customer data, the users&apos;
        password hashes and the audit log, in clear. Do that only on a trusted machine, and delete the decrypted copy afterwards.
      </Alert>
    </Stack>
  );
}
