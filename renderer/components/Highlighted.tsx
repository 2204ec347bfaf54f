/** Text with the search query's occurrences marked. */
import { Fragment } from 'react';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function Highlighted({ text, query }: { text: string; query: string }) {
  const q = query.trim();
  if (q === '') return <>{text}</>;
  const pattern = new RegExp(`(${q.split(/\s+/).map(escape).join('\\s+')})`, 'gi');
  const parts = text.split(pattern);
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i} className="hit">{part}</mark> : <Fragment key={i}>{part}</Fragment>))}
    </>
  );
}
