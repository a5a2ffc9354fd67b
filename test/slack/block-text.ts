// Reads the visible text of Block Kit blocks, for assertions on Slack messages.
import type { types } from '@slack/bolt';

/** The texts of header, section and context blocks, in order. */
export function blockTexts(blocks: types.KnownBlock[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'section' && b.text) return [b.text.text];
    if (b.type === 'context') return b.elements.map((e) => ('text' in e ? e.text : ''));
    if (b.type === 'header') return [b.text.text];
    return [];
  });
}
