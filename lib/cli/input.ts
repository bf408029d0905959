/**
 * Reading what the CLI scans: a file (HTML or text), an http(s) address, or standard input.
 * Every failure becomes an {@link InputError} with a one-line message.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { HtmlTextReader, looksLikeHtml, plainText } from './html-text';

/** Bad input: exit status 2 with this one-line message. */
export class InputError extends Error {
  name = 'InputError';
}

export interface Document {
  /** Where it came from, for the report. */
  label: string;
  /** The extracted text all offsets point into. */
  text: string;
}

async function readStream(stream: NodeJS.ReadableStream, html: boolean | undefined): Promise<string> {
  let reader: HtmlTextReader | undefined;
  const plain: string[] = [];
  let decided = html;
  stream.setEncoding('utf8');
  for await (const chunk of stream as AsyncIterable<string>) {
    if (decided === undefined) decided = looksLikeHtml(chunk);
    if (decided) (reader ??= new HtmlTextReader()).write(chunk);
    else plain.push(chunk);
  }
  return decided && reader ? reader.end() : plainText(plain.join(''));
}

function kindOf(path: string): boolean | undefined {
  if (/\.(?:html?|xhtml)$/i.test(path)) return true;
  if (/\.(?:txt|text|md)$/i.test(path)) return false;
  return undefined;
}

async function readUrl(url: string): Promise<Document> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new InputError(`cannot fetch ${url}: ${(error as Error).cause ?? (error as Error).message}`);
  }
  if (!response.ok) throw new InputError(`cannot fetch ${url}: HTTP ${response.status}`);
  const body = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const html = /html/i.test(type) || (!/text\/plain/i.test(type) && looksLikeHtml(body));
  const reader = new HtmlTextReader();
  if (html) reader.write(body);
  return { label: url, text: html ? reader.end() : plainText(body) };
}

/** Reads one input named on the command line. @throws InputError */
export async function readInput(arg: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<Document> {
  if (arg === '-') return { label: 'standard input', text: await readStream(stdin, undefined) };
  if (/^https?:\/\//i.test(arg)) return readUrl(arg);
  try {
    const info = await stat(arg);
    if (info.isDirectory()) throw new InputError(`${arg} is a folder, not a file`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${arg}` : `cannot read ${arg} (${code})`);
  }
  try {
    return { label: arg, text: await readStream(createReadStream(arg), kindOf(arg)) };
  } catch (error) {
    throw new InputError(`cannot read ${arg} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
