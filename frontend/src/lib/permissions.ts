import type { model } from '../../wailsjs/go/models';

export type SessionInfo = model.SessionInfo;
export type Scope = 'none' | 'own' | 'team' | 'all';
export type SessionAccess = Pick<SessionInfo, 'permissions' | 'grants'>;

/** Advanced permission keys (backend/rbac/vocab.go). */
export const PERMS = {
  reportsView: 'reports.view',
  dashboardsView: 'dashboards.view',
  auditView: 'audit.view',
  dataExport: 'data.export',
  dataImport: 'data.import',
  sensitiveView: 'sensitive.view',
  alertsManage: 'alerts.manage',
  usersManage: 'users.manage',
  rolesManage: 'roles.manage',
  settingsManage: 'settings.manage',
  privacyManage: 'privacy.manage',
} as const;

export type SectionId =
  | 'contacts'
  | 'leads'
  | 'companies'
  | 'deals'
  | 'activities'
  | 'tasks'
  | 'imports'
  | 'duplicates'
  | 'reports'
  | 'dashboards'
  | 'audit'
  | 'integrations'
  | 'alerts'
  | 'admin';

export type AdminTabId = 'users' | 'roles' | 'teams' | 'pipeline' | 'security';

export const SECTION_ORDER: readonly SectionId[] = [
  'contacts', 'leads', 'companies', 'deals', 'activities', 'tasks', 'imports', 'duplicates', 'reports', 'dashboards', 'audit', 'integrations', 'alerts',
  'admin',
];

export function hasPermission(session: SessionAccess | null | undefined, perm: string): boolean {
  return (session?.permissions ?? []).includes(perm);
}

/** The scope a session holds for entity × action; "none" when no grant names it. */
export function scopeOf(session: SessionAccess | null | undefined, entity: string, action = 'read'): Scope {
  const grant = (session?.grants ?? []).find((g) => g.entity === entity && g.action === action);
  return (grant?.scope as Scope | undefined) ?? 'none';
}

/** The sections that list records of the entity of the same name. */
export const RECORD_SECTIONS: ReadonlySet<SectionId> = new Set(['contacts', 'leads', 'companies', 'deals', 'activities', 'tasks']);

/** Whether the session holds entity × action at any scope (the backend still checks each record). */
export function canDo(session: SessionAccess | null | undefined, entity: string, action: 'read' | 'create' | 'update' | 'delete'): boolean {
  return scopeOf(session, entity, action) !== 'none';
}

/** Whether the session may open a section. The frontend only hides; the backend enforces. */
export function canSeeSection(session: SessionAccess | null | undefined, section: SectionId): boolean {
  if (RECORD_SECTIONS.has(section)) return scopeOf(session, section, 'read') !== 'none';
  switch (section) {
    case 'reports':
      return hasPermission(session, PERMS.reportsView);
    case 'dashboards':
      return hasPermission(session, PERMS.dashboardsView);
    case 'audit':
      return hasPermission(session, PERMS.auditView);
    case 'imports':
      return hasPermission(session, PERMS.dataImport);
    case 'duplicates':
      // finding and merging duplicates is part of data.import; the rules are settings
      return (
        (hasPermission(session, PERMS.dataImport) && ['contacts', 'leads', 'companies'].some((e) => scopeOf(session, e, 'update') !== 'none')) ||
        hasPermission(session, PERMS.settingsManage)
      );
    case 'integrations':
      // whose runs it lists (own or everyone's) is the backend's call
      return [PERMS.dataImport, PERMS.dataExport, PERMS.auditView, PERMS.settingsManage].some((perm) => hasPermission(session, perm));
    case 'alerts':
      return hasPermission(session, PERMS.alertsManage);
    case 'admin':
      return adminTabs(session).length > 0;
    default:
      return false;
  }
}

/** The sections to list in the sidebar, in sidebar order. */
export function visibleSections(session: SessionAccess | null | undefined): SectionId[] {
  return SECTION_ORDER.filter((section) => canSeeSection(session, section));
}

/** Admin tabs the session may use, in tab order. */
export function adminTabs(session: SessionAccess | null | undefined): AdminTabId[] {
  const tabs: AdminTabId[] = [];
  if (hasPermission(session, PERMS.usersManage)) tabs.push('users');
  if (hasPermission(session, PERMS.rolesManage)) tabs.push('roles');
  if (hasPermission(session, PERMS.usersManage)) tabs.push('teams');
  if (hasPermission(session, PERMS.settingsManage)) tabs.push('pipeline', 'security');
  return tabs;
}
