// Where the server's own files are, from source (src/, run by tsx in tests and benchmarks) and from
// the build (dist/main.js, run by `npm start`): this module sits one level below apps/server in
// both cases, so one relative path serves both. Keep it directly in src/.
import { fileURLToPath } from 'node:url';

/** apps/server/ */
export const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
