import { Component, type ReactNode } from 'react';
import type { NoThreeDReason } from '../../platform/graphics/graphicsSupport';

interface Props {
  /** Told once why the 3D view failed, so the page can switch to the plan. */
  onFailure(reason: NoThreeDReason): void;
  children: ReactNode;
}

/**
 * Catches the 3D view failing to start (three.js throws when the context cannot be created, even
 * after the probe said yes; the chunk may also fail to load) so the page shows the plan instead of going white.
 */
export class ThreeDBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.props.onFailure(/webgl|context/i.test(message) ? 'no-webgl' : 'failed');
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
