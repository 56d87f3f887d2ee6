import type { Action } from '../core/engine/actions';
import type { FeedbackSlice } from './feedbackSlice';
import type { SessionSlice } from './sessionSlice';
import type { SettingsSlice } from './settingsSlice';
import type { ShiftSlice } from './shiftSlice';
import type { UiSlice } from './uiSlice';

/** Practice shows feedback after every action; assessment holds it until the report. */
export type Mode = 'practice' | 'assessment';

/** An Action as a component emits it: the store stamps `at` from the scenario clock. */
export type ActionInput = Action extends infer A ? (A extends Action ? Omit<A, 'at'> : never) : never;

/** The whole store: one object composed from five slices. */
export type AppState = SessionSlice & UiSlice & SettingsSlice & FeedbackSlice & ShiftSlice;
