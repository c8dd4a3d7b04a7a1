// Agreement statuses at a date: the status a source has stated by then, current while a source says it holds (the
// horizon after the last document that states it), "last reported" after that.
import { compareDates, dateStart } from '../data/dates';
import type { Agreement, AgreementStatusEntry } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import { currentUntil, documentDate, knownFrom, monthSpan, type Span } from './time';

export interface StatusAtDate {
  entry: AgreementStatusEntry;
  /** Current while a source says the status holds; 'last-reported' once the last such source is past the horizon. */
  standing: 'current' | 'last-reported';
  /** The latest date a source gives for this status. */
  lastReported: string;
}

interface TimedEntry {
  entry: AgreementStatusEntry;
  /** Shown from: a dated fact from its own date, anything else from its document's date. */
  known: number;
  /** Current until: the horizon after the latest report of the same status before the status changes. */
  current: number;
  lastReported: string;
}

/** When a status entry is said: its document's date, or for a background fact its own date. */
function reportedOn(model: Model, e: AgreementStatusEntry): string {
  return documentDate(model, e.source) ?? e.from;
}

const timed = new WeakMap<Agreement, TimedEntry[]>();
function timedHistory(model: Model, a: Agreement): TimedEntry[] {
  let list = timed.get(a);
  if (list) return list;
  const history = [...a.status].sort((x, y) => compareDates(x.from, y.from));
  list = history.map((entry, i) => {
    // The run of entries that restate this status until another status starts: between two reports it holds.
    let lastReported = reportedOn(model, entry);
    for (let j = i + 1; j < history.length && history[j]!.status === entry.status; j++) {
      const r = reportedOn(model, history[j]!);
      if (compareDates(r, lastReported) > 0) lastReported = r;
    }
    const ownDate = entry.fromBasis === 'document-date' ? null : entry.from;
    const known = ownDate ?? knownFrom(model, entry.source, entry.from) ?? entry.from;
    return { entry, known: dateStart(known), current: currentUntil(lastReported), lastReported };
  });
  timed.set(a, list);
  return list;
}


function statusIn(model: Model, a: Agreement, within: Span): StatusAtDate | undefined {
  let shown: TimedEntry | undefined;
  for (const t of timedHistory(model, a)) if (t.known <= within.end && (!shown || t.known >= shown.known)) shown = t;
  if (!shown) return undefined;
  return { entry: shown.entry, standing: shown.current >= within.start ? 'current' : 'last-reported', lastReported: shown.lastReported };
}

/** The status history as a source has stated it by the end of the month: nothing later is shown. */
export function statusHistoryAt(model: Model, a: Agreement, month: Month): AgreementStatusEntry[] {
  const end = monthSpan(month).end;
  return timedHistory(model, a)
    .filter((t) => t.known <= end)
    .map((t) => t.entry);
}

/** The agreement's status at the end of the month, with how it stands; undefined before any source states one. */
export function agreementStatusAt(model: Model, a: Agreement, month: Month): StatusAtDate | undefined {
  return statusIn(model, a, monthSpan(month));
}
