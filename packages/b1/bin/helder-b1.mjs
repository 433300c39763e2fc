#!/usr/bin/env node
// Starts the TypeScript CLI through tsx (a devDependency of the repository root).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = main(process.argv.slice(2));
