/**
 * The article panel's "Text" view: the article as loaded, paragraph by paragraph, with
 * the sentences the analysis took as claims underlined and the quotations of people
 * boxed, each led by its id (c2, q5) as a button that shows the item in the list. A
 * click on a marked passage selects its item (and the readout rows it marks); the
 * selected item stands out and is brought into view, also when find or a marker selects
 * it. The badges are one Tab stop (the selected item's, else the first); arrow keys,
 * Home and End go from passage to passage in text order (ArticlePanel's keys, over
 * `textItemOrder`), selecting each. The text is the article's own, so a passage selected anywhere in it can be
 * annotated, and find's query is marked in it. Layout: shared/view/article-text.ts.
 */
import { useMemo, useRef } from 'react';
import type { ArticleAnalysis } from '../../shared/model/article';
import { isClaimId, itemName, type ArticleItemId } from '../../shared/view/article';
import { firstParts, type TextParagraph, type TextPart } from '../../shared/view/article-text';
import type { MarkedSpan } from '../../shared/view/annotations';
import { useInView } from '../hooks/useInView';
import { SourceText } from './SourceText';

export interface FullTextProps {
  article: ArticleAnalysis;
  /** The article's paragraphs (`articleParagraphs` over `itemSpans`), worked out once by ArticlePanel, which also orders its keys by them. */
  paragraphs: readonly TextParagraph[];
  selected: ArticleItemId | null;
  query: string;
  annotated: { spans: readonly MarkedSpan[]; numbers: Readonly<Record<string, number>>; selected: string | null };
  /** Selects an item (a click on its passage). */
  onSelect(id: ArticleItemId): void;
  /** Shows an item in the list, focused (its badge). */
  onShowInList(id: ArticleItemId): void;
}

/** Whether the pointer just made a selection (a drag to annotate), not a click. */
function selecting(): boolean {
  const s = window.getSelection();
  return s !== null && !s.isCollapsed;
}

function Part({ props, text, part, badges, tabStop }: { props: FullTextProps; text: string; part: TextPart; badges: ArticleItemId[]; tabStop: ArticleItemId | undefined }) {
  const { annotated, query, selected, article } = props;
  const name = (id: ArticleItemId) => itemName(article, id);
  const words = <SourceText source="article" offset={part.start} text={text.slice(part.start, part.end)} spans={annotated.spans} numbers={annotated.numbers} selected={annotated.selected} query={query} />;
  if (part.items.length === 0) return words;
  const kinds = ['text-part', part.items.some(isClaimId) && 'text-claim', part.items.some((id) => !isClaimId(id)) && 'text-quote', selected !== null && part.items.includes(selected) && 'text-selected'];
  // the innermost item (a quotation inside a claim's sentence) is the one a click selects
  const target = part.items.at(-1)!;
  return (
    <>
      {badges.map((id) => (
        <button key={id} id={`text-badge-${id}`} type="button" tabIndex={id === tabStop ? 0 : -1} className={`text-badge${isClaimId(id) ? '' : ' text-badge-quote'}`} aria-label={`${name(id)}: show it in the list`} title={`${name(id)}: show it in the list`} onClick={() => props.onShowInList(id)}>
          {id}
        </button>
      ))}
      <mark className={kinds.filter(Boolean).join(' ')} data-item={part.items.join(' ')} title={part.items.map(name).join(', ')} onClick={() => { if (!selecting()) props.onSelect(target); }}>
        {words}
      </mark>
    </>
  );
}

export function ArticleFullText(props: FullTextProps) {
  const { article, paragraphs, selected } = props;
  const text = article.doc.text;
  const first = useMemo(() => firstParts(paragraphs), [paragraphs]);
  // One Tab stop across the badges: the selected item's, or the first.
  const tabStop = selected !== null && first.has(selected) ? selected : first.keys().next().value;
  const rootRef = useRef<HTMLDivElement>(null);
  useInView(rootRef, selected ? `[data-item~="${selected}"]` : null);
  // An annotation shown from the annotations panel ("Go to"): its passage in view.
  const annotation = props.annotated.selected;
  useInView(rootRef, annotation ? 'mark.annotated-selected' : null, 'center', annotation);
  if (paragraphs.length === 0) return <p className="empty">The article has no text.</p>;
  return (
    <div ref={rootRef} className="article-text" data-testid="article-text">
      <p className="article-text-key">
        <span className="text-claim">Underlined</span>: a claim about the readouts · <span className="text-quote">boxed</span>: a quotation of a person
      </p>
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.parts.map((part) => (
            <Part key={part.start} props={props} text={text} part={part} badges={part.items.filter((id) => first.get(id) === part)} tabStop={tabStop} />
          ))}
        </p>
      ))}
    </div>
  );
}
