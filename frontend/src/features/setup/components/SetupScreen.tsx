import { useState } from 'react';
import { CreateWorkspaceWizard } from './CreateWorkspaceWizard';
import { RestoreScreen } from './RestoreScreen';

/** No workspace on this device yet: create one (the default), or restore one from a backup. */
export function SetupScreen() {
  const [restoring, setRestoring] = useState(false);
  if (restoring) return <RestoreScreen onBack={() => setRestoring(false)} />;
  return <CreateWorkspaceWizard onRestore={() => setRestoring(true)} />;
}
