// The JSON Schema of each data file, generated from the zod schema, for editors and outside readers.
import { z } from 'zod';
import { recordSchemas, type DataKind } from '../../src/data/schema';

export function jsonSchemaOf(kind: DataKind): string {
  const schema = z.toJSONSchema(z.array(recordSchemas[kind]), { unrepresentable: 'any' });
  const doc = { title: `data/${kind}.json`, description: `Generated from src/data/schema.ts by scripts/generate-schema.ts (npm run schema); do not edit.`, ...schema };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
