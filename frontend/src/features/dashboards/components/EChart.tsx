import { Box } from '@mantine/core';
import { useEffect, useEffectEvent, useRef } from 'react';
import { init, type EChartsType } from '../charts/echartsSetup';
import type { ChartOption } from '../charts/widgetChartOption';

type ItemClick = { data?: unknown; seriesIndex?: number; dataIndex?: number };
type EChartProps = {
  option: ChartOption;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  onItemClick?: (params: ItemClick) => void;
};

/**
 * A typed ECharts host filling its box: one instance per mount, the option
 * replaced (not merged) when it changes, resized with its box (widgets are
 * resized in the layout editor), disposed on unmount.
 */
export function EChart({ option, label, onItemClick }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clicked = useEffectEvent((params: ItemClick) => onItemClick?.(params));

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => clicked(params as ItemClick));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <Box ref={host} h="100%" w="100%" mih={80} role="img" aria-label={label} data-testid="widget-chart" />;
}
