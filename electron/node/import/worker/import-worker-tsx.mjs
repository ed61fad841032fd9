// Runs the TypeScript import worker from source (tests, CLI, browser mode): Node 20 workers do
// not apply `--import tsx` from execArgv, so tsx's loader is registered here first.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
