/**
 * "Not a myth here" reports: kept in local storage on this machine only, for the person to read,
 * export or clear. Nothing is sent anywhere.
 */
import { storage } from 'wxt/utils/storage';

export interface Report {
  mythId: string;
  /** The flagged sentence, at most 1000 characters. */
  sentence: string;
  /** The page's address, at most 2000 characters. */
  url: string;
  /** When it was reported, in milliseconds since 1970 (Date.now()). */
  at: number;
}

/** At most this many reports are kept; the oldest go first. */
export const MAX_REPORTS = 500;
const MAX_SENTENCE = 1000;
const MAX_URL = 2000;

export const reportsItem = storage.defineItem<unknown>('local:reports', { fallback: [], version: 1, migrations: {} });

/** A report from any value, trimmed to the stored limits; `null` when a field is missing or of the wrong type. */
export function sanitizeReport(raw: unknown): Report | null {
  const r = raw as Partial<Report> | null;
  if (typeof r !== 'object' || r === null) return null;
  const { mythId, sentence, url, at } = r;
  if (typeof mythId !== 'string' || !mythId || typeof sentence !== 'string' || typeof url !== 'string') return null;
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;
  return { mythId: mythId.slice(0, 100), sentence: sentence.slice(0, MAX_SENTENCE), url: url.slice(0, MAX_URL), at };
}

/** The stored reports, oldest first; invalid stored items are left out. */
export async function listReports(): Promise<Report[]> {
  const value = await reportsItem.getValue();
  return Array.isArray(value) ? value.flatMap((r) => sanitizeReport(r) ?? []) : [];
}

let pending: Promise<unknown> = Promise.resolve();

/**
 * Adds one report and keeps the newest `MAX_REPORTS`. Returns the reports as stored.
 * @throws TypeError when `report` is not a valid report
 */
export function addReport(report: Report): Promise<Report[]> {
  const clean = sanitizeReport(report);
  if (!clean) return Promise.reject(new TypeError('Not a valid report'));
  const write = pending.then(async () => {
    const next = [...(await listReports()), clean].slice(-MAX_REPORTS);
    await reportsItem.setValue(next);
    return next;
  });
  pending = write.catch(() => undefined);
  return write;
}

/** Removes every report. */
export async function clearReports(): Promise<void> {
  await pending;
  await reportsItem.setValue([]);
}

/** Calls `callback` with the reports whenever they change. Returns the unwatch function. */
export function watchReports(callback: (reports: Report[]) => void): () => void {
  return reportsItem.watch((value) => callback(Array.isArray(value) ? value.flatMap((r) => sanitizeReport(r) ?? []) : []));
}

/** The reports as the text of the exported JSON file. */
export function reportsToJson(reports: readonly Report[]): string {
  return `${JSON.stringify({ format: 'endolens-reports', version: 1, reports: reports.map((r) => ({ ...r, at: new Date(r.at).toISOString() })) }, null, 2)}\n`;
}
