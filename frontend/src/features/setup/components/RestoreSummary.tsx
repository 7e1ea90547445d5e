import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { RestoreResult } from '../api/restoreApi';
import { integrityLabel, restoredRecords } from '../types/restoreOutcome';

type RestoreSummaryProps = { result: RestoreResult; continuing: boolean; onContinue: () => void };

function localTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A finished restore: which workspace, from when and whom, what was verified; Continue goes to unlocking it. */
export function RestoreSummary({ result, continuing, onContinue }: RestoreSummaryProps) {
  const rows: Array<[string, string]> = [
    ['Workspace', result.workspaceName],
    ['Backed up', `${localTime(result.createdAt)} by ${result.createdBy}`],
    ['Records', restoredRecords(result.counts).toLocaleString('en-US')],
    ['Audit entries verified', result.auditEntries.toLocaleString('en-US')],
    ['Integrity', integrityLabel(result.integrity)],
  ];
  return (
    <Stack gap="md" data-testid="restore-summary">
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="The workspace is restored">
        Every audit entry was checked up to the one the backup was taken at, and the database passed its checks. It is locked: unlock it and
        sign in as before the backup.
      </Alert>
      <Table withRowBorders={false} verticalSpacing={6}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={200} fw={500} fz="sm">
                {label}
              </Table.Th>
              <Table.Td>
                <Text fz="sm">{value}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text fz="xs" c="dimmed">
        Changes made after the backup are not in it. Anything others changed since then must be entered again.
      </Text>
      <Group justify="flex-end">
        <Button onClick={onContinue} loading={continuing} data-autofocus>
          Continue
        </Button>
      </Group>
    </Stack>
  );
}
