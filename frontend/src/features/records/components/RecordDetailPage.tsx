import { Alert, Button, Center, Grid, Loader, Paper, Stack, Title } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import type { EntityDef } from '../api/recordsApi';
import type { RecordFormWarning } from '../types/formWarning';
import { useRecord } from '../hooks/useRecord';
import { useRestoreRecord } from '../hooks/useRecordMutations';
import { ConvertLeadModal } from './ConvertLeadModal';
import { RecordDrawer } from './RecordDrawer';
import { RecordFields } from './RecordFields';
import { RecordHeader } from './RecordHeader';
import { RecordNotFound } from './RecordNotFound';
import { RecordTimeline } from './RecordTimeline';
import { RelatedPanels } from './RelatedPanels';

type RecordDetailPageProps = { entity: EntityDef; id: string; aside?: ReactNode; formWarning?: RecordFormWarning };

/**
 * One record: header with actions, fields and related records on the left, the
 * timeline (and `aside`, panels of other features) on the right.
 */
export function RecordDetailPage({ entity, id, aside, formWarning }: RecordDetailPageProps) {
  const record = useRecord(entity.name, id);
  const restore = useRestoreRecord();
  const [editing, setEditing] = useState(false);
  const [converting, setConverting] = useState(false);

  if (record.isPending) return <Center mih={300}><Loader /></Center>;
  if (record.isError) {
    if (toAppError(record.error).code === 'not_found') return <RecordNotFound entity={entity.name} label={entity.labelPlural} />;
    return <Alert color="red" variant="light" title="Could not open the record">{describeError(record.error)}</Alert>;
  }
  const data = record.data;
  const inTrash = !!data.deletedAt;

  return (
    <Stack gap="lg" maw={1400}>
      <RecordHeader entity={entity} record={data} onEdit={() => setEditing(true)} onConvert={() => setConverting(true)} />
      {inTrash && (
        <Alert color="yellow" variant="light" title="This record is in the Trash">
          <Button mt="xs" size="xs" variant="light" leftSection={<IconRestore size={14} />} loading={restore.isPending}
            onClick={() => restore.mutate({ entity: entity.name, id })}>
            Restore
          </Button>
        </Alert>
      )}
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <RecordFields entity={entity} record={data} />
            <RelatedPanels entity={entity} recordId={id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder radius="md" p="lg">
            <Title order={3} fz="md" mb="md">Timeline</Title>
            <RecordTimeline entity={entity} record={data} />
          </Paper>
          {aside}
        </Grid.Col>
      </Grid>
      <RecordDrawer entity={entity} record={data} opened={editing} onClose={() => setEditing(false)} warning={formWarning} />
      {entity.name === 'leads' && <ConvertLeadModal lead={data} opened={converting} onClose={() => setConverting(false)} />}
    </Stack>
  );
}
