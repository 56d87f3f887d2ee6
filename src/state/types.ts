import type { FeedbackSlice } from './feedbackSlice';
import type { SessionSlice } from './sessionSlice';
import type { SettingsSlice } from './settingsSlice';
import type { ShiftSlice } from './shiftSlice';
import type { UiSlice } from './uiSlice';

/** Practice shows feedback after every action; assessment holds it until the report. */
export type Mode = 'practice' | 'assessment';

/** An Action as a component emits it (built with the core's `actions` creators): the store stamps `at`. */
export type { ActionInput } from '../core';

/** The whole store: one object composed from five slices. */
export type AppState = SessionSlice & UiSlice & SettingsSlice & FeedbackSlice & ShiftSlice;
