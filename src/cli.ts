#!/usr/bin/env node
import { runCli } from './cli/run.js'

// The bin entry: everything lives in runCli so tests can call it without a process.
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stderrIsTTY: Boolean(process.stderr.isTTY) })
