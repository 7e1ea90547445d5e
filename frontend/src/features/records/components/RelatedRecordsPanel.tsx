import { Alert, Anchor, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { describeError } from '@/lib/errors';
import { useRelatedRecords } from '../hooks/useRelatedRecords';
import { recordPath } from '../types/format';
import { relatedListQuery, summaryFields, type RelatedSource } from '../types/relatedRecords';
import { UNTITLED } from '../types/refTitles';
import { RecordCell } from './RecordCell';

type RelatedRecordsPanelProps = {
  source: RelatedSource;
  title: string;
  /** The record being shown: rows are the source records whose refs field includes it. */
  recordId: string;
  /** The label of the record's entity, singular, lower case ("contact"). */
  noun: string;
};

/** Records of another entity that link to this one through a refs field (e.g. a contact's deals); a row opens its record. */
export function RelatedRecordsPanel({ source, title, recordId, noun }: RelatedRecordsPanelProps) {
  const navigate = useNavigate();
  const list = useRelatedRecords(relatedListQuery(source, recordId));
  const { entity } = source;
  const columns = summaryFields(entity);
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Title order={3} fz="md" mb="sm">
        {title}
        {rows.length > 0 && <Text span c="dimmed" fz="sm" ml={6}>{total.toLocaleString()}{list.data?.totalCapped ? '+' : ''}</Text>}
      </Title>
      {list.isPending ? (
        <Loader size="sm" />
      ) : list.isError ? (
        <Alert color="red" variant="light">{describeError(list.error)}</Alert>
      ) : rows.length === 0 ? (
        <Text fz="sm" c="dimmed">No {entity.labelPlural.toLowerCase()} link to this {noun}.</Text>
      ) : (
        <Table highlightOnHover verticalSpacing={6} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{entity.label}</Table.Th>
              {columns.map((f) => <Table.Th key={f.name} w="28%">{f.label}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} style={{ cursor: 'pointer' }} onClick={() => navigate(recordPath(entity.name, row.id))}>
                <Table.Td>
                  <Anchor component={Link} to={recordPath(entity.name, row.id)} fz="sm" fw={600} truncate="end" display="block"
                    onClick={(e) => e.stopPropagation()}>
                    {row.title || UNTITLED}
                  </Anchor>
                </Table.Td>
                {columns.map((f) => <Table.Td key={f.name}><RecordCell field={f} record={row} /></Table.Td>)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rows.length > 0 && rows.length < total && (
        <Text fz="xs" c="dimmed" mt="xs">Showing the {rows.length} most recently updated.</Text>
      )}
    </Paper>
  );
}
