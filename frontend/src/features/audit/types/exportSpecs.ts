import { fileStamp, type SaveFilter } from '@/lib/saveDialog';
import type { ExportFormat } from '../api/auditApi';

/** How one export format is offered and saved. */
export type ExportSpec = { menuLabel: string; dialogTitle: string; fileName: (at: Date) => string; filter: SaveFilter };

/** The export formats: a spreadsheet to read, a signed bundle to prove. */
export const EXPORT_SPECS: Readonly<Record<ExportFormat, ExportSpec>> = {
  xlsx: {
    menuLabel: 'Export to Excel (.xlsx)',
    dialogTitle: 'Export the audit log to Excel',
    fileName: (at) => `audit-log-${fileStamp(at)}.xlsx`,
    filter: { displayName: 'Excel workbook (*.xlsx)', pattern: '*.xlsx' },
  },
  bundle: {
    menuLabel: 'Export signed bundle',
    dialogTitle: 'Export a signed audit bundle',
    fileName: (at) => `audit-log-${fileStamp(at)}.fvaudit`,
    filter: { displayName: 'Signed audit bundle (*.fvaudit)', pattern: '*.fvaudit' },
  },
};

/** The command an auditor runs to check a signed bundle, with the key filled in when known. */
export function verifyCommand(publicKey = 'KEY', file = 'FILE'): string {
  return `fieldvault audit verify ${file} --pubkey ${publicKey}`;
}
