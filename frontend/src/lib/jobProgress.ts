import { useCallback, useEffect, useState } from 'react';
import { onBackendEventData } from './backendEvents';

/**
 * The event every long backend job reports on: payload {job, done, total}
 * (backend model.Progress).
 */
export const JOB_PROGRESS_EVENT = 'job:progress';

/** Where one job stands. percent is 0–100, or null while the total is unknown (an indeterminate bar). */
export type JobProgress = { done: number; total: number; percent: number | null };

/** done/total as a whole percent clamped to 0–100; null when total is 0, negative or not a number. */
export function progressPercent(done: number, total: number): number | null {
  if (!Number.isFinite(total) || !Number.isFinite(done) || total <= 0) return null;
  return Math.min(100, Math.max(0, Math.floor((done / total) * 100)));
}

/** The {done, total} of a progress payload for `job`; null for another job or a malformed payload. */
export function readProgress(payload: unknown, job: string): { done: number; total: number } | null {
  if (payload === null || typeof payload !== 'object') return null;
  const p = payload as { job?: unknown; done?: unknown; total?: unknown };
  if (p.job !== job || typeof p.done !== 'number' || typeof p.total !== 'number') return null;
  return { done: p.done, total: p.total };
}

/** Calls back with each progress report of `job`; returns the unsubscribe. A no-op outside Wails (tests, plain browser). */
export function onJobProgress(job: string, callback: (done: number, total: number) => void): () => void {
  return onBackendEventData(JOB_PROGRESS_EVENT, (payload) => {
    const progress = readProgress(payload, job);
    if (progress) callback(progress.done, progress.total);
  });
}

/**
 * The live progress of one job name (e.g. "audit.verify") while `active`.
 * Call reset() just before starting the job so a previous run's numbers do
 * not flash up.
 */
export function useJobProgress(job: string, active = true): JobProgress & { reset: () => void } {
  const [state, setState] = useState({ done: 0, total: 0 });
  useEffect(() => {
    if (!active) return undefined;
    return onJobProgress(job, (done, total) => setState({ done, total }));
  }, [job, active]);
  const reset = useCallback(() => setState({ done: 0, total: 0 }), []);
  return { ...state, percent: progressPercent(state.done, state.total), reset };
}
