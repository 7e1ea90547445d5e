import { Alert, Button, Card, Group, Skeleton, Text } from '@mantine/core';
import { IconPlugConnected, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import type { Principal, PrincipalToken } from '../api/principalsApi';
import { usePrincipalRoles, usePrincipals, usePrincipalTeams } from '../hooks/usePrincipals';
import { AddPrincipalModal } from './AddPrincipalModal';
import { PrincipalConfirmModal } from './PrincipalConfirmModal';
import type { PrincipalAction } from './PrincipalRowMenu';
import { PrincipalsTable } from './PrincipalsTable';
import { RotateTokenModal } from './RotateTokenModal';
import { TokenRevealModal } from './TokenRevealModal';

type Revealed = { username: string; token: string; rotated: boolean };

/** Admin → Integrations (users.manage): accounts for scripts, each with its own role, teams and token. */
export function IntegrationsPanel({ workspaceDir }: { workspaceDir: string }) {
  const principals = usePrincipals();
  const roles = usePrincipalRoles();
  const teams = usePrincipalTeams();
  const [adding, setAdding] = useState(false);
  const [active, setActive] = useState<{ principal: Principal; action: PrincipalAction } | null>(null);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const close = () => setActive(null);
  const reveal = (got: PrincipalToken, rotated: boolean) => setRevealed({ username: got.user.username, token: got.token, rotated });

  const teamList = teams.data ?? [];
  const error = principals.error ?? roles.error ?? teams.error;
  const list = principals.data ?? [];

  return (
    <Card withBorder padding="lg" radius="md">
      <Group justify="space-between" mb="md" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={600}>Integrations</Text>
          <Text fz="sm" c="dimmed">
            Accounts for scripts that import or export on the command line. Each signs in with a token instead of a password, holds a role
            like a person, and is audited under its own name.
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)} disabled={!roles.data} style={{ flexShrink: 0 }}>
          Add integration
        </Button>
      </Group>
      {error ? (
        <Alert color="red" variant="light" mb="md">
          {describeError(error)}
        </Alert>
      ) : null}
      {principals.isPending ? <Skeleton h={120} /> : null}
      {principals.data && list.length === 0 ? (
        <Alert variant="light" color="gray" icon={<IconPlugConnected size={18} />} title="No integrations yet">
          Add one for each script — for example a nightly import of web-form leads — so each has only the access it needs and its own token
          you can replace or switch off.
        </Alert>
      ) : null}
      {list.length > 0 ? (
        <PrincipalsTable principals={list} teams={teamList} onAction={(principal, action) => setActive({ principal, action })} />
      ) : null}

      <AddPrincipalModal
        opened={adding}
        roles={roles.data ?? []}
        teams={teamList}
        onClose={() => setAdding(false)}
        onCreated={(created) => {
          setAdding(false);
          reveal(created, false);
        }}
      />
      {active?.action === 'rotate' ? (
        <RotateTokenModal
          principal={active.principal}
          onClose={close}
          onRotated={(rotated) => {
            close();
            reveal(rotated, true);
          }}
        />
      ) : null}
      {active && active.action !== 'rotate' ? <PrincipalConfirmModal principal={active.principal} action={active.action} onClose={close} /> : null}
      <TokenRevealModal revealed={revealed} workspaceDir={workspaceDir} onClose={() => setRevealed(null)} />
    </Card>
  );
}
