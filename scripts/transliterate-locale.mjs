// Serbian UI strings are translated once, in Cyrillic (locales/sr-Cyrl.xlf). This writes
// locales/sr-Latn.xlf from it by transliteration, for review (the runtime derives the same strings
// with the same function, see src/i18n/locale.ts), so the two scripts never drift. It fails when
// a Cyrillic unit has no translation, so an untranslated string cannot reach a release.
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {importTs, projectRoot} from './lib/import-ts.mjs';

const {cyrillicToLatin} = await importTs('src/i18n/transliterate.ts');

/** sr-Latn.xlf as it follows from sr-Cyrl.xlf: only the text of <target> elements changes (the <x/> placeholders hold no Cyrillic). */
export function latinXliff(cyrillic) {
  return cyrillic
    .replace('target-language="sr-Cyrl"', 'target-language="sr-Latn"')
    .replace(/<target>([\s\S]*?)<\/target>/g, (_, text) => `<target>${cyrillicToLatin(text)}</target>`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cyrillic = await readFile(join(projectRoot, 'locales/sr-Cyrl.xlf'), 'utf8');
  const untranslated = [...cyrillic.matchAll(/<trans-unit id="([^"]+)">((?:(?!<\/trans-unit>)[\s\S])*)<\/trans-unit>/g)]
    .filter(([, , body]) => !body.includes('<target>'))
    .map(([, id]) => id);
  if (untranslated.length > 0) {
    console.error(`locales/sr-Cyrl.xlf: no <target> for ${untranslated.join(', ')}. Run "npx lit-localize extract" and translate them.`);
    process.exit(1);
  }
  await writeFile(join(projectRoot, 'locales/sr-Latn.xlf'), latinXliff(cyrillic));
}
