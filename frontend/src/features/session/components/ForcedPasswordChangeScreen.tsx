import { Alert, Button, Stack } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { AuthLayout } from '@/components/AuthLayout';
import { userLabel, useSignOut } from '@/lib/session';
import type { SessionInfo } from '@/lib/permissions';
import { ChangePasswordForm } from './ChangePasswordForm';

type ForcedPasswordChangeScreenProps = { session: SessionInfo };

/** A reset or initial password must be replaced before anything else opens. */
export function ForcedPasswordChangeScreen({ session }: ForcedPasswordChangeScreenProps) {
  const signOut = useSignOut();
  return (
    <AuthLayout title="Choose a new password" subtitle={`Signed in as ${userLabel(session.user)}`}>
      <Stack gap="md">
        <Alert variant="light" icon={<IconKey size={18} />}>
          Your password was set by an administrator. Choose your own before you continue; nobody else will know it.
        </Alert>
        <ChangePasswordForm
          oldLabel="Current (temporary) password"
          submitLabel="Save and continue"
          secondary={
            <Button variant="subtle" color="gray" onClick={() => signOut.mutate()} loading={signOut.isPending}>
              Sign out
            </Button>
          }
        />
      </Stack>
    </AuthLayout>
  );
}
