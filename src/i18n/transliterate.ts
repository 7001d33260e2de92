// Serbian transliteration (Cyrillic ⇄ Latin) and script-neutral search keys.
// Pure string code, no DOM: it runs in browsers and in Node.

// One table drives both directions: Cyrillic capital followed by its Latin form.
const TABLE = 'АA БB ВV ГG ДD ЂĐ ЕE ЖŽ ЗZ ИI ЈJ КK ЛL ЉLj МM НN ЊNj ОO ПP РR СS ТT ЋĆ УU ФF ХH ЦC ЧČ ЏDž ШŠ';

const CYR_TO_LAT = new Map<string, string>();
// Single Latin letters only; the digraphs lj/nj/dž are handled in convertWord.
const LAT_TO_CYR = new Map<string, string>();
for (const pair of TABLE.split(' ')) {
  const cyr = pair[0];
  const lat = pair.slice(1);
  CYR_TO_LAT.set(cyr, lat).set(cyr.toLowerCase(), lat.toLowerCase());
  if (lat.length === 1) LAT_TO_CYR.set(lat, cyr).set(lat.toLowerCase(), cyr.toLowerCase());
}
const DIGRAPHS: Record<string, string> = {lj: 'љ', nj: 'њ', dž: 'џ'};

/**
 * Latin words never converted to Cyrillic (names, acronyms, English words of project titles).
 * ASTRA is not among them: its Cyrillic form „АСТРА“ is the one the data uses, and Latin text
 * must not yield a second one.
 */
export const LATIN_KEEP_WORDS: readonly string[] = Object.freeze([
  'Horizontal',
  'Facility',
  'Phase',
  'Council',
  'Europe',
  'European',
  'Union',
  'Balkans',
  'of',
  'the',
  'and',
  'for',
  'GRETA',
  'NATCO',
  'PROFREX',
  'Türkiye',
]);
const KEEP = new Set(LATIN_KEEP_WORDS.map((w) => w.toLowerCase()));

// Words where lj/nj/dž are two letters (prefix + root). Matched as lowercase word prefixes;
// a digraph lying inside the stem stays split, later ones still join (nadživljavati → надживљавати).
const SPLIT_STEMS = [
  'konjunk', // konjunkcija, konjunktura, konjunktiv
  'konjug', // konjugacija
  'injek', // injekcija, injektirati
  'injunk', // injunkcija
  'tanjug', // Tanjug, the news agency (TANJUG: Telegrafska agencija nova Jugoslavija) → Танјуг
  'nadživ', // nadživeti, nadživljavati
  'podžanr',
  'odžal', // odžaliti
  'podžup', // podžupan
  'predžet', // predžetva
  'vanjez', // vanjezički
];

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
// Whitespace-separated chunks kept verbatim: digits (phones, dates), e-mail, URLs, bare domains.
const UNTOUCHABLE = /\d|@|:\/\/|^\W*www\.|[a-z]\.(rs|com|org|net|int|eu|info|gov)([/:]|\W*$)/i;
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
const CYRILLIC_LETTER = /(?=\p{Script=Cyrillic})\p{L}/u;

const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/**
 * Serbian Cyrillic → Latin (Gaj's alphabet). Deterministic, handles case: Љ→Lj in title case, LJ
 * when the word (or neighbouring letter) is all caps; same for Њ (Nj/NJ) and Џ (Dž/DŽ). Non-Serbian
 * characters pass through unchanged.
 */
export function cyrillicToLatin(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const lat = CYR_TO_LAT.get(ch);
    if (lat === undefined) out += ch;
    else if (lat.length === 2 && isUpper(ch) && allCapsAt(text, i)) out += lat.toUpperCase();
    else out += lat;
  }
  return out.normalize('NFC');
}

// Љ/Њ/Џ go all caps before a capital (ЉУБОВ → LJUBOV) or ending an all-caps word (КОЊ → KONJ).
function allCapsAt(text: string, i: number): boolean {
  const next = text[i + 1];
  return next !== undefined && LETTER.test(next) ? isUpper(next) : isUpper(text[i - 1]);
}

/**
 * Serbian Latin → Cyrillic. Converts lj/nj/dž digraphs (any case) to Љ/Њ/Џ except in known words
 * where they are two letters (konjunkcija, injekcija, nadživeti, podžanr…). Leaves untouched: URLs,
 * e-mail addresses, tokens with digits (phones), words with q/w/x/y or other non-Serbian Latin
 * letters, LATIN_KEEP_WORDS (case-insensitive), uppercase Roman numerals, and anything that is not
 * a Latin letter. "Dj" stays Дј.
 */
export function latinToCyrillic(text: string): string {
  return text
    .normalize('NFC')
    .split(/(\s+)/)
    .map((chunk) => (UNTOUCHABLE.test(chunk) ? chunk : chunk.replace(WORD, convertWord)))
    .join('');
}

// Serbian words that are also valid Roman numerals ("I" = and, "MI" = we): converted as words.
const NUMERAL_LIKE_WORDS = new Set(['I', 'MI', 'VI', 'LI', 'DIV']);

function convertWord(word: string): string {
  const lower = word.toLowerCase();
  if (KEEP.has(lower) || (ROMAN.test(word) && !NUMERAL_LIKE_WORDS.has(word)) || hasForeignLatin(word)) return word;
  const stem = SPLIT_STEMS.find((s) => lower.startsWith(s));
  const splitUntil = stem ? stem.length : 0;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const digraph = DIGRAPHS[(ch + (word[i + 1] ?? '')).toLowerCase()];
    if (digraph && i + 1 >= splitUntil) {
      out += isUpper(ch) ? digraph.toUpperCase() : digraph;
      i++;
    } else {
      out += LAT_TO_CYR.get(ch) ?? ch;
    }
  }
  return out;
}

// q, w, x, y, ü, é… mark a foreign word: converting it would only garble it.
function hasForeignLatin(word: string): boolean {
  for (const ch of word) if (LATIN.test(ch) && !LAT_TO_CYR.has(ch)) return true;
  return false;
}

/** True when the text contains any Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC_LETTER.test(text);
}

// Search form of one UTF-16 unit: lower case, Latin script, no diacritics, đ → dj.
function keyOf(ch: string): string {
  const lower = ch.toLowerCase();
  const lat = (CYR_TO_LAT.get(lower) ?? lower).replace('đ', 'dj');
  return lat.normalize('NFD').replace(/\p{M}/gu, '');
}

// searchKey runs on thousands of items per keystroke, so each character is one Map lookup.
// The Latin and Cyrillic blocks are filled at the first search (not as the module loads: a page
// without a list never searches); any other character is cached on first sight.
let keys: Map<number, string> | undefined;

function searchKeys(): Map<number, string> {
  if (keys) return keys;
  keys = new Map<number, string>();
  for (let c = 0; c < 0x250; c++) keys.set(c, keyOf(String.fromCharCode(c)));
  for (let c = 0x400; c < 0x500; c++) keys.set(c, keyOf(String.fromCharCode(c)));
  // Surrogate halves pass through as-is: engines differ on normalizing a lone half (Firefox → U+FFFD).
  for (let c = 0xd800; c < 0xe000; c++) keys.set(c, String.fromCharCode(c));
  return keys;
}

/**
 * Lower-cases, strips diacritics and converts Serbian Cyrillic to Latin for search matching:
 * "Министарство", "MINISTARSTVO" → "ministarstvo"; "Đorđe", "Ђорђе" → "djordje"; "č ć ž š" → "c c z
 * s".
 */
export function searchKey(text: string): string {
  const known = searchKeys();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let key = known.get(code);
    if (key === undefined) known.set(code, (key = keyOf(text[i])));
    out += key;
  }
  return out;
}
