import { Button, Table, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { countsSummary } from '../types/importCounts';
import { canRevert, formatWhen } from '../types/importFormat';
import { entityPlural, type ImportBatch } from '../types/importTypes';
import { BatchStatusBadge } from './BatchStatusBadge';

type PastImportsTableProps = { batches: readonly ImportBatch[]; onRevert: (batch: ImportBatch) => void };

/** Past imports: file and its row counts, type, when, by whom, status, records written, and Revert. */
export function PastImportsTable({ batches, onRevert }: PastImportsTableProps) {
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table verticalSpacing="sm" highlightOnHover data-testid="past-imports">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File and rows</Table.Th>
            <Table.Th w={100}>Type</Table.Th>
            <Table.Th w={170}>When</Table.Th>
            <Table.Th w={140}>By</Table.Th>
            <Table.Th w={120}>Status</Table.Th>
            <Table.Th w={80} ta="right">Records</Table.Th>
            <Table.Th w={100} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches.map((b) => (
            <Table.Tr key={b.id} data-testid="import-batch-row">
              <Table.Td>
                <Text fz="sm" fw={600} lineClamp={1} title={b.fileName}>{b.fileName}</Text>
                <Text fz="xs" c="dimmed" data-testid="batch-counts">{countsSummary(b.counts)}</Text>
              </Table.Td>
              <Table.Td><Text fz="sm">{entityPlural(b.entity)}</Text></Table.Td>
              <Table.Td><Text fz="sm" style={{ whiteSpace: 'nowrap' }}>{formatWhen(b.createdAt)}</Text></Table.Td>
              <Table.Td><Text fz="sm" truncate="end" title={b.createdByName}>{b.createdByName || '—'}</Text></Table.Td>
              <Table.Td><BatchStatusBadge batch={b} /></Table.Td>
              <Table.Td ta="right"><Text fz="sm">{b.records.toLocaleString('en-US')}</Text></Table.Td>
              <Table.Td ta="right">
                {canRevert(b) ? (
                  <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconArrowBackUp size={14} />} onClick={() => onRevert(b)} aria-label={`Revert the import of ${b.fileName}`}>
                    Revert
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
