import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('site.css', () => {
  const css = readFileSync(join(__dirname, 'site.css'), 'utf8');

  // a rule left open swallows every rule after it, and browsers say nothing; Prettier's CSS
  // parser (run as its CLI: its API loads parsers by dynamic import, which Jest refuses) does
  it('is a well-formed stylesheet: every block it opens is closed', () => {
    const prettier = require.resolve('prettier/bin/prettier.cjs');
    const parse = () =>
      execFileSync(process.execPath, [prettier, '--parser', 'css'], { input: css, stdio: 'pipe' });
    expect(parse).not.toThrow();
  });
});
