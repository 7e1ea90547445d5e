import { Dashboard, Get, List, Rules, SaveRule, Transition } from '../../../../wailsjs/go/service/AlertService';
import { List as ListRoles } from '../../../../wailsjs/go/service/RoleService';
import { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';

export type Alert = Omit<model.Alert, 'convertValues'>;
export type AlertComment = model.AlertComment;
export type AlertPage = { rows: Alert[]; total: number; open: number };
export type AlertRule = Omit<model.AlertRule, 'convertValues'>;
export type RoleHours = model.RoleHours;
export type SecurityDashboard = Omit<model.SecurityDashboard, 'convertValues'>;
export type DayCount = model.DayCount;
export type KeyCount = model.KeyCount;
export type Accessor = model.Accessor;
export type AuditRow = model.AuditRow;
export type Role = Omit<model.Role, 'convertValues'>;

/** The filters of the alert list; "" (or undefined) does not filter. */
export type AlertFilter = { status?: string; severity?: string; ruleId?: string; offset: number; limit: number };

/** Every rule with its settings. All AlertService calls reject "forbidden" without alerts.manage. */
export function listAlertRules(): Promise<AlertRule[]> {
  return call(async () => (await Rules()) ?? []);
}

/** Saves one rule; bad values reject "invalid" with per-field messages (threshold, windowMinutes, hours…). */
export function saveAlertRule(rule: AlertRule): Promise<AlertRule> {
  return call(() => SaveRule(model.AlertRule.createFrom(rule)));
}

/** One page of alerts, newest first; `open` counts every open alert whatever the filter. */
export function listAlerts(filter: AlertFilter): Promise<AlertPage> {
  const query = model.AlertQuery.createFrom({ status: '', severity: '', ruleId: '', ...filter });
  return call(async () => {
    const page = await List(query);
    return { rows: (page?.rows ?? []).map(normalizeAlert), total: page?.total ?? 0, open: page?.open ?? 0 };
  });
}

/** One alert with its workflow; "not_found" when it does not exist. */
export function getAlert(id: string): Promise<Alert> {
  return call(async () => normalizeAlert(await Get(id)));
}

/** Moves an alert to `status`; "invalid" for a transition not allowed or a resolve without a comment. */
export function transitionAlert(input: { id: string; status: string; comment: string }): Promise<Alert> {
  return call(async () => normalizeAlert(await Transition(model.AlertTransition.createFrom(input))));
}

/** The security summary of the last `days` days (1..365). */
export function getSecurityDashboard(days: number): Promise<SecurityDashboard> {
  return call(async () => {
    const d = await Dashboard(days);
    return {
      days: d?.days ?? days,
      openAlerts: d?.openAlerts ?? 0,
      alertsByDay: d?.alertsByDay ?? [],
      alertsByRule: d?.alertsByRule ?? [],
      failedSignIns: d?.failedSignIns ?? [],
      topAccessors: d?.topAccessors ?? [],
      criticalChanges: d?.criticalChanges ?? [],
    };
  });
}

/** Go sends nil slices as null; the UI always gets lists. */
function normalizeAlert(alert: Alert): Alert {
  return { ...alert, evidence: alert.evidence ?? [], comments: alert.comments ?? [] };
}

/** The workspace's roles (needs roles.manage or users.manage: "forbidden" otherwise). Same shape as the roles feature's list. */
export function listRoles(): Promise<Role[]> {
  return call(async () => (await ListRoles()) ?? []);
}
