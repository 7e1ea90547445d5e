import { screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderDuplicates } from '../test/renderDuplicates';
import { DuplicatesSection } from './DuplicatesSection';

function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

const section = (
  <>
    <Routes>
      <Route path="/duplicates/:entity?/:view?" element={<DuplicatesSection />} />
    </Routes>
    <Where />
  </>
);

describe('DuplicatesSection', () => {
  it('opens the first readable entity on "Find duplicates"', async () => {
    renderDuplicates(section, { url: '/duplicates', permissions: ['data.import'], grants: [{ entity: 'leads', action: 'read', scope: 'own' }, { entity: 'leads', action: 'update', scope: 'own' }] });
    expect(await screen.findByTestId('where')).toHaveTextContent('/duplicates/leads/find');
    expect(screen.getByRole('tab', { name: 'Leads' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Contacts' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Find duplicates' })).toBeInTheDocument();
  });

  it('says so when the role sees none of the entities', () => {
    renderDuplicates(section, { url: '/duplicates/contacts/find', grants: [] });
    expect(screen.getByTestId('duplicates-no-access')).toHaveTextContent('No records to check for duplicates');
  });

  it('gives a rules manager every entity tab, without scanning', () => {
    renderDuplicates(section, { url: '/duplicates/companies/find', grants: [], permissions: ['settings.manage'] });
    expect(screen.getAllByRole('tab')).toHaveLength(3);
    expect(screen.getByTestId('duplicates-no-access')).toHaveTextContent('You cannot look for duplicate companies');
  });
});
