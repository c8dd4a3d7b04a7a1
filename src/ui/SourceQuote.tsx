// A figure's source on demand: the document's reference and date, and the verbatim quote.
import { useState } from 'preact/hooks';
import type { Citation } from '../data/schema';
import { useModel } from './ModelContext';
import { useAppState } from './context';
import { t } from '../i18n/t';
import { formatPartialDate } from '../i18n/format';

export function SourceQuote({ citation, alwaysOpen = false }: { citation: Citation; alwaysOpen?: boolean }) {
  const [toggled, setOpen] = useState(false);
  const open = alwaysOpen || toggled;
  const { model } = useModel();
  const lang = useAppState((s) => s.view.lang);
  const source = 'seed' in citation && citation.seed ? model.sourceBySeed.get(citation.seed) : undefined;
  const reference = source ? [source.reference ?? source.title, source.publisher].filter(Boolean).join(' · ') : ('external' in citation ? String(citation.external) : '');
  const date = source?.date ? formatPartialDate(lang, source.date) : (source?.dateNote ?? '');
  return (
    <span class="source">
      {!alwaysOpen && (
        <button type="button" class="source-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t(lang, 'source')}
        </button>
      )}
      {open && (
        <span class="source-body" role="note">
          <blockquote lang="en">“{citation.quote}”</blockquote>
          <span class="source-ref">
            {reference}
            {date ? ` — ${date}` : ''}
            {source ? ` (${source.seedFile})` : ''}
          </span>
          {citation.note && <span class="source-note">{citation.note}</span>}
        </span>
      )}
    </span>
  );
}

export function Sources({ citations }: { citations: readonly Citation[] }) {
  return (
    <>
      {citations.map((c, i) => (
        <SourceQuote key={i} citation={c} />
      ))}
    </>
  );
}
