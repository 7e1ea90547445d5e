import { ActionIcon, Alert, Button, Checkbox, Group, Loader, NumberInput, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { useStages, type Stage } from '@/lib/stages';
import { useSaveStages } from '../hooks/useSaveStages';
import { stageProblems } from '../types/stageRules';

/** Admin → Pipeline: the deal stages, their order, probability and won/lost flags. */
export function PipelinePanel() {
  const stages = useStages();
  const save = useSaveStages();
  const [draft, setDraft] = useState<Stage[] | null>(null);
  const [tried, setTried] = useState(false);
  if (stages.isPending) return <Loader />;
  if (stages.isError) return <Alert color="red" variant="light">{describeError(stages.error)}</Alert>;
  const rows = draft ?? stages.data;
  const problems = tried ? stageProblems(rows) : {};
  const set = (next: Stage[]) => setDraft(next.map((s, i) => ({ ...s, order: i + 1 })));
  const patch = (i: number, p: Partial<Stage>) => set(rows.map((s, j) => (j === i ? { ...s, ...p } : s)));
  const move = (i: number, by: number) => {
    const next = [...rows];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    set(next);
  };
  const submit = () => {
    setTried(true);
    if (Object.keys(stageProblems(rows)).length) return;
    save.mutate(rows, {
      onSuccess: () => {
        setDraft(null);
        setTried(false);
        notifications.show({ color: 'teal', title: 'Pipeline saved', message: `${rows.length} stages` });
      },
    });
  };
  const error = save.error ? toAppError(save.error) : null;

  return (
    <Paper withBorder radius="md" p="lg" maw={860}>
      <Stack gap="md">
        <div>
          <Text fw={650}>Deal pipeline</Text>
          <Text fz="sm" c="dimmed">Stages in board order. Won and lost stages close a deal; probability weights forecasts.</Text>
        </div>
        {error && <Alert color="red" variant="light">{describeError(error)}</Alert>}
        {problems.form && <Alert color="red" variant="light">{problems.form}</Alert>}
        <Table verticalSpacing={6} data-testid="pipeline-stages">
          <Table.Thead>
            <Table.Tr><Table.Th w={80}>Order</Table.Th><Table.Th>Name</Table.Th><Table.Th w={130}>Probability %</Table.Th><Table.Th w={60}>Won</Table.Th><Table.Th w={60}>Lost</Table.Th><Table.Th w={50} /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s, i) => (
              <Table.Tr key={s.id || `new-${i}`}>
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon variant="subtle" color="gray" disabled={i === 0} aria-label={`Move ${s.name} up`} onClick={() => move(i, -1)}><IconArrowUp size={14} /></ActionIcon>
                    <ActionIcon variant="subtle" color="gray" disabled={i === rows.length - 1} aria-label={`Move ${s.name} down`} onClick={() => move(i, 1)}><IconArrowDown size={14} /></ActionIcon>
                  </Group>
                </Table.Td>
                <Table.Td><TextInput aria-label="Stage name" value={s.name} error={problems[i]} onChange={(e) => patch(i, { name: e.currentTarget.value })} /></Table.Td>
                <Table.Td><NumberInput aria-label="Probability" min={0} max={100} clampBehavior="strict" allowDecimal={false} value={s.probability} onChange={(v) => patch(i, { probability: Number(v) || 0 })} /></Table.Td>
                <Table.Td><Checkbox aria-label="Won" checked={s.won} onChange={(e) => patch(i, { won: e.currentTarget.checked, lost: e.currentTarget.checked ? false : s.lost })} /></Table.Td>
                <Table.Td><Checkbox aria-label="Lost" checked={s.lost} onChange={(e) => patch(i, { lost: e.currentTarget.checked, won: e.currentTarget.checked ? false : s.won })} /></Table.Td>
                <Table.Td><ActionIcon variant="subtle" color="red" aria-label={`Remove ${s.name}`} onClick={() => set(rows.filter((_, j) => j !== i))}><IconTrash size={15} /></ActionIcon></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => set([...rows, { id: '', name: '', probability: 50, order: rows.length + 1, won: false, lost: false }])}>
            Add stage
          </Button>
          <Group gap="xs">
            {draft && <Button variant="subtle" color="gray" onClick={() => { setDraft(null); setTried(false); }}>Discard changes</Button>}
            <Button onClick={submit} disabled={!draft} loading={save.isPending}>Save pipeline</Button>
          </Group>
        </Group>
        <Text fz="xs" c="dimmed">Removing a stage that still has deals is refused; move those deals first.</Text>
      </Stack>
    </Paper>
  );
}
