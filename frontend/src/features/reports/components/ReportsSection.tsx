import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useReportPermissions } from '../hooks/useReportPermissions';
import { ReportBuilderPage } from './ReportBuilderPage';
import { ReportViewerPage } from './ReportViewerPage';
import { ReportsHomePage } from './ReportsHomePage';

/**
 * The Reports section (reports.view): /reports lists them, /reports/:id runs
 * one, /reports/new and /reports/:id/edit open the builder (reports.manage).
 * `viewerActions` adds buttons to a saved report's toolbar (the app passes
 * other features' actions, such as scheduling, since features do not import
 * each other).
 */
/** Extra toolbar buttons for a runnable saved report the user may manage and export. */
export type ViewerActions = (report: { id: string; name: string }) => ReactNode;

export function ReportsSection({ viewerActions }: { viewerActions?: ViewerActions }) {
  const { canManage } = useReportPermissions();
  return (
    <Routes>
      <Route index element={<ReportsHomePage />} />
      <Route path="new" element={canManage ? <ReportBuilderPage /> : <Navigate to="/reports" replace />} />
      <Route path=":id" element={<ReportViewerPage actions={viewerActions} />} />
      <Route path=":id/edit" element={canManage ? <ReportBuilderPage /> : <Navigate to="/reports" replace />} />
      <Route path="*" element={<Navigate to="/reports" replace />} />
    </Routes>
  );
}
