import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconPlus } from '@tabler/icons-react';
import { useMemo, useState, type DragEvent } from 'react';
import { useDashboardPermissions } from '../hooks/useDashboardPermissions';
import { useDateFields, useReportChoices } from '../hooks/useDashboards';
import { useTargets } from '../hooks/useTargets';
import type { Dashboard, DashboardFilters, Team, Widget, WidgetData } from '../types/dashboardTypes';
import {
  addWidget,
  layoutErrors,
  MAX_WIDGETS,
  moveWidget,
  moveWidgetTo,
  newWidgetId,
  readingOrder,
  removeWidget,
  replaceWidget,
  resizeWidget,
  widgetIndexOf,
} from '../types/grid';
import { DashboardGrid } from './DashboardGrid';
import { EditableWidget } from './EditableWidget';
import { SaveDashboardModal } from './SaveDashboardModal';
import { WidgetBody } from './WidgetBody';
import { WidgetFormModal } from './WidgetFormModal';

type LayoutEditorProps = {
  dashboard: Dashboard;
  filters: DashboardFilters;
  /** The saved widgets' data (previews), undefined while loading. */
  data: ReadonlyMap<string, WidgetData> | undefined;
  teams: readonly Team[];
  onCancel: () => void;
  onSaved: (saved: Dashboard) => void;
};

/** What a widget runs: when this changed in the editor its saved data no longer preview it. */
const sourceKey = (w: Widget) => JSON.stringify([w.type, w.report ?? '', w.spec ?? null, w.options]);

/**
 * "Edit layout" (dashboards.manage): add, change, remove, move (drag or
 * arrows) and resize (steppers) widgets on a draft, then save it. The draft
 * stays packed in reading order, so it never overlaps; the backend checks
 * each widget against its report for the viewer and names what it refuses.
 */
export function LayoutEditor({ dashboard, filters, data, teams, onCancel, onSaved }: LayoutEditorProps) {
  const { canReports, canManage } = useDashboardPermissions();
  const reports = useReportChoices(canReports);
  const dateFields = useDateFields(canReports);
  const targets = useTargets(canManage);
  const [draft, setDraft] = useState<Widget[]>(() => readingOrder(dashboard.widgets));
  const [form, setForm] = useState<{ widget?: Widget } | null>(null);
  const [saving, setSaving] = useState(false);
  const [backendErrors, setBackendErrors] = useState<Record<string, string>>({});
  const [dragId, setDragId] = useState<string | null>(null);
  const [overId, setOverId] = useState<string | null>(null);

  const saved = useMemo(() => new Map(dashboard.widgets.map((w) => [w.id, sourceKey(w)])), [dashboard.widgets]);
  const gridProblems = layoutErrors(draft);
  const problemsById = useMemo(() => {
    const out = new Map<string, string>();
    for (const [key, message] of Object.entries({ ...gridProblems, ...backendErrors })) {
      const i = widgetIndexOf(key);
      if (i !== null && draft[i] && !out.has(draft[i].id)) out.set(draft[i].id, message);
    }
    return out;
  }, [gridProblems, backendErrors, draft]);

  /** Every change re-packs the layout and clears the backend's complaints (their indexes no longer hold). */
  const change = (next: Widget[]) => {
    setDraft(next);
    setBackendErrors({});
  };
  const order = readingOrder(draft);
  const full = draft.length >= MAX_WIDGETS;

  return (
    <Stack gap="md">
      {/* Sticky under the app header: Save stays at hand on a long layout. */}
      <Paper
        withBorder
        radius="md"
        p="sm"
        shadow="sm"
        data-testid="layout-editor-bar"
        style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 60px) + 8px)', zIndex: 5, background: 'var(--mantine-color-body)', borderLeft: '4px solid var(--mantine-primary-color-filled)' }}
      >
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Stack gap={0}>
            <Group gap="xs">
              <Text fw={600}>Editing the layout of “{dashboard.name}”</Text>
              <Badge variant="light" color={full ? 'orange' : 'gray'}>{draft.length} of {MAX_WIDGETS} widgets</Badge>
            </Group>
            <Text fz="xs" c="dimmed">Drag a widget by its handle or use its arrows; resize it with W and H.</Text>
          </Stack>
          <Group gap="xs">
            <Button leftSection={<IconPlus size={16} />} variant="default" onClick={() => setForm({})} disabled={full}>
              Add widget
            </Button>
            <Button variant="default" onClick={onCancel}>Cancel</Button>
            <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => setSaving(true)} disabled={Object.keys(gridProblems).length > 0}>
              Save…
            </Button>
          </Group>
        </Group>
      </Paper>
      {gridProblems.widgets ? <Alert color="red" variant="light">{gridProblems.widgets}</Alert> : null}
      {draft.length === 0 ? (
        <Paper withBorder radius="md" p="xl" ta="center">
          <Text fw={600}>No widgets</Text>
          <Text fz="sm" c="dimmed">Add a widget: a KPI, a chart or a table of a built-in or saved report.</Text>
        </Paper>
      ) : (
        <DashboardGrid
          widgets={draft}
          cellProps={(w) => ({
            onDragOver: (e: DragEvent) => {
              if (!dragId || dragId === w.id) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              if (overId !== w.id) setOverId(w.id);
            },
            onDragLeave: () => setOverId((id) => (id === w.id ? null : id)),
            onDrop: (e: DragEvent) => {
              e.preventDefault();
              if (dragId && dragId !== w.id) change(moveWidgetTo(draft, dragId, w.id));
              setDragId(null);
              setOverId(null);
            },
            style: {
              outline: overId === w.id ? '2px dashed var(--mantine-primary-color-filled)' : undefined,
              outlineOffset: 2,
              borderRadius: 'var(--mantine-radius-md)',
              opacity: dragId === w.id ? 0.4 : 1,
            },
          })}
          renderWidget={(w) => {
            const unchanged = saved.get(w.id) === sourceKey(w);
            const wd = unchanged ? data?.get(w.id) : null;
            return (
              <EditableWidget
                widget={w}
                index={order.findIndex((o) => o.id === w.id)}
                count={draft.length}
                problem={problemsById.get(w.id)}
                onMove={(step) => change(moveWidget(draft, w.id, step))}
                onResize={(dw, dh) => change(resizeWidget(draft, w.id, dw, dh))}
                onEdit={() => setForm({ widget: w })}
                onRemove={() => change(removeWidget(draft, w.id))}
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', w.id);
                  const card = (e.currentTarget as HTMLElement).closest('[data-widget-id]');
                  if (card) e.dataTransfer.setDragImage(card, 24, 16);
                  setDragId(w.id);
                }}
                onDragEnd={() => {
                  setDragId(null);
                  setOverId(null);
                }}
              >
                <WidgetBody widget={w} data={wd} />
              </EditableWidget>
            );
          }}
        />
      )}
      <WidgetFormModal
        opened={form !== null}
        onClose={() => setForm(null)}
        widget={form?.widget}
        newId={newWidgetId('widget', draft.map((w) => w.id))}
        reports={reports.choices}
        reportsLoading={reports.isPending && canReports}
        targets={targets.data ?? []}
        dateFieldsOf={(entity) => [...dateFields.of(entity)].map((key) => ({ value: key, label: dateFields.label(entity, key) }))}
        onSubmit={(widget) => {
          if (form?.widget) {
            change(replaceWidget(draft, widget));
          } else {
            const id = newWidgetId(widget.title, draft.map((w) => w.id));
            change(addWidget(draft, { ...widget, id }));
          }
          setForm(null);
        }}
      />
      <SaveDashboardModal
        opened={saving}
        onClose={() => setSaving(false)}
        dashboard={dashboard}
        widgets={draft}
        filters={filters}
        teams={teams}
        onSaved={(d) => {
          setSaving(false);
          onSaved(d);
        }}
        onWidgetErrors={setBackendErrors}
      />
    </Stack>
  );
}
