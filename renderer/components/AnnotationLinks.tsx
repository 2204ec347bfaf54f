/** An annotation's links, named for people and followed to what they point at. */
import type { Dispatch } from 'react';
import type { AnnotationLink } from '../../shared/annotations/model';
import type { LoadedComparison } from '../../shared/ipc/contract';
import type { SentenceId, Side } from '../../shared/model/types';
import { articleItemAt, quotedText, sentenceAt } from '../../shared/view/annotations';
import { isSentenceTarget, type ArticleItemId } from '../../shared/view/article';
import { sentenceOf } from '../../shared/view/sentence-of';
import type { ViewAction, ViewState } from '../state/view';

const short = (text: string, n = 60) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** What a link points at, as text: "White House a6: …", "claim c2: …", "✎3 omission", "passage (Kremlin): …". */
export function linkText(link: AnnotationLink, state: ViewState, loaded: LoadedComparison): { id: string; text: string } {
  const c = loaded.comparison;
  if (link.kind === 'annotation') {
    const a = state.work.annotations.find((x) => x.id === link.id);
    return { id: `✎${state.work.marks.numbers[link.id] ?? '?'}`, text: a ? `${a.label}: ${short(quotedText(a.target))}` : 'an annotation since deleted' };
  }
  if (link.kind === 'passage') {
    const where = link.source === 'article' ? loaded.article?.doc.meta.label ?? 'Article' : c[link.source].label;
    return { id: where, text: `${short(link.quote.exact)}${link.status === 'orphan' ? ' (not found in the current text)' : ''}` };
  }
  if (isSentenceTarget(link.id)) return { id: link.id, text: short(sentenceOf(c[link.id[0] as Side], link.id)?.text ?? 'not in this comparison') };
  const claim = loaded.article?.claims.find((x) => x.id === link.id);
  if (claim) return { id: link.id, text: short(claim.text) };
  const q = loaded.article?.commentary.find((x) => x.id === link.id);
  return { id: link.id, text: q ? `${q.speaker}: ${short(q.quote)}` : 'not in this comparison' };
}

/** A link's id and text, for a chip. */
export function LinkName({ link, state, loaded }: { link: AnnotationLink; state: ViewState; loaded: LoadedComparison }) {
  const { id, text } = linkText(link, state, loaded);
  return <><span className="link-id">{id}</span> <span className="link-text">{text}</span></>;
}

/** Follows a link: to the row of a sentence or passage, to an article item, or to another annotation. */
export function followLink(link: AnnotationLink, loaded: LoadedComparison, dispatch: Dispatch<ViewAction>): void {
  if (link.kind === 'annotation') return dispatch({ type: 'select-annotation', id: link.id, focus: true });
  if (link.kind === 'item') {
    if (isSentenceTarget(link.id)) return dispatch({ type: 'show-sentence', sentence: link.id });
    return dispatch({ type: 'select-item', id: link.id as ArticleItemId, focus: true });
  }
  if (link.status === 'orphan') return dispatch({ type: 'announce', message: 'That passage could not be found in the current text' });
  if (link.source === 'article') {
    const item = articleItemAt(loaded.article, link.position.start);
    return item ? dispatch({ type: 'select-item', id: item, focus: true }) : dispatch({ type: 'announce', message: 'That passage is in the article, outside its claims and quotations' });
  }
  const sentence = sentenceAt(loaded.comparison[link.source].sentences, link.position.start);
  if (sentence) dispatch({ type: 'show-sentence', sentence: sentence.id as SentenceId });
}
