// How every check script reports: one line per check (✓ or ✗ with what went wrong), then the
// closing line "<name>: N passed, N failed", and a non-zero exit when anything failed (CI reads
// both).

/**
 * A check list. What a failed check saw (`detail`) is cut at `detailLimit` characters: one line
 * follows the label; several lines (a compiler's output) are indented under it.
 */
export function createChecks({detailLimit = 400, log = console.log} = {}) {
  const results = {passed: 0, failed: 0};
  return {
    results,
    /** Counts and prints one check; `detail` says what was seen when it fails. */
    check(label, condition, detail = '') {
      if (condition) results.passed++;
      else results.failed++;
      const shown = detail.length > detailLimit ? `${detail.slice(0, detailLimit)}…` : detail;
      const seen = condition || !shown ? '' : shown.includes('\n') ? `\n${shown.replace(/^/gm, '      ')}` : `: ${shown}`;
      log(`  ${condition ? '✓' : '✗'} ${label}${seen}`);
    },
    /** Prints the closing line and ends the process: status 1 when a check failed. */
    finish(name) {
      log(`${name}: ${results.passed} passed, ${results.failed} failed`);
      process.exit(results.failed > 0 ? 1 : 0);
    },
  };
}
