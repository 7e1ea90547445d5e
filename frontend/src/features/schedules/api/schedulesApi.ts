import { Delete, List, RunNow, Runs, Save } from '../../../../wailsjs/go/service/ScheduleService';
import { List as ListReports } from '../../../../wailsjs/go/service/ReportService';
import { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';
import type { ReportSchedule, SchedulableReport, ScheduleInput, ScheduleRun } from '../types/scheduleTypes';

/*
 * The schedules feature's backend calls (ScheduleService), each through
 * call(). Schedules are personal: another user's reads as not_found.
 */

/** The caller's schedules by report name, each with its last run. "forbidden" without reports.view. */
export async function listSchedules(): Promise<ReportSchedule[]> {
  return ((await call(() => List())) ?? []).map(normalizeSchedule);
}

/**
 * Creates (no id) or changes a schedule. "invalid" names reportId, frequency,
 * weekday, dayOfMonth, time, timeZone, folder (missing, not a folder, not
 * writable) or filePattern; "conflict" past 50 schedules; "forbidden"
 * without reports.manage and data.export.
 */
export async function saveSchedule(input: ScheduleInput): Promise<ReportSchedule> {
  return normalizeSchedule(await call(() => Save(model.ScheduleInput.createFrom(input))));
}

/** Deletes a schedule and its history. */
export function deleteSchedule(id: string): Promise<void> {
  return call(() => Delete(id));
}

/** The last 100 runs of a schedule, newest first. */
export async function listRuns(id: string): Promise<ScheduleRun[]> {
  return ((await call(() => Runs(id))) ?? []).map((r) => ({ ...r }));
}

/** Runs a schedule now and resolves the finished run (status ok with file and rows, or failed with error). */
export async function runScheduleNow(id: string): Promise<ScheduleRun> {
  return { ...(await call(() => RunNow(id))) };
}

/** The saved reports the caller sees (only saved reports can be scheduled). */
export async function listSchedulableReports(): Promise<SchedulableReport[]> {
  const list = (await call(() => ListReports())) ?? [];
  return list.filter((r) => !r.builtin).map((r) => ({ id: r.id, name: r.name, runnable: r.runnable, problem: r.problem }));
}

function normalizeSchedule(s: model.ReportSchedule): ReportSchedule {
  return {
    id: s.id,
    reportId: s.reportId,
    reportName: s.reportName,
    frequency: s.frequency,
    weekday: s.weekday,
    dayOfMonth: s.dayOfMonth,
    time: s.time,
    timeZone: s.timeZone,
    folder: s.folder,
    filePattern: s.filePattern,
    enabled: s.enabled,
    nextRunAt: s.nextRunAt ?? '',
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    lastRun: s.lastRun ? { ...s.lastRun } : undefined,
  };
}
