import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { contactsEntity } from '../test/entityFixtures';
import { renderImports } from '../test/renderImports';
import { checkMapping, defaultSettings } from '../types/importSettings';
import type { ImportFileInfo } from '../types/importTypes';
import { mappingTargets } from '../types/mappingTargets';
import { MapColumnsStep } from './MapColumnsStep';

const info: ImportFileInfo = {
  path: '/tmp/people.csv', name: 'people.csv', size: 300, format: 'csv', encoding: 'utf-8', delimiter: ';', sheet: '', sheets: [], headerRow: 1,
  header: ['First name', 'Surname', 'E-mail', 'Mail 2'],
  sample: [['Zoë', 'Ångström', 'zoe@example.com', 'z@x.org'], ['José', '=HYPERLINK("http://x","y")', 'jose@example.com', '']],
  sampleRows: [2, 3],
  mapping: [
    { column: 0, header: 'First name', field: 'firstName', suggested: true },
    { column: 1, header: 'Surname', field: '', suggested: false },
    { column: 2, header: 'E-mail', field: 'email', suggested: true },
    { column: 3, header: 'Mail 2', field: '', suggested: false },
  ],
  decimalGuess: '', dateOrderGuess: '',
};
const target = { ...contactsEntity, modes: ['create', 'update', 'upsert'] as const } as const;
const targets = mappingTargets('contacts', contactsEntity.fields);

function renderStep(mapping: string[]) {
  const settings = defaultSettings('contacts', mapping);
  const check = checkMapping({ entity: 'contacts', header: info.header, mapping, targets, settings, modes: [...target.modes] });
  const onDryRun = vi.fn();
  renderImports(
    <MapColumnsStep
      target={{ ...target, modes: [...target.modes] }}
      targets={targets}
      info={info}
      mapping={mapping}
      settings={settings}
      check={check}
      onColumn={vi.fn()}
      onSettings={vi.fn()}
      onBack={vi.fn()}
      onDryRun={onDryRun}
    />,
  );
  return { onDryRun };
}

describe('MapColumnsStep', () => {
  it('shows each column with samples, marks suggestions and warns about the missing last name', () => {
    renderStep(['firstName', '', 'email', '']);
    const rows = screen.getAllByTestId('mapping-row');
    expect(rows).toHaveLength(4);
    expect(within(rows[0]).getByText('Suggested')).toBeInTheDocument();
    expect(within(rows[1]).getByText('=HYPERLINK("http://x","y")')).toBeInTheDocument();
    expect(within(rows[1]).queryByText('Suggested')).toBeNull();
    expect(screen.getByTestId('mapping-required')).toHaveTextContent('Map a column to Last name or Full name: new records need it.');
    expect(screen.getByRole('button', { name: 'Dry run' })).toBeDisabled();
  });

  it('flags a field chosen for two columns', () => {
    renderStep(['firstName', 'lastName', 'email', 'email']);
    expect(screen.getByText('Also chosen for “Mail 2”: each field takes one column.')).toBeInTheDocument();
    expect(screen.getByText('Also chosen for “E-mail”: each field takes one column.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dry run' })).toBeDisabled();
  });

  it('runs once the mapping is complete', () => {
    const { onDryRun } = renderStep(['firstName', 'lastName', 'email', '']);
    expect(screen.queryByTestId('mapping-required')).toBeNull();
    screen.getByRole('button', { name: 'Dry run' }).click();
    expect(onDryRun).toHaveBeenCalledOnce();
  });
});
