import { Alert, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';

/** What the merge will do, in a few sentences, right above the Merge button. */
export function MergeSummaryBox({ lines }: { lines: readonly string[] }) {
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} title="What happens" data-testid="merge-summary">
      <Stack gap={2}>
        {lines.map((line) => <Text key={line} fz="sm">{line}</Text>)}
      </Stack>
    </Alert>
  );
}
