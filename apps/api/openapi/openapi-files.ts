import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { AppModule } from '../src/app.module';
import { buildOpenApiDocument } from '../src/bootstrap/openapi';
import { useApiPrefix } from '../src/http/api-prefix';

const ROOT = join(__dirname, '..', '..', '..');

/** The committed files generated from the API's code, by path from the repository root. */
export const OPENAPI_FILES = {
  document: 'docs/openapi.json',
  portalTypes: 'apps/web/src/api/openapi.d.ts',
} as const;

export type OpenApiFiles = Record<keyof typeof OPENAPI_FILES, string>;

/**
 * The contents `npm run openapi` writes. The application is created in Nest's preview mode:
 * modules, controllers and their metadata are scanned but no provider is instantiated, so no
 * PostgreSQL or Redis connection is made and the result depends on the code alone.
 */
export async function renderOpenApiFiles(): Promise<OpenApiFiles> {
  const app = await NestFactory.create(AppModule, new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    useApiPrefix(app);
    const document = buildOpenApiDocument(app);
    const json = `${JSON.stringify(document, null, 2)}\n`;
    return { document: json, portalTypes: await portalTypesOf(json) };
  } finally {
    await app.close();
  }
}

function portalTypesOf(document: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, 'portal-types.mjs')],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
    child.stdin?.end(document);
  });
}

export function pathFromRoot(path: string): string {
  return join(ROOT, path);
}

async function main(): Promise<void> {
  const files = await renderOpenApiFiles();
  for (const key of Object.keys(OPENAPI_FILES) as (keyof OpenApiFiles)[]) {
    await writeFile(pathFromRoot(OPENAPI_FILES[key]), files[key]);
    console.log(`wrote ${OPENAPI_FILES[key]}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
