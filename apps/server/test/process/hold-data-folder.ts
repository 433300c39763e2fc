// Opens the embedded database in a folder and holds it: prints READY once loaded, opens the folder
// when "go" arrives on stdin, prints HELD (or REFUSED and the reason), and holds it until stdin ends.
import { createInterface } from 'node:readline';
import { openPglite } from '../../src/db/client.js';

const dataDir = process.argv[2]!;
const input = createInterface({ input: process.stdin });
let database: Awaited<ReturnType<typeof openPglite>> | undefined;
input.on('line', (line) => {
  if (line !== 'go') return;
  openPglite({ dataDir }).then(
    (opened) => {
      database = opened;
      console.log('HELD');
    },
    (error: Error) => {
      console.log(`REFUSED ${error.message}`);
      process.exit(3);
    },
  );
});
input.on('close', () => {
  void (database?.close() ?? Promise.resolve()).then(() => process.exit(0));
});
console.log('READY');
