/**
 * "Edit details": a small form for a source's label, publisher, title, date and
 * address, checked by shared/view/source-details.ts (a real date as YYYY-MM-DD, an
 * http(s) address); each wrong field says what it needs. Enter saves, Escape cancels.
 */
import { useId, useRef, useEffect, useState } from 'react';
import type { SourceMeta } from '../../shared/model/types';
import { applyDetails, detailsForm, DETAILS_FIELDS, type DetailsErrors, type DetailsForm } from '../../shared/view/source-details';

const LABELS: Record<keyof DetailsForm, string> = { label: 'Label', publisher: 'Publisher', title: 'Title', date: 'Date', url: 'Address' };
const HINTS: Partial<Record<keyof DetailsForm, string>> = { date: 'YYYY-MM-DD', url: 'https://…' };

export function DetailsEditor({ name, meta, onSave, onCancel }: {
  /** What the form is about, for its accessible name ("White House"). */
  name: string;
  meta: SourceMeta;
  onSave: (meta: SourceMeta) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<DetailsForm>(() => detailsForm(meta));
  const [errors, setErrors] = useState<DetailsErrors>({});
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => { first.current?.focus(); }, []);

  const submit = () => {
    const checked = applyDetails(meta, form);
    if (checked.ok) onSave(checked.meta);
    else setErrors(checked.errors);
  };
  return (
    <form
      className="details-editor"
      aria-label={`Details of ${name}`}
      noValidate
      onSubmit={(e) => { e.preventDefault(); submit(); }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      {DETAILS_FIELDS.map((field, i) => (
        <div key={field} className="details-field">
          <label htmlFor={`${id}-${field}`}>{LABELS[field]}</label>
          <input
            ref={i === 0 ? first : undefined}
            id={`${id}-${field}`}
            type="text"
            value={form[field]}
            placeholder={HINTS[field]}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
            onChange={(e) => setForm({ ...form, [field]: e.target.value })}
          />
          {errors[field] && <span id={`${id}-${field}-error`} className="field-error">{errors[field]}</span>}
        </div>
      ))}
      <div className="details-actions">
        <button type="submit">Save details</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
