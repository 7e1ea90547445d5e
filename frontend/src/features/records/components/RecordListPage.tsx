import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import type { RowSelectionState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '@/lib/errors';
import { canDo } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import type { CrmRecord, EntityDef } from '../api/recordsApi';
import type { SavedView } from '../api/viewsApi';
import { useRecordColumns } from '../hooks/useRecordColumns';
import { useRecordList } from '../hooks/useRecordList';
import { useSaveRecord } from '../hooks/useRecordMutations';
import { fromFilters, isActive, type FilterValue } from '../types/filters';
import { formatCount, recordPath, stageFieldOf } from '../types/format';
import type { RecordFormWarning } from '../types/formWarning';
import { buildListQuery, initialListState, type ListState } from '../types/listQuery';
import { BulkActionBar } from './BulkActionBar';
import { DealBoard } from './DealBoard';
import { ListEmptyState } from './ListEmptyState';
import { RecordDrawer } from './RecordDrawer';
import { RecordListToolbar } from './RecordListToolbar';
import { RecordTable } from './RecordTable';
import { SaveViewModal } from './SaveViewModal';

/** A section's list: search, filters, saved views, Trash, bulk actions, and (deals) the board. */
export function RecordListPage({ entity, formWarning }: { entity: EntityDef; formWarning?: RecordFormWarning }) {
  const session = useSession();
  const navigate = useNavigate();
  const [state, setState] = useState<ListState>(initialListState);
  const [viewId, setViewId] = useState<string | null>(null);
  const [mode, setMode] = useState<'list' | 'board'>('list');
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [creating, setCreating] = useState(false);
  const [savingView, setSavingView] = useState(false);
  const boardable = !!stageFieldOf(entity);
  const showBoard = boardable && mode === 'board' && !state.trash;
  const query = useMemo(() => buildListQuery(entity.name, state, entity.fields), [entity, state]);
  const list = useRecordList(query, !showBoard);
  const save = useSaveRecord();
  const can = (action: 'create' | 'update' | 'delete') => canDo(session, entity.name, action);

  const update = (patch: Partial<ListState>) => {
    setState((s) => ({ ...s, ...patch }));
    setSelection({});
  };
  const onSort = useCallback((key: string, desc: boolean) => setState((s) => ({ ...s, sort: key, desc })), []);
  const onFilter = useCallback((field: string, value: FilterValue | undefined) => {
    setState((s) => {
      const filters = { ...s.filters };
      if (isActive(value)) filters[field] = value;
      else delete filters[field];
      return { ...s, filters };
    });
    setSelection({});
  }, []);
  const onStageChange = useCallback(
    (record: CrmRecord, stageId: string) => {
      const field = stageFieldOf(entity);
      if (!field) return;
      save.mutate(
        { entity: entity.name, id: record.id, values: { [field.name]: stageId }, ownerId: '', teamId: '' },
        { onError: (e) => notifications.show({ color: 'red', title: 'Could not change the stage', message: describeError(e) }) },
      );
    },
    [entity, save],
  );
  const columns = useRecordColumns({
    entity, trash: state.trash, sort: { key: state.sort, desc: state.desc }, onSort,
    filters: state.filters, onFilter, canUpdate: can('update'), onStageChange,
  });
  const applyView = (view: SavedView | null) => {
    setViewId(view?.id ?? null);
    const q = view?.query;
    update(q ? { search: q.search ?? '', sort: q.sort ?? '', desc: q.desc ?? true, filters: fromFilters(q.filters), trash: false } : initialListState);
  };

  const activeFilters = Object.values(state.filters).filter(isActive).length;
  const filtered = activeFilters > 0 || state.search.trim() !== '';
  const selectedIds = useMemo(() => Object.keys(selection).filter((id) => selection[id]), [selection]);
  // The titles of the selected rows only (for the bulk bar), not a map of every loaded row per render.
  const titles = useMemo(() => selectedTitles(list.rows, selection), [list.rows, selection]);
  const onOpen = useCallback((r: CrmRecord) => navigate(recordPath(entity.name, r.id)), [navigate, entity.name]);

  return (
    <Stack gap="md" h="calc(100dvh - 60px - 2 * var(--mantine-spacing-xl))">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} fz={22}>
            {state.trash ? `${entity.labelPlural} — Trash` : entity.labelPlural}
          </Title>
          <Text fz="sm" c="dimmed" data-testid="record-count">
            {showBoard ? 'Pipeline board' : list.isPending ? 'Loading…' : formatCount(list.total, list.totalCapped, entity)}
          </Text>
        </div>
        {can('create') && !state.trash && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New {entity.label.toLowerCase()}
          </Button>
        )}
      </Group>
      <RecordListToolbar
        entity={entity}
        search={state.search}
        onSearch={(search) => update({ search })}
        activeFilters={activeFilters}
        onClearFilters={() => update({ filters: {} })}
        viewId={viewId}
        onApplyView={applyView}
        onSaveView={() => setSavingView(true)}
        trash={state.trash}
        onTrash={(trash) => update({ trash })}
        mode={boardable ? mode : undefined}
        onMode={setMode}
      />
      {selectedIds.length > 0 && !state.trash && (
        <BulkActionBar entity={entity} ids={selectedIds} titles={titles} canUpdate={can('update')} canDelete={can('delete')} onDone={() => setSelection({})} />
      )}
      {showBoard ? (
        <DealBoard entity={entity} state={state} canUpdate={can('update')} onMove={onStageChange} />
      ) : list.isError ? (
        <Alert color="red" variant="light" title="The list could not load">{describeError(list.error)}</Alert>
      ) : list.isPending ? (
        <Center style={{ flex: 1 }}><Loader /></Center>
      ) : list.rows.length === 0 ? (
        <ListEmptyState entity={entity} trash={state.trash} filtered={filtered} canCreate={can('create')}
          onCreate={() => setCreating(true)} onClear={() => applyView(null)} />
      ) : (
        <RecordTable
          label={entity.labelPlural}
          columns={columns}
          rows={list.rows}
          hasMore={!!list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onLoadMore={list.fetchNextPage}
          selection={selection}
          onSelectionChange={setSelection}
          onOpen={state.trash ? undefined : onOpen}
        />
      )}
      <RecordDrawer entity={entity} opened={creating} onClose={() => setCreating(false)} onSaved={(r) => navigate(recordPath(entity.name, r.id))}
        warning={formWarning} />
      <SaveViewModal opened={savingView} query={query} onClose={() => setSavingView(false)} onSaved={(v) => setViewId(v.id)} />
    </Stack>
  );
}

const NO_TITLES: ReadonlyMap<string, string> = new Map();

/** Title by id of the selected loaded rows. */
function selectedTitles(rows: readonly CrmRecord[], selection: RowSelectionState): ReadonlyMap<string, string> {
  if (!Object.values(selection).some(Boolean)) return NO_TITLES;
  const out = new Map<string, string>();
  for (const r of rows) if (selection[r.id]) out.set(r.id, r.title);
  return out;
}
