import { Alert, Center, Loader, Stepper, Text } from '@mantine/core';
import { describeError } from '@/lib/errors';
import { useImportWizard } from '../hooks/useImportWizard';
import { useImportableEntities } from '../hooks/useImportableEntities';
import { ChooseFileStep } from './ChooseFileStep';
import { DryRunStep } from './DryRunStep';
import { ImportStep } from './ImportStep';
import { MapColumnsStep } from './MapColumnsStep';

/** Choose file & record type → Map columns → Dry run → Import, as a stepper. */
export function ImportWizard({ listPath }: { listPath: (entity: string) => string }) {
  const { entities, isPending, isError, error } = useImportableEntities();
  const w = useImportWizard(entities);

  if (isPending) return <Center mih={200}><Loader /></Center>;
  if (isError) return <Alert color="red" variant="light" title="The record types could not load">{describeError(error)}</Alert>;
  if (entities.length === 0 || !w.target) {
    return <Text c="dimmed" fz="sm">Your role may not create or update contacts, companies, leads or deals, so there is nothing to import into.</Text>;
  }
  const target = w.target;
  const importStep = (
    <ImportStep
      target={target}
      fileName={w.loaded?.info.name ?? ''}
      running={w.jobs.running === 'run'}
      percent={w.jobs.progress.percent}
      onCancel={w.jobs.cancel}
      cancelling={w.jobs.cancelling}
      error={w.jobs.run.error}
      result={w.result}
      listPath={listPath(target.name)}
      onBack={() => w.setStep(2)}
      onStartOver={w.startOver}
    />
  );
  // a finished import ticks the last step too
  return (
    <Stepper active={w.result?.status === 'done' ? 4 : w.step} onStepClick={w.goTo} size="sm" allowNextStepsSelect={false} data-testid="import-wizard">
      <Stepper.Step label="Choose file" description="File and record type">
        <ChooseFileStep
          entities={entities}
          entity={target.name}
          onEntity={w.changeEntity}
          choosing={w.chooseFile.isPending || w.inspect.isPending}
          onChoose={() => w.chooseFile.mutate()}
          error={w.chooseFile.error ?? w.inspect.error}
          info={w.loaded?.info ?? null}
          overrides={w.loaded?.overrides ?? null}
          onOverrides={w.changeOverrides}
          onNext={() => w.setStep(1)}
        />
      </Stepper.Step>
      <Stepper.Step label="Map columns" description="Fields and matching">
        {w.loaded && w.check ? (
          <MapColumnsStep
            target={target}
            targets={w.targets}
            info={w.loaded.info}
            mapping={w.loaded.mapping}
            settings={w.loaded.settings}
            check={w.check}
            onColumn={w.setColumn}
            onSettings={w.changeSettings}
            onBack={() => w.setStep(0)}
            onDryRun={w.startDryRun}
          />
        ) : null}
      </Stepper.Step>
      <Stepper.Step label="Dry run" description="Check before writing">
        <DryRunStep
          target={target}
          fileName={w.loaded?.info.name ?? ''}
          running={w.jobs.running === 'dry'}
          percent={w.jobs.progress.percent}
          onCancel={w.jobs.cancel}
          cancelling={w.jobs.cancelling}
          error={w.jobs.dryRun.error}
          result={w.dryResult}
          onBack={() => w.setStep(1)}
          onImport={w.startImport}
        />
      </Stepper.Step>
      <Stepper.Step label="Import" description="Write and review">{importStep}</Stepper.Step>
      <Stepper.Completed>{importStep}</Stepper.Completed>
    </Stepper>
  );
}
