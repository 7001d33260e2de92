/**
 * Who the default action is: its id and its title (the seed's English title; the Serbian title is
 * the one the Council of Europe's Serbian page uses).
 */
import type {ActionDocument} from '../action-types.js';

export const defaultIdentity: Pick<ActionDocument, 'id' | 'title'> = {
  id: 'hf-serbia-anti-trafficking-2023',
  title: {
    en: 'Strengthening anti-trafficking action in Serbia',
    'sr-Cyrl': 'Јачање борбе против трговине људима у Србији',
  },
};
