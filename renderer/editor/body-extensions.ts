import type { Extensions } from '@tiptap/core';
import { createExtensions } from '../../shared/editor/extensions';
import { CommandShortcuts } from './command-shortcuts';

/** The shared schema plus the editor-only behaviour (shortcuts). */
export const createBodyExtensions = (): Extensions => [...createExtensions(), CommandShortcuts];
