// How every check script reports: one line per check (✓ or ✗ with what went wrong), then the
// closing line "<name>: N passed, N failed", and a non-zero exit when anything failed (CI reads
// both).

export function createChecks() {
  const results = {passed: 0, failed: 0};
  return {
    results,
    /** Counts and prints one check; `detail` says what was seen when it fails (cut at 400 characters). */
    check(label, condition, detail = '') {
      if (condition) results.passed++;
      else results.failed++;
      const shown = detail.length > 400 ? `${detail.slice(0, 400)}…` : detail;
      console.log(`  ${condition ? '✓' : '✗'} ${label}${condition || !shown ? '' : `: ${shown}`}`);
    },
    /** Prints the closing line and ends the process: status 1 when a check failed. */
    finish(name) {
      console.log(`${name}: ${results.passed} passed, ${results.failed} failed`);
      process.exit(results.failed > 0 ? 1 : 0);
    },
  };
}
