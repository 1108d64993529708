/**
 * Satellites with `player: true` are media speakers that live inside the hub. This adapter gives
 * them the Speaker shape (MediaPlayback, LevelControl volume 0–100 starting at 50, OnOff = unmuted)
 * and keeps their playback state; what plays comes from the assistants' music services.
 */
import { MediaState, mediaSpeaker } from '../../model/devices.js';
import { invalidRequest, RequestError } from '../../model/errors.js';
import type { CommandRequest, StatePatch } from '../../model/types.js';
import type { Adapter, AdapterContext, AdapterDevice } from '../types.js';

interface PlayerState {
  state: number;
  volume: number;
  unmuted: boolean;
}

export class PlayerAdapter implements Adapter {
  readonly #players = new Map<string, PlayerState>();

  constructor(ctx: AdapterContext) {
    for (const d of ctx.connection.simulator.devices) {
      const last = ctx.restored?.get(d.externalId)?.[0]?.clusters;
      const volume = last?.LevelControl?.CurrentLevel;
      this.#players.set(d.externalId, {
        state: MediaState.NotPlaying,
        volume: typeof volume === 'number' ? volume : 50,
        unmuted: last?.OnOff?.OnOff !== false,
      });
    }
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  devices(): AdapterDevice[] {
    return [...this.#players].map(([externalId, p]) => ({
      externalId,
      deviceType: 'Speaker',
      endpoints: mediaSpeaker(p),
      online: true,
      vendor: 'Yeondong',
      model: 'satellite speaker',
    }));
  }

  async execute(externalId: string, cmd: CommandRequest): Promise<StatePatch[]> {
    const p = this.#players.get(externalId);
    if (!p) throw invalidRequest(`no player '${externalId}'`);
    const key = `${cmd.cluster}.${cmd.command}`;
    switch (key) {
      case 'MediaPlayback.Play':
      case 'MediaPlayback.Next':
      case 'MediaPlayback.Previous':
      case 'MediaPlayback.StartOver':
        p.state = MediaState.Playing;
        break;
      case 'MediaPlayback.Pause':
        p.state = p.state === MediaState.Playing ? MediaState.Paused : p.state;
        break;
      case 'MediaPlayback.Stop':
        p.state = MediaState.NotPlaying;
        break;
      case 'LevelControl.MoveToLevel':
      case 'LevelControl.MoveToLevelWithOnOff':
        p.volume = cmd.args.Level as number;
        break;
      case 'LevelControl.Step': {
        const size = cmd.args.StepSize as number;
        p.volume = Math.max(0, Math.min(100, p.volume + (cmd.args.StepMode === 0 ? size : -size)));
        break;
      }
      case 'OnOff.On':
        p.unmuted = true;
        break;
      case 'OnOff.Off':
        p.unmuted = false;
        break;
      case 'OnOff.Toggle':
        p.unmuted = !p.unmuted;
        break;
      default:
        throw new RequestError('unsupported-command', 400, `a satellite speaker does not support ${key}`, {
          cluster: cmd.cluster,
          command: cmd.command,
        });
    }
    return [
      { endpoint: 'main', cluster: 'MediaPlayback', attributes: { CurrentState: p.state } },
      { endpoint: 'main', cluster: 'LevelControl', attributes: { CurrentLevel: p.volume } },
      { endpoint: 'main', cluster: 'OnOff', attributes: { OnOff: p.unmuted } },
    ];
  }
}
