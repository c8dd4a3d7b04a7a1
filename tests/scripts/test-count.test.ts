// The summary line of scripts/test.sh: skipped tests are counted, and a skip whose name gives no reason fails.
import { describe, expect, it } from 'vitest';
import { countReport } from '../../scripts/test-count';

const report = (statuses: Array<[string, 'passed' | 'failed' | 'skipped' | 'todo']>) => ({
  numTotalTests: statuses.length,
  numFailedTests: 0,
  testResults: [{ name: 'a.test.ts', status: 'passed', message: '', assertionResults: statuses.map(([fullName, status]) => ({ fullName, status })) }],
});

describe('test summary counts', () => {
  it('counts a skip that names its condition as skipped, not failed', () => {
    expect(countReport(report([['quotes (skipped when the source documents are absent, outside CI) verbatim', 'skipped'], ['x', 'passed']]))).toMatchObject({ passed: 1, failed: 0, skipped: 1 });
  });

  it('fails a skipped or todo test whose name does not say why', () => {
    const counts = countReport(report([['quotes are verbatim', 'skipped'], ['later', 'todo'], ['x', 'passed']]));
    expect(counts).toMatchObject({ passed: 1, failed: 2, skipped: 2 });
    expect(counts.unexplained).toEqual(['quotes are verbatim', 'later']);
  });

  it('fails a run with no test, and a file that did not load', () => {
    expect(countReport(report([])).failed).toBe(1);
    const broken = { numTotalTests: 1, numFailedTests: 0, testResults: [{ name: 'b.test.ts', status: 'failed', message: 'SyntaxError', assertionResults: [] }, ...report([['x', 'passed']]).testResults] };
    expect(countReport(broken)).toMatchObject({ passed: 1, failed: 1 });
  });
});
