import { Anchor, Badge, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ConfirmModal } from '@/components/ConfirmModal';
import { canDo } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import type { CrmRecord, EntityDef } from '../api/recordsApi';
import { useTeamOptions } from '../hooks/useLookup';
import { useDeleteRecord } from '../hooks/useRecordMutations';

type RecordHeaderProps = { entity: EntityDef; record: CrmRecord; onEdit: () => void; onConvert: () => void };

/** Title, owner and team, and Edit / Delete / Convert. */
export function RecordHeader({ entity, record, onEdit, onConvert }: RecordHeaderProps) {
  const session = useSession();
  const navigate = useNavigate();
  const remove = useDeleteRecord();
  const teams = useTeamOptions(!!record.teamId);
  const [confirm, setConfirm] = useState(false);
  const team = teams.data?.find((t) => t.value === record.teamId)?.label;
  const inTrash = !!record.deletedAt;

  return (
    <Stack gap={6}>
      <Breadcrumbs fz="sm">
        <Anchor component={Link} to={`/${entity.name}`}>{entity.labelPlural}</Anchor>
        <Text fz="sm" c="dimmed" truncate maw={320}>{record.title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6} miw={0}>
          <Title order={2} fz={24} style={{ overflowWrap: 'anywhere' }}>{record.title || `Untitled ${entity.label.toLowerCase()}`}</Title>
          <Group gap="xs">
            <Badge variant="light" tt="none" fw={500}>{entity.label}</Badge>
            <Text fz="sm" c="dimmed">Owner: <Text span fz="sm" c="var(--mantine-color-text)" fw={500}>{record.ownerName || '—'}</Text></Text>
            {team && <Text fz="sm" c="dimmed">· Team: <Text span fz="sm" c="var(--mantine-color-text)" fw={500}>{team}</Text></Text>}
            {inTrash && <Badge color="red" variant="light">In Trash</Badge>}
          </Group>
        </Stack>
        {!inTrash && (
          <Group gap="xs" wrap="nowrap">
            {entity.name === 'leads' && canDo(session, 'contacts', 'create') && (
              <Button variant="light" leftSection={<IconArrowsExchange size={16} />} onClick={onConvert}>Convert</Button>
            )}
            {canDo(session, entity.name, 'update') && (
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit}>Edit</Button>
            )}
            {canDo(session, entity.name, 'delete') && (
              <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirm(true)}>Delete</Button>
            )}
          </Group>
        )}
      </Group>
      <ConfirmModal
        opened={confirm}
        title={`Move this ${entity.label.toLowerCase()} to Trash?`}
        confirmLabel="Move to Trash"
        danger
        loading={remove.isPending}
        onClose={() => setConfirm(false)}
        onConfirm={() =>
          // mutateAsync, not mutate's onSuccess: the refresh after the delete
          // unmounts this page (the record is now in the Trash), and a
          // per-call onSuccess of an unmounted component never runs.
          remove.mutateAsync({ entity: entity.name, id: record.id }).then(
            () => navigate(`/${entity.name}`),
            () => {}, // the hook shows the error
          )
        }
      >
        <Text fz="sm">“{record.title}” moves to the Trash. You or an administrator can restore it from there.</Text>
      </ConfirmModal>
    </Stack>
  );
}
