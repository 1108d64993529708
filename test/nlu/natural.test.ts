/**
 * The held-apart natural set (test/nlu/cases/natural-2: a development half and a test half written
 * by someone who never read the engine) and the engine's own class examples (classes-dev.yaml),
 * scored per kind. Failures are printed for the development tables only: the test half is scored,
 * never read for tuning.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCases, scoreCases, scoreTable } from './support/cases.js';
import { demoHome } from './support/demo-home.js';

const here = dirname(fileURLToPath(import.meta.url));
const home = demoHome();
const TABLES: Array<{ file: string; min: number; showFailures: boolean }> = [
  { file: 'classes-dev.yaml', min: 0.95, showFailures: true },
  { file: 'classes-dev-2.yaml', min: 0.95, showFailures: true },
  { file: 'classes-dev-3.yaml', min: 0.95, showFailures: true },
  { file: 'classes-dev-4.yaml', min: 0.95, showFailures: true },
  { file: 'classes-dev-5.yaml', min: 0.95, showFailures: true },
  { file: 'classes-dev-6.yaml', min: 0.95, showFailures: true },
  { file: 'classes-dev-7.yaml', min: 0.95, showFailures: true },
  // fixer fx4's examples of natural-6 J's classes (long turns of several clauses)
  { file: 'classes-dev-8.yaml', min: 0.95, showFailures: true },
  { file: 'classes-dev-9.yaml', min: 0.95, showFailures: true },
  // fixer fx6's examples of natural-8 O's classes (long turns of a household's days)
  { file: 'classes-dev-10.yaml', min: 0.95, showFailures: true },
  // fixer fx7's examples of natural-8 P's classes (long turns of varied speakers)
  { file: 'classes-dev-11.yaml', min: 0.95, showFailures: true },
  // fixer fx8's examples of the classes the eighth round left (questions mid-turn, 둘 다 after
  // corrections, complaints before another request, rooms without the device, everything on)
  { file: 'classes-dev-12.yaml', min: 1, showFailures: true },
  { file: 'natural-2/dev.yaml', min: 0.95, showFailures: true },
  // helper lxs's lexicon breadth table (states, complaints, questions), written from knowledge of Korean
  { file: 'breadth/states.yaml', min: 0.95, showFailures: true },
  // Held-out halves (scored, never read): issue #13's goal for each is 0.95. This build reaches
  // natural-2 0.969, natural-3 A 0.947, B 0.935, C (everyday speech) 0.933, natural-4 test halves
  // D 0.951, E 0.903, F 0.966 (docs/nlu.md); the floors below catch a regression, they are not the goal.
  { file: 'natural-2/test.yaml', min: 0.96, showFailures: false },
  { file: 'natural-3/a-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-3/a-test.yaml', min: 0.94, showFailures: false },
  { file: 'natural-3/b-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-3/b-test.yaml', min: 0.93, showFailures: false },
  { file: 'natural-3/c-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-3/c-test.yaml', min: 0.93, showFailures: false },
  // natural-4 (writers D, E, F, 2026-12-03, blind): first scores before any tuning on it were
  // d 84.1% / 95.1%, e 89.6% / 90.3%, f 92.9% / 93.3% (dev / test). After fixer fx2 (classes, not
  // sentences; its examples in classes-dev-6.yaml) the dev halves pass 100% and keep the 0.95 floor.
  { file: 'natural-4/d-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-4/d-test.yaml', min: 0.95, showFailures: false },
  { file: 'natural-4/e-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-4/e-test.yaml', min: 0.9, showFailures: false },
  { file: 'natural-4/f-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-4/f-test.yaml', min: 0.96, showFailures: false },
  // natural-5 (writers G, H, 2026-12-03, blind), scored on the engine after the fifth round and never
  // tuned on: both halves are held out so far (failures are not printed). First scores: G 63/64 and
  // 61/63, H 64/64 and 61/64 (249/255, 97.6%).
  { file: 'natural-5/g-dev.yaml', min: 0.96, showFailures: false },
  { file: 'natural-5/g-test.yaml', min: 0.95, showFailures: false },
  { file: 'natural-5/h-dev.yaml', min: 0.98, showFailures: false },
  { file: 'natural-5/h-test.yaml', min: 0.95, showFailures: false },
  // natural-5 I (writer I: longer turns, 20-45 characters, several clauses), blind first scores:
  // dev 54/62 (87.1%), test 45/56 (80.4%).
  { file: 'natural-5/i-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-5/i-test.yaml', min: 0.87, showFailures: false },
  // natural-6 (writers J: long turns 22-55 characters; K: every member of a family, dialects;
  // L: every class, the least prepared-for wordings; 2026-12-03, blind). First scores, before any
  // tuning on it: J 63/71 and 61/70, K 61/64 and 58/65, L 64/73 and 66/70 (dev / test; 373/413,
  // 90.3%). Fixers tune on the dev halves only: J dev after fixer fx4 (classes, not sentences; its
  // examples in classes-dev-8.yaml) 71/71; K dev and L dev after fixer fx5 (classes-dev-9.yaml) 100%.
  { file: 'natural-6/j-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-6/j-test.yaml', min: 0.88, showFailures: false },
  { file: 'natural-6/k-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-6/k-test.yaml', min: 0.9, showFailures: false },
  { file: 'natural-6/l-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-6/l-test.yaml', min: 0.97, showFailures: false },
  // natural-7 (writers M: a plain week of four households, every class; N: longer everyday turns;
  // 2026-12-03, blind, written during the sixth round): held out whole (no failures printed), never
  // tuned on. First scores, before the sixth round's fixes: M 65/67 and 67/67, N 54/61 and 53/58.
  { file: 'natural-7/m-dev.yaml', min: 0.95, showFailures: false },
  { file: 'natural-7/m-test.yaml', min: 0.95, showFailures: false },
  { file: 'natural-7/n-dev.yaml', min: 0.95, showFailures: false },
  { file: 'natural-7/n-test.yaml', min: 0.94, showFailures: false },
  // natural-8 (writers O: long turns of a household's days; P: long turns of varied speakers, 25-60
  // characters; 2026-12-03, blind, written after the seventh round was merged). First scores, before
  // any tuning on it: O 49/55 and 50/55, P 49/56 and 48/56 (dev / test). Fixers tune on dev halves:
  // O dev after fixer fx6 (classes-dev-10.yaml) 55/55; P dev after fixer fx7 (classes-dev-11.yaml) 56/56.
  { file: 'natural-8/o-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-8/o-test.yaml', min: 0.9, showFailures: false },
  { file: 'natural-8/p-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-8/p-test.yaml', min: 0.89, showFailures: false },
  // natural-9 (one writer, 16:37-16:45 UTC 2026-12-03, without seeing the engine: Q long everyday
  // turns of 25-70 characters; R every class by every speaker of a family). First sight: see docs/nlu.md.
  // Q dev after fixer fx9 (classes, not sentences; its examples in classes-dev-13.yaml): 62/62.
  { file: 'natural-9/q-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-9/q-test.yaml', min: 0.85, showFailures: false },
  { file: 'natural-9/r-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-9/r-test.yaml', min: 0.92, showFailures: false },
  // natural-10 (one writer, 16:37-16:46 UTC 2026-12-03, without seeing the engine: S a day in three
  // homes; T every class in its least expected wordings). Held out whole through the sixth round (first
  // sight 237/279; at its end S 58/62 and 55/60, T 71/82 and 64/75); from 2026-12-04 its dev halves are tuned on
  // (fixer fx13, classes-dev-17.yaml) and its test halves stay held out. After fx13: S dev 62/62, T dev
  // 80/82 (the two left are expectations at odds with other tables: see fx13's report).
  { file: 'natural-10/s-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-10/s-test.yaml', min: 0.91, showFailures: false },
  { file: 'natural-10/t-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-10/t-test.yaml', min: 0.85, showFailures: false },
  // fixer fx10's examples of natural-9 R's classes (every class by every speaker of a family)
  { file: 'classes-dev-14.yaml', min: 0.95, showFailures: true },
  // fixer fx9's examples of natural-9 Q's classes (long everyday turns)
  { file: 'classes-dev-13.yaml', min: 0.95, showFailures: true },
  // natural-11 (one writer, 17:40-17:51 UTC 2026-12-03, without seeing the engine: U every class in the
  // least expected wordings; V the days of two households). First sight: see docs/nlu.md.
  // U dev after fixer fx11 (classes, not sentences; its examples in classes-dev-15.yaml): 68/68.
  { file: 'natural-11/u-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-11/u-test.yaml', min: 0.92, showFailures: false },
  { file: 'natural-11/v-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-11/v-test.yaml', min: 0.88, showFailures: false },
  // fixer fx11's examples of natural-11 U's classes (every class in the least expected wordings)
  { file: 'classes-dev-15.yaml', min: 0.95, showFailures: true },
  // fixer fx12's examples of natural-11 V's classes (the days of two households)
  { file: 'classes-dev-16.yaml', min: 0.95, showFailures: true },
  // natural-12 (writer 12, started 2026-12-04 16:10 UTC, without seeing the engine: W a new household's
  // first week, every class by people new to voice assistants; X every class as a speech recognizer
  // writes it). First sight, before any tuning on it: W 62/68 and 60/65, X 57/67 and 62/67 (dev / test;
  // 241/267, 90.3%). The dev halves are tuned on (fixer fx15, classes-dev-19.yaml); the test halves never.
  // After fx15: W dev 65/68, X dev 63/67 (the seven left follow conventions the engine does not share).
  // dev half opened 2026-12-05 (fixer fx44); its test half stays held out
  { file: 'natural-12/w-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-12/w-test.yaml', min: 0.92, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx44); its test half stays held out
  { file: 'natural-12/x-dev.yaml', min: 0.97, showFailures: true },
  { file: 'natural-12/x-test.yaml', min: 0.92, showFailures: false },
  // natural-13 (writer 13, started 2026-12-04 16:23 UTC, without seeing the engine: Y requests made while
  // doing something else; Z self-corrections, complaints, relative changes and state questions). Held
  // out whole until 17:22 UTC (then its dev halves were opened to fixer fx19, classes-dev-23.yaml; the
  // test halves stay held out). First sight (16:28 UTC, the
  // engine of the morning plus the state answers): Y 60/65 and 62/65, Z 64/65 and 68/69 (254/264, 96.2%).
  // dev half opened 2026-12-05 (fixer fx44); its test half stays held out
  { file: 'natural-13/y-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-13/y-test.yaml', min: 0.95, showFailures: false },
  { file: 'natural-13/z-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-13/z-test.yaml', min: 0.98, showFailures: false },
  // natural-14 (writer 14, started 2026-12-04 16:29 UTC, without seeing the engine: A long turns of several
  // clauses, 25-70 characters; B a day of one home of four, a grandmother in Gyeongsang speech). First
  // sight, before any tuning on it: A 55/66 and 52/66, B 60/64 and 65/68 (dev / test; 232/264, 87.9%).
  // The dev halves are tuned on (fixer fx16, classes-dev-20.yaml); the test halves never.
  { file: 'natural-14/a-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-14/a-test.yaml', min: 0.78, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx45); its test half stays held out
  { file: 'natural-14/b-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-14/b-test.yaml', min: 0.95, showFailures: false },
  // natural-15 (writer 15, started 2026-12-04 17:06 UTC, without seeing the engine: C general everyday
  // speech; D every class in its plainest and its least expected wording). Held out whole until 17:22
  // UTC (then its dev halves were opened to fixer fx19; the test halves stay held out). First sight
  // (17:09 UTC, after fx13-fx15 were merged, before fx16 and fx17): C 65/67 and 66/66, D 76/82 and 75/79
  // (282/294, 95.9%).
  { file: 'natural-15/c-dev.yaml', min: 0.97, showFailures: true },
  { file: 'natural-15/c-test.yaml', min: 0.98, showFailures: false },
  { file: 'natural-15/d-dev.yaml', min: 0.92, showFailures: true },
  { file: 'natural-15/d-test.yaml', min: 0.94, showFailures: false },
  // natural-16 (writer 16, started 2026-12-04 17:23 UTC, without seeing the engine: E a week of three
  // households; F the classes as a stranger would test them). Held out WHOLE: never tuned on,
  // no failure printed. First sight (17:36 UTC, after fx13-fx17 and the two conventions changed that day):
  // E 62/65 and 64/65, F 64/65 and 61/65 (251/260, 96.5%); after fx18 and fx19, F test 62/65 (252/260).
  // dev half opened 2026-12-05 (fixer fx45); its test half stays held out
  { file: 'natural-16/e-dev.yaml', min: 1, showFailures: true },
  { file: 'natural-16/e-test.yaml', min: 0.98, showFailures: false },
  { file: 'natural-16/f-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-16/f-test.yaml', min: 0.95, showFailures: false },
  // natural-17 (writer 17, started 2026-12-04 19:00 UTC, without seeing the engine: G long turns of real
  // life, 25-70 characters, two or three clauses; H complaints, everyday verbs and changes of mind).
  // First sight (19:05 UTC, aab49d0): G 49/64 and 55/67 (79.4%), H 65/67 and 69/73 (95.7%).
  // dev half opened 2026-12-05 (fixer fx46); its test half stays held out
  { file: 'natural-17/g-dev.yaml', min: 0.93, showFailures: true },
  { file: 'natural-17/g-test.yaml', min: 0.82, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx46); its test half stays held out
  { file: 'natural-17/h-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-17/h-test.yaml', min: 0.94, showFailures: false },
  // natural-18 (writer 18, started 19:00 UTC, blind: I a day in four homes, partly as a recognizer writes
  // it; J what people actually say to a speaker). Held out WHOLE. First sight (aab49d0): I 64/66 and
  // 64/66, J 70/72 and 68/72 (266/276, 96.4%).
  // dev half opened 2026-12-05 (fixer fx46); its test half stays held out
  { file: 'natural-18/i-dev.yaml', min: 1, showFailures: true },
  { file: 'natural-18/i-test.yaml', min: 0.96, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx46); its test half stays held out
  { file: 'natural-18/j-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-18/j-test.yaml', min: 0.94, showFailures: false },
  // natural-19 (writer 19, started 19:00 UTC, blind: K several things at once, 30-80 characters, two to
  // four clauses; L a family member in a hurry, as a recognizer writes it). Held out WHOLE. First sight
  // (aab49d0): K 54/66 and 53/63 (82.9%), L 63/66 and 66/66 (97.7%).
  // (K's dev half opened to fixer fx22 at 19:20 UTC; K test, L and natural-18 stay held out whole)
  // K dev after fx22 (classes, not sentences; its examples in classes-dev-26.yaml): 64/66 (the two left: a
  // course said that is already the washer's, expected without ChangeToMode; 부탁 after 그리고, the lead's).
  // dev half opened 2026-12-05 (fixer fx46); its test half stays held out
  { file: 'natural-19/k-dev.yaml', min: 0.96, showFailures: true },
  { file: 'natural-19/k-test.yaml', min: 0.84, showFailures: false },
  { file: 'natural-19/l-dev.yaml', min: 0.95, showFailures: false },
  { file: 'natural-19/l-test.yaml', min: 1, showFailures: false },
  // the lead's examples of classes found by re-saying the dev and class tables' turns in other shapes
  // (a courtesy around the request, two requests joined by 그리고, a setting the inherited device lacks)
  { file: 'classes-dev-27.yaml', min: 1, showFailures: true },
  // natural-20 (writer 20, started 2026-12-04 19:48 UTC, blind: M evenings of five homes said in long
  // breaths, 25-75 characters, two or three clauses; N short everyday turns from a stranger's mouth).
  // First sight at the session's start commit aab49d0: M 55/65 and 56/65, N 67/71 and 64/65 (242/266,
  // 91.0%); on 70f9f6e, never tuned on it: M 57/65 and 57/65, N 67/71 and 64/65 (245/266, 92.1%).
  // (M's dev half opened to fixer fx24 at 19:55 UTC; M test and N stay held out.)
  { file: 'natural-20/m-dev.yaml', min: 1, showFailures: true },
  { file: 'natural-20/m-test.yaml', min: 0.87, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx46); its test half stays held out
  { file: 'natural-20/n-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-20/n-test.yaml', min: 0.98, showFailures: false },
  // natural-21 (writer 21, started 2026-12-04 19:57 UTC, blind: O a weekend of a big family said at length,
  // 25-80 characters, two to four clauses; P everything a household says in a week). Held out WHOLE: no
  // failure printed, never tuned on. First sight at the session's start commit aab49d0: O 51/65 and 53/65,
  // P 65/69 and 67/68 (236/267, 88.4%); on 80b376e: O 53/65 and 53/65, P 65/69 and 67/68 (238/267, 89.1%).
  // (O's dev half opened to the lead at 20:16 UTC; O test and P stay held out whole)
  // dev half opened 2026-12-05 (fixer fx46); its test half stays held out
  { file: 'natural-21/o-dev.yaml', min: 0.96, showFailures: true },
  { file: 'natural-21/o-test.yaml', min: 0.81, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx46); its test half stays held out
  { file: 'natural-21/p-dev.yaml', min: 0.97, showFailures: true },
  { file: 'natural-21/p-test.yaml', min: 0.98, showFailures: false },
  // natural-22 (writer 22, started 2026-12-04 21:47 UTC, blind: Q a house of five on a busy weekday said in
  // one breath, 30-90 characters, two to four clauses; R what grandparents, teenagers and guests say).
  // First sight at ac915a2: Q 56/67 and 55/68, R 62/71 and 64/70 (237/276, 85.9%). Q's dev half is open;
  // Q test and R are held out whole.
  // dev half opened 2026-12-05 (fixer fx44); its test half stays held out
  { file: 'natural-22/q-dev.yaml', min: 0.97, showFailures: true },
  { file: 'natural-22/q-test.yaml', min: 0.8, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx44); its test half stays held out
  { file: 'natural-22/r-dev.yaml', min: 0.94, showFailures: true },
  { file: 'natural-22/r-test.yaml', min: 0.91, showFailures: false },
  // natural-25 (writer 25, started 2026-12-04 23:05 UTC, after every fixer of the evening, blind: W a family's
  // Friday evening and Saturday, a third several clauses; X new words for the same things). First sight at
  // 9b99939: W 59/65 and 59/65, X 58/72 and 57/70 (233/272, 85.7%); on the session's start commit ac915a2:
  // 232/272. W's and X's dev halves opened to the lead at 23:25 UTC; the test halves are held out.
  // dev half opened 2026-12-05 (fixer fx45); its test half stays held out
  { file: 'natural-25/w-dev.yaml', min: 0.96, showFailures: true },
  { file: 'natural-25/w-test.yaml', min: 0.9, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx45); its test half stays held out
  { file: 'natural-25/x-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-25/x-test.yaml', min: 0.81, showFailures: false },
  // natural-24 (writer 24, started 2026-12-04 22:32 UTC, after the evening's fixers fx25-fx27, blind: U a
  // rainy Sunday of three generations, half of it several clauses; V a month's turns as a recognizer writes
  // them). First sight at 5090906: U 63/67 and 59/69, V 63/65 and 60/65 (245/266, 92.1%); the same turn for
  // turn on the session's start commit ac915a2. U's and V's dev halves opened to the lead at 22:55 UTC; the
  // test halves are held out.
  { file: 'natural-24/u-dev.yaml', min: 0.94, showFailures: true },
  { file: 'natural-24/u-test.yaml', min: 0.85, showFailures: false },
  { file: 'natural-24/v-dev.yaml', min: 0.96, showFailures: true },
  { file: 'natural-24/v-test.yaml', min: 0.92, showFailures: false },
  // natural-23 (writer 23, started 2026-12-04 21:47 UTC, blind: S asking and complaining, 10-70 characters;
  // T a month of a household's short turns, a quarter as a recognizer writes them). First sight at
  // ac915a2: S 50/65 and 55/65, T 65/69 and 66/68 (236/267, 88.4%). S's dev half is open; S test and T are
  // held out whole. T dev went 65 → 64 when fx26 (a question and a request in one turn) was merged, while S
  // test went 55 → 57; the turn was not looked at (held out).
  // dev half opened 2026-12-05 (fixer fx44); its test half stays held out
  { file: 'natural-23/s-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-23/s-test.yaml', min: 0.87, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx44); its test half stays held out
  { file: 'natural-23/t-dev.yaml', min: 1, showFailures: true },
  { file: 'natural-23/t-test.yaml', min: 0.97, showFailures: false },
  // the lead's examples of hesitations between a device and its verb (mid-hesitation.ts), text with no spaces
  // read again spaced (respace.ts), 불만 꺼, 그냥 두고, and request endings after 해 (lex.ts)
  { file: 'classes-dev-33.yaml', min: 1, showFailures: true },
  // fixer fx28's examples of classes a probe of joined requests found (music asked second, a channel by name)
  { file: 'classes-dev-34.yaml', min: 1, showFailures: true },
  // fixer fx27's examples of the classes behind natural-22 Q dev's and natural-23 S dev's failures (asking
  // and complaining: questions that presume a state, wishes, two complaints, a device presumed on)
  { file: 'classes-dev-32.yaml', min: 1, showFailures: true },
  // fixer fx24's examples of the classes behind natural-20 M dev's failures (long turns of several clauses)
  { file: 'classes-dev-29.yaml', min: 1, showFailures: true },
  { file: 'classes-dev-30.yaml', min: 1, showFailures: true },
  // fixer fx26's examples: a question about the home's state and a request for something else, both done
  { file: 'classes-dev-31.yaml', min: 1, showFailures: true },
  // fixer fx23's examples of classes found by re-saying the turns in other shapes (endings of other
  // registers, a relayed wish, a reason before or after the request, a time word for now)
  { file: 'classes-dev-28.yaml', min: 1, showFailures: true },
  // fixer fx13's examples of natural-10 S's and T's classes (a day in three homes; least expected wordings)
  { file: 'classes-dev-17.yaml', min: 1, showFailures: true },
  // fixer fx15's examples of natural-12 W's and X's classes (pointing only, the pointed part turned away,
  // complaints listed with -고, not frozen enough, wonder at what devices have)
  { file: 'classes-dev-19.yaml', min: 1, showFailures: true },
  // fixer fx14's examples of the classes the thirteenth round left (events to come, power cycles, …)
  { file: 'classes-dev-18.yaml', min: 1, showFailures: true },
  // fixer fx17's examples of the classes earlier fixers left (a bare order then why, the setting asked
  // over two clauses, a sigh before a never-mind, degree words glued, a room without the remedy)
  { file: 'classes-dev-21.yaml', min: 1, showFailures: true },
  // fixer fx16's examples of natural-14 A's and B's classes (long turns of several clauses, a day of one home)
  { file: 'classes-dev-20.yaml', min: 1, showFailures: true },
  // fixer fx18's examples of the classes earlier fixers left (a programme's time as the reason, a habit
  // judged, when a cycle ends asked by its time, 좀더 glued to a complaint)
  { file: 'classes-dev-22.yaml', min: 1, showFailures: true },
  // fixer fx19's examples of natural-13 Y/Z's and natural-15 C/D's classes (중 of "in the middle of", a
  // sound wiped out, a song pulled out, a count with full blast, a corrected value below zero, a tone
  // "completely", starting over after a hesitation, replacing a device is buying talk)
  { file: 'classes-dev-23.yaml', min: 1, showFailures: true },
  // fixer fx22's examples of natural-19 K's classes (several things at once: a channel named for TV where
  // no TV is, a programme's hour, a reason after a request upon an event, 잠깐 of the speaker's own moment,
  // 다 됐어 after a correction, a feared consequence, a room's reading after talk, a light already switched on,
  // a request's reason said after it in the same breath)
  { file: 'classes-dev-26.yaml', min: 1, showFailures: true },
  // fixer fx21's examples of natural-17 G's and H's classes (long turns: how the clauses relate).
  { file: 'classes-dev-25.yaml', min: 1, showFailures: true },
  // fixer fx20's examples of the classes natural-16 E/F's dev halves and the lead left (a room restarted
  // after a hesitation, a genre the tuner lacks, a request then an unrelated question, …)
  { file: 'classes-dev-24.yaml', min: 1, showFailures: true },
  // natural-26 (writers 26Y: an ordinary week of one household, every member, every class; 26Z: every device
  // and action named the way different people name them; 2026-12-05, blind): held out whole, never tuned on.
  // First sight on d65638e (the session's start): Y 62/70 and 61/70, Z 67/70 and 63/68 (253/278, 91.0%); at the
  // session's end Y 63/70 and 64/70, Z 68/70 and 64/68 (259/278, 93.2%).
  // dev half opened 2026-12-05 (fixer fx45); its test half stays held out
  { file: 'natural-26/y-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-26/y-test.yaml', min: 0.9, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx45); its test half stays held out
  { file: 'natural-26/z-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-26/z-test.yaml', min: 0.92, showFailures: false },
  // natural-27 (writers 27A: the seasons of a year in one flat, more of the indirect kinds; 27B: talking to the home
  // while doing something else; 2026-12-05, blind, written mid-session): held out whole, never tuned on. First
  // sight on d65638e (the session's start): A 63/66 and 62/65, B 62/66 and 60/67 (247/264, 93.6%); on afc627c
  // (after the lexicon breadth): A the same, B 63/66 and 61/67 (249/264, 94.3%); the same at the session's end.
  // dev half opened 2026-12-05 (fixer fx46); its test half stays held out
  { file: 'natural-27/a-dev.yaml', min: 1, showFailures: true },
  { file: 'natural-27/a-test.yaml', min: 0.93, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx46); its test half stays held out
  { file: 'natural-27/b-dev.yaml', min: 1, showFailures: true },
  { file: 'natural-27/b-test.yaml', min: 0.89, showFailures: false },
  // natural-28 (writers 28C: three generations under one roof, every class in like share; 28D: a voice speaker in
  // the kitchen and the living room, half as a speech recognizer writes it, more relative changes, product names and
  // questions of state; 2026-12-05, blind, written at the session's start): held out whole, never tuned on. First sight on 8956913 (the session's
  // start): C 61/65 and 62/65, D 66/67 and 64/67 (253/264, 95.8%).
  // dev half opened 2026-12-05 (fixer fx46); its test half stays held out
  { file: 'natural-28/c-dev.yaml', min: 1, showFailures: true },
  { file: 'natural-28/c-test.yaml', min: 0.95, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx46); its test half stays held out
  { file: 'natural-28/d-dev.yaml', min: 1, showFailures: true },
  { file: 'natural-28/d-test.yaml', min: 0.95, showFailures: false },
  // natural-29 (writers 29E: a new baby, a dog and a visiting grandmother, most turns of two or three clauses;
  // 29F: from outside the flat, typed in the phone app or said to the phone; 2026-12-05, blind, written at the
  // session's start): held out whole, never tuned on. First sight on 8956913: E 63/68 and 62/68, F 66/69 and
  // 65/67 (256/272, 94.1%).
  // dev half opened 2026-12-05 (fixer fx50); its test half stays held out
  { file: 'natural-29/e-dev.yaml', min: 0.92, showFailures: true },
  { file: 'natural-29/e-test.yaml', min: 0.91, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx50); its test half stays held out
  { file: 'natural-29/f-dev.yaml', min: 0.95, showFailures: true },
  { file: 'natural-29/f-test.yaml', min: 0.95, showFailures: false },
  // natural-30 (writers 30G: every class of the issue by people of every age and region in like share; 30H: an
  // evening and a night in one flat, said to whichever speaker is nearest; 2026-12-05, blind, written at the
  // session's end, after every change of the session was merged): held out whole, never tuned on. First sight
  // on 9b4f1d1: G 59/65 and 62/65, H 62/66 and 61/66 (244/262, 93.1%); the session's start commit 8956913 scores
  // 243/262 on it (G dev 58/65).
  // dev half opened 2026-12-05 (fixer fx50); its test half stays held out
  { file: 'natural-30/g-dev.yaml', min: 0.9, showFailures: true },
  { file: 'natural-30/g-test.yaml', min: 0.95, showFailures: false },
  // dev half opened 2026-12-05 (fixer fx50); its test half stays held out
  { file: 'natural-30/h-dev.yaml', min: 0.93, showFailures: true },
  { file: 'natural-30/h-test.yaml', min: 0.92, showFailures: false },
  // natural-31 (writers 31I: a family of four on a weekday, from waking to sleeping, half the turns carrying more
  // than the request; 31J: people who do not know what the home can do — a visiting grandparent, a guest, a child,
  // a new tenant; 2026-12-05, blind, written at the session's start): held out whole, never tuned on. First sight
  // on 8499475: I 62/65 and 63/65, J 63/65 and 62/65 (250/260, 96.2%). Dev halves opened in session 33 (10:10 UTC,
  // at I 62/65, J 63/65); the test halves stay held out.
  { file: 'natural-31/i-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-31/i-test.yaml', min: 0.95, showFailures: false },
  { file: 'natural-31/j-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-31/j-test.yaml', min: 0.95, showFailures: false },
  // natural-32 (writers 32K: an evening of cooking, laundry and guests; 32L: an older couple and a night-shift
  // worker, formal and regional speech; 2026-12-05, blind, written at the session's start). First sight on b27d1b9:
  // K 60/65 and 61/65, L 60/66 and 60/65 (241/261, 92.3%). Dev halves open; test halves held out, never tuned on.
  { file: 'natural-32/k-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-32/k-test.yaml', min: 0.93, showFailures: false },
  { file: 'natural-32/l-dev.yaml', min: 0.96, showFailures: true },
  { file: 'natural-32/l-test.yaml', min: 0.92, showFailures: false },
  // natural-33 (writers 33M: a school morning and a sick day; 33N: an enthusiast of exact settings and a teenager's
  // slang; 2026-12-05, blind, written during the session). First sight on b27d1b9: M 59/65 and 57/65, N 60/65 and
  // 64/65 (240/260, 92.3%). Dev halves open; test halves held out, never tuned on.
  { file: 'natural-33/m-dev.yaml', min: 0.98, showFailures: true },
  { file: 'natural-33/m-test.yaml', min: 0.87, showFailures: false },
  { file: 'natural-33/n-dev.yaml', min: 1, showFailures: true },
  { file: 'natural-33/n-test.yaml', min: 0.98, showFailures: false },
  // natural-34 (writers 34O: a weekend at home with relatives of three generations; 34P: a tired worker late at
  // night and half-asleep at dawn; 2026-12-05, blind, written mid-session): held out whole, never tuned on. First
  // sight on b27d1b9: O 63/66 and 68/69, P 68/70 and 65/66 (264/271, 97.4%); on 87f6adb+ the same but P dev 69/70.
  { file: 'natural-34/o-dev.yaml', min: 0.95, showFailures: false },
  { file: 'natural-34/o-test.yaml', min: 0.98, showFailures: false },
  { file: 'natural-34/p-dev.yaml', min: 0.97, showFailures: false },
  { file: 'natural-34/p-test.yaml', min: 0.98, showFailures: false },
  // the lead's examples of "say what was understood" (a change asked with nothing of what or how; a short
  // verb the lexicon does not know, said to one device)
  { file: 'classes-dev-35.yaml', min: 1, showFailures: true },
  // fixer fx29's examples of nine classes helpers found probing (formal questions of state verbs, either-or
  // questions, an assistant's name as its speaker, a cabinet warm inside, a reading looked at, an unknown
  // verb joined before a request, a TV's own speaker, a room whose only opening is its lock)
  { file: 'classes-dev-36.yaml', min: 1, showFailures: true },
  // fixer fx31's table of partly understood turns of every shape (issue #13's "say what was understood"),
  // written from knowledge of Korean before looking at the engine; first sight 102/138, figures in its header
  { file: 'classes-dev-38.yaml', min: 1, showFailures: true },
  // fixer fx30's examples (questions about state never act: aspect-asked.ts), written from knowledge of Korean.
  { file: 'classes-dev-37.yaml', min: 1, showFailures: true },
  // fixer fx32's table of indirect requests (complaints, hints, wishes; issue #13), written from knowledge of
  // Korean before looking at the engine; first sight 180/203, now 238/249 (the 11 left are named in its header)
  { file: 'classes-dev-39.yaml', min: 0.955, showFailures: true },
  // fixer fx34's table of requests that end like questions and requests wrapped in reasons (issue #13),
  // written from knowledge of Korean before looking at the engine; first sight in its header
  { file: 'classes-dev-41.yaml', min: 1, showFailures: true },
  // fixer fx33's table of self-corrections and restarts (issue #13), written from knowledge of Korean before
  // running the engine on it; first sight 176/183, per shape in its header
  { file: 'classes-dev-40.yaml', min: 1, showFailures: true },
  // helper lxv's lexicon breadth table of verbs and actions (written from knowledge of Korean, not from
  // any test set). First sight, part by part: 404/415, 314/327, 55/61 (docs/nlu.md).
  { file: 'breadth/actions.yaml', min: 0.95, showFailures: true },
  // helper lxd's lexicon breadth table (issue #13): every way Koreans name the home's devices and rooms,
  // written from knowledge of Korean, not from any test set; first sight in the header of the file
  { file: 'breadth/devices.yaml', min: 0.95, showFailures: true },
  // helper lxe's lexicon breadth table (issue #13): endings of every register and region said of
  // plain requests and questions, written from knowledge of Korean, not from any test set.
  { file: 'breadth/endings.yaml', min: 0.95, showFailures: true },
  // fixer fx35's table of relative changes of every size (issue #13), written from knowledge of Korean before
  // running the engine on it; first sight 216/229, per shape in its header
  { file: 'classes-dev-42.yaml', min: 1, showFailures: true },
  // fixer fx36's table of brand, product-line and everyday device names and the ambiguity policy (issue #13),
  // written from knowledge of Korean before running the engine on it; first sight 221/232, per shape in its header
  { file: 'classes-dev-43.yaml', min: 1, showFailures: true },
  // fixer fx37's table of questions about state and colour temperature (issue #13), written from knowledge of
  // Korean before running the engine on it; first sight 204/212, after fx37's fixes
  // 212/212; with three more rounds and its own examples of the classes fixed 470/470 (figures in its header)
  { file: 'classes-dev-44.yaml', min: 1, showFailures: true },
  // fixer fx38's table of speech-recognizer output (issue #13), written from knowledge of Korean before running
  // the engine on it; first sight per shape in its header
  { file: 'classes-dev-45.yaml', min: 1, showFailures: true },
  // fixer fx39's table of wishes, relayed speech, conditions and where chit-chat begins (issue #13), written from
  // knowledge of Korean before running the engine on it; first sight 179/213, per shape in its header
  { file: 'classes-dev-46.yaml', min: 1, showFailures: true },
  // fixer fx41's table of issue #13's classes combined in long turns of two or three clauses, written from
  // knowledge of Korean before running the engine on it; first sight 178/208, now 229/237 (its header)
  { file: 'classes-dev-48.yaml', min: 0.96, showFailures: true },
  // fixer fx40's table of indirect requests as a matrix (every sensation × every way it is said × where;
  // issue #13), written from knowledge of Korean before running the engine on it; first sight 173/211, now 280/280
  { file: 'classes-dev-47.yaml', min: 1, showFailures: true },
  // fixer fx42's table of talk that holds a request's words but asks nothing (issue #13, chit-chat second pass),
  // written from knowledge of Korean before running the engine on it; first sight in its header
  { file: 'classes-dev-49.yaml', min: 0.958, showFailures: true },
  // fixer fx43's table of questions never acting (what comes next, setting vs reading, past actions, leave asked)
  // and conditions on readings or times (issue #13), written from knowledge of Korean before running the engine
  // on it; first sight 115/152, per shape in its header; 200/202 with its own examples of the classes fixed
  { file: 'classes-dev-50.yaml', min: 0.99, showFailures: true },
  // fixer fx46's examples of the classes behind the failures of twelve opened dev halves (natural-17 G/H, 18 I/J,
  // 19 K, 20 N, 21 O/P, 27 A/B, 28 C/D); its header holds the analysis of every failing turn
  { file: 'classes-dev-53.yaml', min: 1, showFailures: true },
  // the lead's fixes of behaviours noticed in the last closing note (session 33)
  { file: 'classes-dev-56.yaml', min: 1, showFailures: true },
  // fixer fx44's examples of the classes behind seven opened dev halves' failures (natural-22 Q/R, natural-23 S/T,
  // natural-12 W/X, natural-13 Y), written in fx44's own words with look-alikes that must not change. Dev halves
  // before → after fx44: Q 64→65/67, R 62→67/71, S 61→64/65, T 64→69/69, W 67/68, X 65/67, Y 64/65 (the eleven left are
  // judgement calls, named in the table's header)
  { file: 'classes-dev-51.yaml', min: 1, showFailures: true },
  // fixer fx45's examples of the classes behind the failures of natural-25 W/X, natural-26 Y/Z, natural-14 B and
  // natural-16 E dev (their analysis heads the file), with turns near each class that must not change
  { file: 'classes-dev-52.yaml', min: 1, showFailures: true },
  // fixer fx50's examples of the classes behind the failures of natural-29 E/F and natural-30 G/H dev (their
  // analysis heads the file), with turns near each class that must not change
  { file: 'classes-dev-54.yaml', min: 1, showFailures: true },
];

describe('natural speech tables', () => {
  for (const t of TABLES) {
    const path = join(here, 'cases', t.file);
    it.skipIf(!existsSync(path))(`${t.file} passes at least ${t.min * 100}%`, () => {
      const turns = loadCases(path);
      expect(turns.length).toBeGreaterThan(0);
      const s = scoreCases(turns, home);
      console.log(scoreTable(t.file, s));
      if (t.showFailures && s.failures.length && process.env.NLU_QUIET !== '1')
        console.log(s.failures.join('\n'));
      expect(s.passed / s.total).toBeGreaterThanOrEqual(t.min);
    });
  }
});
