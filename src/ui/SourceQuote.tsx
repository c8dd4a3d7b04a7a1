// A fact's source on demand: the document (title, publisher, date, official link) and its verbatim quote in quotation
// marks; or, for background from outside the documents, the statement and its reference, without quotation marks.
import { useState } from 'preact/hooks';
import type { Citation, Source } from '../data/schema';
import { useModel } from './context';
import { useAppState } from './context';
import { t } from '../i18n/t';
import { formatPartialDate } from '../i18n/format';
import type { Lang } from '../state/types';

/** The EUR-Lex address of a document with a CELEX number. */
export function celexUrl(celex: string): string {
  return `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${celex}`;
}

/**
 * How a source document is named to readers: title, reference, publisher and date; never its file name. The compact
 * form (briefing slides) gives the reference or, without one, the title.
 */
export function documentLabel(lang: Lang, source: Source, compact = false): string {
  const date = source.date ? formatPartialDate(lang, source.date) : (source.dateNote ?? '');
  const name = compact ? (source.reference ?? source.title) : `${source.title}${source.reference ? ` (${source.reference})` : ''}`;
  return [name, source.publisher, date].filter(Boolean).join(' · ');
}

function CitationBody({ citation, compact = false }: { citation: Citation; compact?: boolean }) {
  const { model } = useModel();
  const lang = useAppState((s) => s.view.lang);
  if ('background' in citation) {
    return (
      <span class="source-body background" role="note" data-citation="background">
        <span class="background-label">{t(lang, 'background')}:</span> <span lang="en">{citation.background}</span>
        <span class="source-ref">{citation.reference}</span>
        {citation.note && <span class="source-note">{citation.note}</span>}
      </span>
    );
  }
  const source = model.sourceBySeed.get(citation.seed);
  return (
    <span class="source-body" role="note" data-citation="quote">
      <blockquote lang="en">“{citation.quote}”</blockquote>
      {source && (
        <span class="source-ref">
          {documentLabel(lang, source, compact)}
          {source.celex && !compact && (
            <>
              {' · '}
              <a href={celexUrl(source.celex)} target="_blank" rel="noopener noreferrer">
                EUR-Lex {source.celex}
              </a>
            </>
          )}
        </span>
      )}
      {citation.note && <span class="source-note">{citation.note}</span>}
    </span>
  );
}

export function SourceQuote({ citation, alwaysOpen = false }: { citation: Citation; alwaysOpen?: boolean }) {
  const [toggled, setOpen] = useState(false);
  const open = alwaysOpen || toggled;
  const lang = useAppState((s) => s.view.lang);
  return (
    <span class="source">
      {!alwaysOpen && (
        <button type="button" class="source-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {'background' in citation ? t(lang, 'background') : t(lang, 'source')}
        </button>
      )}
      {open && <CitationBody citation={citation} compact={alwaysOpen} />}
    </span>
  );
}

/** Several sources of one fact behind one "Sources (N)" control. */
export function Sources({ citations }: { citations: readonly Citation[] }) {
  const [open, setOpen] = useState(false);
  const lang = useAppState((s) => s.view.lang);
  if (citations.length === 0) return null;
  if (citations.length === 1) return <SourceQuote citation={citations[0]!} />;
  return (
    <span class="source">
      <button type="button" class="source-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(lang, 'sourcesCount', { count: citations.length })}
      </button>
      {open && citations.map((c, i) => <CitationBody key={i} citation={c} />)}
    </span>
  );
}
