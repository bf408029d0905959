#!/usr/bin/env node
// The `endolens` command: runs lib/cli/main.ts through tsx, so the CLI needs no build step.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../lib/cli/main.ts');
const write = (stream) => (text) => stream.write(`${text}\n`);
const status = await run(process.argv.slice(2), {
  stdin: process.stdin,
  out: write(process.stdout),
  err: write(process.stderr),
});
process.exitCode = status;
