// The build checks the built-in default data, since elements show it without validating it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {defaultDataIssues} from '../../scripts/lib/check-default-data.mjs';

test('the default action passes every rule of the validator', async () => {
  assert.deepEqual(await defaultDataIssues(), []);
});

test('a default action that breaks a rule is reported, with its path', async () => {
  const issues = await defaultDataIssues('test/fixtures/default-data/broken.ts');
  assert.ok(issues.length > 0, 'expected issues');
  assert.match(issues.join('\n'), /hotlines\[0\]\.number/);
});
