/**
 * What kind of thing a speaker phrase names, from a maintained English NLP library
 * (compromise 14: people, places, organisations and dates; see docs/article.md for
 * why it was chosen and what was measured). News attribution stays our own code
 * (attribution.ts); this only answers "is this a date, a place or an organisation
 * rather than a person?", so that "Monday", "Canberra" or "the Foreign Ministry"
 * never becomes a commentator.
 */
import nlp from 'compromise';

export type EntityKind = 'date' | 'place' | 'organization' | 'other';

const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

/** The kind of a phrase when compromise reads it as a date, a place or an organisation and sees no person of two words or more in it. */
export function entityKind(phrase: string): EntityKind {
  const doc = nlp(phrase);
  if (doc.people().out('array').some((p: string) => words(p) >= 2)) return 'other';
  if (doc.match('#Date').found && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(phrase.replace(/^(?:on|last|this|next)\s+/iu, ''))) return 'date';
  if (doc.organizations().found) return 'organization';
  const places = doc.places().out('array') as string[];
  // A place and more capitalised words ("Tokyo Summer Games") or a place alone ("Canberra").
  if (places.length > 0 && (words(phrase) === 1 || words(phrase) > words(places.join(' ')) + 1)) return 'place';
  return 'other';
}

/** Whether a phrase is a date, place or organisation and not a person (a speaker must be a person). */
export function namesNonPerson(phrase: string): boolean {
  return entityKind(phrase) !== 'other';
}

/** Tells whether a phrase names a non-person (`namesNonPerson`). */
export type NonPersonTest = (phrase: string) => boolean;

/**
 * `namesNonPerson` remembering its answers, for one analysis: an article names the same
 * speakers again and again, and each reading by compromise costs about a millisecond.
 */
export function nonPersonTest(): NonPersonTest {
  const known = new Map<string, boolean>();
  return (phrase) => {
    let answer = known.get(phrase);
    if (answer === undefined) known.set(phrase, (answer = namesNonPerson(phrase)));
    return answer;
  };
}
