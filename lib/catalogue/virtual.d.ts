declare module 'virtual:endolens-catalogue' {
  import type { CompiledCatalogue } from './types.ts';
  const catalogue: CompiledCatalogue;
  export default catalogue;
}

declare module 'virtual:endolens-catalogue/page' {
  import type { ScanCatalogue } from './page.ts';
  /** What the content script carries to read a page: see lib/catalogue/page.ts. */
  const catalogue: ScanCatalogue;
  export default catalogue;
}
