#!/usr/bin/env node
// The CLI is built by `npm run build` into dist/cli; this file only starts it.
import { main } from '../dist/cli/keepmark.js';

process.exitCode = await main(process.argv.slice(2));
