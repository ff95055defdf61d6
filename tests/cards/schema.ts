import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

/** The official Adaptive Cards 1.5 schema, kept outside the project (see ../shared/schemas/README.md). */
export const SCHEMA_FILE = fileURLToPath(new URL('../../../shared/schemas/adaptive-card-1.5.0.json', import.meta.url));
export const SCHEMA_AVAILABLE = existsSync(SCHEMA_FILE);
export const SCHEMA_SKIP_MESSAGE = `official schema not found at ${SCHEMA_FILE}: schema validation skipped (the other checks still run)`;

let validator: ValidateFunction | undefined;

function compile(): ValidateFunction {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  // draft-06 names the schema with `id`; ajv 8 wants `$id`
  if (typeof schema.id === 'string') {
    schema.$id = schema.id;
    delete schema.id;
  }
  // Teams' static typeahead (`Input.ChoiceSet` style "filtered", Adaptive Cards 1.5) is missing from the schema file
  const definitions = schema.definitions as Record<string, { anyOf?: unknown[] }> | undefined;
  definitions?.ChoiceInputStyle?.anyOf?.unshift({ enum: ['filtered'] });
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const draft06 = createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json') as Record<string, unknown>;
  ajv.addMetaSchema(draft06);
  validator = ajv.compile(schema);
  return validator;
}

/**
 * Schema errors of a card, empty when valid. `msteams` is Teams' documented host extension on the card root; the
 * official schema forbids unknown root properties, so it is checked here (width Full) and left out of the schema check.
 */
export function schemaErrors(card: unknown): string[] {
  const { msteams, ...rest } = card as { msteams?: unknown };
  const errors: string[] = [];
  if (JSON.stringify(msteams) !== JSON.stringify({ width: 'Full' })) errors.push('msteams must be { "width": "Full" }');
  const validate = compile();
  if (!validate(rest)) {
    for (const e of validate.errors ?? [])
      errors.push(`${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }
  return errors;
}
