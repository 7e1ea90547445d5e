import { Group, Radio, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { UnlockMode } from '../schemas/setupSchema';

type MethodCardProps = {
  value: UnlockMode;
  checked: boolean;
  disabled?: boolean;
  icon: ReactNode;
  title: string;
  description: string;
};

export function MethodCard({ value, checked, disabled, icon, title, description }: MethodCardProps) {
  return (
    <Radio.Card value={value} checked={checked} disabled={disabled} p="md" opacity={disabled ? 0.55 : 1}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} disabled={disabled} />
        <div>
          <Group gap={6}>
            {icon}
            <Text fw={600} fz="sm">
              {title}
            </Text>
          </Group>
          <Text fz="xs" c="dimmed" mt={4}>
            {description}
          </Text>
        </div>
      </Group>
    </Radio.Card>
  );
}
