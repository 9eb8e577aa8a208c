// A @web/test-runner reporter that writes this run's pass/fail counts to MBC_COUNTS_FILE, so
// scripts/test.mjs can sum them over the engines. A test file that fails to load counts as a failure.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
  return totals;
}

export function countsReporter(engine) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { engine, passed: 0, failed: 0, skipped: 0, files: sessions.length };
      for (const session of sessions) {
        const before = totals.passed + totals.failed;
        count(session.testResults, totals);
        const ran = totals.passed + totals.failed - before;
        if ((session.errors?.length ?? 0) > 0 && ran === 0) totals.failed += 1;
        else if (!session.passed && ran > 0 && session.errors?.length) totals.failed += 1;
      }
      if (process.env.MBC_COUNTS_FILE) writeFileSync(process.env.MBC_COUNTS_FILE, JSON.stringify(totals));
    },
  };
}
