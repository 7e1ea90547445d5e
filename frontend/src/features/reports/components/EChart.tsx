import { Box } from '@mantine/core';
import { useEffect, useEffectEvent, useRef } from 'react';
import type { ChartOption } from '../charts/reportChartOption';
import { init, type EChartsType } from '../charts/echartsSetup';

type EChartProps = {
  option: ChartOption;
  height: number;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  /** A click on a bar or point, with the item's data. */
  onItemClick?: (params: { data?: unknown; seriesIndex?: number; dataIndex?: number }) => void;
  testId?: string;
};

/**
 * A typed ECharts host: one instance per mount, the option replaced (not
 * merged) when it changes, resized with its box, disposed on unmount.
 */
export function EChart({ option, height, label, onItemClick, testId }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clicked = useEffectEvent((params: { data?: unknown; seriesIndex?: number; dataIndex?: number }) => onItemClick?.(params));

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => clicked(params as { data?: unknown; seriesIndex?: number; dataIndex?: number }));
    const resize = () => instance.resize();
    const observer = new ResizeObserver(resize);
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

  return <Box ref={host} h={height} w="100%" role="img" aria-label={label} data-testid={testId} />;
}
