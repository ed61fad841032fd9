import type { Command } from './command';
import { compactCommand } from './compact-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { initCommand } from './init-command';
import { listCommand } from './list-command';
import { outboxCommand } from './outbox-command';
import { packageCommand } from './package-command';
import { publishCommand } from './publish-command';
import { searchCommand } from './search-command';
import { serveCommand } from './serve-command';
import { setStatusCommand } from './set-status-command';
import { showCommand } from './show-command';
import { statsCommand } from './stats-command';
import { usersCommand } from './users-command';
import { wireCommand } from './wire-command';

export const commands: readonly Command[] = [
  initCommand,
  importCommand,
  listCommand,
  showCommand,
  searchCommand,
  setStatusCommand,
  statsCommand,
  compactCommand,
  exportCommand,
  packageCommand,
  serveCommand,
  usersCommand,
  publishCommand,
  outboxCommand,
  wireCommand,
];
