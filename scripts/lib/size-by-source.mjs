// What each source module costs in a built, minified file: the gzip bytes the file would lose
// if that module's characters were not in it. The characters come from the file's source map
// (each mapped span of the output belongs to one source), so the figure is an estimate: gzip
// shares its dictionary across modules, and terser's inlining moves a few bytes between them.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {decode} from '@jridgewell/sourcemap-codec';

/** Every mapped span of the output: [line, start column, end column, source index]. */
function mappedSpans(map, lines) {
  const spans = [];
  // Each decoded segment is [column, source, line, column, name?] with absolute numbers, or
  // [column] for output that maps to no source.
  decode(map.mappings).forEach((segments, lineIndex) => {
    segments.forEach(([start, owner], index) => {
      const end = index + 1 < segments.length ? segments[index + 1][0] : lines[lineIndex].length;
      if (owner !== undefined) spans.push([lineIndex, start, end, owner]);
    });
  });
  return spans;
}

/** [gzip bytes, source] for each source of `file` (with `file`.map beside it), largest first. */
export function gzipBySource(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const spans = mappedSpans(map, lines);
  const whole = gzipSync(code, {level: 9}).length;
  const rows = map.sources.map((source, index) => {
    // Columns count UTF-16 units, as split('') does.
    const kept = lines.map((line) => line.split(''));
    for (const [line, start, end, owner] of spans) if (owner === index) kept[line].fill('', start, end);
    const without = gzipSync(kept.map((characters) => characters.join('')).join('\n'), {level: 9}).length;
    return [whole - without, source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')];
  });
  return rows.filter(([bytes]) => bytes > 0).sort((a, b) => b[0] - a[0]);
}
