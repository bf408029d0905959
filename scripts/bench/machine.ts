/** What the benchmark ran on, and the content script's size as shipped. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CompiledCatalogue } from '../../lib/catalogue/types';
import { toScanCatalogue } from '../../lib/catalogue/page';
import { CHROMIUM, EXTENSION_DIR } from './browser';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  chromium: string;
  node: string;
  date: string;
  /** 1-minute load average when the bench started and when it ended: other work on the machine skews the times. */
  load: [number, number];
}

/** nproc, the CPU model from /proc/cpuinfo, memory, the Chromium and Node versions, the date (UTC), the load. */
export function describeMachine(loadAtStart: number): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux: os.cpus() it is
  }
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // reported as unknown
  }
  let cores = cpus().length;
  try {
    cores = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || cores;
  } catch {
    // os.cpus() it is
  }
  const date = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return { cores, cpu, memoryGiB: Math.round(totalmem() / 2 ** 30), chromium, node: process.version, date, load: [loadAtStart, loadavg()[0]!] };
}

export interface ScriptSize {
  bytes: number;
  gzip: number;
  /** The scan catalogue the content script carries (forms and triggers), as JSON, gzipped alone. */
  catalogueGzip: number;
}

/** .output/chrome-mv3/content-scripts/content.js, raw and gzipped (zlib default level, as servers send it). */
export function contentScriptSize(catalogue: CompiledCatalogue): ScriptSize {
  const code = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
  return { bytes: code.length, gzip: gzipSync(code).length, catalogueGzip: gzipSync(JSON.stringify(toScanCatalogue(catalogue))).length };
}

/** The catalogue the bench ran with: its size and a fingerprint of the compiled JSON. */
export function describeCatalogue(catalogue: CompiledCatalogue): string {
  const patterns = Object.values(catalogue.patterns).flat().length;
  const hash = createHash('sha256').update(JSON.stringify(catalogue)).digest('hex').slice(0, 12);
  return `${catalogue.terms.length} terms, ${catalogue.forms.length} surface forms, ${catalogue.myths.length} myths, ${patterns} compiled patterns (sha256 ${hash})`;
}

/** Whether a file under `dir` changed after the extension was built (the bench would then compare two catalogues). */
export function isChangedSinceBuild(dir: string): boolean {
  const built = statSync(join(EXTENSION_DIR, 'manifest.json')).mtimeMs;
  const newest = (path: string): number => {
    const info = statSync(path);
    return info.isDirectory() ? Math.max(info.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f)))) : info.mtimeMs;
  };
  return newest(dir) > built;
}
