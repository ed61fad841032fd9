import Ajv, { type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import geoJsonSchema from './ninjs-schemas/GeoJSON-schema.json' with { type: 'json' };
import ninjs1Schema from './ninjs-schemas/ninjs-schema_1.6.json' with { type: 'json' };
import ninjs2Schema from './ninjs-schemas/ninjs-schema_2.2.json' with { type: 'json' };
import ninjs3Schema from './ninjs-schemas/ninjs-schema_3.1.json' with { type: 'json' };
import type { NinjsMajor } from './ninjs-version';

const compiled = new Map<NinjsMajor, ValidateFunction>();

// IPTC's own check (validation/javascript.sh): draft-07 for 1.x, 2020-12 with GeoJSON for 2.x and 3.x.
const compile = (major: NinjsMajor): ValidateFunction => {
  if (major === 1) {
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    return ajv.compile(ninjs1Schema);
  }
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  ajv.addSchema(geoJsonSchema);
  return ajv.compile(major === 2 ? ninjs2Schema : ninjs3Schema);
};

/** The validator of IPTC's published schema for a ninjs generation (1.6, 2.2, 3.1), compiled once. */
export const ninjsValidator = (major: NinjsMajor): ValidateFunction => {
  let validate = compiled.get(major);
  if (validate === undefined) {
    validate = compile(major);
    compiled.set(major, validate);
  }
  return validate;
};
