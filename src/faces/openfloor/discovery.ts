/**
 * Discovery: `getManifests` is answered with `publishManifests` listing the home assistants'
 * manifests (or the one addressed), scored against the task the private utterances sent along
 * describe. The floor knows of no external agents to recommend.
 */
import { compact } from '../../nlu/ko/wake.js';
import { manifestOf } from './manifest.js';
import type { Exchange } from './scope.js';
import { type Envelope, type OfEvent, utteranceText } from './types.js';

/** The `publishManifests` answering a `getManifests` (to one home assistant, or to the floor). */
export function publishManifests(x: Exchange, ev: OfEvent, assistant: string | null): OfEvent {
  const scope = typeof ev.parameters?.recommendScope === 'string' ? ev.parameters.recommendScope : 'internal';
  const s = x.floor;
  const ctx = s.manifestContext(x.serviceUrl);
  const task = taskText(x.env);
  const list =
    scope === 'external'
      ? []
      : s.home.runtime.file.assistants
          .filter((a) => !assistant || a.id === assistant)
          .map((a) => {
            const m = manifestOf(a, ctx);
            return {
              ...m,
              score: task
                ? scoreFor(
                    m.capabilities.flatMap((c) => c.keyphrases),
                    task,
                  )
                : 1,
            };
          });
  list.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  return {
    eventType: 'publishManifests',
    to: { speakerUri: x.sender },
    parameters: { servicingManifests: list, discoveryManifests: [] },
  };
}

/** The words of private utterances sent with a getManifests (the task to find an agent for). */
function taskText(env: Envelope): string | null {
  const texts = env.openFloor.events
    .filter((e) => e.eventType === 'utterance')
    .map((e) => utteranceText(e) ?? '');
  const t = texts.join(' ').trim();
  return t.length > 0 ? t : null;
}

/** 1 when a keyphrase of the manifest appears in the task, else a low score. */
function scoreFor(keyphrases: string[], task: string): number {
  const t = compact(task);
  const hits = keyphrases.filter((k) => compact(k).length > 0 && t.includes(compact(k))).length;
  return hits > 0 ? Math.min(1, 0.6 + 0.2 * hits) : 0.2;
}
