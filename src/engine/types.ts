// The compiled, validated world the engine runs: produced by src/scenario from model and scenario files.
// The engine knows no variable by name; every id below comes from those files.

export type Value = number | string | boolean;
export type Vars = Record<string, number | string>;

/** What an expression sees when it is evaluated. */
export interface ExprEnv {
  vars: Readonly<Record<string, Value>>;
  chose(id: string): boolean;
  happened(id: string): boolean;
  quartersSince(id: string): number;
  count(id: string): number;
}
export type Formula = (env: ExprEnv) => Value;

export type Tag = 'compliance' | 'learning' | 'capacity' | 'relations';
export const TAGS: readonly Tag[] = ['compliance', 'learning', 'capacity', 'relations'];

export interface VariableDef {
  id: string;
  label: string;
  doc: string;
  unit: string;
  visibility: 'visible' | 'hidden';
  /** Numeric variables: range and first-order drift back toward a resting value each quarter. */
  kind: 'number' | 'level';
  min: number;
  max: number;
  initial: number | string;
  levels?: readonly string[];
  /** What players read for each level, where the model names it (else the id, with spaces for underscores). */
  levelLabels?: Readonly<Record<string, string>>;
  relax?: { toward: number; rate: number };
  /** Luck: the standard deviation of a random push each quarter (0 for most variables). */
  noise?: number;
  better?: 'higher' | 'lower';
  decimals: number;
}

export interface DerivedDef {
  id: string;
  label: string;
  doc: string;
  unit: string;
  visibility: 'visible' | 'hidden';
  formula: Formula;
  decimals: number;
  better?: 'higher' | 'lower';
}

/** A causal push on one variable each quarter: a linear link or a formula, through a delay. */
export interface FlowDef {
  to: string;
  /** The raw input each quarter (for a link: the gap of its source from its reference, shaped). */
  input: (env: ExprEnv, start: Readonly<Record<string, Value>>) => number;
  /** Multiplier applied to the delayed input. */
  gain: number;
  /** Time constant in quarters; 0 means no delay. */
  delay: number;
  /** 1 for first-order smoothing, 3 for a third-order delay. */
  order: number;
  label: string;
}

export interface InspectionDef {
  grade: string;
  score: Formula; // sees `w`
  regimes: Record<string, number>;
  noise: number;
  bands: { level: string; min: number }[];
  outcomes: Record<string, EffectMap>;
}

export interface CascadeDef { variable: string; window: number; amplify: number }
export interface PerceptionDef { truth: string; clarity: string; noise: number }

export interface Model {
  id: string;
  title: string;
  variables: VariableDef[];
  derived: DerivedDef[];
  flows: FlowDef[];
  resources: string[];
  incident?: { hazard: Formula };
  inspection?: InspectionDef;
  cascades: CascadeDef[];
  perception?: PerceptionDef;
  display: { indicators: string[]; pressures: string[]; summary: string; truth: string };
}

export type Effect = { delta: number } | { set: number | string };
export type EffectMap = Record<string, Effect>;
export interface LaterEffect { after: number; effects: EffectMap }

export interface DecisionDef {
  id: string;
  title: string;
  text: string;
  tags: Tag[];
  cost: { resources: Record<string, number>; slots: number; quarters: number };
  requires?: Formula;
  /** The condition as written, for tools that explain which part of it failed. */
  requiresSource?: string;
  unavailable?: string;
  once: boolean;
  cooldown: number;
  effects: EffectMap;
  later: LaterEffect[];
  reflection?: string;
  /** Each earlier time the board did this, its immediate effects are this fraction again (1: no fading). */
  fade: number;
  /** A request to a partner agency: it lands only if the partner takes it up. */
  ask?: AskDef;
  /** A commitment: for the quarters after it is chosen, these amounts of the resources are already spoken for. */
  binds?: { quarters: number; resources: Record<string, number> };
}

export interface AskDef { of: string; chance: Formula; refused: string; refusedEffects: EffectMap }

/** Text chosen by occurrence (the Nth time in a game) or by a condition at the moment it appears. */
export interface Variant<T> { count?: number; when?: Formula; text: Partial<T> }

export interface ChoiceDef {
  id: string;
  label: string;
  tags: Tag[];
  effects: EffectMap;
  later: LaterEffect[];
  reflection?: string;
  /** Offered only if this holds when the event arrives. */
  when?: Formula;
  variants: Variant<{ label: string }>[];
  /** A decision this answer places on next quarter's agenda, where it cannot be removed (a demand accepted). */
  puts?: string;
}

export type EventKind = 'scheduled' | 'conditional' | 'random' | 'incident';
export interface EventDef {
  id: string;
  kind: EventKind;
  at: number[];
  when?: Formula;
  chance?: Formula;
  once: boolean;
  cooldown: number;
  from: string;
  cue: string;
  contentNote?: string;
  inspect: boolean;
  /** With inspect: the inspectors' words for each grade, shown with the judgement. */
  grades: Record<string, string>;
  headline: string;
  text: string;
  effects: EffectMap;
  choices: ChoiceDef[];
  defaultChoice?: string;
  variants: Variant<EventText>[];
}
export interface EventText { headline: string; text: string; from: string }

export interface StoryText { voice: string; vague: string; clear: string }
export interface StoryDef extends StoryText { id: string; reading: [number, number]; when?: Formula; variants: Variant<StoryText>[] }
export interface GuideStep { at: 'briefing' | 'agenda' | 'resolution' | 'events'; points?: string; text: string }
export interface RoleDef { id: string; name: string; brief: string; sees: string[]; private: string; says: SayingDef[] }
/** A line a member says around the table in the briefing (see engine/voices.ts). */
export interface SayingDef { kind: 'view' | 'disagree' | 'request'; text: string; when?: Formula; with?: string; asks?: string }
export interface ReflectionDef { id: string; prompt: string; when?: Formula }
export interface EndingDef { id: string; title: string; text: string; /** What the fog hid: shown only once the debrief's reveal is lifted. */ revealed?: string; when: Formula; early: boolean; priority: number; verdict?: 'good' | 'mixed' | 'bad' }
/** A check of understanding before and after play (see learning/check.ts); text only, it never touches the state. */
export interface CheckDef { offered: boolean; intro: string; constructs: { id: string; title: string; about: string }[]; items: CheckItemDef[] }
export interface CheckItemDef {
  id: string; construct: string; form: 'before' | 'after'; prompt: string; about: string;
  series: { label: string; values: number[] }[];
  choices?: { id: string; label: string; best: boolean }[];
  scale?: { from: number; to: number; low: string; high: string };
}
export interface BalanceBand { policy: string; between: [number, number]; grade?: string; at?: number; heard?: string; clear?: boolean }
export interface PhaseDef { id: string; title: string; from: number; to: number }

export interface Scenario {
  id: string;
  title: string;
  summary: string;
  difficulty: string;
  contentNote?: string;
  intro: string;
  /** Hints by quarter number, each for a moment of the quarter and perhaps pointing at a part of the screen. */
  guide: Record<number, GuideStep[]>;
  /** Content hash of the scenario and model sources: a save names the exact files it was played on. */
  hash: string;
  model: Model;
  start: Vars;
  /** Where each numeric variable drifts back to: the model's resting value unless the scenario sets its own. */
  rest: Record<string, number>;
  calendar: { quarters: number; firstQuarter: string; slots: number; regime?: string; phases: PhaseDef[] };
  roles: RoleDef[];
  decisions: DecisionDef[];
  events: EventDef[];
  stories: StoryDef[];
  reflections: ReflectionDef[];
  endings: EndingDef[];
  /** Bands keyed by an ending, or by a name with grade (an inspection grade given) or heard (a story heard). */
  balance: Record<string, BalanceBand>;
  /** The check before and after play, when the scenario has one. */
  check?: CheckDef;
  /** False: the model's incident hazard draws no serious incidents in this scenario (a tutorial that promises none). */
  incidents: boolean;
}
