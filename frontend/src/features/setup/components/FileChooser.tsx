import { Button, Group, Input, Text } from '@mantine/core';
import { IconFile } from '@tabler/icons-react';

type FileChooserProps = {
  label: string;
  description?: string;
  path: string;
  error?: string;
  buttonLabel: string;
  disabled?: boolean;
  loading?: boolean;
  onChoose: () => void;
};

/** A file chosen with the native Open dialog: the path (or "No file chosen") and the button. */
export function FileChooser({ label, description, path, error, buttonLabel, disabled, loading, onChoose }: FileChooserProps) {
  return (
    <Input.Wrapper label={label} description={description} error={error} required>
      <Group gap="sm" wrap="nowrap" mt={4}>
        <Button variant="default" leftSection={<IconFile size={16} />} onClick={onChoose} disabled={disabled} loading={loading} style={{ flexShrink: 0 }}>
          {buttonLabel}
        </Button>
        <Text fz="sm" ff={path ? 'monospace' : undefined} c={path ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
          {path || 'No file chosen'}
        </Text>
      </Group>
    </Input.Wrapper>
  );
}
