/** Text with the search query's occurrences marked, found as the search finds them (shared/view/search.ts: folded, with spelling variants). */
import { Fragment, useMemo } from 'react';
import { compileQuery, findInText } from '../../shared/view/search';

export function Highlighted({ text, query }: { text: string; query: string }) {
  const q = useMemo(() => compileQuery(query), [query]);
  if (!q) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of findInText(text, q)) {
    if (m.start > at) parts.push(<Fragment key={at}>{text.slice(at, m.start)}</Fragment>);
    parts.push(<mark key={`m${m.start}`} className="hit">{text.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  if (at < text.length) parts.push(<Fragment key={at}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}
