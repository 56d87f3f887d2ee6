// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdateWaiting } from '../../../src/platform/offline/updateWaiting';
import { UpdateNotice } from '../../../src/ui/update/UpdateNotice';

afterEach(cleanup);

describe('the update notice', () => {
  it('says nothing until a new version waits, then offers the reload in a live region', () => {
    const source = new UpdateWaiting();
    render(<UpdateNotice source={source} />);
    const live = screen.getByRole('status');
    expect(live.textContent).toBe('');
    expect(screen.queryByRole('button', { name: 'Reload to update' })).toBeNull();

    act(() => source.announce(() => Promise.resolve()));
    expect(live.textContent).toContain('A new version of TechShift is ready');
    expect(screen.getByRole('region', { name: 'Update available' })).toBeTruthy();
  });

  it('reloads only when the student presses "Reload to update"', async () => {
    const source = new UpdateWaiting();
    const apply = vi.fn(() => Promise.resolve());
    render(<UpdateNotice source={source} />);
    act(() => source.announce(apply));
    expect(apply).not.toHaveBeenCalled();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(apply).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Reloading…' }).hasAttribute('disabled')).toBe(true);
  });

  it('"Later" puts the offer away without updating', async () => {
    const source = new UpdateWaiting();
    const apply = vi.fn(() => Promise.resolve());
    render(<UpdateNotice source={source} />);
    act(() => source.announce(apply));

    await userEvent.setup().click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('button', { name: 'Reload to update' })).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });
});
