import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { chooseOpenPath } from '@/lib/openDialog';
import { inspectFile } from '../api/importsApi';
import { IMPORT_FILE_FILTERS } from '../types/fileInfo';
import { buildImportRequest, checkMapping, defaultSettings, type ImportSettings } from '../types/importSettings';
import type { FileOverrides, ImportEntity, ImportFileInfo, ImportResult } from '../types/importTypes';
import { mappingFromSuggested, setColumnField, type Mapping } from '../types/mappingState';
import { mappingTargets } from '../types/mappingTargets';
import type { ImportTarget } from './useImportableEntities';
import { useImportRun } from './useImportRun';

export const NO_OVERRIDES: FileOverrides = { sheet: '', delimiter: '', encoding: '', headerRow: 0 };
export type WizardStep = 0 | 1 | 2 | 3;

type Loaded = { info: ImportFileInfo; overrides: FileOverrides; mapping: Mapping; settings: ImportSettings };

/**
 * The import wizard's state: record type, file (re-inspected when the type
 * or an override changes), mapping, settings, the dry run and the import.
 * Any change to what would be imported drops an earlier dry run.
 */
export function useImportWizard(entities: readonly ImportTarget[]) {
  const [step, setStep] = useState<WizardStep>(0);
  const [chosen, setChosen] = useState<ImportEntity | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [dryResult, setDryResult] = useState<ImportResult | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const jobs = useImportRun();

  const target = entities.find((e) => e.name === chosen) ?? entities[0] ?? null;
  const entity = target?.name ?? null;
  const targets = target ? mappingTargets(target.name, target.fields) : [];

  const inspect = useMutation({
    mutationFn: ({ path, name, overrides }: { path: string; name: ImportEntity; overrides: FileOverrides }) =>
      inspectFile({ path, entity: name, ...overrides }),
  });

  /** Inspects `path` for entity `into`; a new header (or type) starts the mapping over from the suggestion. */
  const load = (path: string, into: ImportTarget, overrides: FileOverrides) =>
    inspect.mutate(
      { path, name: into.name, overrides },
      {
        onSuccess: (info) => {
          setDryResult(null);
          setLoaded((prev) => {
            const keep = prev && prev.info.header.join('\u0000') === info.header.join('\u0000') && prev.info.path === info.path && into.name === entity;
            if (keep) return { ...prev, info, overrides };
            const mapping = mappingFromSuggested(info.header, info.mapping, mappingTargets(into.name, into.fields));
            return { info, overrides, mapping, settings: defaultSettings(into.name, mapping, into.modes[0]) };
          });
        },
      },
    );

  const chooseFile = useMutation({
    mutationFn: () => chooseOpenPath('Choose a file to import', IMPORT_FILE_FILTERS),
    onSuccess: (path) => {
      if (path && target) load(path, target, NO_OVERRIDES);
    },
  });

  const changeEntity = (name: string | null) => {
    const next = entities.find((e) => e.name === name);
    if (!next || next.name === entity) return;
    setChosen(next.name);
    if (loaded) load(loaded.info.path, next, loaded.overrides);
  };

  const changeOverrides = (patch: Partial<FileOverrides>) => {
    if (loaded && target) load(loaded.info.path, target, { ...loaded.overrides, ...patch });
  };

  const update = (change: (l: Loaded) => Loaded) => {
    setDryResult(null);
    setLoaded((prev) => (prev ? change(prev) : prev));
  };
  const setColumn = (column: number, field: string) => update((l) => ({ ...l, mapping: setColumnField(l.mapping, column, field) }));
  const changeSettings = (patch: Partial<ImportSettings>) => update((l) => ({ ...l, settings: { ...l.settings, ...patch } }));

  const check =
    loaded && entity && target
      ? checkMapping({ entity, header: loaded.info.header, mapping: loaded.mapping, targets, settings: loaded.settings, modes: target.modes })
      : null;
  const request = () => (loaded && entity ? buildImportRequest(entity, loaded.info, loaded.overrides, loaded.mapping, loaded.settings) : null);

  const startDryRun = () => {
    const req = request();
    if (!req || check?.blocking) return;
    setStep(2);
    setDryResult(null);
    jobs.dryRun.mutate(req, {
      onSuccess: (outcome) => {
        if (outcome.cancelled) setStep(1);
        else setDryResult(outcome.value);
      },
    });
  };

  const startImport = () => {
    const req = request();
    if (!req) return;
    setStep(3);
    setResult(null);
    jobs.run.mutate(req, {
      onSuccess: (outcome) => {
        // Run reports a cancel as a result; a rejection after Cancel (before any row) wrote nothing
        if (outcome.cancelled) setStep(2);
        else setResult(outcome.value);
      },
    });
  };

  const startOver = () => {
    setStep(0);
    setLoaded(null);
    setDryResult(null);
    setResult(null);
    inspect.reset();
    jobs.dryRun.reset();
    jobs.run.reset();
  };

  const busy = jobs.running !== null;
  /** Earlier steps may be revisited until the import ran. */
  const goTo = (next: number) => {
    if (busy || result || jobs.run.isPending || next >= step) return;
    setStep(next as WizardStep);
  };

  return {
    step,
    setStep: (s: WizardStep) => !busy && setStep(s),
    goTo,
    target,
    entity,
    targets,
    changeEntity,
    chooseFile,
    inspect,
    loaded,
    changeOverrides,
    setColumn,
    changeSettings,
    check,
    startDryRun,
    dryResult,
    startImport,
    result,
    startOver,
    jobs,
  };
}
