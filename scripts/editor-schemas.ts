// `npm run schemas`: writes schemas/*.schema.json from our Zod schemas, for editors (see
// .vscode/settings.json). A unit test fails when the checked-in files drift from the schemas.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorSchemas, schemaText } from '../src/lib/content/editor-schemas.ts';

const dir = join(process.cwd(), 'schemas');
mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(editorSchemas())) {
  writeFileSync(join(dir, file), schemaText(schema));
  console.log(`wrote schemas/${file}`);
}
