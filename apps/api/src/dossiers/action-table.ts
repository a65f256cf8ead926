import { DOSSIER_TRANSITIONS } from '@motcua/domain';

/**
 * The action table as Markdown, written out from the table that enforces it: the description of
 * the action route in the OpenAPI document, and the table of `docs/api.md` (`npm run openapi`).
 */
export function actionTableMarkdown(): string {
  const rows = Object.entries(DOSSIER_TRANSITIONS).map(
    ([action, rule]) =>
      `| \`${action}\` | ${rule.who.join(', ')} | ${rule.from.join(', ')} → ${rule.to ?? '(unchanged)'} | ${
        rule.requires.join(', ') || '—'
      } | ${rule.summary} |`,
  );
  return [
    '| action | who | from → to | requires | effect |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
