import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors/error-code';
import { defaultSettingsFolder } from '../node/settings/default-settings-folder';

export interface WebArguments {
  library: string;
  port: number;
  exportFolder: string | null;
  /** The wire drop folder to watch (browser mode has no folder dialog); kept in the settings. */
  wireFolder: string | null;
  settingsFolder: string;
  openBrowser: boolean;
}

export const webUsage =
  'Usage: npm run web -- --library DIR [--port N] [--export-dir DIR] [--wire-folder DIR] [--settings-dir DIR] [--open]';

export function parseWebArguments(argv: string[]): WebArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        library: { type: 'string' },
        port: { type: 'string', default: '0' },
        'export-dir': { type: 'string' },
        'wire-folder': { type: 'string' },
        'settings-dir': { type: 'string' },
        open: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new AppError('invalid', `${(error as Error).message}\n${webUsage}`);
  }
  if (!values.library) throw new AppError('invalid', `--library DIR is required.\n${webUsage}`);
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535) {
    throw new AppError('invalid', `--port must be a number from 0 to 65535, not "${values.port}".`);
  }
  return {
    library: resolve(values.library),
    port,
    exportFolder: values['export-dir'] ? resolve(values['export-dir']) : null,
    wireFolder: values['wire-folder'] ? resolve(values['wire-folder']) : null,
    settingsFolder: resolve(values['settings-dir'] ?? defaultSettingsFolder()),
    openBrowser: values.open,
  };
}
