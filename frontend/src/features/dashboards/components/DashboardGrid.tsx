import { Box } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { GRID_COLUMNS, gridArea, gridRows, type Rect } from '../types/grid';

/** Height of one grid row and the gap between cells, in pixels: a 2-row KPI is 160 px, a 4-row chart 352 px. */
export const ROW_HEIGHT = 72;
export const GRID_GAP = 16;

type DashboardGridProps<T extends Rect & { id: string }> = {
  widgets: readonly T[];
  renderWidget: (widget: T) => ReactNode;
  /** Cell attributes per widget (drag and drop in the editor). */
  cellProps?: (widget: T) => { style?: CSSProperties } & Record<string, unknown>;
};

/** The 12-column CSS grid: each widget at its x/y/w/h (0-based cells). */
export function DashboardGrid<T extends Rect & { id: string }>({ widgets, renderWidget, cellProps }: DashboardGridProps<T>) {
  return (
    <Box
      data-testid="dashboard-grid"
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(${GRID_COLUMNS}, minmax(0, 1fr))`,
        gridTemplateRows: `repeat(${gridRows(widgets)}, ${ROW_HEIGHT}px)`,
        gap: GRID_GAP,
      }}
    >
      {widgets.map((w) => {
        const { style, ...rest } = cellProps?.(w) ?? {};
        return (
          <Box key={w.id} {...rest} style={{ ...gridArea(w), minWidth: 0, minHeight: 0, ...style }} data-widget-id={w.id}>
            {renderWidget(w)}
          </Box>
        );
      })}
    </Box>
  );
}
