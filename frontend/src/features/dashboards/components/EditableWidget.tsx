import { ActionIcon, Box, Group, Text, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconGripVertical, IconMinus, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { DragEvent, ReactNode } from 'react';
import type { Widget } from '../types/dashboardTypes';
import { canResize } from '../types/grid';
import { WidgetCard } from './WidgetCard';

type EditableWidgetProps = {
  widget: Widget;
  /** 0-based place in reading order and the number of widgets (for the move buttons). */
  index: number;
  count: number;
  /** The backend's or the grid's complaint about this widget. */
  problem?: string;
  onMove: (step: -1 | 1) => void;
  onResize: (dw: number, dh: number) => void;
  onEdit: () => void;
  onRemove: () => void;
  onDragStart: (event: DragEvent) => void;
  onDragEnd: () => void;
  children: ReactNode;
};

/** A widget in the layout editor: its preview with handles to drag, move, resize, change and remove it. */
export function EditableWidget({ widget, index, count, problem, onMove, onResize, onEdit, onRemove, onDragStart, onDragEnd, children }: EditableWidgetProps) {
  const t = `“${widget.title}”`;
  const icon = (label: string, onClick: () => void, node: ReactNode, disabled = false, color?: string) => (
    <Tooltip label={label} openDelay={300}>
      <ActionIcon variant="subtle" color={color ?? 'gray'} size="sm" aria-label={label} onClick={onClick} disabled={disabled}>
        {node}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <WidgetCard
      title={widget.title}
      invalid={!!problem}
      testId="editable-widget"
      actions={
        <Group gap={2} wrap="nowrap">
          <Tooltip label="Drag to move" openDelay={300}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={`Drag ${t} to move it`}
              draggable
              onDragStart={onDragStart}
              onDragEnd={onDragEnd}
              style={{ cursor: 'grab' }}
            >
              <IconGripVertical size={14} />
            </ActionIcon>
          </Tooltip>
          {icon(`Change ${t}`, onEdit, <IconPencil size={14} />)}
          {icon(`Remove ${t}`, onRemove, <IconTrash size={14} />, false, 'red')}
        </Group>
      }
    >
      <Box h="100%" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
        <Box style={{ flex: 1, minHeight: 0, opacity: 0.55, pointerEvents: 'none', overflow: 'hidden' }} aria-hidden>
          {children}
        </Box>
        {problem ? (
          <Text fz="xs" c="red" lineClamp={2} role="alert">
            {problem}
          </Text>
        ) : null}
        <Group gap={4} justify="space-between" wrap="wrap" data-testid="widget-controls">
          <Group gap={0} wrap="nowrap">
            {icon(`Move ${t} earlier`, () => onMove(-1), <IconArrowLeft size={14} />, index === 0)}
            {icon(`Move ${t} later`, () => onMove(1), <IconArrowRight size={14} />, index === count - 1)}
          </Group>
          <Group gap={6} wrap="nowrap">
            <Group gap={0} wrap="nowrap" aria-label={`Width: ${widget.w} of 12 columns`}>
              {icon(`Make ${t} narrower`, () => onResize(-1, 0), <IconMinus size={12} />, !canResize(widget, -1, 0))}
              <Text fz="xs" c="dimmed" miw={30} ta="center" style={{ fontVariantNumeric: 'tabular-nums' }}>W {widget.w}</Text>
              {icon(`Make ${t} wider`, () => onResize(1, 0), <IconPlus size={12} />, !canResize(widget, 1, 0))}
            </Group>
            <Group gap={0} wrap="nowrap" aria-label={`Height: ${widget.h} rows`}>
              {icon(`Make ${t} shorter`, () => onResize(0, -1), <IconMinus size={12} />, !canResize(widget, 0, -1))}
              <Text fz="xs" c="dimmed" miw={30} ta="center" style={{ fontVariantNumeric: 'tabular-nums' }}>H {widget.h}</Text>
              {icon(`Make ${t} taller`, () => onResize(0, 1), <IconPlus size={12} />, !canResize(widget, 0, 1))}
            </Group>
          </Group>
        </Group>
      </Box>
    </WidgetCard>
  );
}
