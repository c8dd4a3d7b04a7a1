// `npm run schema`: writes data/schema/<kind>.schema.json from src/data/schema.ts (a unit test fails when they are stale).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../src/data/schema';
import { jsonSchemaOf } from './data/json-schema';
import { REPO } from './data/read-data';

const dir = join(REPO, 'data', 'schema');
mkdirSync(dir, { recursive: true });
let written = 0;
for (const kind of DATA_FILES) {
  const path = join(dir, `${kind}.schema.json`);
  const content = jsonSchemaOf(kind);
  if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
  writeFileSync(path, content);
  written++;
}
console.log(`schema: ${written} of ${DATA_FILES.length} JSON Schema file(s) in data/schema/ updated`);
