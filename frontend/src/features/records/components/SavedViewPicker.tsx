import { ActionIcon, Button, Group, Select, Text, Tooltip } from '@mantine/core';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmModal } from '@/components/ConfirmModal';
import type { SavedView } from '../api/viewsApi';
import { useDeleteView, useViews } from '../hooks/useViews';

type SavedViewPickerProps = {
  entity: string;
  value: string | null;
  onApply: (view: SavedView | null) => void;
  onSaveClick: () => void;
};

/** Pick a saved view (own and shared), save the current one, delete one's own. */
export function SavedViewPicker({ entity, value, onApply, onSaveClick }: SavedViewPickerProps) {
  const views = useViews(entity);
  const remove = useDeleteView(entity);
  const [confirm, setConfirm] = useState(false);
  const list = views.data ?? [];
  const current = list.find((v) => v.id === value);
  const data = [
    { group: 'My views', items: list.filter((v) => v.mine).map((v) => ({ value: v.id, label: v.shared ? `${v.name} (shared)` : v.name })) },
    { group: 'Shared with everyone', items: list.filter((v) => !v.mine).map((v) => ({ value: v.id, label: v.name })) },
  ].filter((g) => g.items.length > 0);

  return (
    <Group gap={6} wrap="nowrap">
      <Select
        aria-label="Saved view"
        placeholder={list.length ? 'All records' : 'No saved views'}
        data={data}
        value={value}
        clearable
        w={200}
        onChange={(id) => onApply(list.find((v) => v.id === id) ?? null)}
      />
      {current?.mine && (
        <Tooltip label="Delete this view">
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label="Delete view" onClick={() => setConfirm(true)}>
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      )}
      <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={onSaveClick}>
        Save view
      </Button>
      <ConfirmModal
        opened={confirm}
        title="Delete view?"
        confirmLabel="Delete view"
        danger
        loading={remove.isPending}
        onClose={() => setConfirm(false)}
        onConfirm={() =>
          current &&
          remove.mutate(current.id, {
            onSuccess: () => {
              setConfirm(false);
              onApply(null);
            },
          })
        }
      >
        <Text fz="sm">“{current?.name}” will be deleted{current?.shared ? ' for everyone it is shared with' : ''}. The records stay.</Text>
      </ConfirmModal>
    </Group>
  );
}
