import { Alert, Center, Loader, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { describeError } from '@/lib/errors';
import { useCatalog } from '../hooks/useCatalog';
import { useReportInfo } from '../hooks/useReports';
import { draftFromSpec, newDraft } from '../types/specDraft';
import { BackLink } from './BackLink';
import { ReportBuilder } from './ReportBuilder';

/**
 * /reports/new and /reports/:id/edit: loads the catalog (and the report being
 * edited), then the builder. A built-in or someone else's report is edited
 * as a copy.
 */
export function ReportBuilderPage() {
  const { id } = useParams();
  const catalog = useCatalog();
  const info = useReportInfo(id);

  if (catalog.isPending || (id && info.isPending)) return <Center mih={300}><Loader /></Center>;
  const failed = catalog.error ?? (id ? info.error : null);
  if (failed) return <Alert color="red" variant="light" title="The report builder could not load">{describeError(failed)}</Alert>;
  if (catalog.entities.length === 0) {
    return (
      <Stack gap="md" maw={640}>
        <BackLink />
        <Alert color="orange" variant="light" title="Nothing to report on">Your role cannot read any record type.</Alert>
      </Stack>
    );
  }
  const base = id ? info.report : undefined;
  if (id && !base) {
    return (
      <Stack gap="md" maw={640}>
        <BackLink />
        <Alert color="orange" variant="light" title="There is no such report">It may have been deleted, or it is no longer shared with you.</Alert>
      </Stack>
    );
  }
  const draft = base ? draftFromSpec(base.spec) : newDraft(catalog.entities);
  return <ReportBuilder key={id ?? 'new'} base={base} initial={draft} catalog={catalog.entities} />;
}
