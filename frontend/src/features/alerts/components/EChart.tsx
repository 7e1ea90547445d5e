import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { ChartOption } from '../charts/chartOption';
import { init, type EChartsType } from '../charts/echartsSetup';

type EChartProps = {
  option: ChartOption;
  height: number;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
};

/**
 * A minimal typed ECharts host: one instance per mount, the option replaced
 * (not merged) whenever it changes, resized with its box, disposed on unmount.
 */
export function EChart({ option, height, label }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = () => instance.resize();
    const observer = new ResizeObserver(resize);
    observer.observe(element);
    window.addEventListener('resize', resize);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <Box ref={host} h={height} w="100%" role="img" aria-label={label} />;
}
