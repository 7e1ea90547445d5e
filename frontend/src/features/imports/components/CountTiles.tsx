import { Paper, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { countTiles } from '../types/importCounts';
import type { ImportCounts } from '../types/importTypes';

/** New / Update / Unchanged / Duplicates / Skipped / Invalid as tiles; zero tiles are greyed. */
export function CountTiles({ counts, dryRun }: { counts: ImportCounts; dryRun: boolean }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" data-testid="import-counts">
      {countTiles(dryRun).map((tile) => {
        const n = counts[tile.key];
        return (
          <Tooltip key={tile.key} label={tile.hint} openDelay={300}>
            <Paper withBorder p="sm" radius="md" data-testid={`count-${tile.key}`} aria-label={`${tile.label}: ${n}`}>
              <Text fz="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>{tile.label}</Text>
              <Text fz={26} fw={700} lh={1.2} c={n > 0 ? tile.color : 'dimmed'} data-testid="count-value">{n.toLocaleString('en-US')}</Text>
            </Paper>
          </Tooltip>
        );
      })}
    </SimpleGrid>
  );
}
