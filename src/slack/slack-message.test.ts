import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { MESSAGE_BLOCK_LIMIT, paginate } from './slack-message.js';

const divider = (): types.KnownBlock => ({ type: 'divider' });
const actions: types.KnownBlock = { type: 'actions', elements: [] };

describe('paginate', () => {
  it('keeps a short message whole with its trailer', () => {
    const [only, ...rest] = paginate('t', [divider(), divider()], [actions]);
    expect(rest).toHaveLength(0);
    expect(only!.blocks).toHaveLength(3);
    expect(only!.text).toBe('t');
  });

  it('moves the trailer to a message of its own when the last page is full', () => {
    const pages = paginate('答案', Array.from({ length: MESSAGE_BLOCK_LIMIT }, divider), [actions]);
    expect(pages.map((p) => p.blocks.length)).toEqual([50, 1]);
    expect(pages[1]!.blocks[0]).toBe(actions);
    expect(pages[1]!.text).toContain('续');
  });

  it('spreads 120 blocks over three messages', () => {
    const pages = paginate('答案', Array.from({ length: 120 }, divider), [actions]);
    expect(pages.map((p) => p.blocks.length)).toEqual([50, 50, 21]);
  });
});
