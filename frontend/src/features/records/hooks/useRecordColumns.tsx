import { Badge, Checkbox, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useStages } from '@/lib/stages';
import type { CrmRecord, EntityDef, FieldDef } from '../api/recordsApi';
import { ColumnHeader } from '../components/ColumnHeader';
import { RecordCell } from '../components/RecordCell';
import { StageSelect } from '../components/StageSelect';
import { TrashRowActions } from '../components/TrashRowActions';
import type { FilterState, FilterValue } from '../types/filters';
import { currencyFieldOf, formatDateTime, stageFieldOf } from '../types/format';
import { isSortable } from '../types/listQuery';

type Options = {
  entity: EntityDef;
  trash: boolean;
  sort: { key: string; desc: boolean };
  onSort: (key: string, desc: boolean) => void;
  filters: FilterState;
  onFilter: (field: string, value: FilterValue | undefined) => void;
  canUpdate: boolean;
  onStageChange: (record: CrmRecord, stageId: string) => void;
};

const WIDTH: Record<string, number> = { money: 130, number: 110, bool: 80, date: 130, datetime: 170, tags: 200, refs: 220, email: 220, longtext: 260 };

/** The list's columns: select, the entity's list fields (title first), owner, updated / deleted. */
export function useRecordColumns({ entity, trash, sort, onSort, filters, onFilter, canUpdate, onStageChange }: Options) {
  const stageField = stageFieldOf(entity);
  const stages = useStages(!!stageField);
  return useMemo<ColumnDef<CrmRecord>[]>(() => {
    const stageNames = new Map((stages.data ?? []).map((s) => [s.id, s.name]));
    const stageOptions = (stages.data ?? []).map((s) => ({ value: s.id, label: s.name }));
    const currency = currencyFieldOf(entity.fields);
    const listed = entity.fields.filter((f) => f.inList || f.name === entity.titleField);
    listed.sort((a, b) => Number(b.name === entity.titleField) - Number(a.name === entity.titleField));
    const header = (label: string, sortKey?: string, field?: FieldDef) => () => (
      <ColumnHeader
        label={label}
        sortKey={sortKey}
        sort={sort}
        onSort={onSort}
        filterField={field}
        filter={field ? filters[field.name] : undefined}
        filterOptions={field?.name === stageField?.name ? stageOptions : undefined}
        onFilter={onFilter}
      />
    );
    const columns: ColumnDef<CrmRecord>[] = [
      {
        id: 'select',
        size: 44,
        header: ({ table }) => (
          <Checkbox
            size="xs"
            aria-label="Select all loaded rows"
            checked={table.getIsAllRowsSelected()}
            indeterminate={table.getIsSomeRowsSelected()}
            onChange={table.getToggleAllRowsSelectedHandler()}
          />
        ),
        cell: ({ row }) => (
          <Checkbox size="xs" aria-label={`Select ${row.original.title}`} checked={row.getIsSelected()}
            onClick={(e) => e.stopPropagation()} onChange={row.getToggleSelectedHandler()} />
        ),
      },
    ];
    for (const field of listed) {
      const isTitle = field.name === entity.titleField;
      const isStage = field.name === stageField?.name;
      columns.push({
        id: field.name,
        size: isTitle ? 240 : isStage ? 170 : (WIDTH[field.type] ?? 170),
        header: header(field.label, isSortable(field) ? field.name : undefined, field.filterable ? field : undefined),
        cell: ({ row }) => {
          const record = row.original;
          if (isStage && canUpdate && !trash && !record.masked?.includes(field.name)) {
            return (
              <div onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
                <StageSelect size="xs" variant="filled" aria-label={`Stage of ${record.title}`}
                  value={String(record.values?.[field.name] ?? '') || null} onChange={(id) => onStageChange(record, id)} />
              </div>
            );
          }
          if (isStage) {
            const id = String(record.values?.[field.name] ?? '');
            return id ? <Badge variant="light" tt="none">{stageNames.get(id) ?? id}</Badge> : null;
          }
          const cur = currency ? String(record.values?.[currency.name] ?? '') : undefined;
          return <RecordCell field={field} record={record} currency={cur} strong={isTitle} />;
        },
      });
    }
    columns.push({
      id: 'owner',
      size: 150,
      header: header('Owner'),
      cell: ({ row }) => <Text fz="sm" truncate>{row.original.ownerName || '—'}</Text>,
    });
    columns.push(
      trash
        ? {
            id: 'deletedAt',
            size: 170,
            header: header('Deleted'),
            cell: ({ row }) => <Text fz="sm" c="dimmed">{formatDateTime(row.original.deletedAt)}</Text>,
          }
        : {
            id: 'updatedAt',
            size: 170,
            header: header('Updated', 'updatedAt'),
            cell: ({ row }) => <Text fz="sm" c="dimmed">{formatDateTime(row.original.updatedAt)}</Text>,
          },
    );
    if (trash) {
      columns.push({ id: 'actions', size: 190, header: () => null, cell: ({ row }) => <TrashRowActions record={row.original} /> });
    }
    return columns;
  }, [entity, trash, sort, onSort, filters, onFilter, canUpdate, onStageChange, stages.data, stageField]);
}
