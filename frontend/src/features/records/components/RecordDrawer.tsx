import { Drawer } from '@mantine/core';
import type { CrmRecord, EntityDef } from '../api/recordsApi';
import type { RecordFormWarning } from '../types/formWarning';
import { RecordForm } from './RecordForm';

type RecordDrawerProps = {
  entity: EntityDef;
  /** The record to edit; none to create one. */
  record?: CrmRecord;
  opened: boolean;
  onClose: () => void;
  onSaved?: (record: CrmRecord) => void;
  /** Passed to the form (see RecordForm). */
  warning?: RecordFormWarning;
};

/** Create or edit a record in a drawer from the right. */
export function RecordDrawer({ entity, record, opened, onClose, onSaved, warning }: RecordDrawerProps) {
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="xl"
      title={record ? `Edit ${record.title || entity.label.toLowerCase()}` : `New ${entity.label.toLowerCase()}`}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && (
        <RecordForm
          key={record?.id ?? 'new'}
          entity={entity}
          record={record}
          onCancel={onClose}
          warning={warning}
          onDone={(saved) => {
            onClose();
            if (saved) onSaved?.(saved);
          }}
        />
      )}
    </Drawer>
  );
}
