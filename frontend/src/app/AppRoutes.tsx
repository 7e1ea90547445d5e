import { Navigate, Route, Routes } from 'react-router';
import { AppFrame } from '@/features/shell/components/AppFrame';
import { SectionPlaceholder } from '@/features/shell/components/SectionPlaceholder';
import { DEFAULT_SECTION_PATH, SECTIONS } from '@/features/shell/types/sections';
import type { WorkspaceStatus } from '@/lib/workspaceStatus';
import { AdminPage } from './AdminPage';

type AppRoutesProps = { status: WorkspaceStatus };

/** Routes of the unlocked app. Sections without a feature yet show their empty state. */
export function AppRoutes({ status }: AppRoutesProps) {
  return (
    <Routes>
      <Route element={<AppFrame status={status} />}>
        {SECTIONS.filter((section) => section.id !== 'admin').map((section) => (
          <Route key={section.id} path={section.path} element={<SectionPlaceholder section={section} />} />
        ))}
        <Route path="/admin" element={<AdminPage status={status} />} />
        <Route path="*" element={<Navigate to={DEFAULT_SECTION_PATH} replace />} />
      </Route>
    </Routes>
  );
}
