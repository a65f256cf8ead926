// `npm start`: the API and the worker as separate processes, plus the postal-operator
// simulator when no real operator is configured (POSTAL_API_URL unset), as API.md asks.
const { concurrently } = require('concurrently');

const commands = [
  { name: 'api', command: 'node dist/apps/api/apps/api/src/main.js', prefixColor: 'blue' },
  {
    name: 'worker',
    command: 'node dist/apps/worker/apps/worker/src/main.js',
    prefixColor: 'magenta',
  },
];
if (!process.env.POSTAL_API_URL) {
  commands.push({
    name: 'postal-sim',
    command: 'node dist/apps/postal-sim/apps/postal-sim/src/main.js',
    prefixColor: 'green',
  });
}

const { result } = concurrently(commands, { killOthers: ['failure', 'success'] });
result.then(
  () => process.exit(0),
  () => process.exit(1),
);
