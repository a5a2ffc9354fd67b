import { describe, expect, it } from 'vitest';
import { createFakeAssistant } from '../../test/api/fake-assistant.js';
import { ApiError } from './api-error.js';
import { deferredAssistant } from './deferred-assistant.js';

describe('deferredAssistant', () => {
  it('answers 503 loading until the real assistant arrives, then delegates every method', async () => {
    const pending = deferredAssistant();
    expect(() => pending.assistant.documents()).toThrow(ApiError);
    await expect(async () => pending.assistant.ask({ question: '问' })).rejects.toMatchObject({ status: 503, code: 'loading' });
    const real = createFakeAssistant();
    pending.resolve(real);
    expect(pending.assistant.documents()).toBe(real.documents());
    expect(pending.assistant.studyGroups()).toContain('TSAG');
    expect(pending.assistant.document('44')?.document.doc).toBe('44');
    expect(pending.assistant.mandate('17')?.name).toBe('第17研究组');
    expect((await pending.assistant.search('伙伴关系', { k: 1 }))[0]?.id).toBe('44#5.2');
    expect((await pending.assistant.ask({ question: '第44号决议？' })).refused).toBe(false);
    const events = [];
    for await (const e of pending.assistant.askStream({ question: '第44号决议？' })) events.push(e.type);
    expect(events[0]).toBe('sources');
    expect(events.at(-1)).toBe('done');
  });
});
