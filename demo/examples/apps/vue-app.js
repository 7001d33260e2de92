// A Vue 3 app mounting the single-file component of docs/embedding.md. scripts/serve.mjs compiles
// the component with @vue/compiler-sfc and `isCustomElement: (tag) => tag.startsWith('hf-')`,
// the option the guide puts in vite.config.js, and bundles this file when
// /demo/examples/vue-app.js is asked for.
import {createApp} from 'vue';
import BeneficiaryPanel from './BeneficiaryPanel.vue';

/** A partner's own document: two groups of members. */
const action = {
  id: 'partner-members',
  title: {en: 'A partner action'},
  beneficiaries: [
    {id: 'shelters', label: {en: 'Shelters'}, members: [{name: {en: 'Safe House Belgrade'}}, {name: {en: 'Safe House Niš'}}]},
    {id: 'courts', label: {en: 'Courts'}, members: [{name: {en: 'Higher Court in Novi Sad'}}]},
  ],
};

createApp(BeneficiaryPanel, {action}).mount('#app');
