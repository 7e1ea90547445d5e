/*
 * Schedules this window is running with "Run now". Such a run reports its own
 * outcome (the call resolves the finished run), and the backend also sends
 * "schedules:failed" for it: the listener skips that one so a failure is not
 * announced twice. Module state: the run outlives the component that started it.
 */
const running = new Set<string>();
const LINGER_MS = 3_000; // the event may arrive just after the call resolves

export function startManualRun(id: string): void {
  running.add(id);
}

export function endManualRun(id: string): void {
  setTimeout(() => running.delete(id), LINGER_MS);
}

export function isManualRun(id: string): boolean {
  return running.has(id);
}
