/**
 * Which parts of a page are read: shared by the DOM text map (extension, DOM tests) and the HTML
 * reader of the CLI, so both see the same text.
 */

/** Elements whose text is never read: code, forms, embedded documents, our own UI. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'object', 'embed', 'canvas', 'svg', 'math', 'head', 'title', 'endolens-ui',
]);

/** Elements that separate text: their start and end break words and sentences apart. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html', 'img', 'td', 'menu',
]);

/** The attribute that marks the extension's own elements. */
export const OWN_UI_ATTRIBUTE = 'data-endolens-ui';

/** The attributes {@link isSkippedByAttributes} reads (an element with none of them is never skipped for its attributes). */
export const SKIP_ATTRIBUTES = ['hidden', 'aria-hidden', OWN_UI_ATTRIBUTE, 'contenteditable', 'style'] as const;

/**
 * Whether an element's subtree is skipped because of its attributes: hidden, aria-hidden,
 * editable, or ours. `attr` returns an attribute's value or null.
 */
export function isSkippedByAttributes(attr: (name: string) => string | null): boolean {
  if (attr('hidden') !== null) return true;
  if (attr('aria-hidden') === 'true') return true;
  if (attr(OWN_UI_ATTRIBUTE) !== null) return true;
  const editable = attr('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = attr('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/** The block separator the text map puts between blocks (never inside a text node's text). */
export const BLOCK_SEPARATOR = '\n';

/** Text-node text as the map holds it: line breaks and tabs become spaces, offsets unchanged. */
export function flattenWhitespace(value: string): string {
  return /[\n\r\t\f]/.test(value) ? value.replace(/[\n\r\t\f]/g, ' ') : value;
}
