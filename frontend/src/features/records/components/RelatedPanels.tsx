import { Stack } from '@mantine/core';
import { canDo } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import type { EntityDef } from '../api/recordsApi';
import { useSchema } from '../hooks/useSchema';
import { relatedSources, relatedTitle } from '../types/relatedRecords';
import { RelatedRecordsPanel } from './RelatedRecordsPanel';

/**
 * One panel per entity that links to this record through a refs field (a contact
 * shows the deals whose Contacts include it); only for entities the viewer may read.
 */
export function RelatedPanels({ entity, recordId }: { entity: EntityDef; recordId: string }) {
  const session = useSession();
  const schema = useSchema();
  const sources = relatedSources(schema.data ?? [], entity.name, (name) => canDo(session, name, 'read'));
  if (sources.length === 0) return null;
  return (
    <Stack gap="lg">
      {sources.map((source) => (
        <RelatedRecordsPanel
          key={`${source.entity.name}.${source.field.name}`}
          source={source}
          title={relatedTitle(source, sources)}
          recordId={recordId}
          noun={entity.label.toLowerCase()}
        />
      ))}
    </Stack>
  );
}
