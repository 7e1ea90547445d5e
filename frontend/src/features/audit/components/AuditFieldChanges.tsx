import { Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import type { FieldChange } from '../api/auditApi';
import { MASK, formatValue } from '../types/auditFormat';

function Value({ value, masked }: { value: unknown; masked: boolean }) {
  if (masked) {
    return (
      <Tooltip label="Sensitive field: your role does not show its values" withArrow>
        <Text fz="sm" ff="monospace" aria-label="masked value">{MASK}</Text>
      </Tooltip>
    );
  }
  return <Text fz="sm" style={{ wordBreak: 'break-word' }}>{formatValue(value)}</Text>;
}

/** Field changes of an entry, before → after; masked values show as •••• with a "masked" hint. */
export function AuditFieldChanges({ changes }: { changes: readonly FieldChange[] }) {
  if (changes.length === 0) return <Text fz="sm" c="dimmed">No field changes in this entry.</Text>;
  return (
    <Table withTableBorder verticalSpacing={6} horizontalSpacing="sm" data-testid="audit-field-changes">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="28%">Field</Table.Th>
          <Table.Th>Before</Table.Th>
          <Table.Th w={24} aria-label="becomes" />
          <Table.Th>After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.field}>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Text fz="sm" fw={500}>{change.field}</Text>
                {change.masked && <Badge size="xs" variant="outline" color="gray" tt="none">masked</Badge>}
              </Group>
            </Table.Td>
            <Table.Td><Value value={change.before} masked={change.masked} /></Table.Td>
            <Table.Td c="dimmed">→</Table.Td>
            <Table.Td><Value value={change.after} masked={change.masked} /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
