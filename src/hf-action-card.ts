/** Registers `<hf-action-card>`. Import this module (or the bundle) to use the element. */
import {HfActionCard} from './components/action-card/action-card.js';
import {safeDefine} from './core/define.js';

safeDefine('hf-action-card', HfActionCard);

export {HfActionCard};
export {actionStatusOn} from './components/action-card/action-card.js';
export type {ActionStatus} from './components/action-card/action-card.js';
