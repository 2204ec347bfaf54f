/**
 * "Link with…": the other readout's statements in a listbox, closest first
 * (shared/view/link-candidates.ts), filtered by what is typed in the search field.
 * Up / Down move through the list from the field (aria-activedescendant), Enter
 * links the statement chosen, Escape closes; a click on a statement links it too. A
 * statement the analyst marked as the other end of the link comes first ("marked by you").
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Comparison } from '../../shared/compare/compare';
import { otherSide, type SentenceId } from '../../shared/model/types';
import { linkCandidates, markedFirst, searchCandidates } from '../../shared/view/link-candidates';
import type { LinkFrom } from '../state/corrections';
import { Dialog } from './Dialog';

export function LinkPicker({ comparison, from, onLink, onClose }: {
  comparison: Comparison; from: LinkFrom;
  /** Links `from` with the statement `id` of the other side. */
  onLink: (id: SentenceId) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const field = useRef<HTMLInputElement>(null);
  // After the dialog opened (its effect runs first): the keys go to the search field.
  useEffect(() => field.current?.focus(), []);
  const all = useMemo(() => markedFirst(linkCandidates(comparison, from), from.preselect), [comparison, from]);
  const shown = useMemo(() => searchCandidates(all, query), [all, query]);
  const other = comparison[otherSide(from.side)].label;
  const at = Math.min(active, shown.length - 1);
  const pick = (i: number) => { const c = shown[i]; if (c && !c.linked) onLink(c.id); };
  const onKey = (e: KeyboardEvent) => {
    const move = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : e.key === 'Home' ? -shown.length : e.key === 'End' ? shown.length : 0;
    if (move !== 0) { e.preventDefault(); setActive(Math.max(0, Math.min(shown.length - 1, at + move))); }
    else if (e.key === 'Enter') { e.preventDefault(); pick(at); }
  };
  const optionId = (id: string) => `link-picker-${id}`;
  return (
    <Dialog id="link-picker" title={<>Link {from.sentence} with a statement of {other}</>} onClose={onClose} className="link-picker">
      <p className="link-picker-source">{comparison[from.side].sentences.find((s) => s.id === from.sentence)?.text}</p>
      <label htmlFor="link-picker-search">Find a statement of {other}</label>
      <input
        id="link-picker-search" type="search" role="combobox" aria-expanded="true" aria-controls="link-picker-list" aria-autocomplete="list"
        aria-activedescendant={shown[at] ? optionId(shown[at].id) : undefined}
        ref={field} value={query} onChange={(e) => { setQuery(e.target.value); setActive(0); }} onKeyDown={onKey}
      />
      <ul id="link-picker-list" role="listbox" aria-label={`Statements of ${other}, closest first`}>
        {shown.map((c, i) => (
          <li
            key={c.id} id={optionId(c.id)} role="option" aria-selected={i === at} aria-disabled={c.linked || undefined}
            className={`link-option${i === at ? ' link-option-active' : ''}`} onClick={() => pick(i)} onMouseMove={() => setActive(i)}
          >
            <span className="ids">{c.id}</span> {c.text}
            <span className="link-option-why">
              {c.linked ? 'already linked' : [c.marked ? 'marked by you' : '', c.closest ? 'closest by the aligner' : '', c.shared.length > 0 ? `shares ${c.shared.slice(0, 5).join(', ')}` : ''].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="none">No statement of {other} has these words.</p>}
    </Dialog>
  );
}
