import { readFile } from 'node:fs/promises';
import {
  OPENAPI_FILES,
  type OpenApiFile,
  pathFromRoot,
  renderConventions,
  renderDocumentAndTypes,
  renderPluginMetadata,
} from './openapi-files';

// The contract is committed: a change to a controller, a DTO or the action table that is not
// regenerated with `npm run openapi` fails here, and so does a hand edit of a generated file.
describe('the committed OpenAPI files', () => {
  const rendered: Partial<Record<OpenApiFile, string>> = {};

  beforeAll(async () => {
    const [pluginMetadata, documentAndTypes, conventions] = await Promise.all([
      renderPluginMetadata(),
      renderDocumentAndTypes(),
      renderConventions(),
    ]);
    Object.assign(rendered, { pluginMetadata, ...documentAndTypes, conventions });
  });

  it.each(Object.entries(OPENAPI_FILES) as [OpenApiFile, string][])(
    '%s (%s) matches the code; run `npm run openapi` after changing the API',
    async (file, path) => {
      expect(await readFile(pathFromRoot(path), 'utf8')).toBe(rendered[file]);
    },
  );
});
