// Type-checks the packed package the way its users meet it: `npm pack` output installed into
// three fresh apps (Vite + TypeScript, React 19 TSX, Vue 3 SFC with vue-tsc), each written the
// way the docs say, with no declaration of their own. Every wrong use below carries
// `@ts-expect-error` / `@vue-expect-error`, so a type that degrades to `any` fails the check
// too. Offline: the apps' other packages are links to this project's node_modules.
// Needs `npm run build` first. Prints "N passed, N failed"; exits non-zero on any failure.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {createChecks} from './lib/checks.mjs';
import {projectRoot} from './lib/import-ts.mjs';

const work = mkdtempSync(join(tmpdir(), 'hf-types-'));
// A compiler's errors are the point of a failure here: show a good part of them.
const checks = createChecks({detailLimit: 6000});

/** Checks that `run` (a compiler run) succeeds; a failure shows what the compiler printed. */
function check(label, run) {
  try {
    run();
    checks.check(label, true);
  } catch (error) {
    checks.check(label, false, `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message);
  }
}

const tsconfig = (extra = {}) =>
  JSON.stringify({
    // As Vite's TypeScript templates set it, but checking the package's declarations too.
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: ['vite/client'],
      strict: true,
      noEmit: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      noUnusedLocals: true,
      skipLibCheck: false,
      ...extra,
    },
    include: ['src'],
  });

const apps = {
  'vite-ts': {
    'tsconfig.json': tsconfig(),
    'src/main.ts': `
import 'hf-widgets';
import type {ActionDocument} from 'hf-widgets';
import {HfBudgetBreakdown} from 'hf-widgets/hf-budget-breakdown.js';
import * as DataOnly from 'hf-widgets/data';

// The docs say pages may listen on document and window: the details are typed there too.
document.addEventListener('hf-exit', (event) => {
  const url: string = event.detail.url;
  console.log(url, event.detail.trigger);
});
window.addEventListener('hf-error', (event) => console.log(event.detail.code, event.detail.path));
// @ts-expect-error hf-exit carries {url, trigger} only
document.addEventListener('hf-exit', (event) => event.detail.phone);

const banner = document.querySelector('hf-hotline-banner')!;
banner.addEventListener('hf-dismiss', (event) => console.log(event.detail.remembered));
const action: ActionDocument = {id: 'example', title: {en: 'Example', 'sr-Cyrl': 'Пример'}};
banner.data = action;
// @ts-expect-error data is an action document
banner.data = 42;
// @ts-expect-error an action document needs an id
banner.data = {title: 'No id'};

const budget = document.createElement('hf-budget-breakdown');
console.log(budget instanceof HfBudgetBreakdown, budget.chart === 'donut');
// @ts-expect-error chart is 'bar' or 'donut'
budget.chart = 'pie';

// hf-widgets/data: the validator and default action, typed, without an element.
const checked: DataOnly.ActionDocument = DataOnly.validateAction(JSON.parse('{}') as unknown);
const issues: DataOnly.DataIssue[] = new DataOnly.DataError([{code: 'shares-sum', path: 'programme.funders', message: ''}]).issues;
console.log(checked.id, DataOnly.defaultAction.title, issues);
// @ts-expect-error codes are the documented DataErrorCode values
const wrongCode: DataOnly.DataErrorCode = 'no-such-code';
console.log(wrongCode);
`,
  },
  'react-19': {
    'tsconfig.json': tsconfig({jsx: 'react-jsx', types: []}),
    'src/app.tsx': `
import type {} from 'hf-widgets/react';
import 'hf-widgets';
import type {ActionDocument} from 'hf-widgets';

export function App({action}: {action: ActionDocument}) {
  return (
    <main className="partner-page">
      <hf-action-card data={action} variant="compact" heading-level={3} onhf-toggle={(event) => console.log(event.detail.expanded)} />
      <hf-budget-breakdown chart="donut" show-table onhf-load={(event) => console.log(event.detail.source, event.detail.id)} />
      <hf-beneficiary-list filter group="civil-society" headingLevel={3} onhf-filter={(event) => console.log(event.detail.query, event.detail.matches)} />
      <hf-hotline-banner
        quick-exit
        dismissible
        exit-url="https://www.google.com/webhp"
        hotlines="astra,nadel"
        onhf-exit={(event) => console.log(event.detail.url)}
        onhf-dismiss={(event) => console.log(event.detail.remembered)}
        onhf-error={(event) => console.log(event.detail.path)}
      />
      {/* @ts-expect-error chart is "bar" or "donut" */}
      <hf-budget-breakdown chart="pie" />
      {/* @ts-expect-error data is an action document */}
      <hf-action-card data={42} />
      {/* @ts-expect-error filter is a boolean */}
      <hf-beneficiary-list filter="yes" />
      {/* @ts-expect-error effectiveExitUrl is read-only */}
      <hf-hotline-banner effectiveExitUrl="https://example.org/" />
      {/* @ts-expect-error hf-filter carries {query, matches} */}
      <hf-beneficiary-list onhf-filter={(event) => event.detail.url} />
    </main>
  );
}
`,
  },
  'vue-3': {
    'tsconfig.json': tsconfig({jsx: 'preserve', types: []}).replace('"include":["src"]', '"include":["src/**/*.ts","src/**/*.vue"]'),
    'src/env.d.ts': `/// <reference types="vite/client" />\n`,
    'src/App.vue': `
<script setup lang="ts">
import type {} from 'hf-widgets/vue';
import 'hf-widgets';
import type {ActionDocument, HfEventMap} from 'hf-widgets';

defineProps<{action: ActionDocument}>();
const seen: string[] = [];
const onExit = (event: HfEventMap['hf-exit']) => seen.push(event.detail.url);
const onLoad = (event: HfEventMap['hf-load']) => seen.push(event.detail.id);
</script>

<!-- vue-tsc 3.3 loses an inline listener's type when the same tag has a static attribute value
     containing "//", with any component; so the banner with exit-url names its listener. -->
<template>
  <hf-action-card :data.prop="action" variant="compact" :heading-level="3" @hf-toggle="(event) => seen.push(String(event.detail.expanded))" />
  <hf-budget-breakdown chart="donut" show-table @hf-load="(event) => seen.push(event.detail.source)" />
  <hf-beneficiary-list filter group="civil-society" @hf-filter="(event) => seen.push(event.detail.query)" />
  <hf-hotline-banner quick-exit dismissible @hf-dismiss="(event) => seen.push(String(event.detail.remembered))" />
  <hf-hotline-banner quick-exit exit-url="https://www.google.com/webhp" @hf-exit="onExit" />
  <!-- @vue-expect-error chart is "bar" or "donut" -->
  <hf-budget-breakdown chart="pie" />
  <!-- @vue-expect-error data is an action document -->
  <hf-action-card :data.prop="42" />
  <!-- @vue-expect-error hf-exit carries {url, trigger} -->
  <hf-hotline-banner @hf-exit="(event) => seen.push(event.detail.phone)" />
  <!-- @vue-expect-error an hf-load listener does not take hf-exit -->
  <hf-hotline-banner @hf-exit="onLoad" />
</template>
`,
  },
};

try {
  execFileSync('node', ['scripts/write-element-types.mjs', '--check'], {cwd: projectRoot, stdio: 'inherit'});
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {cwd: projectRoot, encoding: 'utf8'}),
  );
  const tarball = join(work, packed.filename);
  const projectModules = join(projectRoot, 'node_modules');
  for (const [name, files] of Object.entries(apps)) {
    const app = join(work, name);
    const modules = join(app, 'node_modules');
    // The package as npm would unpack it; every other package linked from this project.
    mkdirSync(join(modules, 'hf-widgets'), {recursive: true});
    execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'hf-widgets'), '--strip-components=1']);
    for (const entry of readdirSync(projectModules)) {
      if (entry !== '.bin' && entry !== '.package-lock.json') symlinkSync(join(projectModules, entry), join(modules, entry));
    }
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({name: `hf-${name}-app`, private: true, type: 'module', dependencies: {'hf-widgets': `file:${packed.filename}`}}),
    );
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(app, path)), {recursive: true});
      writeFileSync(join(app, path), text.trimStart());
    }
  }
  const tsc = join(projectModules, 'typescript/bin/tsc');
  const vueTsc = join(projectModules, 'vue-tsc/bin/vue-tsc.js');
  check('Vite + TypeScript: events on document and window, data, per-element module, hf-widgets/data', () =>
    execFileSync('node', [tsc, '-p', join(work, 'vite-ts')], {encoding: 'utf8', stdio: 'pipe'}),
  );
  check('React 19 TSX: the four tags with attributes, properties and onhf-* listeners (hf-widgets/react)', () =>
    execFileSync('node', [tsc, '-p', join(work, 'react-19')], {encoding: 'utf8', stdio: 'pipe'}),
  );
  check('Vue 3 SFC (vue-tsc): the four tags with props and @hf-* listeners (hf-widgets/vue)', () =>
    execFileSync('node', [vueTsc, '-p', join(work, 'vue-3')], {encoding: 'utf8', stdio: 'pipe'}),
  );
} finally {
  // HF_KEEP_TYPE_APPS=1 keeps the apps, to run tsc or vue-tsc in one by hand.
  if (process.env.HF_KEEP_TYPE_APPS) console.log(`apps kept in ${work}`);
  else rmSync(work, {recursive: true, force: true});
}
checks.finish('types');
