import type { RetryResult } from './integrationTypes';
import { countsSummary } from './runFormat';

/** The confirm text of a retry, by kind of run. */
export function retryIntro(kind: string): { title: string; body: string; note: string; action: string } {
  if (kind === 'report') {
    return {
      title: 'Run this scheduled report now?',
      body: 'runs now: the saved report is written to its folder again, as its schedule would.',
      note: 'Only the owner of the schedule may run it. The new run is logged here.',
      action: 'Run report now',
    };
  }
  return {
    title: 'Retry this import?',
    body: 'runs again with the same file and settings, as you and with your permissions now.',
    note: 'The file must still be where it was. Rows the earlier run already wrote are matched like any others, so with “Create new records only” they are reported as duplicates rather than created twice. The new run is logged here, linked to this one.',
    action: 'Retry import',
  };
}

/** The headline and lines of a retry's result. */
export function retryOutcome(result: RetryResult): { color: string; title: string; lines: string[] } {
  const report = result.kind === 'report';
  const lines: string[] = [];
  const summary = countsSummary(result.counts);
  if (report && result.status === 'done') lines.push(`${summary || 'No rows'} written to ${result.file}.`);
  else if (summary) lines.push(summary);
  if (result.problemsTotal > 0) {
    lines.push(`${result.problemsTotal.toLocaleString('en-US')} ${result.problemsTotal === 1 ? 'problem' : 'problems'}: the row-by-row report lists them.`);
  }
  if (result.message && result.status === 'failed') lines.push(result.message);
  switch (result.status) {
    case 'done':
      return { color: 'teal', title: report ? 'The report was written' : 'The import ran again', lines };
    case 'cancelled':
      return { color: 'orange', title: 'The retry was cancelled', lines };
    default:
      return { color: 'red', title: report ? 'The report failed again' : 'The retry failed too', lines };
  }
}
