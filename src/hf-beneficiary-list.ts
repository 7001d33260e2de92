/** Registers `<hf-beneficiary-list>`. Import this module (or the bundle) to use the element. */
import {HfBeneficiaryList} from './components/beneficiary-list/beneficiary-list.js';
import {safeDefine} from './core/define.js';

safeDefine('hf-beneficiary-list', HfBeneficiaryList);

export {HfBeneficiaryList};
