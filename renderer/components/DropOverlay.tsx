/**
 * The drop targets shown while files are dragged over the window: readout A on the
 * left, readout B on the right, the article below. One file dropped on a target
 * replaces that source; two files dropped on a readout are compared (App decides,
 * with shared/view/drop.ts). The target under the pointer is highlighted.
 */
import { useState, type DragEvent } from 'react';
import type { ImportTarget } from '../../shared/ipc/contract';

export function DropOverlay({ labels, onDrop }: {
  /** The sources' labels, to say what a drop replaces; the article's is null without one. */
  labels: { a: string | null; b: string | null; article: string | null };
  onDrop: (target: ImportTarget, files: File[]) => void;
}) {
  const [over, setOver] = useState<ImportTarget | null>(null);
  const zone = (target: ImportTarget, title: string, detail: string) => (
    <div
      className={`drop-zone drop-zone-${target}${over === target ? ' drop-over' : ''}`}
      data-drop-target={target}
      onDragOver={(e: DragEvent) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        if (over !== target) setOver(target);
      }}
      onDragLeave={() => setOver((o) => (o === target ? null : o))}
      onDrop={(e: DragEvent) => {
        e.preventDefault();
        onDrop(target, Array.from(e.dataTransfer.files));
      }}
    >
      <strong>{title}</strong>
      <span>{detail}</span>
    </div>
  );
  const replace = (label: string | null) => (label ? `Replaces ${label}` : 'Compared with the other readout');
  return (
    <div className="drop-overlay" role="region" aria-label="Drop files to open them">
      <div className="drop-readouts">
        {zone('a', 'Readout A', `${replace(labels.a)} · two files: compare them`)}
        {zone('b', 'Readout B', `${replace(labels.b)} · two files: compare them`)}
      </div>
      {zone('article', 'Article', labels.article ? `Replaces ${labels.article}` : 'Checked against the readouts')}
      <p className="drop-hint">Text, Markdown, web pages (.html), PDFs and Word documents (.docx)</p>
    </div>
  );
}
