import { describe, expect, it } from 'vitest';
import { shellArg, tokenUsageLine } from './tokenUsage';

describe('tokenUsageLine', () => {
  it('names the principal and the workspace folder, never the token', () => {
    expect(tokenUsageLine('webform', '/home/ana/.config/FieldVault')).toBe(
      'FIELDVAULT_TOKEN=… fieldvault import FILE --user webform --entity contacts --workspace /home/ana/.config/FieldVault',
    );
  });
  it('quotes a folder with spaces or quotes for a POSIX shell', () => {
    expect(tokenUsageLine('webform', "/Users/ana/Library/Application Support/FieldVault")).toContain(
      "--workspace '/Users/ana/Library/Application Support/FieldVault'",
    );
    expect(shellArg("it's")).toBe(`'it'\\''s'`);
  });
  it('falls back to placeholders', () => {
    expect(tokenUsageLine('')).toBe('FIELDVAULT_TOKEN=… fieldvault import FILE --user NAME --entity contacts --workspace DIR');
  });
  it('leaves user names with @ . _ - unquoted', () => {
    expect(shellArg('crm.sync@acme_1-x')).toBe('crm.sync@acme_1-x');
  });
});
