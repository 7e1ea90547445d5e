import { Group, Text, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { MASKED_FIELD_HINT } from '../types/fieldOptions';

/** One field in a picker; a masked field shows a lock and says, on hover, why it cannot be chosen. */
export function FieldOption({ option }: { option: { label: string; disabled?: boolean } }) {
  if (!option.disabled) return <Text fz="sm">{option.label}</Text>;
  return (
    <Tooltip label={MASKED_FIELD_HINT} withArrow position="right" multiline w={260}>
      <Group gap={6} wrap="nowrap" data-testid="masked-field-option">
        <IconLock size={13} />
        <Text fz="sm">{option.label}</Text>
      </Group>
    </Tooltip>
  );
}
