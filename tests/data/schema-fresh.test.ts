// The committed JSON Schema files match the zod schema they are generated from (`npm run schema` refreshes them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DATA_FILES } from '../../src/data/schema';
import { jsonSchemaOf } from '../../scripts/data/json-schema';
import { REPO } from '../../scripts/data/read-data';

it.each(DATA_FILES)('data/schema/%s.schema.json is up to date (npm run schema)', (kind) => {
  expect(readFileSync(join(REPO, 'data', 'schema', `${kind}.schema.json`), 'utf8')).toBe(jsonSchemaOf(kind));
});
