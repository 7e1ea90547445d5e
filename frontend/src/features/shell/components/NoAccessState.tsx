import { Center, EmptyState } from '@mantine/core';
import { IconLockAccess } from '@tabler/icons-react';

/** Shown on a route the signed-in role may not open (the backend refuses it anyway). */
export function NoAccessState() {
  return (
    <Center mih={420} h="100%">
      <EmptyState
        maw={480}
        size="lg"
        variant="light"
        icon={<IconLockAccess size={34} stroke={1.5} />}
        title="You don't have access to this section"
        description="Your role does not include it. If you need it for your work, ask an administrator to change your role."
        data-testid="no-access"
      />
    </Center>
  );
}
