import { Alert, Button, Group, Stack, Stepper } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { AuthLayout } from '@/components/AuthLayout';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import { useCreateWorkspace } from '../hooks/useCreateWorkspace';
import { useKeychainProbe } from '../hooks/useKeychainProbe';
import {
  ADMIN_STEP_FIELDS,
  initialSetupValues,
  setupSchema,
  toCreateWorkspaceInput,
  type SetupValues,
} from '../schemas/setupSchema';
import { AdminStep } from './AdminStep';
import { NameStep } from './NameStep';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { RestoreOffer } from './RestoreOffer';
import { UnlockMethodStep } from './UnlockMethodStep';

const UNLOCK_STEP = 2;
const UNLOCK_STEP_FIELDS = ['unlock', 'addFallback', 'passphrase', 'confirm'];

type CreateWorkspaceWizardProps = { onRestore: () => void };

/** First start: name the workspace, create the administrator, choose how it unlocks, save the recovery key. */
export function CreateWorkspaceWizard({ onRestore }: CreateWorkspaceWizardProps) {
  const [active, setActive] = useState(0);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const form = useForm<SetupValues>({
    mode: 'controlled',
    initialValues: initialSetupValues,
    validate: schemaResolver(setupSchema, { sync: true }),
    validateInputOnBlur: true,
  });
  const probe = useKeychainProbe(active >= 1);
  const create = useCreateWorkspace();

  // Keychain unusable here: passphrase becomes the only choice.
  const keychainUnavailable = probe.data ? !probe.data.available : probe.isError;
  useEffect(() => {
    if (keychainUnavailable) form.setFieldValue('unlock', 'passphrase');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run when the probe result arrives
  }, [keychainUnavailable]);

  const goToAdminStep = () => {
    if (!form.validateField('name').hasError) setActive(1);
  };

  const goToUnlockStep = () => {
    const failed = ADMIN_STEP_FIELDS.map((field) => form.validateField(field).hasError);
    if (!failed.some(Boolean)) setActive(UNLOCK_STEP);
  };

  const submit = () => {
    const result = form.validate();
    const unlockErrors = Object.keys(result.errors).filter((key) => UNLOCK_STEP_FIELDS.includes(key));
    if (result.errors.name) {
      setActive(0);
      return;
    }
    if (Object.keys(result.errors).some((key) => ADMIN_STEP_FIELDS.includes(key))) {
      setActive(1);
      return;
    }
    if (unlockErrors.length > 0) return;
    create.mutate(toCreateWorkspaceInput(form.values), {
      onSuccess: (created) => {
        setRecoveryKey(created.recoveryKey);
        setActive(3);
      },
      onError: (error) => {
        const appError = toAppError(error);
        if (!applyFieldErrors(form, appError)) return;
        if (appError.fields?.name) setActive(0);
        else if (ADMIN_STEP_FIELDS.some((field) => appError.fields?.[field])) setActive(1);
      },
    });
  };

  const createError = create.isError ? toAppError(create.error) : null;
  const probing = probe.isFetching;

  return (
    <AuthLayout
      width={780}
      title="Set up your workspace"
      subtitle="FieldVault keeps customer data in one encrypted file on this computer."
    >
      <Stepper active={active} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="Name" description="Your workspace">
          <Stack gap="lg" mt="lg">
            <NameStep form={form} />
            <Group justify="flex-end">
              <Button onClick={goToAdminStep}>Next</Button>
            </Group>
            <RestoreOffer onRestore={onRestore} />
          </Stack>
        </Stepper.Step>

        <Stepper.Step label="Administrator" description="Your account">
          <Stack gap="lg" mt="lg">
            <AdminStep form={form} />
            <Group justify="space-between">
              <Button variant="default" onClick={() => setActive(0)}>
                Back
              </Button>
              <Button onClick={goToUnlockStep}>Next</Button>
            </Group>
          </Stack>
        </Stepper.Step>

        <Stepper.Step label="Unlock" description="On this computer">
          <Stack gap="lg" mt="lg">
            <UnlockMethodStep form={form} probe={probe.data} probing={probing} />
            {createError && !createError.fields ? (
              <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="The workspace was not created">
                {describeError(createError)}
              </Alert>
            ) : null}
            <Group justify="space-between">
              <Button variant="default" onClick={() => setActive(1)} disabled={create.isPending}>
                Back
              </Button>
              <Button onClick={submit} loading={create.isPending} disabled={probing}>
                Create workspace
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>

        <Stepper.Step label="Recovery key" description="Save it once">
          <Stack mt="lg">{recoveryKey !== null ? <RecoveryKeyStep recoveryKey={recoveryKey} /> : null}</Stack>
        </Stepper.Step>
      </Stepper>
    </AuthLayout>
  );
}
