// DEV MOCK ONLY — never imported by src/. Injected by screenshots.mjs (Playwright addInitScript)
// to stand in for the Wails bridge (window.go / window.runtime) when the Vite dev server runs
// in a plain browser. Scenario comes from window.__FV_SCENARIO.
(() => {
  const scenario = window.__FV_SCENARIO || 'setup';
  const delay = (ms) => new Promise((r) => setTimeout(r, ms));
  const base = {
    exists: true,
    unlocked: false,
    name: 'Northwind Field Sales',
    path: '/home/ana/.config/FieldVault/workspace.fvdb',
    unlockMethods: ['keychain', 'passphrase', 'recovery'],
    keychain: { available: true, message: '' },
    recoveryPending: false,
    osUser: 'ana',
    hostname: 'ana-thinkpad',
    appVersion: '0.1.0-dev',
    cipher: 'AES-256-GCM',
    schemaVersion: 3,
    pageCount: 1284,
    unlockedBy: '',
  };
  let status = { ...base };
  if (scenario === 'setup') status = { ...base, exists: false, name: '', unlockMethods: [] };
  if (scenario === 'unlock-keychain-failed') status = { ...base, keychain: { available: false, message: 'No Secret Service provider on the session bus.' } };
  if (scenario === 'app') status = { ...base, unlocked: true, unlockedBy: 'keychain' };
  const keychainDown = scenario === 'setup' ? window.__FV_KEYCHAIN_DOWN === true : scenario === 'unlock-keychain-failed';

  const svc = {
    Status: async () => { await delay(50); return structuredClone(status); },
    ProbeKeychain: async () => {
      await delay(400);
      return keychainDown
        ? { available: false, message: 'No Secret Service provider (gnome-keyring or KWallet) answered on the session bus.' }
        : { available: true, message: '' };
    },
    Create: async (req) => {
      await delay(600);
      if (req.name === 'taken') throw { code: 'conflict', message: 'A workspace already exists here.', fields: { name: 'Choose another name.' } };
      status = { ...base, name: req.name, unlocked: true, recoveryPending: true, unlockMethods: req.unlock === 'keychain' ? (req.passphrase ? ['keychain', 'passphrase', 'recovery'] : ['keychain', 'recovery']) : ['passphrase', 'recovery'], unlockedBy: req.unlock };
      return { recoveryKey: 'FV1-7KQ2-M9XD-4TNB-P8WH-C3RJ-V6YE-2LFA', status };
    },
    AcknowledgeRecoveryKey: async () => { await delay(200); status = { ...status, recoveryPending: false }; },
    UnlockKeychain: async () => {
      await delay(900);
      if (keychainDown) throw { code: 'unavailable', message: 'The OS keychain is not available on this computer. Use your passphrase or recovery key.' };
      status = { ...status, unlocked: true, unlockedBy: 'keychain' };
      return status;
    },
    UnlockPassphrase: async (p) => {
      await delay(500);
      if (p !== 'correct horse battery') throw { code: 'unauthenticated', message: 'Wrong passphrase.' };
      status = { ...status, unlocked: true, unlockedBy: 'passphrase' };
      return status;
    },
    UnlockRecovery: async () => { await delay(500); throw { code: 'unauthenticated', message: 'That recovery key does not open this workspace.' }; },
    Lock: async () => { await delay(150); status = { ...status, unlocked: false, unlockedBy: '' }; },
    ChangePassphrase: async (o) => { await delay(400); if (o === 'wrong') throw { code: 'unauthenticated', message: 'Wrong passphrase.' }; },
    SetKeychainUnlock: async (on) => {
      await delay(300);
      if (!on && !status.unlockMethods.includes('passphrase')) throw { code: 'conflict', message: 'Set a passphrase before turning off keychain unlock.' };
      const m = new Set(status.unlockMethods);
      if (on) m.add('keychain');
      else m.delete('keychain');
      status = { ...status, unlockMethods: [...m] };
      return status;
    },
    RotateKeychainKey: async () => { await delay(800); },
  };
  window.go = { service: { WorkspaceService: svc } };
  window.runtime = {
    ClipboardSetText: async () => true,
    ClipboardGetText: async () => '',
    WindowSetTitle: (t) => { document.title = t; },
    EventsOnMultiple: () => () => {},
    Quit: () => {},
  };
})();
