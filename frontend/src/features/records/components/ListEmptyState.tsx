import { Button, Center, EmptyState } from '@mantine/core';
import { IconFilterOff, IconPlus, IconTrash, IconDatabase } from '@tabler/icons-react';
import type { EntityDef } from '../api/recordsApi';

type ListEmptyStateProps = {
  entity: EntityDef;
  trash: boolean;
  filtered: boolean;
  canCreate: boolean;
  onCreate: () => void;
  onClear: () => void;
};

/** What to do next when a list has no rows. */
export function ListEmptyState({ entity, trash, filtered, canCreate, onCreate, onClear }: ListEmptyStateProps) {
  const plural = entity.labelPlural.toLowerCase();
  const singular = entity.label.toLowerCase();
  let props: { icon: React.ReactNode; title: string; description: string; action?: React.ReactNode };
  if (filtered) {
    props = {
      icon: <IconFilterOff size={30} stroke={1.5} />,
      title: `No ${plural} match`,
      description: 'Try other words, or clear the search and filters to see everything you have access to.',
      action: <Button variant="default" onClick={onClear}>Clear search and filters</Button>,
    };
  } else if (trash) {
    props = { icon: <IconTrash size={30} stroke={1.5} />, title: 'The Trash is empty', description: `Deleted ${plural} wait here until they are restored or deleted for good.` };
  } else {
    props = {
      icon: <IconDatabase size={30} stroke={1.5} />,
      title: `No ${plural} yet`,
      description: canCreate
        ? `Create your first ${singular}; it will be listed, searchable and filterable here.`
        : `There are no ${plural} you can see. Ask a colleague to assign some to you, or an administrator to widen your role.`,
      action: canCreate ? <Button leftSection={<IconPlus size={16} />} onClick={onCreate}>New {singular}</Button> : undefined,
    };
  }
  return (
    <Center style={{ flex: 1 }} mih={320} data-testid="list-empty">
      <EmptyState maw={480} size="lg" variant="light" icon={props.icon} title={props.title} description={props.description}>
        {props.action && <EmptyState.Actions>{props.action}</EmptyState.Actions>}
      </EmptyState>
    </Center>
  );
}
