// `npm test`: install what is missing, then build, typecheck and lint every package, then run each package's tests,
// one package at a time, through turbo. Extra arguments reach turbo: `npm test -- --filter=./apps/*` runs the apps'
// share only.
//
// Tests run one package at a time because the API's integration suites, the admin's journeys and the site's
// journeys each start real servers and Chromium: side by side on a two-core CI machine they starved each other into
// timeouts, while one at a time each gets the whole machine and the run takes about as long.
//
// Each package's vitest also writes a JSON report to its test-results/ folder; at the end this prints every failed
// test with the start of its error, so the last lines of a long run's log say what failed, not only which package.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureInstalled, root } from './ensure-installed.mjs';

const reportFiles = () =>
  ['apps', 'packages'].flatMap((group) =>
    existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name, 'test-results', 'vitest.json')) : [],
  );

function turbo(tasks, extra) {
  const run = spawnSync('npx', ['--no-install', 'turbo', 'run', ...tasks, '--continue', ...extra, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (run.error) console.error(`kraina: could not run turbo: ${run.error.message}`);
  return run.status ?? 1;
}

// The failed tests of every report this run wrote, each with the first lines of its first failure.
function failedTests() {
  const failures = [];
  for (const file of reportFiles().filter((path) => existsSync(path))) {
    let report;
    try {
      report = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      failures.push(`${relative(root, file)}: unreadable report`);
      continue;
    }
    for (const suite of report.testResults ?? []) {
      const failed = (suite.assertionResults ?? []).filter((test) => test.status === 'failed');
      for (const test of failed) {
        const message = String(test.failureMessages?.[0] ?? '').split('\n').slice(0, 12).join('\n    ');
        failures.push(`${relative(root, suite.name)} > ${test.fullName}\n    ${message}`);
      }
      // A file that failed before its tests ran (an import error, a failing hook) has no failed test to name.
      if (failed.length === 0 && suite.status === 'failed') failures.push(`${relative(root, suite.name)}: ${String(suite.message ?? 'failed').split('\n').slice(0, 12).join('\n    ')}`);
    }
  }
  return failures;
}

ensureInstalled();
for (const file of reportFiles()) rmSync(file, { force: true }); // an old run's report must not be read as this one's
const checked = turbo(['build', 'typecheck', 'lint'], []);
const tested = turbo(['test'], ['--concurrency=1']);
const failures = failedTests();
if (failures.length > 0) console.error(`\nkraina: ${failures.length} failed test(s):\n\n${failures.join('\n\n')}\n`);
if (checked !== 0) console.error('kraina: build, typecheck or lint failed; see the output above');
process.exit(checked !== 0 ? checked : tested);
