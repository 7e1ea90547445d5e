import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderReports } from '../test/renderReports';
import { ExportReportModal } from './ExportReportModal';

const exporter = {
  start: vi.fn(),
  cancel: vi.fn(),
  busy: false,
  running: false,
  cancelling: false,
  progress: { done: 0, total: 0, percent: null as number | null, reset: () => {} },
};
vi.mock('../hooks/useReportExport', () => ({ useReportExport: () => exporter }));

const report = { id: 'r1', name: 'Pipeline' };

describe('ExportReportModal', () => {
  beforeEach(() => {
    Object.assign(exporter, { busy: false, running: false, cancelling: false, progress: { ...exporter.progress, done: 0, total: 0, percent: null } });
    exporter.start.mockReset();
    exporter.cancel.mockReset();
  });

  it('asks for an optional workbook password, then starts the export with it', () => {
    renderReports(<ExportReportModal report={report} opened onClose={() => {}} />);
    fireEvent.change(screen.getByLabelText(/Workbook password/), { target: { value: 's3cret pass' } });
    fireEvent.click(screen.getByRole('button', { name: 'Choose file and export' }));
    expect(exporter.start).toHaveBeenCalledWith('s3cret pass');
  });

  it('shows the progress with Cancel while the job runs, and cannot be closed otherwise', () => {
    Object.assign(exporter, { busy: true, running: true, progress: { ...exporter.progress, done: 1200, total: 5000, percent: 24 } });
    renderReports(<ExportReportModal report={report} opened onClose={() => {}} />);
    expect(screen.getByText('1,200 of 5,000 rows (24%)')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/Workbook password/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(exporter.cancel).toHaveBeenCalled();
  });
});
