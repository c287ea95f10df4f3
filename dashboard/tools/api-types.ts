/**
 * The dashboard's API types, generated from the platform's OpenAPI document
 * (openapi-typescript): src/lib/generated/api-types.ts, which src/lib/types.ts
 * derives the names the components use from. One source: the TypeBox schemas
 * of the platform's routes.
 *
 *   npm run generate:api-types      rewrites the file
 *   api-types.test.ts               fails when it drifts from the platform
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '@watchpost/broker/openapi';

export const API_TYPES_FILE = fileURLToPath(new URL('../src/lib/generated/api-types.ts', import.meta.url));

const HEADER = `/**
 * Generated from the platform's OpenAPI document (GET /api/docs/json) by
 * dashboard/tools/api-types.ts: do not edit. Run \`npm run generate:api-types\`
 * after changing a route's schema; npm test fails while this file is behind.
 */
`;

/** The file's text for an OpenAPI document. */
export async function apiTypesSource(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `${HEADER}\n${astToString(ast)}`;
}

/** What the file should hold now: from the platform's document. */
export async function currentApiTypes(): Promise<string> {
  return apiTypesSource(await openApiDocument());
}

export function committedApiTypes(): string {
  return readFileSync(API_TYPES_FILE, 'utf8');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(API_TYPES_FILE, await currentApiTypes());
  console.log(`wrote ${API_TYPES_FILE}`);
}
