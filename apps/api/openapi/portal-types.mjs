// Reads an OpenAPI document on stdin and prints the portal's TypeScript types for it
// (openapi-typescript, formatted like the rest of the code). A separate ES module process,
// because openapi-typescript's dependencies are ES modules that Jest's CommonJS runtime cannot load.
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { fileURLToPath } from 'node:url';

const HEADER = `/**
 * The API's types for the portal's client (openapi-fetch), generated from docs/openapi.json
 * by \`npm run openapi\` (openapi-typescript). Do not edit: change the API and regenerate.
 */`;

let input = '';
for await (const chunk of process.stdin) input += chunk;
const types = astToString(await openapiTS(JSON.parse(input)));
const options = await resolveConfig(fileURLToPath(import.meta.url));
process.stdout.write(await format(`${HEADER}\n\n${types}`, { ...options, parser: 'typescript' }));
