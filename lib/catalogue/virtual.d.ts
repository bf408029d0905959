declare module 'virtual:endolens-catalogue' {
  import type { CompiledCatalogue } from './types.ts';
  const catalogue: CompiledCatalogue;
  export default catalogue;
}

declare module 'virtual:endolens-catalogue/page' {
  import type { CompiledCatalogue } from './types.ts';
  /** The slim copy for the content script: see lib/catalogue/page.ts. */
  const catalogue: CompiledCatalogue;
  export default catalogue;
}
