// Every page is rendered on the server when it is requested, by Node (`npm start`).
import {defineConfig} from 'astro/config';
import node from '@astrojs/node';

export default defineConfig({output: 'server', adapter: node({mode: 'standalone'})});
