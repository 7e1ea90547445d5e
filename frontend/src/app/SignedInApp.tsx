import { useMemo, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AlertsListener } from '@/features/alerts/components/AlertsListener';
import { OpenAlertsBadge } from '@/features/alerts/components/OpenAlertsBadge';
import { SecurityPage } from '@/features/alerts/components/SecurityPage';
import { AuditPage } from '@/features/audit/components/AuditPage';
import { DashboardsPage } from '@/features/dashboards';
import { DuplicatesSection, DuplicateWarning } from '@/features/duplicates';
import { ImportsPage } from '@/features/imports';
import { IntegrationLogPage } from '@/features/integrations';
import { RecordAuditPanel } from '@/features/audit/components/RecordAuditPanel';
import { SubjectAccessPanel } from '@/features/privacy/components/SubjectAccessPanel';
import { SessionActivityGuard } from '@/features/session/components/SessionActivityGuard';
import { UserMenu } from '@/features/session/components/UserMenu';
import { AppFrame } from '@/features/shell/components/AppFrame';
import { NoAccessState } from '@/features/shell/components/NoAccessState';
import { RecordSection } from '@/features/records/components/RecordSection';
import { ReportsSection } from '@/features/reports/components/ReportsSection';
import { ScheduleReportButton, SchedulesListener, SchedulesPage } from '@/features/schedules';
import { SectionPlaceholder } from '@/features/shell/components/SectionPlaceholder';
import { SECTIONS, sectionsFor } from '@/features/shell/types/sections';
import { RECORD_SECTIONS, canSeeSection, visibleSections, type SessionInfo } from '@/lib/permissions';
import type { WorkspaceStatus } from '@/lib/workspaceStatus';
import { AdminPage } from './AdminPage';
import { GlobalCommandPalette } from './GlobalCommandPalette';

type SignedInAppProps = { status: WorkspaceStatus; session: SessionInfo };

/** Under each record's timeline: the audit panel (nothing without audit.view) and, on contacts, the subject access export. */
const scheduleAction = (report: { id: string; name: string }) => <ScheduleReportButton reportId={report.id} reportName={report.name} />;
const recordAside = (entity: string, id: string) => <><RecordAuditPanel entity={entity} recordId={id} /><SubjectAccessPanel entity={entity} recordId={id} /></>;
/** Where an entity's records are listed (the import wizard links there). */
const recordListPath = (entity: string) => SECTIONS.find((section) => section.id === entity && RECORD_SECTIONS.has(section.id))?.path ?? '/';
/** Sections with routes of their own below; the rest show their placeholder. */
const OWN_ROUTES: ReadonlySet<string> = new Set(['admin', 'audit', 'alerts', 'reports', 'dashboards', 'imports', 'integrations', 'duplicates']);

/** In the record create/edit form: the duplicate warning (contacts, leads, companies; nothing for others). */
const duplicateWarning = (entity: string, values: Record<string, unknown>, recordId?: string) => (
  <DuplicateWarning entity={entity} values={values} recordId={recordId} />
);

/** The app for a signed-in user: sections their role may open; the rest show a no-access state. */
export function SignedInApp({ status, session }: SignedInAppProps) {
  const sections = useMemo(() => sectionsFor(visibleSections(session)), [session]);
  const home = sections.find((section) => section.id !== 'admin')?.path ?? sections[0]?.path;

  const alerts = canSeeSection(session, 'alerts');
  const navBadges = useMemo(() => (alerts ? { alerts: <OpenAlertsBadge /> } : undefined), [alerts]);

  const guarded = (id: (typeof SECTIONS)[number]['id'], element: ReactNode) =>
    canSeeSection(session, id) ? element : <NoAccessState />;

  return (
    <>
      <SessionActivityGuard idleTimeoutMinutes={session.idleTimeoutMinutes} />
      {alerts ? <AlertsListener /> : null}
      {canSeeSection(session, 'reports') ? <SchedulesListener /> : null}
      <Routes>
        <Route
          element={
            <AppFrame
              status={status}
              sections={sections}
              userMenu={<UserMenu session={session} />}
              palette={<GlobalCommandPalette sections={sections} />}
              navBadges={navBadges}
            />
          }
        >
          {SECTIONS.filter((section) => RECORD_SECTIONS.has(section.id)).map((section) => (
            <Route key={section.id} path={`${section.path}/:id?`} element={guarded(section.id, <RecordSection entity={section.id} aside={recordAside} formWarning={duplicateWarning} />)} />
          ))}
          {SECTIONS.filter((section) => !OWN_ROUTES.has(section.id) && !RECORD_SECTIONS.has(section.id)).map((section) => (
            <Route key={section.id} path={section.path} element={guarded(section.id, <SectionPlaceholder section={section} />)} />
          ))}
          <Route path="/reports/schedules" element={guarded('reports', <SchedulesPage />)} />
          <Route path="/reports/*" element={guarded('reports', <ReportsSection viewerActions={scheduleAction} />)} />
          <Route path="/dashboards" element={guarded('dashboards', <DashboardsPage />)} />
          <Route path="/imports/:tab?" element={guarded('imports', <ImportsPage listPath={recordListPath} />)} />
          <Route path="/duplicates/:entity?/:view?" element={guarded('duplicates', <DuplicatesSection />)} />
          <Route path="/audit" element={guarded('audit', <AuditPage />)} />
          <Route path="/integrations" element={guarded('integrations', <IntegrationLogPage />)} />
          <Route path="/security/:tab?" element={guarded('alerts', <SecurityPage />)} />
          <Route path="/admin/:tab?" element={guarded('admin', <AdminPage status={status} session={session} />)} />
          <Route path="*" element={home ? <Navigate to={home} replace /> : <NoAccessState />} />
        </Route>
      </Routes>
    </>
  );
}
