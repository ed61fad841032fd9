import type { Schema } from 'conf';
import { z } from 'zod';
import { Settings, defaultSettings } from '../../../shared/model/settings';

/** What conf and electron-store share: the zod Settings schema as JSON Schema, and the defaults. */
export function settingsConfOptions(locale: string): {
  defaults: Settings;
  schema: Schema<Settings>;
} {
  const jsonSchema = z.toJSONSchema(Settings, { io: 'input' });
  return {
    defaults: defaultSettings(locale),
    schema: jsonSchema.properties as unknown as Schema<Settings>,
  };
}

export const settingsFileName = 'config.json';
