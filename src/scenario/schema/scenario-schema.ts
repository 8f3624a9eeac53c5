// The shape of a scenario file (scenarios/*.scenario.yaml). scenarios/README.md documents every key.
import { z } from 'zod';
import { prose } from '../prose';
import { CheckSection } from './check-schema';
import { Effects, ExprText, FileId, Id, Later, Tags } from './common';

const Decision = z.strictObject({
  id: Id, title: prose(), text: prose('What the decision means, shown on its card.'),
  tags: Tags,
  cost: z.strictObject({
    slots: z.int().min(0).max(6).optional().describe('Agenda slots (default 1).'),
    quarters: z.int().min(1).max(8).optional().describe('Quarters its slots stay busy (default 1).'),
  }).catchall(z.number().min(0)).describe('Slots, quarters and amounts of the model\'s resources (budget).'),
  requires: ExprText.optional().describe('Offered only while this holds.'),
  unavailable: prose('Why it is not available, in the player\'s words.').optional(),
  once: z.boolean().optional(), cooldown: z.int().min(0).optional(),
  effects: Effects.optional(), later: Later.optional(),
  reflection: z.string().optional(),
  fade: z.number().min(0).max(1).optional().describe('Each time the board does it again, its effects are this fraction of the time before (default 1).'),
  ask: z.strictObject({
    of: Id.describe('The role whose agency is asked.'),
    chance: ExprText.describe('How likely the partner takes it up (0-1), read at the start of the quarter.'),
    refused: prose('What the partner says when it turns the request down.'),
    refused_effects: Effects.optional().describe('What a refusal changes.'),
  }).optional().describe('A request to a partner agency: its effects land only if the partner takes it up.'),
  binds: z.strictObject({
    quarters: z.int().min(1).max(40).describe('How many quarters after the decision the commitment runs.'),
  }).catchall(z.number().min(0)).optional().describe('A commitment: amounts of the model\'s resources spoken for in each of the following quarters.'),
});

/** Text variants: the first that fits the Nth occurrence (count) and the moment (when) replaces the text it names. */
const variant = <T extends z.ZodRawShape>(text: T) => z.array(z.strictObject({
  count: z.int().min(1).optional().describe('Fits the Nth time this appears in a game (1 = the first).'),
  when: ExprText.optional().describe('Fits while this holds when it appears.'),
  ...text,
})).optional();

const Choice = z.strictObject({
  id: Id, label: prose(), tags: Tags.optional(), default: z.boolean().optional(),
  effects: Effects.optional(), later: Later.optional(), reflection: z.string().optional(),
  when: ExprText.optional().describe('Offered only if this holds when the event arrives.'),
  variants: variant({ label: prose() }),
  puts: Id.optional().describe('A decision this answer places on next quarter\'s agenda, where it cannot be removed.'),
});

const Event = z.strictObject({
  id: Id,
  kind: z.enum(['scheduled', 'conditional', 'random', 'incident']),
  at: z.array(z.int().min(1)).optional().describe('scheduled: the quarters it happens in.'),
  when: ExprText.optional(), chance: ExprText.optional(),
  once: z.boolean().optional(), cooldown: z.int().min(0).optional(),
  from: prose(),
  cue: z.enum(['headline', 'letter', 'phone', 'incident', 'message', 'good_news']),
  content_note: prose().optional(),
  inspect: z.boolean().optional(),
  grades: z.record(z.string(), prose()).optional().describe('With inspect: true, what the inspectors\' letter says for each grade it can give (a level of the model\'s grade), shown with the judgement.'),
  headline: prose(), text: prose(),
  effects: Effects.optional(),
  choices: z.array(Choice).optional(),
  variants: variant({ headline: prose().optional(), text: prose().optional(), from: prose().optional() }),
});

const Story = z.strictObject({
  id: Id, reading: z.tuple([z.number(), z.number()]), voice: prose(),
  vague: prose(), clear: prose(), content_note: prose().optional(),
  when: ExprText.optional().describe('Heard only while this holds.'),
  variants: variant({ voice: prose().optional(), vague: prose().optional(), clear: prose().optional() }),
});

/** Where a guide step points: the part of the board screen it speaks of (the screen outlines it and can move focus to it). */
export const GUIDE_TARGETS = ['dashboard', 'indicators', 'pressures', 'practice', 'members', 'voices', 'agenda', 'slots', 'resolve', 'changes', 'front_page', 'inbox'] as const;
const GuideStep = z.strictObject({
  at: z.enum(['briefing', 'agenda', 'resolution', 'events']).optional().describe('The moment of the quarter it is shown in (default briefing).'),
  points: z.enum(GUIDE_TARGETS).optional().describe('The part of the screen it speaks of.'),
  text: prose(),
});

/** A line a board member says in the briefing: their view, a disagreement with another member, or a request. */
const Saying = z.strictObject({
  kind: z.enum(['view', 'disagree', 'request']).optional().describe('view (default), disagree (with: a role) or request (asks: a decision).'),
  text: prose('The line, in the member\'s own words: one or two sentences.'),
  when: ExprText.optional().describe('Said only while this holds at the start of the quarter; a view with a when that holds silences the member\'s views without one.'),
  with: Id.optional().describe('disagree: the role whose view this answers.'),
  asks: Id.optional().describe('request: the decision the member asks the board to take; not asked once the board cannot take it.'),
});

export const ScenarioFile = z.strictObject({
  format: z.int().describe('Scenario format version; this game reads 1.'),
  id: FileId,
  title: prose(), summary: prose(),
  difficulty: z.enum(['introductory', 'standard', 'demanding']),
  content_note: prose().optional(),
  intro: prose(),
  guide: z.record(z.string(), z.union([prose(), z.array(GuideStep)])).optional().describe('Hints by quarter number: a text shown in the briefing, or steps for the moments of the quarter that point at what they speak of.'),
  model: FileId.describe('The model file: models/ID.model.yaml.'),
  start: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
  rest: z.record(z.string(), z.number()).optional().describe('Resting levels: where variables drift back to in this scenario (default: the model\'s).'),
  incidents: z.boolean().optional().describe('false: the model\'s hazard draws no serious incidents in this scenario (default true).'),
  calendar: z.strictObject({
    quarters: z.int().min(1).max(40),
    first_quarter: z.string().optional(),
    slots: z.int().min(1).max(6).optional(),
    inspection_regime: z.string().optional(),
    phases: z.array(z.strictObject({ id: Id, title: prose(), quarters: z.string().regex(/^\d+(-\d+)?$/, { error: 'write quarters as "1-4" or "5"' }) })).optional(),
  }),
  roles: z.record(z.string(), z.strictObject({
    name: prose(), brief: prose(), sees: z.array(z.string()).optional(), private: prose().optional(),
    says: z.array(Saying).optional().describe('What the member says around the table in the briefing, a line a quarter at most.'),
  })),
  decisions: z.array(Decision).min(1),
  events: z.array(Event),
  stories: z.array(Story),
  reflections: z.record(z.string(), z.strictObject({ prompt: prose(), when: ExprText.optional() })),
  endings: z.array(z.strictObject({
    id: Id, title: prose(), text: prose(), when: ExprText,
    revealed: prose('What the fog hid: read in the debrief once the player lifts the fog, never on the ending screen. The title and text speak only of what the board could see.').optional(),
    early: z.boolean().optional(), priority: z.number().optional(),
    verdict: z.enum(['good', 'mixed', 'bad']).optional().describe('How the ending reads for children: balancing tools count the good ones.'),
  })).min(1),
  check: CheckSection.optional(),
  balance: z.record(z.string(), z.strictObject({
    policy: z.string(), between: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]),
    grade: z.string().optional().describe('Instead of an ending: the share of games in which an inspection gave this grade (named by the band\'s key).'),
    at: z.int().min(1).optional().describe('With grade: only an inspection in this quarter counts.'),
    heard: Id.optional().describe('Instead of an ending: the share of games in which the board heard this story.'),
    clear: z.boolean().optional().describe('With heard: only a clear telling counts.'),
  })).optional(),
}).describe('A scenario file of Beyond the Numbers.');
export type ScenarioFileData = z.infer<typeof ScenarioFile>;
