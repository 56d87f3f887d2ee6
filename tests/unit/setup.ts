// React's act() warns unless the environment says it supports it; the R3F test renderer relies on act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
