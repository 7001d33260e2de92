// A React 19 app as docs/embedding.md shows it: the per-element npm modules, an object through
// the `data` property, attributes as strings, and a custom event through `onhf-error`.
// scripts/serve.mjs bundles this file with esbuild when /demo/examples/react-app.js is asked for.
import {useState} from 'react';
import {createRoot} from 'react-dom/client';
import 'hf-widgets/hf-budget-breakdown.js';
import 'hf-widgets/hf-hotline-banner.js';

/** A partner's own document: just the budget, with lines. */
const action = {
  id: 'partner-budget',
  title: {en: 'A partner action'},
  budget: {
    amount: 500000,
    currency: 'EUR',
    lines: [
      {label: {en: 'Training'}, amount: 300000},
      {label: {en: 'Shelters'}, amount: 200000},
    ],
  },
};

/** A document the element must reject: a negative budget. */
const broken = {id: 'broken', title: {en: 'Broken'}, budget: {amount: -1, currency: 'EUR'}};

function Budget({data, onError, expectError}) {
  return <hf-budget-breakdown data={data} chart="donut" onhf-error={(event) => onError(event.detail)} data-expect-error={expectError} />;
}

function Help() {
  return <hf-hotline-banner quick-exit="" hotlines="astra,nadel" />;
}

function App() {
  const [error, setError] = useState(null);
  return (
    <>
      <Help />
      <Budget data={action} onError={setError} />
      <Budget data={broken} onError={setError} expectError="" />
      <p id="react-error">{error ? `hf-error at ${error.path}: ${error.code}` : 'no error yet'}</p>
    </>
  );
}

createRoot(document.querySelector('#app')).render(<App />);
