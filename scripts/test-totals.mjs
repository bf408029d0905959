#!/usr/bin/env node
// Adds up vitest JSON reports (one per runner) and prints the closing line CI reads:
// `N passed, N failed`. A missing or unreadable report counts as one failure, never as zero tests.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numFailedTestSuites > 0 && report.numFailedTests === 0) failed += report.numFailedTestSuites;
    console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  } catch (error) {
    console.log(`${file}: no report (${error.code ?? error.message})`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
