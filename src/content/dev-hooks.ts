// Development only: live reload of scenario files and the designer's debug panel (toggled with F2).
import { reloadScenarios } from './reload';
import { mountDebugPanel } from '../ui/debug-panel';

export function installDevHooks(): void {
  if (!import.meta.hot) return;
  import.meta.hot.on('btn:scenario-files', (data: { changed: string; files: Record<string, string> }) => reloadScenarios(data.files, data.changed));
  mountDebugPanel();
}
