/** Registers `<hf-budget-breakdown>`. Import this module (or the bundle) to use the element. */
import {HfBudgetBreakdown} from './components/budget-breakdown/budget-breakdown.js';
import {safeDefine} from './core/define.js';

safeDefine('hf-budget-breakdown', HfBudgetBreakdown);

export {HfBudgetBreakdown};
