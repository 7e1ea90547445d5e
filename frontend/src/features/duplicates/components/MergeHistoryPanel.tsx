import { Alert, Anchor, Badge, Button, Center, EmptyState, Loader, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconHistory } from '@tabler/icons-react';
import { Link } from 'react-router';
import { describeError } from '@/lib/errors';
import { useUndoMerge } from '../hooks/useMerge';
import { useMerges } from '../hooks/useMerges';
import { ENTITY_LABELS, recordPath } from '../types/duplicateRoutes';
import type { DedupEntity } from '../types/duplicateTypes';
import { formatWhen } from '../types/fieldValues';

type MergeHistoryPanelProps = { entity: DedupEntity; canUndo: boolean };

/** Past merges of the entity (your own; administrators see everyone's), newest first, each with Undo. */
export function MergeHistoryPanel({ entity, canUndo }: MergeHistoryPanelProps) {
  const merges = useMerges(entity);
  const undo = useUndoMerge(entity);
  const { plural } = ENTITY_LABELS[entity];

  if (merges.isPending) return <Center mih={200}><Loader /></Center>;
  if (merges.isError) return <Alert color="red" variant="light" title="The merge history could not load">{describeError(merges.error)}</Alert>;
  if (merges.data.length === 0) {
    return (
      <Center mih={260}>
        <EmptyState maw={480} size="lg" variant="light" icon={<IconHistory size={30} stroke={1.5} />} title="No merges yet"
          description={`Merged ${plural} are listed here, with Undo while the kept record is unchanged.`} />
      </Center>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Merge history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Kept</Table.Th>
            <Table.Th>Merged into it (to the Trash)</Table.Th>
            <Table.Th ta="right">Links moved</Table.Th>
            <Table.Th>By</Table.Th>
            <Table.Th w={150} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {merges.data.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td><Text fz="sm">{formatWhen(m.mergedAt)}</Text></Table.Td>
              <Table.Td>
                <Anchor component={Link} to={recordPath(m.entity || entity, m.survivorId)} fz="sm" fw={600}>{m.survivorTitle || '(untitled)'}</Anchor>
              </Table.Td>
              <Table.Td><Text fz="sm">{m.mergedTitle || '(untitled)'}</Text></Table.Td>
              <Table.Td ta="right"><Text fz="sm">{m.moved.toLocaleString('en-US')}</Text></Table.Td>
              <Table.Td><Text fz="sm">{m.mergedBy || '—'}</Text></Table.Td>
              <Table.Td>
                {m.undoneAt ? (
                  <Badge variant="default" tt="none" title={formatWhen(m.undoneAt)}>Undone</Badge>
                ) : canUndo ? (
                  <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} />}
                    loading={undo.isPending && undo.variables === m.id} disabled={undo.isPending}
                    onClick={() => undo.mutate(m.id)} aria-label={`Undo the merge of ${m.mergedTitle} into ${m.survivorTitle}`}>
                    Undo
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
