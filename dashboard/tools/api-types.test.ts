// The dashboard's API types are the platform's: regenerated in memory from the
// OpenAPI document of a platform started in-process, they equal the committed file.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { apiTypesSource, committedApiTypes, currentApiTypes } from './api-types.js';

it('src/lib/generated/api-types.ts is what the platform’s OpenAPI document generates (else: npm run generate:api-types)', { timeout: 120_000 }, async () => {
  const current = await currentApiTypes();
  const committed = committedApiTypes();
  if (current === committed) return;
  // Say where, briefly: the first lines that differ.
  const a = committed.split('\n');
  const b = current.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  assert.fail(
    `the dashboard's API types are behind the platform's OpenAPI document from line ${at + 1}:\n` +
      `  committed: ${a.slice(at, at + 3).join('\n             ')}\n  generated: ${b.slice(at, at + 3).join('\n             ')}\n` +
      'run `npm run generate:api-types` and commit src/lib/generated/api-types.ts',
  );
});

it('sees a change of a schema: a field added to a response is in the generated types', async () => {
  const document = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {},
    components: { schemas: { Device: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } },
  };
  const before = await apiTypesSource(document);
  const after = await apiTypesSource({
    ...document,
    components: { schemas: { Device: { type: 'object', required: ['id', 'battery'], properties: { id: { type: 'string' }, battery: { type: 'integer' } } } } },
  });
  assert.notEqual(before, after);
  assert.match(after, /battery: number;/);
});
