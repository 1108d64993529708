/** Generated home files for fleet tests and the fleet bench: small homes on the virtual wall-pad. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `n` home files (fleet-0000.yaml …) into `dir`; returns their home ids. */
export function writeFleetHomes(dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `fleet-${String(i).padStart(4, '0')}`;
    ids.push(id);
    writeFileSync(
      join(dir, `${id}.yaml`),
      `version: 1
home: { id: ${id}, name: 집 ${i}, language: ko-KR, timezone: Asia/Seoul }
areas:
  - { id: living, name: 거실 }
connections:
  - id: wallpad
    adapter: virtual
    simulator:
      devices:
        - { externalId: heat-1, type: heating, state: { on: false, targetC: 18, currentC: 16 } }
        - { externalId: door-1, type: door-lock, state: { locked: true } }
devices:
  - { id: heat, connection: wallpad, externalId: heat-1, name: 거실 난방, area: living }
  - { id: door, connection: wallpad, externalId: door-1, name: 현관문, area: living }
`,
    );
  }
  return ids;
}
