/** The state layer's public face: what App.tsx, the scene and the audio layer import. */
export { createAppStore, onResults, type AppStore, type StoreDeps, type AppState, type ActionInput, type Mode } from './store';
export { browserStore } from './browserStore';
export { sceneEvents } from './sceneEvents';
export { AppStoreProvider, useAppStore, useAppStoreApi } from './StoreContext';
export * from './selectors';
export type { FeedbackMessage } from './feedbackSlice';
export type { Settings, UiLanguage } from './settingsSlice';
export { UI_LANGUAGES } from './settingsSlice';
export type { ResultBatch } from './sessionSlice';
