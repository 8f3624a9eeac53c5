// The shape of a scenario file (scenarios/*.scenario.yaml). scenarios/README.md documents every key.
import { z } from 'zod';
import { Effects, ExprText, FileId, Id, Later, Tags } from './common';

const Decision = z.strictObject({
  id: Id, title: z.string(), text: z.string().describe('What the decision means, shown on its card.'),
  tags: Tags,
  cost: z.strictObject({
    slots: z.int().min(0).max(6).optional().describe('Agenda slots (default 1).'),
    quarters: z.int().min(1).max(8).optional().describe('Quarters its slots stay busy (default 1).'),
  }).catchall(z.number().min(0)).describe('Slots, quarters and amounts of the model\'s resources (budget).'),
  requires: ExprText.optional().describe('Offered only while this holds.'),
  unavailable: z.string().optional().describe('Why it is not available, in the player\'s words.'),
  once: z.boolean().optional(), cooldown: z.int().min(0).optional(),
  effects: Effects.optional(), later: Later.optional(),
  reflection: z.string().optional(),
});

const Choice = z.strictObject({
  id: Id, label: z.string(), tags: Tags.optional(), default: z.boolean().optional(),
  effects: Effects.optional(), later: Later.optional(), reflection: z.string().optional(),
});

const Event = z.strictObject({
  id: Id,
  kind: z.enum(['scheduled', 'conditional', 'random', 'incident']),
  at: z.array(z.int().min(1)).optional().describe('scheduled: the quarters it happens in.'),
  when: ExprText.optional(), chance: ExprText.optional(),
  once: z.boolean().optional(), cooldown: z.int().min(0).optional(),
  from: z.string(),
  cue: z.enum(['headline', 'letter', 'phone', 'incident', 'message', 'good_news']),
  content_note: z.string().optional(),
  inspect: z.boolean().optional(),
  headline: z.string(), text: z.string(),
  effects: Effects.optional(),
  choices: z.array(Choice).optional(),
});

const Story = z.strictObject({
  id: Id, reading: z.tuple([z.number(), z.number()]), voice: z.string(),
  vague: z.string(), clear: z.string(), content_note: z.string().optional(),
});

export const ScenarioFile = z.strictObject({
  format: z.int().describe('Scenario format version; this game reads 1.'),
  id: FileId,
  title: z.string(), summary: z.string(),
  difficulty: z.enum(['introductory', 'standard', 'demanding']),
  content_note: z.string().optional(),
  intro: z.string(),
  guide: z.record(z.string(), z.string()).optional(),
  model: FileId.describe('The model file: models/ID.model.yaml.'),
  start: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
  calendar: z.strictObject({
    quarters: z.int().min(1).max(40),
    first_quarter: z.string().optional(),
    slots: z.int().min(1).max(6).optional(),
    inspection_regime: z.string().optional(),
    phases: z.array(z.strictObject({ id: Id, title: z.string(), quarters: z.string().regex(/^\d+(-\d+)?$/, { error: 'write quarters as "1-4" or "5"' }) })).optional(),
  }),
  roles: z.record(z.string(), z.strictObject({
    name: z.string(), brief: z.string(), sees: z.array(z.string()).optional(), private: z.string().optional(),
  })),
  decisions: z.array(Decision).min(1),
  events: z.array(Event),
  stories: z.array(Story),
  reflections: z.record(z.string(), z.strictObject({ prompt: z.string(), when: ExprText.optional() })),
  endings: z.array(z.strictObject({
    id: Id, title: z.string(), text: z.string(), when: ExprText,
    early: z.boolean().optional(), priority: z.number().optional(),
  })).min(1),
  balance: z.record(z.string(), z.strictObject({
    policy: z.string(), between: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]),
  })).optional(),
}).describe('A scenario file of Beyond the Numbers.');
export type ScenarioFileData = z.infer<typeof ScenarioFile>;
