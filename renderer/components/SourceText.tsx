/**
 * A stretch of a source's text as the view shows it: marked with its source and
 * offset (so a selection in it maps back to the text: selection.ts), its annotated
 * passages highlighted, and the search query's occurrences marked inside. The
 * highlight is a mark of its own inside whatever holds the text (a word diff's
 * `del`/`ins`), so both show.
 */
import type { ElementType } from 'react';
import type { AnnotationSource } from '../../shared/annotations/model';
import { segmentsOf, type MarkedSpan } from '../../shared/view/annotations';
import { Highlighted } from './Highlighted';

export function SourceText({ as: Tag = 'span', className, title, source, offset, text, spans, selected, numbers, query }: {
  /** The element holding the text: a word diff's `del` or `ins`, a quotation, a plain span. */
  as?: ElementType;
  className?: string;
  title?: string;
  source: AnnotationSource;
  /** Where `text` starts in the source's text (UTF-16 code units). */
  offset: number;
  text: string;
  /** The source's annotated passages (those outside `text` are left out here). */
  spans: readonly MarkedSpan[];
  /** The annotation selected in the panel: its passage stands out. */
  selected: string | null;
  /** The annotations' numbers, for the highlight's tooltip. */
  numbers: Readonly<Record<string, number>>;
  query: string;
}) {
  const segments = segmentsOf(text, offset, spans);
  return (
    <Tag className={className} title={title} data-source={source} data-offset={offset}>
      {segments.map((seg) => {
        if (seg.ids.length === 0) return <Highlighted key={seg.start} text={seg.text} query={query} />;
        const names = seg.ids.map((id) => `✎${numbers[id] ?? '?'}`).join(', ');
        return (
          <mark key={seg.start} className={`annotated${selected !== null && seg.ids.includes(selected) ? ' annotated-selected' : ''}`} data-annotations={seg.ids.join(' ')} title={`Annotated (${names})`}>
            <Highlighted text={seg.text} query={query} />
          </mark>
        );
      })}
    </Tag>
  );
}
