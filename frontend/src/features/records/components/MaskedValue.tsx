import { Group, Text, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { MASK } from '../types/fieldSchema';

export const MASKED_HINT = 'Hidden: your role cannot see sensitive fields';

/** A sensitive value the role may not see. */
export function MaskedValue() {
  return (
    <Tooltip label={MASKED_HINT} withArrow openDelay={200}>
      <Group gap={4} wrap="nowrap" c="dimmed" aria-label={MASKED_HINT} data-testid="masked-value" style={{ cursor: 'help' }}>
        <IconLock size={13} stroke={1.8} />
        <Text span fz="sm" lts={1}>
          {MASK}
        </Text>
      </Group>
    </Tooltip>
  );
}
