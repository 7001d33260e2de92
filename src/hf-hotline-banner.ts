/** Registers `<hf-hotline-banner>`. Import this module (or the bundle) to use the element. */
import {HfHotlineBanner} from './components/hotline-banner/hotline-banner.js';
import {safeDefine} from './core/define.js';

safeDefine('hf-hotline-banner', HfHotlineBanner);

export {HfHotlineBanner};
