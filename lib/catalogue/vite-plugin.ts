/**
 * Build-time plugin: `import catalogue from 'virtual:endolens-catalogue'` gives the compiled
 * catalogue; `virtual:endolens-catalogue/page` the scan catalogue the content script carries (see
 * page.ts). Both are emitted as `JSON.parse('…')`, which V8 reads faster than an object literal of
 * the same size. An invalid catalogue fails the build with the file, the field and the problem.
 */
import type { Plugin } from 'vite';
import { DATA_DIR, loadCatalogue } from './load-node.ts';
import { toScanCatalogue } from './page.ts';
import type { CompiledCatalogue } from './types.ts';

const ID = 'virtual:endolens-catalogue';
const PAGE_ID = `${ID}/page`;

export function catalogueModule(): Plugin {
  let compiled: CompiledCatalogue | undefined;
  return {
    name: 'endolens-catalogue',
    buildStart() {
      compiled = undefined; // compile once per build, again after data/ changes in watch mode
    },
    watchChange(id) {
      if (id.startsWith(DATA_DIR)) compiled = undefined;
    },
    resolveId: {
      filter: { id: /^virtual:endolens-catalogue(?:\/page)?$/ },
      handler: (id) => (id === ID || id === PAGE_ID ? `\0${id}` : undefined),
    },
    load: {
      filter: { id: /^\0virtual:endolens-catalogue(?:\/page)?$/ },
      handler(id) {
        if (id !== `\0${ID}` && id !== `\0${PAGE_ID}`) return undefined;
        this.addWatchFile(DATA_DIR);
        compiled ??= loadCatalogue();
        const value = id.endsWith('/page') ? toScanCatalogue(compiled) : compiled;
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
      },
    },
  };
}
