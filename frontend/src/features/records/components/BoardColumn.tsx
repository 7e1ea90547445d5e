import { Anchor, Badge, Button, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Stage } from '@/lib/stages';
import type { CrmRecord, EntityDef, FieldDef } from '../api/recordsApi';
import { useRecordList } from '../hooks/useRecordList';
import { MASK } from '../types/fieldSchema';
import { buildListQuery, type ListState } from '../types/listQuery';
import { currencyFieldOf, formatCount, formatMoney, recordPath } from '../types/format';
import { MaskedValue } from './MaskedValue';
import { StageSelect } from './StageSelect';

type BoardColumnProps = {
  entity: EntityDef;
  stage: Stage;
  stageField: FieldDef;
  state: ListState;
  canUpdate: boolean;
  onMove: (record: CrmRecord, stageId: string) => void;
};

/** One stage of the deals board: its deals (50 at a time) with a stage picker per card. */
export function BoardColumn({ entity, stage, stageField, state, canUpdate, onMove }: BoardColumnProps) {
  const filters = { ...state.filters, [stageField.name]: { op: 'in' as const, values: [stage.id] } };
  const list = useRecordList(buildListQuery(entity.name, { ...state, filters }, entity.fields, 0, 50));
  const amountField = entity.fields.find((f) => f.type === 'money');
  const currency = currencyFieldOf(entity.fields);

  return (
    <Paper withBorder radius="md" p="xs" w={280} miw={280} bg="var(--mantine-color-default-hover)" data-testid={`board-column-${stage.name}`}>
      <Group justify="space-between" mb="xs" px={4} wrap="nowrap">
        <Text fw={650} fz="sm" truncate>{stage.name}</Text>
        <Group gap={4} wrap="nowrap">
          <Badge size="sm" variant="light" color={stage.won ? 'teal' : stage.lost ? 'gray' : undefined}>{stage.probability}%</Badge>
          <Badge size="sm" variant="default">{list.isPending ? '…' : formatCount(list.total, list.totalCapped, entity).split(' ')[0]}</Badge>
        </Group>
      </Group>
      <ScrollArea.Autosize mah="calc(100dvh - 290px)" type="auto">
        <Stack gap={8}>
          {list.rows.map((deal) => {
            const amount = amountField ? deal.values?.[amountField.name] : undefined;
            return (
              <Paper key={deal.id} withBorder radius="sm" p="sm" shadow="xs" data-testid="deal-card">
                <Anchor component={Link} to={recordPath(entity.name, deal.id)} fw={600} fz="sm" lineClamp={2}>
                  {deal.title || 'Untitled deal'}
                </Anchor>
                <Group justify="space-between" mt={4} gap="xs" wrap="nowrap">
                  {amount === MASK ? <MaskedValue /> : (
                    <Text fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {typeof amount === 'number' ? formatMoney(amount, currency ? String(deal.values?.[currency.name] ?? '') : undefined) : '—'}
                    </Text>
                  )}
                  <Text fz="xs" c="dimmed" truncate>{deal.ownerName}</Text>
                </Group>
                {canUpdate && (
                  <StageSelect mt="xs" size="xs" aria-label={`Stage of ${deal.title}`} value={stage.id} onChange={(id) => onMove(deal, id)} />
                )}
              </Paper>
            );
          })}
          {!list.isPending && list.rows.length === 0 && <Text fz="xs" c="dimmed" ta="center" py="md">No deals in this stage</Text>}
          {list.hasNextPage && (
            <Button size="xs" variant="subtle" loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
              Show more
            </Button>
          )}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}
