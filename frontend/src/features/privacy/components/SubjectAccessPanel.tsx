import { Button, Group, Menu, Modal, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useSession } from '@/lib/session';
import { useSubjectAccess } from '../hooks/useSubjectAccess';
import { canErase } from '../types/erasure';
import { SUBJECT_ACCESS_SPECS, canExportSubject, subjectProgressText, type SubjectAccessFormat } from '../types/subjectAccess';
import { ErasureAction } from './ErasureAction';

type SubjectAccessPanelProps = { entity: string; recordId: string };

const FORMATS: readonly SubjectAccessFormat[] = ['json', 'xlsx'];

/**
 * "Personal data" on a person's page (GDPR, SECURITY.md §5): the subject
 * access export (contacts; data.export + sensitive.view) — every stored
 * field, linked record and audit entry about the person, as JSON or Excel —
 * and erasure (contacts and leads; privacy.manage). Renders nothing when the
 * person may do neither.
 */
export function SubjectAccessPanel({ entity, recordId }: SubjectAccessPanelProps) {
  const session = useSession();
  const exportable = canExportSubject(session, entity);
  const erasable = canErase(session, entity);
  if (!exportable && !erasable) return null;
  return <PersonalDataPanel entity={entity} recordId={recordId} exportable={exportable} erasable={erasable} />;
}

type PersonalDataPanelProps = SubjectAccessPanelProps & { exportable: boolean; erasable: boolean };

function PersonalDataPanel({ entity, recordId, exportable, erasable }: PersonalDataPanelProps) {
  const titleId = useId();
  const { start, busy, exporting, progress, cancel, cancelling } = useSubjectAccess(recordId);
  const { done, total, percent } = progress;
  return (
    <Paper withBorder radius="md" p="lg" mt="lg" component="section" aria-labelledby={titleId}>
      <Stack gap="sm" align="flex-start">
        <Stack gap={2}>
          <Title order={3} fz="md" id={titleId}>Personal data</Title>
          <Text fz="sm" c="dimmed">
            {exportable ? 'Everything stored about this person, for a subject access request. ' : ''}
            {erasable ? 'Erasure removes it for good, in the records and the audit log. ' : ''}
            Every export and erasure is audited.
          </Text>
        </Stack>
        <Group gap="sm">
          {exportable && (
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <Button variant="default" loading={busy}>Subject access export</Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>Format</Menu.Label>
                {FORMATS.map((format) => (
                  <Menu.Item key={format} onClick={() => start(format)}>{SUBJECT_ACCESS_SPECS[format].label}</Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
          {erasable && <ErasureAction entity={entity} recordId={recordId} />}
        </Group>
      </Stack>
      <Modal
        opened={exporting !== null}
        onClose={() => {}}
        withCloseButton={false}
        closeOnClickOutside={false}
        closeOnEscape={false}
        centered
        title="Exporting the subject access report"
      >
        <Stack gap={6}>
          <Progress
            size="lg"
            radius="sm"
            value={percent ?? 100}
            striped={percent === null}
            animated={percent === null}
            aria-label="Export progress"
            transitionDuration={150}
          />
          <Group justify="space-between" wrap="nowrap">
            <Text fz="sm" c="dimmed" aria-live="polite">
              {cancelling ? 'Cancelling…' : subjectProgressText(done, total, percent)}
            </Text>
            <Button size="xs" variant="default" onClick={cancel} loading={cancelling}>Cancel</Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
