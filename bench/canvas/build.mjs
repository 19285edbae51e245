// Bundles one page per renderer into site/: RENDERER.html loads RENDERER.js.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const RENDERERS = ['cytoscape-canvas', 'cytoscape-webgl', 'cytoscape-webgl-nolabels', 'sigma'];
const here = new URL('.', import.meta.url).pathname;

await mkdir(`${here}site`, { recursive: true });
const page = await readFile(`${here}pages/page.html`, 'utf8');
for (const renderer of RENDERERS) {
  await build({
    entryPoints: [`${here}src/${renderer}.js`],
    outfile: `${here}site/${renderer}.js`,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning'
  });
  await writeFile(`${here}site/${renderer}.html`, page.replaceAll('RENDERER', renderer));
}
console.log(`built ${RENDERERS.map(renderer => `site/${renderer}.html`).join(', ')}`);
