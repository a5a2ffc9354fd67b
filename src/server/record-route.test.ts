import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { openMemoryStore } from '../../test/api/memory-store.js';
import { createCorpusFakeAssistant } from '../../test/e2e/corpus-fake-assistant.js';
import { loadConfig } from '../config.js';
import { createApp } from './create-app.js';
import { createLogger } from './logger.js';

const assistant = createCorpusFakeAssistant();
const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000' });
const app = createApp({ assistant, config, store: openMemoryStore(), log: createLogger(config.LOG_LEVEL, () => {}) });
const records = assistant.document('73')?.records ?? [];
const clause = records.find((r) => r.text.startsWith('考虑到在世界各地举办的'));
const note = records.find((r) => r.section === '脚注' && r.label === '1');

describe('GET /api/records/:id', () => {
  it('gives a clause with the footnotes its markers point to', async () => {
    const res = await request(app).get(`/api/records/${encodeURIComponent(clause!.id)}`);
    expect(res.status).toBe(200);
    expect(res.body.record).toMatchObject({ id: clause!.id, doc: '73', section: '做出决议', label: '2', notes: [1] });
    expect(res.body.footnotes).toHaveLength(1);
    expect(res.body.footnotes[0]).toMatchObject({ id: note!.id, label: '1', meta: { footnote: { number: 1, referredBy: [clause!.id] } } });
    expect(res.body.footnotes[0].text).toContain('日本京都');
    expect(res.body.referredBy).toEqual([]);
  });

  it('gives a footnote with the clauses that refer to it', async () => {
    const res = await request(app).get(`/api/records/${encodeURIComponent(note!.id)}`);
    expect(res.status).toBe(200);
    expect(res.body.footnotes).toEqual([]);
    expect(res.body.referredBy.map((r: { id: string }) => r.id)).toEqual([clause!.id]);
  });

  it('gives a clause without markers with empty lists, and reads ids with a raw or encoded "/"', async () => {
    const plain = (assistant.document('COM4/AI')?.records ?? []).find((r) => r.notes.length === 0);
    for (const path of [encodeURIComponent(plain!.id), plain!.id.replace('#', '%23')]) {
      const res = await request(app).get(`/api/records/${path}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ record: { id: plain!.id }, footnotes: [], referredBy: [] });
    }
  });

  it('answers 404 for unknown records, 400 for malformed ids and 405 for other methods', async () => {
    const unknown = await request(app).get(`/api/records/${encodeURIComponent('73#99.1')}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('record_not_found');
    expect((await request(app).get(`/api/records/${encodeURIComponent('999#1.1')}`)).body.error.code).toBe('record_not_found');
    for (const bad of ['73', encodeURIComponent('73#x'), encodeURIComponent(`${'9'.repeat(101)}#1.1`)]) {
      const res = await request(app).get(`/api/records/${bad}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_record_id');
    }
    expect((await request(app).post(`/api/records/${encodeURIComponent(clause!.id)}`)).status).toBe(405);
  });
});
