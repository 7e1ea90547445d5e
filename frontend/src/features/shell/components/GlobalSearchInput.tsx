import { Group, Kbd, TextInput } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';

/** The header search box; it opens the command palette (also Ctrl+K). */
export function GlobalSearchInput() {
  return (
    <TextInput
      readOnly
      w="100%"
      maw={460}
      placeholder="Search FieldVault…"
      aria-label="Search (Ctrl+K)"
      leftSection={<IconSearch size={16} stroke={1.6} />}
      rightSectionWidth={84}
      rightSection={
        <Group gap={2} wrap="nowrap">
          <Kbd size="xs">Ctrl</Kbd>
          <Kbd size="xs">K</Kbd>
        </Group>
      }
      styles={{ input: { cursor: 'pointer' } }}
      onClick={() => spotlight.open()}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ' || event.key.length === 1) {
          event.preventDefault();
          spotlight.open();
        }
      }}
    />
  );
}
