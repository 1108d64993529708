/**
 * Validation follows the specification's data model (generated from @matter/model): nullable and
 * required fields, min/max, enums, bitmaps, read-only and fabric-scoped attributes, constraints
 * that read other attributes, conformance by feature, structs and string lengths.
 */
import { describe, expect, it } from 'vitest';
import { light, speakerEndpoint } from '../../src/model/devices.js';
import { HubError } from '../../src/model/errors.js';
import type { CommandRequest, Endpoint } from '../../src/model/types.js';
import { validateCommand } from '../../src/model/validate.js';
import { cmd } from '../support/commands.js';

const lamp = light({ on: true, level: 100 })[0] as Endpoint; // LevelControl MinLevel 1, MaxLevel 254
const speaker = speakerEndpoint('speaker', 10, true); // LevelControl MinLevel 0, MaxLevel 100
const ep = (clusters: Endpoint['clusters']): Endpoint => ({
  id: 'main',
  deviceTypes: [],
  tags: [],
  clusters,
});
const lock = ep({
  DoorLock: { LockState: 1, LockType: 0, ActuatorEnabled: true, NumberOfTotalUsersSupported: 10 },
});
const acl = ep({ AccessControl: { Acl: [] } });
const freqLevel = (featureMap: number) =>
  ep({ LevelControl: { CurrentLevel: 1, MinLevel: 1, MaxLevel: 254, FeatureMap: featureMap } });

function outcome(endpoint: Endpoint, req: CommandRequest): string {
  try {
    validateCommand(endpoint, req);
  } catch (err) {
    if (err instanceof HubError) return `${err.status} ${err.code}`;
    throw err;
  }
  return 'ok';
}

const level = (args: Record<string, unknown>) => cmd('main', 'LevelControl', 'MoveToLevel', args);
const withOnOff = (args: Record<string, unknown>) =>
  cmd('main', 'LevelControl', 'MoveToLevelWithOnOff', args);

describe('validation from the specification', () => {
  const cases: Array<[string, Endpoint, CommandRequest, string]> = [
    // The request: all four fields of MoveToLevelWithOnOff.
    [
      'MoveToLevelWithOnOff with every field',
      lamp,
      withOnOff({ Level: 128, TransitionTime: 0, OptionsMask: 0, OptionsOverride: 0 }),
      'ok',
    ],
    ['MoveToLevelWithOnOff with Level only', lamp, withOnOff({ Level: 128 }), 'ok'],
    ['unknown field', lamp, withOnOff({ Level: 128, Speed: 3 }), '400 invalid-request'],
    ['required field missing', lamp, withOnOff({ TransitionTime: 5 }), '400 invalid-request'],
    // Nullable: TransitionTime may be null, Level may not.
    ['nullable field null', lamp, level({ Level: 10, TransitionTime: null }), 'ok'],
    ['non-nullable field null', lamp, level({ Level: null }), '400 invalid-request'],
    // min/max from the type and the constraint.
    [
      'TransitionTime above uint16',
      lamp,
      level({ Level: 10, TransitionTime: 70000 }),
      '422 value-out-of-range',
    ],
    [
      'StepSize within uint8',
      lamp,
      cmd('main', 'LevelControl', 'Step', { StepMode: 0, StepSize: 255 }),
      'ok',
    ],
    [
      'StepSize above uint8',
      lamp,
      cmd('main', 'LevelControl', 'Step', { StepMode: 0, StepSize: 256 }),
      '422 value-out-of-range',
    ],
    // Constraints that read other attributes: Level is MinLevel to MaxLevel of this endpoint.
    ['Level below MinLevel 1', lamp, level({ Level: 0 }), '422 value-out-of-range'],
    [
      'Level 0 where MinLevel is 0',
      speaker,
      cmd('speaker', 'LevelControl', 'MoveToLevel', { Level: 0 }),
      'ok',
    ],
    [
      'Level above MaxLevel 100',
      speaker,
      cmd('speaker', 'LevelControl', 'MoveToLevel', { Level: 101 }),
      '422 value-out-of-range',
    ],
    // Enums.
    [
      'StepMode not in StepModeEnum',
      lamp,
      cmd('main', 'LevelControl', 'Step', { StepMode: 2, StepSize: 1 }),
      '422 value-out-of-range',
    ],
    [
      'StepMode as a name',
      lamp,
      cmd('main', 'LevelControl', 'Step', { StepMode: 'Up', StepSize: 1 }),
      '400 invalid-request',
    ],
    // Bitmaps: OptionsBitmap defines bits 0 and 1 only.
    ['OptionsMask bits 0 and 1', lamp, withOnOff({ Level: 9, OptionsMask: 3, OptionsOverride: 1 }), 'ok'],
    [
      'OptionsMask bit 2',
      lamp,
      withOnOff({ Level: 9, OptionsMask: 4, OptionsOverride: 0 }),
      '422 value-out-of-range',
    ],
    // Read-only and fabric-scoped attributes.
    [
      'write CurrentLevel (read-only)',
      lamp,
      cmd('main', 'LevelControl', 'WriteAttributes', { CurrentLevel: 5 }),
      '400 read-only',
    ],
    [
      'write the fabric-scoped ACL',
      acl,
      cmd('main', 'AccessControl', 'WriteAttributes', { Acl: [] }),
      '400 read-only',
    ],
    // Responses are not commands; a command the endpoint's features exclude is unsupported.
    [
      'a response sent as a command',
      lock,
      cmd('main', 'DoorLock', 'GetUserResponse', {}),
      '400 unknown-command',
    ],
    [
      'MoveToClosestFrequency without the FQ feature',
      freqLevel(0b011),
      cmd('main', 'LevelControl', 'MoveToClosestFrequency', { Frequency: 50 }),
      '400 unsupported-command',
    ],
    [
      'MoveToClosestFrequency with the FQ feature',
      freqLevel(0b111),
      cmd('main', 'LevelControl', 'MoveToClosestFrequency', { Frequency: 50 }),
      'ok',
    ],
    // Structs: fields checked like command fields; constraints read attributes.
    [
      'GetCredentialStatus with a credential',
      lock,
      cmd('main', 'DoorLock', 'GetCredentialStatus', {
        Credential: { CredentialType: 1, CredentialIndex: 1 },
      }),
      'ok',
    ],
    [
      'struct field missing',
      lock,
      cmd('main', 'DoorLock', 'GetCredentialStatus', { Credential: { CredentialType: 1 } }),
      '400 invalid-request',
    ],
    [
      'struct enum out of range',
      lock,
      cmd('main', 'DoorLock', 'GetCredentialStatus', {
        Credential: { CredentialType: 99, CredentialIndex: 1 },
      }),
      '422 value-out-of-range',
    ],
    [
      'UserIndex above NumberOfTotalUsersSupported',
      lock,
      cmd('main', 'DoorLock', 'GetUser', { UserIndex: 11 }),
      '422 value-out-of-range',
    ],
    // String lengths count UTF-8 bytes (UserName max 10): 4 Hangul syllables are 12 bytes.
    [
      'UserName of 12 bytes',
      lock,
      cmd('main', 'DoorLock', 'SetUser', {
        OperationType: 0,
        UserIndex: 1,
        UserName: '김씨할매',
        UserUniqueId: null,
        UserStatus: null,
        UserType: null,
        CredentialRule: null,
      }),
      '400 invalid-request',
    ],
    [
      'UserName of 9 bytes',
      lock,
      cmd('main', 'DoorLock', 'SetUser', {
        OperationType: 0,
        UserIndex: 1,
        UserName: '김씨네',
        UserUniqueId: null,
        UserStatus: null,
        UserType: null,
        CredentialRule: null,
      }),
      'ok',
    ],
  ];
  it.each(cases)('%s', (_name, endpoint, req, want) => {
    expect(outcome(endpoint, req)).toBe(want);
  });

  it('keeps the args as given (absent fields stay absent)', () => {
    expect(validateCommand(lamp, withOnOff({ Level: 128 }))).toEqual({ Level: 128 });
  });
});

describe('hub leniency the specification gives a meaning to', () => {
  const ct = light({ on: true, level: 100, mireds: 300 })[0] as Endpoint;
  it('fills a left-out ColorControl TransitionTime with 0 (at once)', () => {
    const req = cmd('main', 'ColorControl', 'MoveToColorTemperature', { ColorTemperatureMireds: 250 });
    expect(validateCommand(ct, req)).toEqual({ ColorTemperatureMireds: 250, TransitionTime: 0 });
  });
  it('still refuses a TransitionTime that is not a uint16', () => {
    const req = cmd('main', 'ColorControl', 'MoveToColorTemperature', {
      ColorTemperatureMireds: 250,
      TransitionTime: -1,
    });
    expect(outcome(ct, req)).toBe('422 value-out-of-range');
  });
});
