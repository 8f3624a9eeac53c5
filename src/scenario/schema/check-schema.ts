// The shape of a scenario's check of understanding before and after play (scenarios/README.md, `check`). Parallel
// forms: every construct is asked once or more before play and as often after, never with the same question twice.
import { z } from 'zod';
import { prose } from '../prose';
import { Id } from './common';

const Series = z.strictObject({
  label: prose('What the line is, with its unit: "Referrals a month".'),
  values: z.array(z.number()).min(2).max(24).describe('The points, one a quarter (or month), drawn left to right.'),
});

const Choice = z.strictObject({
  id: Id, label: prose(),
  best: z.boolean().optional().describe('The answer the item is looking for: exactly one per item.'),
});

const Item = z.strictObject({
  id: Id,
  construct: Id.describe('What the item measures: a key of constructs.'),
  form: z.enum(['before', 'after']).describe('Asked before play or after the debrief.'),
  prompt: prose(),
  series: z.array(Series).min(1).max(3).optional().describe('Lines drawn above the question (with a table of their values for screen readers).'),
  choices: z.array(Choice).min(2).max(5).optional().describe('A choice item: one of these answers is best.'),
  scale: z.strictObject({
    from: z.int(), to: z.int(), low: prose('What the lowest point means.'), high: prose('What the highest point means.'),
  }).optional().describe('A scale item (confidence): the player picks a point; it is reported, never marked.'),
  about: prose('What the item was about: shown beside the player\'s own change once both checks are done.'),
});

export const CheckSection = z.strictObject({
  default: z.boolean().optional().describe('Offered by default when a game starts (default true); a player in a hurry can always skip it.'),
  intro: prose('Said before the first item: what the check is for, and that it is not a test of the person.'),
  constructs: z.record(z.string(), z.strictObject({
    title: prose('The construct in a few words: "Stocks, flows and delays".'),
    about: prose('One or two sentences for the player and the commissioner\'s report.'),
  })),
  items: z.array(Item).min(2),
}).describe('A short check of understanding before and after play.');
