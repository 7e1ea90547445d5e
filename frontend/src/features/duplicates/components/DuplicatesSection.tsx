import { Center, EmptyState, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAddressBook, IconBuildingSkyscraper, IconLockAccess, IconUserPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useDuplicatePermissions } from '../hooks/useDuplicatePermissions';
import { useDuplicateScan } from '../hooks/useDuplicateScan';
import { duplicatesPath, isDuplicateView, type DuplicateView } from '../types/duplicateRoutes';
import { isDedupEntity, type DedupEntity } from '../types/duplicateTypes';
import { DuplicateRulesPanel } from './DuplicateRulesPanel';
import { FindDuplicatesPanel } from './FindDuplicatesPanel';
import { MergeHistoryPanel } from './MergeHistoryPanel';

const TABS: Record<DedupEntity, { label: string; icon: ReactNode }> = {
  contacts: { label: 'Contacts', icon: <IconAddressBook size={16} /> },
  leads: { label: 'Leads', icon: <IconUserPlus size={16} /> },
  companies: { label: 'Companies', icon: <IconBuildingSkyscraper size={16} /> },
};

const VIEWS: { value: DuplicateView; label: string }[] = [
  { value: 'find', label: 'Find duplicates' },
  { value: 'history', label: 'Merge history' },
  { value: 'rules', label: 'Rules' },
];

/**
 * Duplicates: /duplicates/<contacts|leads|companies>/<find|history|rules>.
 * Find and merge duplicate records, undo past merges, and (settings.manage)
 * change what counts as a duplicate.
 */
export function DuplicatesSection() {
  const { entity, view } = useParams();
  const navigate = useNavigate();
  const perms = useDuplicatePermissions();
  const scanner = useDuplicateScan();

  if (perms.entities.length === 0) {
    return (
      <Center mih={420}>
        <EmptyState maw={480} size="lg" variant="light" icon={<IconLockAccess size={34} stroke={1.5} />}
          title="No records to check for duplicates"
          description="Your role cannot see contacts, leads or companies. Ask an administrator if you need to find and merge duplicates."
          data-testid="duplicates-no-access" />
      </Center>
    );
  }
  if (!isDedupEntity(entity) || !perms.entities.includes(entity)) return <Navigate to={duplicatesPath(perms.entities[0], 'find')} replace />;
  if (!isDuplicateView(view)) return <Navigate to={duplicatesPath(entity, 'find')} replace />;

  const panels: Record<DuplicateView, ReactNode> = {
    find: <FindDuplicatesPanel entity={entity} scanner={scanner} canScan={perms.canScan(entity)} canMerge={perms.canMerge(entity)} />,
    history: <MergeHistoryPanel entity={entity} canUndo={perms.canMerge(entity)} />,
    rules: <DuplicateRulesPanel entity={entity} canManage={perms.canManageRules} />,
  };

  return (
    <Stack gap="lg" maw={1280}>
      <div>
        <Title order={2} fz={22}>Duplicates</Title>
        <Text fz="sm" c="dimmed">Find records that are the same person or company, merge them into one, and undo a merge if it was wrong.</Text>
      </div>
      <Tabs value={entity} onChange={(next) => isDedupEntity(next) && navigate(duplicatesPath(next, view))} keepMounted={false}>
        <Tabs.List>
          {perms.entities.map((id) => (
            <Tabs.Tab key={id} value={id} leftSection={TABS[id].icon}>{TABS[id].label}</Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <SegmentedControl
        value={view}
        onChange={(next) => isDuplicateView(next) && navigate(duplicatesPath(entity, next))}
        data={VIEWS}
        w="fit-content"
        aria-label="Duplicates view"
      />
      <div key={`${entity}-${view}`}>{panels[view]}</div>
    </Stack>
  );
}
