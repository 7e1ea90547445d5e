import { Modal } from '@mantine/core';
import type { GroupRecord } from '../types/duplicateTypes';
import { MergeWorkspace } from './MergeWorkspace';

type MergeModalProps = {
  entity: string;
  /** The group being reviewed; null while closed. */
  records: GroupRecord[] | null;
  onClose: () => void;
  /** After a merge: the id of the record that went to the Trash. */
  onMerged: (otherId: string) => void;
};

/** "Review & merge": a wide window comparing two records of a group field by field. */
export function MergeModal({ entity, records, onClose, onMerged }: MergeModalProps) {
  return (
    <Modal
      opened={records !== null}
      onClose={onClose}
      size={1120}
      title="Review & merge"
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {records ? <MergeWorkspace key={records.map((r) => r.id).join('+')} entity={entity} records={records} onClose={onClose} onMerged={onMerged} /> : null}
    </Modal>
  );
}
