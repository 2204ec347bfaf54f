/**
 * The thin shell around main's two state machines: the session (session.ts: requests,
 * the start, the pending article, a held readout) and the requests' work
 * (request-work.ts: what cancels it). It holds their one state value, steps it, and
 * carries out the work's `abort` effects; the handlers carry out the session's. The
 * answers the session's effects name (the start prepared ahead, the article analysed
 * after its comparison) are kept here beside it, as the promises they are.
 */
import type { LoadedComparison, Result } from '../../shared/ipc/contract';
import type { SourceDocResult } from '../source-doc';
import { JobCancelled } from './compare-job';
import type { Ticket } from './comparison-file';
import { NO_WORK, workStep, type WorkEffect, type WorkEvent, type WorkState } from './request-work';
import { currentRequest, initialSession, mayShow, sessionStep, type SessionEffect, type SessionEvent, type SessionState } from './session';

/** A loaded source: its document and how it was read (the readout a session holds for its language). */
export type Loaded = Extract<SourceDocResult, { ok: true }>;

/** The answer to `pendingArticle`: the comparison with its article analysed, or null when it is no longer on screen. */
export type ArticleResult = Result<LoadedComparison | null>;

/**
 * The article analysed after its comparison (`defer-article`), for `answer-article`: waiting
 * (kept, not started, so as not to compete with the first frame) until `startArticle`, then
 * started (its answer).
 */
export type DeferredArticle = { state: 'waiting'; start: () => Promise<ArticleResult> } | { state: 'started'; answer: Promise<ArticleResult> };

/** The answers the session's effects name, once made. */
export interface KeptAnswers {
  /** The comparison shown at start, prepared ahead (`prepare-start`, `prepare-over`) until `answer-prepared`. */
  start?: Promise<Result<LoadedComparison>>;
  /** The deferred article analysis, waiting or started. */
  article?: DeferredArticle;
}

/** The shell's one state: the session's, the work's, and the answers kept. */
export interface ShellState {
  session: SessionState<Loaded>;
  work: WorkState<AbortController>;
  answers: KeptAnswers;
  /** Whether the window said it has painted its first comparison (`shown`). */
  shown: boolean;
}

/** The shell as the handlers use it. */
export interface SessionShell {
  /** Steps the session; its effects are for the caller to carry out. */
  step(event: SessionEvent<Loaded>): Array<SessionEffect<Loaded>>;
  /** Begins a request that may change the comparison on screen (older ones are superseded); its ticket says, once the work is done, whether it still may. */
  begin(): Ticket & { signal: AbortSignal };
  /** Cancels the work of the latest request. */
  cancelLatest(): void;
  /** Keeps the start's answer (`undefined` forgets it). */
  keepStart(answer: KeptAnswers['start']): void;
  /** The start's answer kept. */
  keptStart(): KeptAnswers['start'];
  /** Keeps an article analysis, waiting to be started (it replaces any kept before). */
  deferArticle(start: () => Promise<ArticleResult>): void;
  /** Starts the article analysis kept waiting, if one waits. */
  startArticle(): void;
  /** The kept article analysis's answer once started; undefined when none was kept or it waits. */
  articleAnswer(): Promise<ArticleResult> | undefined;
  /** Records that the window was shown: true the first time, false after. */
  markShown(): boolean;
}

/** The shell's state before anything happened. */
export function initialShell(startNotice: string | null): ShellState {
  return { session: initialSession<Loaded>(startNotice), work: NO_WORK, answers: {}, shown: false };
}

/** Carries out one of the work's effects. */
function carryOut(effect: WorkEffect<AbortController>): void {
  effect.controller.abort(effect.why === 'superseded' ? new JobCancelled('A later request replaced this one.') : new JobCancelled());
}

/** The shell over the state `initialShell(startNotice)`. */
export function createSessionShell(startNotice: string | null): SessionShell {
  let state = initialShell(startNotice);
  const work = (event: WorkEvent<AbortController>): void => {
    const next = workStep(state.work, event);
    state = { ...state, work: next.state };
    next.effects.forEach(carryOut);
  };
  const step = (event: SessionEvent<Loaded>): Array<SessionEffect<Loaded>> => {
    const next = sessionStep(state.session, event);
    state = { ...state, session: next.state };
    return next.effects;
  };
  return {
    step,
    begin() {
      for (const effect of step({ type: 'begin' })) if (effect.type === 'supersede') work({ type: 'supersede', request: effect.request });
      const request = currentRequest(state.session);
      const controller = new AbortController();
      work({ type: 'started', request, controller });
      return { mayShow: () => mayShow(state.session, request), signal: controller.signal };
    },
    cancelLatest: () => work({ type: 'cancel', request: currentRequest(state.session) }),
    keepStart(answer) {
      state = { ...state, answers: { ...state.answers, start: answer } };
    },
    keptStart: () => state.answers.start,
    deferArticle(start) {
      state = { ...state, answers: { ...state.answers, article: { state: 'waiting', start } } };
    },
    startArticle() {
      const article = state.answers.article;
      if (article?.state !== 'waiting') return;
      state = { ...state, answers: { ...state.answers, article: { state: 'started', answer: article.start() } } };
    },
    articleAnswer() {
      const article = state.answers.article;
      return article?.state === 'started' ? article.answer : undefined;
    },
    markShown() {
      if (state.shown) return false;
      state = { ...state, shown: true };
      return true;
    },
  };
}
