/** Imported first by main.tsx, for its side effect: the early `initial()` of early-initial.ts. */
import { askInitialEarly } from './early-initial';

askInitialEarly();
