/**
 * The 2018 May–Trump development pair loaded in the view as main sends it (Downing
 * Street as a, the White House as b), for the tests of corrections and link marks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeLabels } from '../../shared/annotations/model';
import { compare } from '../../shared/compare/compare';
import type { LoadedComparison } from '../../shared/ipc/contract';
import type { SourceDoc } from '../../shared/model/types';
import { INITIAL_VIEW, viewReducer, type ViewAction, type ViewState } from '../../renderer/state/view';
import { loadResources } from '../../node/resources';

const PAIR = join(__dirname, '../fixtures/pairs/2018-03-13-may-trump');
const meta = (label: string) => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });
const A: SourceDoc = { file: 'a.txt', text: readFileSync(join(PAIR, 'a.txt'), 'utf8'), meta: meta('Downing Street') };
const B: SourceDoc = { file: 'b.txt', text: readFileSync(join(PAIR, 'b.txt'), 'utf8'), meta: meta('White House') };

export const MAY_TRUMP: LoadedComparison = {
  event: null, date: null, a: { file: A.file, meta: A.meta, text: A.text }, b: { file: B.file, meta: B.meta, text: B.text },
  comparison: compare(A, B, loadResources()), article: null, document: 7, path: null, unsaved: false,
  annotations: [], labels: mergeLabels([]), anchoring: [], notices: [],
};

/** The view after the pair is loaded and `actions` are applied. */
export const runMayTrump = (...actions: ViewAction[]): ViewState => actions.reduce(viewReducer, viewReducer(INITIAL_VIEW, { type: 'loaded', loaded: MAY_TRUMP }));
