// The shape of a model file (scenarios/models/*.model.yaml).
import { z } from 'zod';
import { prose } from '../prose';
import { Effects, ExprText, FileId, Id } from './common';

const Relax = z.union([
  z.number().min(0).max(1),
  z.strictObject({ toward: z.number(), rate: z.number().min(0).max(1) }),
]).describe('Each quarter the variable moves this share of the way back to its initial value (or to `toward`).');

const Common = {
  label: prose('Name shown to players.'),
  doc: prose('One line on what the variable means.'),
  visibility: z.enum(['visible', 'hidden']).describe('hidden: only the debrief (and roles that `see` it) show it.'),
};

const NumberVariable = z.strictObject({
  ...Common,
  initial: z.number().describe('Value at the start (a scenario may override it in `start`).'),
  range: z.tuple([z.number(), z.number()]).describe('[min, max]; values are clamped to it.'),
  unit: prose('Unit shown beside the value.'),
  better: z.enum(['higher', 'lower']).optional().describe('Which direction is good news, for trend colours.'),
  relax: Relax.optional(),
  noise: z.number().min(0).optional().describe('Luck: the standard deviation of a random push each quarter, in the variable\'s units (default 0).'),
  decimals: z.int().min(0).max(3).optional().describe('Decimals shown (default 0).'),
});
const LevelVariable = z.strictObject({
  ...Common,
  levels: z.array(Id).min(2).describe('The values this variable can take.'),
  initial: z.string(),
  level_labels: z.record(Id, prose('What players read for this level.')).optional()
    .describe('What players read for each level (a level not named here reads as its id, with spaces for underscores).'),
});
export const Variable = z.union([NumberVariable, LevelVariable], { error: 'a variable needs initial, range, unit (a number) or levels and initial (a level)' });

export const Derived = z.strictObject({
  formula: ExprText.describe('How it is computed from variables and earlier derived values.'),
  label: prose(), doc: prose(), unit: prose(),
  visibility: z.enum(['visible', 'hidden']),
  better: z.enum(['higher', 'lower']).optional(),
  decimals: z.int().min(0).max(3).optional(),
});

export const Link = z.strictObject({
  from: z.string().describe('The variable (or derived value) that pushes.'),
  to: z.string().describe('The variable pushed.'),
  sign: z.enum(['+', '-']).describe('+ pushes the same way as the source moves, - the opposite way.'),
  strength: z.union([z.number().min(0), z.enum(['W', 'M', 'S'])]).describe('Push per unit of gap per quarter; W=0.1, M=0.25, S=0.5.'),
  delay: z.number().min(0).max(20).describe('Time constant of the delay, in quarters (0: at once).'),
  order: z.union([z.literal(1), z.literal(3)]).optional().describe('1: first-order delay (default); 3: third-order.'),
  ref: z.number().optional().describe('Reference value of the source (default: its value at the start).'),
  shape: z.enum(['linear', 'above', 'below']).optional().describe('above: only gaps above the reference push; below: only gaps below.'),
});

export const Flow = z.strictObject({
  to: z.string(),
  rate: ExprText.describe('Change per quarter, a formula.'),
  delay: z.number().min(0).max(20).optional(),
});

export const ModelFile = z.strictObject({
  format: z.int(),
  id: FileId,
  title: prose(),
  variables: z.record(z.string(), Variable),
  derived: z.record(z.string(), Derived).optional(),
  links: z.array(Link).optional(),
  flows: z.array(Flow).optional(),
  resources: z.array(z.string()).optional().describe('Variables that are per-quarter allowances decisions are paid from.'),
  incident: z.strictObject({ hazard: ExprText.describe('Probability of a serious incident each quarter.') }).optional(),
  inspection: z.strictObject({
    grade: z.string().describe('The level variable that holds the grade.'),
    score: ExprText.describe('The inspection score; `w` is the regime\'s weight on the numbers.'),
    regimes: z.record(z.string(), z.number().min(0).max(1)),
    noise: z.number().min(0),
    bands: z.array(z.strictObject({ level: z.string(), min: z.number() })).min(1),
    outcomes: z.record(z.string(), Effects).optional(),
  }).optional(),
  cascades: z.array(z.strictObject({
    variable: z.string(), window: z.int().min(1), amplify: z.number().min(1),
  })).optional().describe('A second shock to the variable within `window` quarters is multiplied by `amplify`.'),
  perception: z.strictObject({ truth: z.string(), clarity: z.string(), noise: z.number().min(0) }).optional(),
  display: z.strictObject({
    summary: z.string(), truth: z.string(),
    indicators: z.array(z.string()), pressures: z.array(z.string()),
  }),
}).describe('A model file of Beyond the Numbers.');
export type ModelFileData = z.infer<typeof ModelFile>;
