import { Button, CloseButton, Group, Paper, Popover, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTag, IconTrash, IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmModal } from '@/components/ConfirmModal';
import type { BulkResult, EntityDef } from '../api/recordsApi';
import { useUserOptions } from '../hooks/useLookup';
import { useBulkAction } from '../hooks/useRecordMutations';
import { stageFieldOf } from '../types/format';
import { BulkFailuresModal } from './BulkFailuresModal';
import { StageSelect } from './StageSelect';

type BulkActionBarProps = {
  entity: EntityDef;
  ids: string[];
  titles: ReadonlyMap<string, string>;
  canUpdate: boolean;
  canDelete: boolean;
  onDone: () => void;
};

/** Actions on the selected rows; per-record failures are listed after the run. */
export function BulkActionBar({ entity, ids, titles, canUpdate, canDelete, onDone }: BulkActionBarProps) {
  const bulk = useBulkAction();
  const [tag, setTag] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [result, setResult] = useState<BulkResult | null>(null);
  const [assignOpen, setAssignOpen] = useState(false);
  const users = useUserOptions(assignOpen);
  const hasTags = entity.fields.some((f) => f.type === 'tags' && !f.readOnly);
  const hasStage = !!stageFieldOf(entity);

  const run = (action: string, value = '') =>
    bulk.mutate(
      { entity: entity.name, ids, action, value },
      {
        onSuccess: (res) => {
          setConfirmDelete(false);
          setAssignOpen(false);
          const failed = res.failed ?? [];
          notifications.show({
            color: failed.length ? 'yellow' : 'teal',
            title: failed.length ? `${res.done} done, ${failed.length} failed` : `${res.done.toLocaleString()} updated`,
            message: failed.length ? 'See which records were not changed.' : undefined,
          });
          if (failed.length) setResult(res);
          else onDone();
        },
      },
    );

  return (
    <Paper withBorder radius="md" px="md" py={6} shadow="xs" data-testid="bulk-bar">
      <Group gap="sm" wrap="nowrap">
        <Text fz="sm" fw={600} miw={90}>
          {ids.length.toLocaleString()} selected
        </Text>
        {canUpdate && (
          <Popover opened={assignOpen} onChange={setAssignOpen} shadow="md" withArrow trapFocus>
            <Popover.Target>
              <Button size="xs" variant="default" leftSection={<IconUserShare size={14} />} onClick={() => setAssignOpen((o) => !o)}>
                Assign owner
              </Button>
            </Popover.Target>
            <Popover.Dropdown>
              <Select
                w={240}
                label="New owner"
                searchable
                comboboxProps={{ withinPortal: false }}
                data={users.data ?? []}
                placeholder={users.isError ? 'You cannot list users' : 'Choose a user'}
                onChange={(id) => id && run('assign', id)}
              />
            </Popover.Dropdown>
          </Popover>
        )}
        {canUpdate && hasStage && (
          <StageSelect size="xs" w={170} placeholder="Change stage" aria-label="Change stage" value={null} onChange={(id) => run('stage', id)} />
        )}
        {canUpdate && hasTags && (
          <Popover shadow="md" withArrow trapFocus>
            <Popover.Target>
              <Button size="xs" variant="default" leftSection={<IconTag size={14} />}>Add tag</Button>
            </Popover.Target>
            <Popover.Dropdown>
              <Stack gap="xs" w={220}>
                <TextInput size="xs" label="Tag" maxLength={50} value={tag} onChange={(e) => setTag(e.currentTarget.value)} />
                <Button size="xs" disabled={tag.trim() === ''} loading={bulk.isPending} onClick={() => run('tag', tag)}>
                  Add to {ids.length.toLocaleString()}
                </Button>
              </Stack>
            </Popover.Dropdown>
          </Popover>
        )}
        {canDelete && (
          <Button size="xs" variant="light" color="red" leftSection={<IconTrash size={14} />} onClick={() => setConfirmDelete(true)}>
            Move to Trash
          </Button>
        )}
        <CloseButton ml="auto" aria-label="Clear selection" onClick={onDone} />
      </Group>
      <ConfirmModal
        opened={confirmDelete}
        title={`Move ${ids.length.toLocaleString()} to Trash?`}
        confirmLabel="Move to Trash"
        danger
        loading={bulk.isPending}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() => run('delete')}
      >
        <Text fz="sm">You can restore them from the Trash.</Text>
      </ConfirmModal>
      <BulkFailuresModal
        result={result}
        titles={titles}
        onClose={() => {
          setResult(null);
          onDone();
        }}
      />
    </Paper>
  );
}
