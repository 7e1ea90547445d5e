import { Button, Center, EmptyState } from '@mantine/core';
import { IconFileUnknown } from '@tabler/icons-react';
import { Link } from 'react-router';

/** A record that does not exist or lies outside the user's scope (the backend says not_found for both). */
export function RecordNotFound({ entity, label }: { entity: string; label?: string }) {
  return (
    <Center mih={420}>
      <EmptyState
        maw={480}
        size="lg"
        variant="light"
        icon={<IconFileUnknown size={32} stroke={1.5} />}
        title="This record is not available"
        description="It may have been deleted for good, or it is outside the records your role lets you see."
        data-testid="record-not-found"
      >
        <EmptyState.Actions>
          <Button component={Link} to={`/${entity}`} variant="default">
            Back to {label ?? entity}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
