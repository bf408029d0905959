/**
 * HTML -> text for the CLI, streaming: the same skip and block rules as the DOM text map
 * (lib/scan/rules.ts), without building a DOM, so a 50 MB page reads in bounded memory.
 */
import { Parser } from 'htmlparser2';
import { BLOCK_SEPARATOR, BLOCK_TAGS, SKIPPED_TAGS, flattenWhitespace, isSkippedByAttributes } from '../scan/rules';

/** Collects the readable text of an HTML document fed in chunks. */
export class HtmlTextReader {
  private parts: string[] = [];
  private last = BLOCK_SEPARATOR;
  private skipped: boolean[] = [];
  private skipDepth = 0;
  private parser = new Parser(
    {
      onopentag: (name, attribs) => {
        const skip =
          this.skipDepth > 0 || SKIPPED_TAGS.has(name) || isSkippedByAttributes((a) => attribs[a] ?? null);
        this.skipped.push(skip);
        if (skip) this.skipDepth++;
        else if (BLOCK_TAGS.has(name)) this.separate();
      },
      onclosetag: (name) => {
        const skip = this.skipped.pop();
        if (skip) this.skipDepth--;
        else if (BLOCK_TAGS.has(name)) this.separate();
      },
      ontext: (text) => {
        if (this.skipDepth > 0 || !text) return;
        this.parts.push(flattenWhitespace(text));
        this.last = text[text.length - 1]!;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  private separate(): void {
    if (this.last !== BLOCK_SEPARATOR) {
      this.parts.push(BLOCK_SEPARATOR);
      this.last = BLOCK_SEPARATOR;
    }
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  /** Ends the document and returns its text. */
  end(): string {
    this.parser.end();
    const text = this.parts.join('');
    this.parts = [];
    return text;
  }
}

/** The readable text of a whole HTML string. */
export function htmlToText(html: string): string {
  const reader = new HtmlTextReader();
  reader.write(html);
  return reader.end();
}

/** Plain text as the scanner reads it: a single line break inside a paragraph joins its lines. */
export function plainText(text: string): string {
  return text.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n')).replace(/\n(?=[ \t]*[\p{Ll}(])/gu, ' ');
}

/** Whether a text looks like HTML rather than plain text (for standard input and unknown files). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<!--)/i.test(text) || /<(?:p|div|article|h[1-6]|span|a|li)[\s>]/i.test(text.slice(0, 4096));
}
