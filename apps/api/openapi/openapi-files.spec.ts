import { readFile } from 'node:fs/promises';
import {
  OPENAPI_FILES,
  type OpenApiFiles,
  pathFromRoot,
  renderOpenApiFiles,
} from './openapi-files';

// The contract is committed: a change to a controller or DTO that is not regenerated with
// `npm run openapi` fails here, and so does a hand edit of either generated file.
describe('the committed OpenAPI files', () => {
  let rendered: OpenApiFiles;

  beforeAll(async () => {
    rendered = await renderOpenApiFiles();
  });

  it.each(Object.entries(OPENAPI_FILES) as [keyof OpenApiFiles, string][])(
    '%s (%s) matches the code; run `npm run openapi` after changing the API',
    async (key, path) => {
      const committed = await readFile(pathFromRoot(path), 'utf8');
      expect(committed).toBe(rendered[key]);
    },
  );
});
