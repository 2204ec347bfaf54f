/**
 * One item of the article panel: a claim about the readouts (which readouts, a
 * verdict for each, its quotations checked word for word, its links) or a
 * quotation of a person (speaker, role, party to the call, timing, its links).
 * Links can be followed, removed (×) and added by hand; manual ones are marked.
 */
import { Fragment, useState, type ReactNode } from 'react';
import { manualState } from '../../shared/article/links';
import type { Comparison } from '../../shared/compare/compare';
import type { DiffPart } from '../../shared/diff/words';
import type { ArticleAnalysis, Claim, ClaimId, Commentary, QuoteCheck } from '../../shared/model/article';
import type { SentenceId, Side } from '../../shared/model/types';
import type { MarkedSpan } from '../../shared/view/annotations';
import { isSentenceTarget, shownRole, timingWording, UNNAMED_SOURCE, type ArticleItemId } from '../../shared/view/article';
import { judgedSides, quoteCheckText, quoteVerdict, readoutVerdict, verdictText, VERDICT_WORDS } from '../../shared/article/verdict';
import { sentenceOf } from '../../shared/view/sentence-of';
import { Highlighted } from './Highlighted';
import { SourceText } from './SourceText';

type Target = SentenceId | ClaimId;

/** What every item needs from the panel. */
export interface ItemContext {
  article: ArticleAnalysis;
  comparison: Comparison;
  /** Whether each readout's copy is complete (for the "not found" wording). */
  complete: Record<Side, boolean>;
  /** The readout sentences of the row in focus: the default target of "Add link". */
  focusedSentences: SentenceId[];
  onFollow(target: Target): void;
  onSetLink(from: ArticleItemId, to: Target, linked: boolean): void;
  /** The article's annotated passages, their numbers, and the annotation selected: highlighted in claims and quotations. */
  annotated?: { spans: readonly MarkedSpan[]; numbers: Readonly<Record<string, number>>; selected: string | null };
  /** The find field's query: its matches are marked in the claims' and quotations' words and the speakers' names and roles (shared/view/search.ts `articleTexts`). */
  query: string;
  /** The item holding the current match of the search, or null. */
  matchItem: ArticleItemId | null;
}

/** A claim's or quotation's text, marked with its place in the article (annotations point into it), its annotated passages and the search's matches. */
function ArticleText({ ctx, start, text }: { ctx: ItemContext; start: number; text: string }) {
  const a = ctx.annotated;
  // Only text that is the article's own, at its place, can be annotated (a Markdown article's claim is read with its markup blanked).
  if (ctx.article.doc.text.slice(start, start + text.length) !== text) return <Highlighted text={text} query={ctx.query} />;
  return <SourceText source="article" offset={start} text={text} spans={a?.spans ?? []} numbers={a?.numbers ?? {}} selected={a?.selected ?? null} query={ctx.query} />;
}

/** The text a link target stands for: a readout sentence, or a claim. */
function targetText(ctx: ItemContext, target: Target): string {
  if (isSentenceTarget(target)) return sentenceOf(ctx.comparison[target[0] as Side], target)?.text ?? '';
  return ctx.article.claims.find((c) => c.id === target)?.text ?? '';
}

/** "White House a6" or "claim c2". */
function targetName(ctx: ItemContext, target: Target): string {
  return isSentenceTarget(target) ? `${ctx.comparison[target[0] as Side].label} ${target}` : `claim ${target}`;
}

/** A link to follow (to the row, or to the claim), with its × and, for a link added by hand, a mark saying so. */
function LinkChip({ ctx, from, target, tabbable, removable = true }: { ctx: ItemContext; from: ArticleItemId; target: Target; tabbable: boolean; removable?: boolean }) {
  const manual = manualState(ctx.article, from, target) === 'add';
  const text = targetText(ctx, target);
  const name = targetName(ctx, target);
  const tab = tabbable ? 0 : -1;
  return (
    <li className={`link link-${isSentenceTarget(target) ? `side-${target[0]}` : 'claim'}${manual ? ' link-manual' : ''}`}>
      <button type="button" className="link-follow" tabIndex={tab} title={text} aria-label={`Go to ${name}: ${text}`} onClick={(e) => { e.stopPropagation(); ctx.onFollow(target); }}>
        <span className="link-id">{target}</span> <span className="link-text">{text}</span>
      </button>
      {manual && <span className="link-by-you">added by you</span>}
      {removable && (
        <button type="button" className="link-remove" tabIndex={tab} aria-label={`Remove the link to ${name}`} title="Remove this link" onClick={(e) => { e.stopPropagation(); ctx.onSetLink(from, target, false); }}>
          ×
        </button>
      )}
    </li>
  );
}

/** The item's links, the ones removed by hand (with Restore), and, on the selected item, a way to add one. */
function Links({ ctx, from, links, selected, claimsToo }: { ctx: ItemContext; from: ArticleItemId; links: Target[]; selected: boolean; claimsToo: boolean }) {
  const removed = ctx.article.manualLinks.filter((m) => m.from === from && m.op === 'remove').map((m) => m.to);
  const tab = selected ? 0 : -1;
  return (
    <div className="links">
      <span className="links-label">{links.length === 0 ? 'No linked passages' : 'Linked passages'}</span>
      {links.length > 0 && (
        <ul className="link-list">
          {links.map((t) => <LinkChip key={t} ctx={ctx} from={from} target={t} tabbable={selected} />)}
        </ul>
      )}
      {removed.length > 0 && (
        <p className="links-removed">
          Removed by you:{' '}
          {removed.map((t) => (
            <span key={t} className="link-removed">
              <s>{t}</s>{' '}
              <button type="button" className="link-restore" tabIndex={tab} aria-label={`Restore the link to ${targetName(ctx, t)}`} onClick={(e) => { e.stopPropagation(); ctx.onSetLink(from, t, true); }}>Restore</button>
            </span>
          ))}
        </p>
      )}
      {selected && <AddLink ctx={ctx} from={from} links={links} claimsToo={claimsToo} />}
    </div>
  );
}

/** A picker of readout sentences (and claims, for commentary), set to the row in focus, and "Add link". */
function AddLink({ ctx, from, links, claimsToo }: { ctx: ItemContext; from: ArticleItemId; links: Target[]; claimsToo: boolean }) {
  const [chosen, setChosen] = useState<string>('');
  const free = (id: string) => !links.includes(id as Target);
  const fallback = ctx.focusedSentences.find(free) ?? '';
  const value = chosen !== '' && free(chosen) ? chosen : fallback;
  const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);
  const group = (side: Side) => (
    <optgroup key={side} label={ctx.comparison[side].label}>
      {ctx.comparison[side].sentences.filter((s) => free(s.id)).map((s) => <option key={s.id} value={s.id}>{s.id} · {short(s.text)}</option>)}
    </optgroup>
  );
  const claims = claimsToo ? ctx.article.claims.filter((c) => free(c.id)) : [];
  return (
    <div className="link-add" onClick={(e) => e.stopPropagation()}>
      <label>
        <span className="visually-hidden">Passage to link to {from}</span>
        <select value={value} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Link a passage…{ctx.focusedSentences.length > 0 ? '' : ' (focus a row to preselect it)'}</option>
          {group('a')}
          {group('b')}
          {claims.length > 0 && (
            <optgroup label="Claims">
              {claims.map((c) => <option key={c.id} value={c.id}>{c.id} · {short(c.text)}</option>)}
            </optgroup>
          )}
        </select>
      </label>
      <button type="button" disabled={value === ''} onClick={() => { ctx.onSetLink(from, value as Target, true); setChosen(''); }}>
        Add link{value !== '' ? ` to ${value}` : ''}
      </button>
    </div>
  );
}

/** A mark kept out of sight and out of screen readers, but in the text a selection copies. */
function CopyMark({ text }: { text: string }) {
  return <span className="copy-mark" aria-hidden="true">{text}</span>;
}

/** One side of a word diff: the quotation (its own words struck out) or the readout (its own words inserted). */
function DiffLine({ parts, side, label }: { parts: DiffPart[]; side: 'quote' | 'readout'; label: string }) {
  return (
    <>
      {parts.map((p, i) => {
        if (p.kind === 'same') return <Fragment key={i}>{side === 'readout' ? p.b ?? p.text : p.text}</Fragment>;
        // The [-…-] and {+…+} marks are hidden on screen but copied with the text, so a pasted check reads "[-would-]{+will+}", not "would will".
        if (p.kind === 'onlyA') return side === 'quote' ? <del key={i} className="only-a" title="Only in the article’s quotation"><CopyMark text="[-" />{p.text}<CopyMark text="-]" /></del> : null;
        return side === 'readout' ? <ins key={i} className="only-b" title={`Only in ${label}’s wording`}><CopyMark text="{+" />{p.text}<CopyMark text="+}" /></ins> : null;
      })}
    </>
  );
}

/** A small button naming a readout sentence, which goes to its row. */
function SentenceButton({ ctx, id, tabbable }: { ctx: ItemContext; id: SentenceId; tabbable: boolean }) {
  return (
    <button type="button" className="sentence-button" tabIndex={tabbable ? 0 : -1} aria-label={`Go to ${targetName(ctx, id)}`} title={targetText(ctx, id)}
      onClick={(e) => { e.stopPropagation(); ctx.onFollow(id); }}>
      {id}
    </button>
  );
}

/** A quotation check's status, in the words of every view (shared/article/verdict.ts): "✓ Verbatim in White House's readout". */
function QuoteCheckView({ ctx, check, selected }: { ctx: ItemContext; check: QuoteCheck; selected: boolean }) {
  const { label, complete } = ctx.comparison[check.readout];
  const kind = quoteVerdict(check);
  const text = quoteCheckText(check, label, complete);
  const status = `${kind === null ? '✓' : VERDICT_WORDS[kind].icon} ${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  const diff = check.diff.length > 0;
  return (
    <li className={`quote-check ${check.verbatim ? 'quote-verbatim' : check.match ? 'quote-differs' : 'quote-missing'}`}>
      <p className="quote-status">
        {status}
        {check.match && <> <SentenceButton ctx={ctx} id={check.match.sentence} tabbable={selected} /></>}
      </p>
      <p className="quote-line">
        <span className="quote-source">Article</span> “{diff && !check.verbatim ? <DiffLine parts={check.diff} side="quote" label={label} /> : check.text}”
      </p>
      {check.match && !check.verbatim && (
        <p className="quote-line">
          <span className="quote-source">{label}</span> “{diff ? <DiffLine parts={check.diff} side="readout" label={label} /> : check.match.text}”
        </p>
      )}
    </li>
  );
}

/** The shell every item shares: a list item that is selected by focus or click, with one Tab stop across the list. */
function ItemShell({ id, kind, selected, match, tabStop, onSelect, children }: {
  id: ArticleItemId; kind: 'claim' | 'commentary'; selected: boolean; match: boolean; tabStop: boolean; onSelect: (id: ArticleItemId) => void; children: ReactNode;
}) {
  return (
    <li
      id={`article-item-${id}`}
      className={`item item-${kind}${selected ? ' item-selected' : ''}${match ? ' item-match' : ''}`}
      tabIndex={tabStop ? 0 : -1}
      aria-current={selected ? 'true' : undefined}
      data-item={id}
      onFocus={() => onSelect(id)}
      onClick={() => onSelect(id)}
    >
      {children}
    </li>
  );
}

export function ClaimItem({ ctx, claim, selected, tabStop, onSelect }: { ctx: ItemContext; claim: Claim; selected: boolean; tabStop: boolean; onSelect: (id: ArticleItemId) => void }) {
  // Every readout judged, as in the terminal and the PDF (one the article did not name but its quotation was found in, too).
  const sides = judgedSides(claim);
  const about = claim.readouts.length > 0 ? claim.readouts.map((s) => ctx.comparison[s].label).join(' and ') : 'not said (checked against both)';
  return (
    <ItemShell id={claim.id} kind="claim" selected={selected} match={ctx.matchItem === claim.id} tabStop={tabStop} onSelect={onSelect}>
      <div className="item-head">
        <span className="item-id">{claim.id}</span>
        <span className="item-about">About: {about}</span>
      </div>
      <blockquote className="item-text"><ArticleText ctx={ctx} start={claim.start} text={claim.text} /></blockquote>
      <ul className="verdicts" aria-label="Verdicts">
        {sides.map((side) => {
          const verdict = readoutVerdict(claim, side);
          if (!verdict) return null;
          const closest = verdict.kind === 'not-found' ? claim.closestSentences.filter((id) => id.startsWith(side)) : [];
          // One verdict per readout, worded as in the terminal, the findings and the PDF: a claim whose quotation is not verbatim never reads as a plain "supported".
          return (
            <li key={side} className={`verdict verdict-${verdict.kind}`}>
              <span className="verdict-badge"><span aria-hidden="true">{VERDICT_WORDS[verdict.kind].icon} </span>{verdictText(verdict, ctx.comparison[side].label, ctx.complete[side])}</span>
              {closest.length > 0 && (
                <div className="closest">
                  <span className="links-label">Closest passage</span>
                  <ul className="link-list">
                    {closest.map((id) => <LinkChip key={id} ctx={ctx} from={claim.id} target={id} tabbable={selected} removable={false} />)}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {claim.quotes.length > 0 && (
        <ul className="quote-checks" aria-label="Quotations of the readouts, checked word for word">
          {claim.quotes.map((q) => <QuoteCheckView key={`${q.start}`} ctx={ctx} check={q} selected={selected} />)}
        </ul>
      )}
      <Links ctx={ctx} from={claim.id} links={claim.links} selected={selected} claimsToo={false} />
    </ItemShell>
  );
}

export function CommentaryItem({ ctx, item, selected, tabStop, onSelect }: { ctx: ItemContext; item: Commentary; selected: boolean; tabStop: boolean; onSelect: (id: ArticleItemId) => void }) {
  const timing = timingWording(item.timing);
  const role = shownRole(item);
  return (
    <ItemShell id={item.id} kind="commentary" selected={selected} match={ctx.matchItem === item.id} tabStop={tabStop} onSelect={onSelect}>
      <div className="item-head">
        <span className="item-id">{item.id}</span>
        <span className="speaker"><Highlighted text={item.speaker} query={ctx.query} /></span>
        {!item.named && <span className="tag tag-unnamed" title="The article does not name this speaker: this is how it describes them">{UNNAMED_SOURCE}</span>}
        {item.party && <span className="tag tag-party">party to the call</span>}
        {timing && <span className="tag tag-timing">{timing}</span>}
      </div>
      {role && <p className="role"><Highlighted text={role} query={ctx.query} /></p>}
      <blockquote className="item-text">“<ArticleText ctx={ctx} start={item.start} text={item.quote} />”</blockquote>
      <Links ctx={ctx} from={item.id} links={item.links} selected={selected} claimsToo />
    </ItemShell>
  );
}
