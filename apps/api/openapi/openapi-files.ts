import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** The committed files generated from the API's code, by path from the repository root. */
export const OPENAPI_FILES = {
  pluginMetadata: 'apps/api/src/openapi-metadata.ts',
  document: 'docs/openapi.json',
  portalTypes: 'apps/web/src/api/openapi.d.ts',
  conventions: 'docs/api.md',
} as const;

export type OpenApiFile = keyof typeof OPENAPI_FILES;

export function pathFromRoot(path: string): string {
  return join(ROOT, path);
}

/** What the `@nestjs/swagger` CLI plugin reads from the DTOs' and controllers' types and comments. */
export function renderPluginMetadata(): Promise<string> {
  return runGenerator('plugin-metadata');
}

/**
 * The OpenAPI document and the portal's types, from the code and the committed plugin metadata.
 * The application is created in Nest's preview mode: modules, controllers and their metadata are
 * scanned but no provider is instantiated, so no PostgreSQL or Redis connection is made and the
 * result depends on the code alone.
 */
export async function renderDocumentAndTypes(): Promise<
  Record<'document' | 'portalTypes', string>
> {
  // loaded here, not at the top, so `main` can write the plugin metadata before it is imported
  const { AppModule } = await import('../src/app.module');
  const { buildOpenApiDocument } = await import('../src/bootstrap/openapi');
  const { useApiPrefix } = await import('../src/http/api-prefix');
  const app = await NestFactory.create(AppModule, new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    useApiPrefix(app);
    const document = `${JSON.stringify(await buildOpenApiDocument(app), null, 2)}\n`;
    return { document, portalTypes: await runGenerator('portal-types', document) };
  } finally {
    await app.close();
  }
}

const ACTION_TABLE = /(<!-- action-table:begin -->\n)[\s\S]*?(<!-- action-table:end -->)/;

/** `docs/api.md` as committed, with its action table written out from the one the API enforces. */
export async function renderConventions(): Promise<string> {
  const { actionTableMarkdown } = await import('../src/dossiers/action-table');
  const committed = await readFile(pathFromRoot(OPENAPI_FILES.conventions), 'utf8');
  if (!ACTION_TABLE.test(committed)) {
    throw new Error(`${OPENAPI_FILES.conventions} lost its action-table markers`);
  }
  const text = committed.replace(
    ACTION_TABLE,
    (_, begin: string, end: string) => `${begin}\n${actionTableMarkdown()}\n\n${end}`,
  );
  return runGenerator('markdown', text);
}

function runGenerator(name: string, input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, 'generators.mjs'), name],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
    child.stdin?.end(input);
  });
}

async function write(file: OpenApiFile, contents: string): Promise<void> {
  await writeFile(pathFromRoot(OPENAPI_FILES[file]), contents);
  console.log(`wrote ${OPENAPI_FILES[file]}`);
}

async function main(): Promise<void> {
  await write('pluginMetadata', await renderPluginMetadata());
  const { document, portalTypes } = await renderDocumentAndTypes();
  await write('document', document);
  await write('portalTypes', portalTypes);
  await write('conventions', await renderConventions());
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
