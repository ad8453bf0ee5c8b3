// Entry of the `par-index` bundle (apps/cli/build.mjs → dist/par-index.cjs, loaded by bin/par-index.cjs).
import { runCli } from './run-cli';
import { nodeIo } from './support/node-io';

void runCli(process.argv.slice(2), nodeIo()).then(
  (code) => {
    // exitCode, not exit(): a large result still being written to a pipe is flushed first.
    process.exitCode = code;
  },
  () => {
    process.exitCode = 3;
  },
);
