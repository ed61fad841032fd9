#!/usr/bin/env node
// `copydesk` (package.json bin): TypeScript sources run through tsx's loader, registered here.
import { register } from 'tsx/esm/api';

register();
await import('./run-cli.ts');
