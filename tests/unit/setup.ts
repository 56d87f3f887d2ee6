// React's act() warns unless the environment says it supports it; the R3F test renderer relies on act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Components read their words through react-i18next: set up the app's instance, as main.tsx does.
import '../../src/ui/i18n';
