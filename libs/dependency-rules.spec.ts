import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * The package picture in docs/architecture.md ("Dependencies"), checked against the imports:
 * each app and library may import exactly the libraries listed for it. A change to the
 * picture changes this table and the diagram together.
 */
const ROOT = join(__dirname, '..');

const ALLOWED: Record<string, string[]> = {
  'apps/api': ['auth', 'config', 'database', 'domain', 'forms', 'queue', 'storage'],
  'apps/worker': ['config', 'database', 'domain', 'forms', 'notifications', 'queue', 'storage'],
  'apps/web': ['config', 'domain'],
  'apps/postal-sim': [],
  'apps/mail-sink': [],
  'libs/domain': [],
  'libs/config': ['domain'],
  'libs/storage': [],
  'libs/notifications': ['domain'],
  'libs/queue': ['config'],
  'libs/forms': ['database', 'domain'],
  'libs/database': ['auth', 'domain'],
  'libs/auth': ['config', 'database', 'domain'],
};

/** Statements that only repositories, migrations and the schema's own set-up may hold. */
const SQL = /\.query\(|createQueryBuilder|\b(SELECT|INSERT INTO|DELETE FROM)\s|UPDATE [a-z_"]+ SET/;
const SQL_HOMES = [
  'libs/database/src/repositories/',
  'libs/database/src/migrations/',
  // creating the database and the start-up lock, the demo data, the pool's direct reads
  'libs/database/src/prepare-database.ts',
  'libs/database/src/seed/',
  'libs/database/src/direct-read.ts',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

const packages = Object.keys(ALLOWED);
const filesOf = (pkg: string) => sourceFiles(join(ROOT, pkg, 'src'));

describe('dependency rules', () => {
  it('lists every app and library', () => {
    const found = ['apps', 'libs'].flatMap((top) =>
      readdirSync(join(ROOT, top))
        .filter((name) => existsSync(join(ROOT, top, name, 'src')))
        .map((name) => `${top}/${name}`),
    );
    expect(found.sort()).toEqual([...packages].sort());
  });

  it.each(packages)('%s imports only the libraries the picture allows', (pkg) => {
    const imported = new Set<string>();
    for (const file of filesOf(pkg)) {
      for (const [, lib] of readFileSync(file, 'utf8').matchAll(/from '@motcua\/([a-z-]+)/g)) {
        if (`libs/${lib}` !== pkg) imported.add(lib);
      }
      // no reaching into another package by a relative path
      expect(readFileSync(file, 'utf8')).not.toMatch(/from '(\.\.\/)+(apps|libs)\//);
    }
    expect([...imported].sort()).toEqual(ALLOWED[pkg]);
  });

  it('keeps SQL in libs/database repositories and migrations', () => {
    const outside = packages
      .flatMap(filesOf)
      .map((file) => relative(ROOT, file))
      .filter((file) => !SQL_HOMES.some((home) => file.startsWith(home)))
      .filter((file) => SQL.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(outside).toEqual([]);
  });
});
