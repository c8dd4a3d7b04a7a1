// `npm run check:data` as a user runs it: a wrong value makes it exit 1 with a line naming file, id and field.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let dir: string | undefined;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function runCheck(dataDir: string) {
  return spawnSync('npx', ['tsx', join(repo, 'scripts', 'check-data.ts')], {
    cwd: repo,
    env: { ...process.env, MAP_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

it('exits 1 and names file, id and field when an amount is a string', () => {
  dir = mkdtempSync(join(tmpdir(), 'check-data-'));
  if (existsSync(join(repo, 'data'))) cpSync(join(repo, 'data'), dir, { recursive: true });
  const fundingPath = join(dir, 'funding.json');
  const records: Array<Record<string, unknown>> = existsSync(fundingPath)
    ? (JSON.parse(readFileSync(fundingPath, 'utf8')) as Array<Record<string, unknown>>)
    : [{ id: 'turkey-2015', amountEur: 175 }];
  const record = records[0]!;
  record.amountEur = String(record.amountEur);
  writeFileSync(fundingPath, JSON.stringify(records, null, 2));

  const result = runCheck(dir);

  expect(result.status).toBe(1);
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output.split('\n')).toContain(`data/funding.json ${String(record.id)} amountEur: expected an integer, got ${JSON.stringify(record.amountEur)}`);
}, 90_000);
