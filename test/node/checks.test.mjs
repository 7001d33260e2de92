// The check scripts' reporter: what it counts and what it prints.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createChecks} from '../../scripts/lib/checks.mjs';

test('counts each check and prints ✓ or ✗ with what a failed one saw', () => {
  const lines = [];
  const {check, results} = createChecks({log: (line) => lines.push(line)});
  check('passes', true, 'not shown when it passes');
  check('fails', false, 'saw 3');
  check('fails quietly', false);
  assert.deepEqual(results, {passed: 1, failed: 2});
  assert.deepEqual(lines, ['  ✓ passes', '  ✗ fails: saw 3', '  ✗ fails quietly']);
});

test('cuts a long detail, and indents one of several lines under its label', () => {
  const lines = [];
  const {check} = createChecks({detailLimit: 25, log: (line) => lines.push(line)});
  check('long', false, 'x'.repeat(30));
  check('compiler', false, 'a.ts(1,1): error\nb.ts');
  assert.deepEqual(lines, [`  ✗ long: ${'x'.repeat(25)}…`, '  ✗ compiler\n      a.ts(1,1): error\n      b.ts']);
});
