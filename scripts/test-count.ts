// Reads a vitest JSON report and prints "passed failed skipped" for scripts/test.sh. A skipped (or todo) test must say
// why in its name, "(skipped when …)"; one that does not is listed on stderr and counted as failed. A report with no
// test at all counts as one failure. `tsx scripts/test-count.ts test-results/unit.json`
import { readFileSync } from 'node:fs';

interface Assertion {
  fullName: string;
  status: 'passed' | 'failed' | 'skipped' | 'pending' | 'todo' | 'disabled';
}
interface Report {
  numTotalTests: number;
  numFailedTests: number;
  testResults: Array<{ name: string; status: string; message: string; assertionResults: Assertion[] }>;
}

/** The rule for a skip: its name (suite titles included) gives the condition, in the words "(skipped when …)". */
export const SKIP_REASON = /\(skipped when [^)]+\)/;

export function countReport(report: Report): { passed: number; failed: number; skipped: number; unexplained: string[] } {
  const all = report.testResults.flatMap((file) => file.assertionResults);
  const skippedTests = all.filter((a) => a.status !== 'passed' && a.status !== 'failed');
  const unexplained = skippedTests.filter((a) => !SKIP_REASON.test(a.fullName)).map((a) => a.fullName);
  // A file that failed to load has no assertions but is a failure.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  return {
    passed: all.filter((a) => a.status === 'passed').length,
    failed: all.filter((a) => a.status === 'failed').length + brokenFiles + unexplained.length + (report.numTotalTests === 0 ? 1 : 0),
    skipped: skippedTests.length,
    unexplained,
  };
}

if (process.argv[1]?.endsWith('test-count.ts')) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx scripts/test-count.ts <vitest JSON report>');
  const counts = countReport(JSON.parse(readFileSync(file, 'utf8')) as Report);
  for (const name of counts.unexplained) console.error(`✗ skipped without a reason in its name ("(skipped when …)"): ${name}`);
  console.log(`${counts.passed} ${counts.failed} ${counts.skipped}`);
}
