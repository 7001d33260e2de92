/**
 * The default hotlines, from FACTS.md ("Hotlines in Serbia"). Each line keeps the `source` it was
 * compared with. None carries `checked`: the numbers were compared with stored copies of those
 * pages, never confirmed live, and `checked` means exactly that a person confirmed the number
 * live. Site owners confirm each number live before they publish, then set `checked`.
 *
 * Only what a source states is claimed: `hours`, `free` and `audience` are absent where it says
 * nothing. Left out on purpose: 112 (Serbia has no integrated 112 service yet) and the Centre for
 * Human Trafficking Victims' Protection, whose own number could not be verified.
 */
import type {Hotline} from '../action-types.js';

const dayAndNight = {en: '24/7', 'sr-Cyrl': '0–24, сваког дана'};

export const defaultHotlines: Hotline[] = [
  {
    id: 'astra',
    name: {en: 'ASTRA SOS hotline', 'sr-Cyrl': 'АСТРА СОС телефон'},
    number: '+381117850000',
    display: '011 785 0000',
    // ASTRA says its line is free (astra.rs). No source gives its hours or an audience: none is
    // shown, so that a relative, a witness or someone unsure of their situation never reads
    // "not for me".
    free: true,
    source: 'astra.rs',
  },
  {
    // One source of about 2023 (medium confidence): kept with its source, but a banner shows it
    // only when a page names it in `hotlines`.
    id: 'natco',
    name: {
      en: 'National Anti-trafficking Co-ordination Office',
      'sr-Cyrl': 'Канцеларија за координацију активности у борби против трговине људима',
    },
    number: '+381800100388',
    display: '0800 100 388',
    free: true,
    source: 'mup.gov.rs, page of the Office, about 2023',
    showByDefault: false,
  },
  {
    id: 'missing-children',
    name: {en: 'European number for missing children', 'sr-Cyrl': 'Европски број за несталу децу'},
    // A short code has no E.164 form: it is dialled as is, so `number` holds the short number
    // and the `tel:` link uses it unchanged.
    number: '116000',
    display: '116 000',
    hours: dayAndNight,
    // The source says "free" only from fixed and major mobile networks: the line says so.
    free: {
      en: 'Free from fixed and major mobile networks',
      'sr-Cyrl': 'Бесплатно из фиксне мреже и већих мобилних мрежа',
    },
    source: 'astra.rs',
  },
  {
    id: 'nadel',
    name: {en: 'National Children’s Helpline (NADEL)', 'sr-Cyrl': 'Национална дечија линија (НАДЕЛ)'},
    // Short code, dialled as is. Free from all networks, and confidential (not anonymous).
    number: '116111',
    display: '116 111',
    hours: dayAndNight,
    free: true,
    source: 'minrzs.gov.rs; 116111.rs',
  },
  {
    id: 'police',
    name: {en: 'Police', 'sr-Cyrl': 'Полиција'},
    // Short code, dialled as is.
    number: '192',
    display: '192',
    audience: {en: 'Emergencies', 'sr-Cyrl': 'Хитни случајеви'},
    source: 'mup.gov.rs',
  },
];
