import { Alert, Badge, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconEdit, IconFileSpreadsheet, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { describeError } from '@/lib/errors';
import { useCatalog } from '../hooks/useCatalog';
import { useReportPermissions } from '../hooks/useReportPermissions';
import { useReportInfo } from '../hooks/useReports';
import { useRunReport } from '../hooks/useReportResult';
import { describeShape, problemText, reportRoute, sharingLabel } from '../types/reportList';
import { BackLink } from './BackLink';
import { ExportReportModal } from './ExportReportModal';
import { ReportResultView } from './ReportResultView';
import type { ViewerActions } from './ReportsSection';

/** /reports/:id — runs a built-in or saved report: chart, table, drill-down; Edit, Export to Excel, Refresh. */
export function ReportViewerPage({ actions }: { actions?: ViewerActions }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const info = useReportInfo(id);
  const report = info.report;
  const run = useRunReport(id, !!report?.runnable);
  const catalog = useCatalog();
  const { canManage, canExport } = useReportPermissions();
  const [exporting, setExporting] = useState(false);

  if (info.isPending) return <Center mih={300}><Loader /></Center>;
  if (info.isError) return <Alert color="red" variant="light" title="The report could not load">{describeError(info.error)}</Alert>;
  if (!report) {
    return (
      <Stack gap="md" maw={640}>
        <BackLink />
        <Alert color="orange" variant="light" title="There is no such report">
          It may have been deleted, or it is no longer shared with you.
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={1280}>
      <BackLink />
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Title order={2} fz={22}>{report.name}</Title>
            {report.builtin ? <Badge variant="light" color="gray">Built-in</Badge> : <Badge variant="light">{sharingLabel(report.sharing)}</Badge>}
          </Group>
          <Text fz="sm" c="dimmed">
            {describeShape(report.spec, catalog.entity(report.spec.entity)?.label)}
            {report.description ? ` — ${report.description}` : ''}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => run.refetch()} loading={run.isFetching && !run.isPending}>
            Refresh
          </Button>
          {canManage && (
            <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => navigate(reportRoute(report.id, true))}>
              {report.builtin || !report.mine ? 'Copy and edit' : 'Edit'}
            </Button>
          )}
          {canManage && canExport && !report.builtin && report.runnable && actions?.({ id: report.id, name: report.name })}
          {canExport && (
            <Button leftSection={<IconFileSpreadsheet size={16} />} onClick={() => setExporting(true)} disabled={!report.runnable}>
              Export to Excel
            </Button>
          )}
        </Group>
      </Group>
      {!report.runnable && (
        <Alert color="orange" variant="light" title="You cannot run this report">
          {(() => {
            const text = problemText(report.problem);
            return text.charAt(0).toUpperCase() + text.slice(1);
          })()}
        </Alert>
      )}
      {!report.runnable ? null : run.isError ? (
        <Alert color="red" variant="light" title="The report could not run">{describeError(run.error)}</Alert>
      ) : run.isPending ? (
        <Center mih={300}><Loader /></Center>
      ) : (
        <ReportResultView result={run.data} spec={report.spec} chartHint={report.chart} label={report.name} />
      )}
      {canExport && <ExportReportModal report={report} opened={exporting} onClose={() => setExporting(false)} />}
    </Stack>
  );
}

