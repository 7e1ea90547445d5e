import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';

/** "← All reports", above a report or the builder. */
export function BackLink() {
  return (
    <Anchor component={Link} to="/reports" fz="sm" c="dimmed" w="fit-content">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} />
        All reports
      </Group>
    </Anchor>
  );
}
