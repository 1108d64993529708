/**
 * Issue #12, finding 14: control characters in names and utterances, and bidirectional controls
 * in names, are refused with 400 `invalid-request` and change nothing; Korean text is welcome.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBidiControls, hasControlChars } from '../../src/model/text.js';
import { oauthRouteGroup } from '../../src/server/routes/oauth.js';
import { addClient, type SecurityHub, startSecurityHub } from './support.js';

let h: SecurityHub;
beforeAll(async () => {
  h = await startSecurityHub({
    groups: [oauthRouteGroup({ issuer: 'https://hub.example' })],
  });
});
afterAll(async () => {
  await h?.stop();
});

const CONTROL = ['a\u0000b', 'red\u001b[31m', 'tab\there', 'line\nbreak', 'del\u007f', 'c1\u009b'];
const BIDI = ['evil\u202etxt.exe', '\u202aa', '\u2066x\u2069', 'mark\u200f', 'alm\u061c'];

describe('the predicates', () => {
  it('tell control and bidi characters, and leave Korean and emoji alone', () => {
    for (const s of CONTROL) expect(hasControlChars(s), JSON.stringify(s)).toBe(true);
    for (const s of BIDI) expect(hasBidiControls(s), JSON.stringify(s)).toBe(true);
    for (const s of ['이모', '지니야, 거실 불 켜줘', 'Grandma 👵', 'ok']) {
      expect(hasControlChars(s)).toBe(false);
      expect(hasBidiControls(s)).toBe(false);
    }
  });
});

describe('names and utterances (finding 14)', () => {
  it('refuses people names with control or bidi characters, on add and on rename', async () => {
    const before = await h.snapshot();
    for (const name of [...CONTROL, ...BIDI]) {
      const r = await h.post('/api/v1/homes/seoul/people', { name, role: 'guest', devices: ['vent'] });
      expect(r.status, JSON.stringify(name)).toBe(400);
      expect(r.body.error.code).toBe('invalid-request');
    }
    const ok = await h.post('/api/v1/homes/seoul/people', { id: 'imo', name: '이모', role: 'member' });
    expect(ok.status).toBe(201);
    const mid = await h.snapshot();
    for (const name of ['x\u0000', 'evil\u202etxt.exe']) {
      const r = await h.api('/api/v1/homes/seoul/people/imo', {
        method: 'PATCH',
        body: JSON.stringify({ name }),
      });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('invalid-request');
    }
    expect(await h.snapshot()).toBe(mid);
    expect(before).not.toBe(mid);
  });

  it('refuses conversation text with control characters, and runs nothing', async () => {
    const before = await h.snapshot();
    for (const text of ['지니야, 환기\u0000 켜줘', '지니야\u001b[2J 환기 켜줘', '지니야 환기 켜줘\u009b']) {
      const r = await h.post('/api/v1/homes/seoul/conversation', { text, satellite: 'console' });
      expect(r.status, JSON.stringify(text)).toBe(400);
      expect(r.body.error.code).toBe('invalid-request');
    }
    expect(await h.snapshot()).toBe(before);
  });

  it('refuses Open Floor utterances with control characters', async () => {
    const before = await h.snapshot();
    const envelope = (text: string) => ({
      openFloor: {
        schema: { version: '1.1.0' },
        conversation: { id: `c-${Date.now()}` },
        sender: { speakerUri: 'tag:user.example,2026:alice' },
        events: [
          {
            eventType: 'utterance',
            parameters: {
              dialogEvent: {
                speakerUri: 'tag:user.example,2026:alice',
                span: { startTime: '2026-01-05T01:00:00Z' },
                features: { text: { mimeType: 'text/plain', tokens: [{ value: text }] } },
              },
            },
          },
        ],
      },
    });
    const r = await h.post('/api/v1/homes/seoul/openfloor', envelope('지니야\u0000 환기 켜줘'));
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid-request');
    expect(await h.snapshot()).toBe(before);
  });

  it('refuses OAuth client names with control or bidi characters', async () => {
    const { ClientRegistry } = await import('../../src/hub/oauth/clients.js');
    const reg = new ClientRegistry(h.hub.ctx.store);
    for (const name of ['P\u001b]0;x', 'Partner\u202e']) {
      await expect(
        reg.add('seoul', { name, redirectUris: ['https://p.example/cb'] }, Date.now()),
      ).rejects.toThrow(/name/);
    }
    expect((await addClient(h, 'seoul')).clientId).toMatch(/^ydc_/);
  });
});
