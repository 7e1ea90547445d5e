import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EventsOn } from '../../wailsjs/runtime/runtime';
import { JOB_PROGRESS_EVENT, progressPercent, readProgress, useJobProgress } from './jobProgress';

vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn() }));

describe('progressPercent', () => {
  const cases: Array<[string, number, number, number | null]> = [
    ['unknown total', 5, 0, null],
    ['negative total', 5, -1, null],
    ['not started', 0, 200, 0],
    ['rounds down', 1, 3, 33],
    ['never 100 before the end', 999_999, 1_000_000, 99],
    ['done', 1_000_000, 1_000_000, 100],
    ['clamped above', 12, 10, 100],
    ['NaN total', 1, Number.NaN, null],
  ];
  for (const [name, done, total, want] of cases) it(name, () => expect(progressPercent(done, total)).toBe(want));
});

describe('readProgress', () => {
  it('takes only the named job', () => {
    expect(readProgress({ job: 'audit.verify', done: 3, total: 9 }, 'audit.verify')).toEqual({ done: 3, total: 9 });
    expect(readProgress({ job: 'audit.export', done: 3, total: 9 }, 'audit.verify')).toBeNull();
  });
  it('rejects malformed payloads', () => {
    for (const payload of [null, undefined, 'x', 4, { job: 'audit.verify' }, { job: 'audit.verify', done: '1', total: 2 }]) {
      expect(readProgress(payload, 'audit.verify')).toBeNull();
    }
  });
});

describe('useJobProgress', () => {
  let listener: ((payload: unknown) => void) | undefined;
  const off = vi.fn();
  beforeEach(() => {
    off.mockReset();
    vi.mocked(EventsOn).mockImplementation((name, callback) => {
      expect(name).toBe(JOB_PROGRESS_EVENT);
      listener = callback;
      return off;
    });
  });

  it('follows its job, ignores others, resets, and unsubscribes', () => {
    const { result, unmount } = renderHook(() => useJobProgress('audit.verify'));
    expect(result.current.percent).toBeNull();
    act(() => listener?.({ job: 'audit.verify', done: 250, total: 1000 }));
    expect(result.current).toMatchObject({ done: 250, total: 1000, percent: 25 });
    act(() => listener?.({ job: 'audit.export', done: 999, total: 1000 }));
    expect(result.current.done).toBe(250);
    act(() => result.current.reset());
    expect(result.current).toMatchObject({ done: 0, total: 0, percent: null });
    unmount();
    expect(off).toHaveBeenCalled();
  });

  it('does not listen while inactive', () => {
    vi.mocked(EventsOn).mockClear();
    renderHook(() => useJobProgress('audit.verify', false));
    expect(EventsOn).not.toHaveBeenCalled();
  });

  it('is a no-op outside Wails', () => {
    vi.mocked(EventsOn).mockImplementation(() => {
      throw new TypeError('window.runtime is undefined');
    });
    const { result } = renderHook(() => useJobProgress('audit.verify'));
    expect(result.current.percent).toBeNull();
  });
});
