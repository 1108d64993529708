/**
 * A simulated IPTV set-top box (or TV) as an operator's cloud exposes it over cloud-to-cloud
 * fulfillment: traits OnOff, Channel, Volume, TransportControl and MediaState.
 *
 * Channel state: Google's Channel trait defines no QUERY state, so this cloud reports the tuned
 * channel in a vendor extension state `activeChannel {key, number, name}` (ignored by Google).
 */
import { COMMAND, type DeviceState, type Outcome, type SyncDevice, TRAIT, TYPE } from './protocol.js';

export interface ChannelSeed {
  number: string;
  name: string;
  aliases?: string[];
}

export interface SetTopSeed {
  externalId: string;
  type: string;
  model?: string;
  manufacturer?: string;
  name?: string;
  roomHint?: string;
  state?: { on?: boolean; channel?: string; volume?: number; muted?: boolean };
  channels?: ChannelSeed[];
}

/** The vendor's own view of the box (what the test-only control surface reads and writes). */
export interface SetTopState {
  online: boolean;
  on: boolean;
  channel: string;
  previousChannel: string | null;
  volume: number;
  muted: boolean;
  playback: 'PLAYING' | 'PAUSED' | 'STOPPED';
}

interface Channel {
  key: string;
  number: string;
  names: string[];
}

export const VOLUME_MAX = 100;
const SUPPORTED_TRANSPORT = ['PAUSE', 'RESUME', 'STOP'];
const PLAYBACK: readonly unknown[] = ['PLAYING', 'PAUSED', 'STOPPED'] satisfies SetTopState['playback'][];

const fail = (errorCode: string, debugString: string): Outcome => ({
  ok: false,
  status: 'ERROR',
  errorCode,
  debugString,
});
const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, '');
const isVolume = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= VOLUME_MAX;

export class SetTopBox {
  readonly id: string;
  readonly state: SetTopState;
  readonly #seed: SetTopSeed;
  readonly #channels: Channel[];

  constructor(seed: SetTopSeed) {
    this.id = seed.externalId;
    this.#seed = seed;
    this.#channels = (seed.channels ?? []).map((c) => ({
      key: `ch-${c.number}`,
      number: String(c.number),
      names: [c.name, ...(c.aliases ?? [])],
    }));
    const s = seed.state ?? {};
    this.state = {
      online: true,
      on: s.on ?? false,
      channel: String(s.channel ?? this.#channels[0]?.number ?? ''),
      previousChannel: null,
      volume: s.volume ?? 10,
      muted: s.muted ?? false,
      playback: 'PLAYING',
    };
  }

  sync(defaultManufacturer: string | undefined): SyncDevice {
    const manufacturer = this.#seed.manufacturer ?? defaultManufacturer;
    const tv = this.#seed.type === 'tv';
    const name = this.#seed.name ?? this.#seed.model ?? (tv ? 'TV' : 'Set-top box');
    const device: SyncDevice = {
      id: this.id,
      type: `${TYPE}${tv ? 'TV' : 'SETTOP'}`,
      traits: ['OnOff', 'Channel', 'Volume', 'TransportControl', 'MediaState'].map((t) => TRAIT + t),
      name: { name, defaultNames: [tv ? 'TV' : 'Set-top box'], nicknames: [] },
      willReportState: false,
      deviceInfo: {
        ...(manufacturer ? { manufacturer } : {}),
        ...(this.#seed.model ? { model: this.#seed.model } : {}),
      },
      attributes: {
        availableChannels: this.#channels.map((c) => ({ key: c.key, names: c.names, number: c.number })),
        commandOnlyChannels: false,
        volumeMaxLevel: VOLUME_MAX,
        volumeCanMuteAndUnmute: true,
        levelStepSize: 1,
        commandOnlyVolume: false,
        transportControlSupportedCommands: SUPPORTED_TRANSPORT,
        supportActivityState: true,
        supportPlaybackState: true,
      },
    };
    if (this.#seed.roomHint) device.roomHint = this.#seed.roomHint;
    return device;
  }

  query(): DeviceState {
    const s = this.state;
    if (!s.online) return { online: false, status: 'OFFLINE', errorCode: 'deviceOffline' };
    const ch = this.#channels.find((c) => c.number === s.channel);
    return {
      online: true,
      status: 'SUCCESS',
      on: s.on,
      currentVolume: s.volume,
      isMuted: s.muted,
      activityState: s.on ? 'ACTIVE' : 'STANDBY',
      playbackState: s.on ? s.playback : 'STOPPED',
      activeChannel: { key: ch?.key ?? null, number: s.channel, name: ch?.names[0] ?? null },
    };
  }

  /** Runs one execution; on failure nothing has changed. */
  execute(command: string, params: Record<string, unknown>): Outcome {
    const s = this.state;
    if (!s.online)
      return { ok: false, status: 'OFFLINE', errorCode: 'deviceOffline', debugString: 'box is offline' };
    const name = command.startsWith(COMMAND) ? command.slice(COMMAND.length) : command;
    if (name === 'OnOff') {
      if (typeof params.on !== 'boolean') return fail('protocolError', "OnOff needs boolean 'on'");
      s.on = params.on;
      return { ok: true };
    }
    const handler = this.#handlers[name];
    if (!handler) return fail('functionNotSupported', `command '${command}' is not supported`);
    if (!s.on) return fail('deviceTurnedOff', 'the box is turned off');
    return handler(params);
  }

  readonly #handlers: Record<string, (p: Record<string, unknown>) => Outcome> = {
    selectChannel: (p) => {
      const ch = this.#findChannel(p);
      if (!ch) return fail('noAvailableChannel', 'no such channel in the lineup');
      return this.#tune(ch.number);
    },
    relativeChannel: (p) => {
      const n = p.relativeChannelChange;
      if (typeof n !== 'number' || !Number.isInteger(n))
        return fail('protocolError', 'relativeChannelChange must be an integer');
      const len = this.#channels.length;
      if (len === 0) return fail('noAvailableChannel', 'the lineup is empty');
      const at = this.#channels.findIndex((c) => c.number === this.state.channel);
      const next = this.#channels[(((Math.max(at, 0) + n) % len) + len) % len];
      return next ? this.#tune(next.number) : fail('noAvailableChannel', 'no channel');
    },
    returnChannel: () => {
      const prev = this.state.previousChannel;
      return prev === null ? fail('noAvailableChannel', 'no previous channel') : this.#tune(prev);
    },
    setVolume: (p) => {
      const v = p.volumeLevel;
      if (typeof v !== 'number' || !Number.isInteger(v))
        return fail('protocolError', 'volumeLevel must be an integer');
      if (v < 0 || v > VOLUME_MAX) return fail('valueOutOfRange', `volume ${v} is outside 0..${VOLUME_MAX}`);
      this.state.volume = v;
      return { ok: true };
    },
    volumeRelative: (p) => {
      const n = p.relativeSteps;
      if (typeof n !== 'number' || !Number.isInteger(n))
        return fail('protocolError', 'relativeSteps must be an integer');
      const v = this.state.volume;
      if (n > 0 && v >= VOLUME_MAX) return fail('volumeAlreadyMax', 'volume is already at maximum');
      if (n < 0 && v <= 0) return fail('volumeAlreadyMin', 'volume is already at minimum');
      this.state.volume = Math.min(VOLUME_MAX, Math.max(0, v + n));
      return { ok: true };
    },
    mute: (p) => {
      if (typeof p.mute !== 'boolean') return fail('protocolError', "mute needs boolean 'mute'");
      this.state.muted = p.mute;
      return { ok: true };
    },
    mediaPause: () => this.#playback('PAUSED'),
    mediaResume: () => this.#playback('PLAYING'),
    mediaStop: () => this.#playback('STOPPED'),
  };

  #findChannel(p: Record<string, unknown>): Channel | undefined {
    const { channelCode, channelNumber, channelName } = p;
    if (typeof channelCode === 'string') return this.#channels.find((c) => c.key === channelCode);
    if (typeof channelNumber === 'string') return this.#channels.find((c) => c.number === channelNumber);
    if (typeof channelName === 'string') {
      const want = norm(channelName);
      return this.#channels.find((c) => c.names.some((n) => norm(n) === want));
    }
    return undefined;
  }

  #tune(number: string): Outcome {
    if (number !== this.state.channel) {
      this.state.previousChannel = this.state.channel;
      this.state.channel = number;
    }
    this.state.playback = 'PLAYING';
    return { ok: true };
  }

  #playback(state: SetTopState['playback']): Outcome {
    this.state.playback = state;
    return { ok: true };
  }

  /** Test-only control: set vendor state directly. Returns an error message or null. */
  control(patch: Record<string, unknown>): string | null {
    const s = this.state;
    const { online, on, channel, volume, muted } = patch;
    if (online !== undefined && typeof online !== 'boolean') return "'online' must be a boolean";
    if (on !== undefined && typeof on !== 'boolean') return "'on' must be a boolean";
    if (muted !== undefined && typeof muted !== 'boolean') return "'muted' must be a boolean";
    if (channel !== undefined && !this.#inLineup(String(channel))) return 'unknown channel';
    if (volume !== undefined && !isVolume(volume)) return `'volume' must be an integer 0..${VOLUME_MAX}`;
    if (typeof online === 'boolean') s.online = online;
    if (typeof on === 'boolean') s.on = on;
    if (typeof muted === 'boolean') s.muted = muted;
    if (typeof volume === 'number') s.volume = volume;
    if (channel !== undefined && String(channel) !== s.channel) {
      s.previousChannel = s.channel;
      s.channel = String(channel);
    }
    return null;
  }

  /** Takes back a saved state (a state file): each value that fits this box, the rest as it is. */
  restore(saved: Record<string, unknown>): void {
    const s = this.state;
    if (typeof saved.online === 'boolean') s.online = saved.online;
    if (typeof saved.on === 'boolean') s.on = saved.on;
    if (typeof saved.muted === 'boolean') s.muted = saved.muted;
    if (isVolume(saved.volume)) s.volume = saved.volume;
    if (this.#inLineup(saved.channel)) s.channel = saved.channel;
    const prev = saved.previousChannel;
    if (prev === null || this.#inLineup(prev)) s.previousChannel = prev;
    if (PLAYBACK.includes(saved.playback)) s.playback = saved.playback as SetTopState['playback'];
  }

  #inLineup(number: unknown): number is string {
    return this.#channels.some((c) => c.number === number);
  }
}
