// `npm start`: the API, the worker and the citizen portal as separate processes, plus the development stand-ins
// for what is not configured: the postal-operator simulator when POSTAL_API_URL is unset, and the
// mail sink when SMTP_URL is unset, so mails land in var/mail as .eml files.
const path = require('node:path');
const { concurrently } = require('concurrently');

const webPort = process.env.WEB_PORT || '8080';
if (!/^\d+$/.test(webPort) || Number(webPort) < 1 || Number(webPort) > 65535) {
  console.error('WEB_PORT must be a port number between 1 and 65535');
  process.exit(1);
}
// every link given to people (e-mail, SMS, receipt QR) opens the portal
const publicBaseUrl = process.env.PUBLIC_BASE_URL || `http://localhost:${webPort}`;
const apiUrl = process.env.API_URL || `http://127.0.0.1:${process.env.PORT || '3000'}`;

const commands = [
  {
    name: 'api',
    command: 'node dist/apps/api/apps/api/src/main.js',
    prefixColor: 'blue',
    // the portal runs beside the API and forwards the citizen's address in X-Forwarded-For
    env: {
      PUBLIC_BASE_URL: publicBaseUrl,
      ...(process.env.TRUST_PROXY === undefined ? { TRUST_PROXY: '127.0.0.1,::1' } : {}),
    },
  },
  {
    name: 'worker',
    command: 'node dist/apps/worker/apps/worker/src/main.js',
    prefixColor: 'magenta',
    env: { PUBLIC_BASE_URL: publicBaseUrl },
  },
  {
    name: 'web',
    command: 'node dist/apps/web/apps/web/src/main.js',
    prefixColor: 'cyan',
    env: { WEB_PORT: webPort, PUBLIC_BASE_URL: publicBaseUrl, API_URL: apiUrl },
  },
];
if (!process.env.POSTAL_API_URL) {
  commands.push({
    name: 'postal-sim',
    command: 'node dist/apps/postal-sim/apps/postal-sim/src/main.js',
    prefixColor: 'green',
  });
}
if (!process.env.SMTP_URL) {
  const port = process.env.MAIL_SINK_PORT || '2525';
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    console.error('MAIL_SINK_PORT must be a port number between 1 and 65535');
    process.exit(1);
  }
  const smtpUrl = `smtp://127.0.0.1:${port}`;
  // the worker sends the mails; the API gets the same setting so the two never disagree
  for (const command of commands.filter((c) => c.name === 'api' || c.name === 'worker')) {
    command.env = { ...command.env, SMTP_URL: smtpUrl };
  }
  commands.push({
    name: 'mail-sink',
    command: 'node dist/apps/mail-sink/apps/mail-sink/src/main.js',
    prefixColor: 'yellow',
    env: { MAIL_SINK_PORT: port },
  });
  const dir = path.relative(process.cwd(), path.resolve(process.env.MAIL_SINK_DIR || 'var/mail'));
  console.log(`mails: ${path.join(dir || '.', '*.eml')} (local mail sink on ${smtpUrl})`);
} else {
  console.log('mails: sent through SMTP_URL');
}

console.log(`Cổng thông tin: ${publicBaseUrl}`);
console.log(`Cán bộ (console): ${publicBaseUrl}/can-bo`);

const { result } = concurrently(commands, { killOthersOn: ['failure', 'success'] });
result.then(
  () => process.exit(0),
  () => process.exit(1),
);
