#!/usr/bin/env node
import { runCli } from './kraina.js';

// The executable: errors are printed as one line, since a person reads them at a terminal.
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`kraina: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
