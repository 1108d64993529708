/**
 * The done-case "세탁 끝나면 거실 TV에 알려줘", heard for real: the living-room speaker is a
 * real `wyoming-satellite` process (speaker on a file, its events forwarded to an event service on
 * the reference `wyoming` library); the routine is created by voice, the LG cloud simulator runs the
 * washer's cycle to its end, and the satellite receives the announcement over Wyoming: its
 * `synthesize` text in Korean and the hub's espeak-ng speech of it, byte for byte, on its speaker.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHomeFile } from '../../src/home/load.js';
import { EspeakVoice } from '../../src/voice/tts/espeak.js';
import { followUp, say } from '../assistants/support/hub.js';
import { waitUntil } from '../support/commands.js';
import { DEMO_HOME, startTestHub, type TestHub, tempDir } from '../support/hub.js';
import { espeakMissing, PEERS, pythonMissing, SATELLITE_PY, servePy, VOICE_PY } from '../voice/support.js';

const missing = pythonMissing() ?? pythonMissing(SATELLITE_PY) ?? espeakMissing();
if (missing) console.log(`skipped: the spoken announcement test: ${missing}`);

const R = '/api/v1/homes/demo/routines';
const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => res(typeof a === 'object' && a ? a.port : 0));
    });
  });

/** The event service: every event the satellite forwards, as parsed from its JSON lines. */
function eventLog(): Promise<{ port: number; events: any[]; proc: ChildProcess }> {
  return new Promise((res, rej) => {
    const proc = spawn(VOICE_PY, [resolve(import.meta.dirname, 'peers/event_log.py')], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const events: any[] = [];
    let buf = '';
    proc.stdout?.on('data', (c: Buffer) => {
      buf += String(c);
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        const line = buf.slice(0, i).trim();
        buf = buf.slice(i + 1);
        const ready = /^READY (\d+)$/.exec(line);
        if (ready) res({ port: Number(ready[1]), events, proc });
        else if (line) events.push(JSON.parse(line));
      }
    });
    proc.on('exit', (code) => rej(new Error(`event_log.py exited ${code}`)));
  });
}

describe.skipIf(missing)('spoken announcements on a Wyoming satellite (wyoming-satellite)', () => {
  const dir = tempDir('yd-announce-');
  const speakerOut = join(dir, 'speaker.raw');
  const stops: Array<() => void> = [];
  let events: any[] = [];
  let h: TestHub;
  let sat: ChildProcess;
  let routine = '';

  beforeAll(async () => {
    const asr = await servePy('doubles.py', ['asr']);
    stops.push(asr.stop);
    const log = await eventLog();
    events = log.events;
    stops.push(() => log.proc.kill('SIGKILL'));
    const port = await freePort();
    const py = (script: string, args: string[]) =>
      [SATELLITE_PY, resolve(PEERS, script), ...args].map((a) => `'${a}'`).join(' ');
    sat = spawn(
      SATELLITE_PY,
      [
        '-m',
        'wyoming_satellite',
        '--uri',
        `tcp://127.0.0.1:${port}`,
        '--name',
        'genie-speaker',
        '--no-zeroconf',
        '--mic-command',
        py('mic_player.py', ['silence:1']),
        '--snd-command',
        py('snd_sink.py', [speakerOut]),
        '--event-uri',
        `tcp://127.0.0.1:${log.port}`,
      ],
      { stdio: 'ignore' },
    );
    stops.push(() => sat.kill('SIGKILL'));
    const file = loadHomeFile(DEMO_HOME);
    file.voice = { stt: `wyoming://127.0.0.1:${asr.port}`, tts: 'espeak-ng', language: 'ko-KR' };
    const speaker = file.satellites.find((s) => s.id === 'genie-speaker');
    if (speaker) speaker.wyoming = `tcp://127.0.0.1:${port}`;
    h = await startTestHub({
      homes: [file],
      faces: { voiceSatellites: { backoffMs: 100, maxBackoffMs: 400 } },
    });
    const online = async () =>
      (await h.api('/api/v1/homes/demo/voice/satellites')).body.satellites.find(
        (s: any) => s.satellite === 'genie-speaker',
      )?.online === true;
    const until = Date.now() + 20_000;
    while (!(await online()) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  }, 40_000);

  afterAll(async () => {
    for (const s of stops) s();
    await h?.stop();
  });

  it('"세탁 끝나면 거실 TV에 알려줘": the washer finishing is announced in Korean on the living-room speaker', async () => {
    const asked = await say(h, { text: '지니야, 세탁 끝나면 거실 TV에 알려줘', satellite: 'genie-speaker' });
    expect(asked.body.needsInput?.kind, asked.body.response.text).toBe('confirm');
    const yes = await followUp(h, asked, '네', 'genie-speaker');
    const id = yes.body.intents[0].slots.id as string;
    routine = id;
    const made = (await h.api(`${R}/${id}`)).body;
    expect(made.actions).toEqual([{ type: 'announce', device: 'settop', text: '세탁이 끝났어요.' }]);
    const before = existsSync(speakerOut) ? statSync(speakerOut).size : 0;
    // Music plays on the speaker: it pauses for the announcement and plays on after it.
    const media: unknown[] = [];
    const off = h.hub.ctx.bus.on('stateChanged', (e) => {
      if (e.device !== 'genie-speaker') return;
      for (const p of e.patches) if (p.cluster === 'MediaPlayback') media.push(p.attributes.CurrentState);
    });
    stops.push(off);
    const play = await h.api('/api/v1/homes/demo/devices/genie-speaker/commands', {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'main', cluster: 'MediaPlayback', command: 'Play', args: {} }),
    });
    expect(play.status, JSON.stringify(play.body)).toBe(200);

    const start = await h.api('/api/v1/homes/demo/devices/washer/commands', {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'main', cluster: 'OperationalState', command: 'Start', args: {} }),
    });
    expect(start.status, JSON.stringify(start.body)).toBe(200);
    const sim = h.hub.home('demo')?.runtime.simulatorUrl('lg');
    const adv = await fetch(`${sim}/__sim/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ seconds: 6 * 3600 }),
    });
    expect(adv.status).toBe(200);

    // The satellite got the text over Wyoming (forwarded to its event service) …
    const synthesized = () => events.filter((e) => e.type === 'synthesize').map((e) => e.data.text);
    await waitUntil(() => synthesized().length > 0, 10_000, 50);
    expect(synthesized()).toEqual(['세탁이 끝났어요.']);
    // … and the run is recorded as spoken there.
    await waitUntil(() => (h.hub.home('demo')?.routines.lastRuns(id).length ?? 0) > 0, 10_000, 50);
    const run = (await h.api(`${R}/${id}/runs`)).body[0];
    expect(run.outcome).toBe('success');
    expect(run.actions[0]).toMatchObject({ status: 'success', device: 'genie-speaker', spoken: true });
    // Its speaker played the hub's Korean speech of that text, byte for byte.
    const pcm: Buffer[] = [];
    for await (const piece of new EspeakVoice().speak('세탁이 끝났어요.')) pcm.push(piece.pcm);
    const expected = Buffer.concat(pcm);
    expect(expected.length).toBeGreaterThan(22050);
    expect(run.actions[0].bytes).toBe(expected.length);
    await waitUntil(
      () => existsSync(speakerOut) && statSync(speakerOut).size >= before + expected.length,
      10_000,
      50,
    );
    expect(readFileSync(speakerOut).subarray(before).equals(expected)).toBe(true);
    // Playing (0) → paused (1) while it spoke → playing again.
    expect(media.filter((v, i) => i === 0 || v !== media[i - 1])).toEqual([0, 1, 0]);
  }, 60_000);

  it('a routine that announces on the speaker whenever its playback changes is cut when its own pause re-triggers it', async () => {
    const made = await h.api(R, {
      method: 'POST',
      body: JSON.stringify({
        id: 'playback-echo',
        name: '재생 알림',
        triggers: [
          { type: 'attribute', device: 'genie-speaker', cluster: 'MediaPlayback', attribute: 'CurrentState' },
        ],
        actions: [{ type: 'announce', satellite: 'genie-speaker', text: '재생 상태가 바뀌었어요.' }],
      }),
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const media = (command: string) =>
      h.api('/api/v1/homes/demo/devices/genie-speaker/commands', {
        method: 'POST',
        body: JSON.stringify({ endpoint: 'main', cluster: 'MediaPlayback', command, args: {} }),
      });
    const runs = () => h.hub.home('demo')?.routines.lastRuns('playback-echo') ?? [];
    // Paused by hand: it announces (nothing to pause). Played by hand: it pauses the music to
    // announce, and that pause (and the play after) would start it again: those runs are cut.
    expect((await media('Pause')).status).toBe(200);
    await waitUntil(() => runs().some((r) => r.outcome === 'success'), 10_000, 50);
    expect((await media('Play')).status).toBe(200);
    await waitUntil(() => runs().filter((r) => r.outcome === 'cut').length >= 2, 15_000, 50);
    await new Promise((r) => setTimeout(r, 1500));
    const outcomes = runs().map((r) => r.outcome);
    expect(outcomes.filter((o) => o === 'success')).toHaveLength(2);
    expect(outcomes.filter((o) => o === 'cut')).toHaveLength(2);
    expect(runs().find((r) => r.outcome === 'cut')?.reason).toContain('loop: playback-echo → playback-echo');
    expect((await h.api(`${R}/playback-echo`, { method: 'DELETE' })).status).toBe(204);
  }, 40_000);

  it('a satellite that is offline fails the announcement (device-offline), recorded in the run', async () => {
    expect(routine).not.toBe('');
    const online = async () =>
      (await h.api('/api/v1/homes/demo/voice/satellites')).body.satellites.find(
        (s: any) => s.satellite === 'genie-speaker',
      )?.online;
    sat.kill('SIGKILL');
    const until = Date.now() + 10_000;
    while ((await online()) !== false && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(await online()).toBe(false);
    const run = await h.api(`${R}/${routine}/run`, { method: 'POST' });
    expect(run.status).toBe(200);
    expect(run.body.outcome).toBe('failed');
    expect(run.body.actions[0]).toMatchObject({ status: 'error', error: { code: 'device-offline' } });
  }, 30_000);
});
