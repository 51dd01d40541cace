/**
 * Customer-experience practices a small business can act on, kept as data: each answers one part
 * of a gap (docs/method.md: outcome, interaction, effort, consistency) and one emotional driver,
 * and says what it looks like in each sector, so a suggestion is concrete for this business
 * ("take the deposit in the same step as the booking"), never "fix the biggest frustration".
 *
 * The complaint an owner types is read for words that point to a practice (and so to a component
 * and a driver); it is suggested with this sector's example, and the owner edits it before it lands.
 */
import type { Industry } from '../model/vocab';

export type Component = 'outcome' | 'interaction' | 'effort' | 'consistency';
export type Driver = 'trust' | 'individuals' | 'easy' | 'empathy' | 'promise' | 'put_right';

export interface Practice {
  id: string;
  component: Component;
  drivers: readonly Driver[];
  /** The practice in a few words. */
  name: string;
  /** Why it helps, for the action's description. */
  why: string;
  /** What it looks like, by sector; `default` for any other. */
  examples: Partial<Record<Industry, string>> & { default: string };
}

export const PRACTICES: readonly Practice[] = [
  {
    id: 'one-step',
    component: 'effort',
    drivers: ['easy'],
    name: 'Cut a step',
    why: 'Every form, call or visit the customer has to make is effort they remember. Doing two things in one step removes a reason to give up.',
    examples: {
      default: 'Let customers book and pay in one step, online, at any hour',
      local: 'Take the booking and the deposit in the same online step, with the available dates shown',
      healthcare: 'Send the forms with the booking confirmation, so they are done before the visit',
      retail: 'Keep the basket and card details so a repeat order takes two clicks',
      hospitality: 'Offer online check-in the day before, so arrival is a key and a smile',
      software: 'Pre-fill the sign-up from what the customer already gave',
      education: 'Put the enrolment forms in one online form instead of three paper ones',
    },
  },
  {
    id: 'say-when',
    component: 'effort',
    drivers: ['promise', 'easy'],
    name: 'Say when, then keep it',
    why: 'Waiting is worse when nobody says for how long. A time promised and kept turns waiting into trust.',
    examples: {
      default: 'Tell every customer when they will hear back, and reply within one working day',
      local: 'Confirm the exact time slot the day before, and text if you will be more than 15 minutes late',
      healthcare: 'Tell patients how long the wait is at check-in, and update them if it grows',
      retail: 'Give a delivery day at checkout, and send the tracking link the day it ships',
      hospitality: 'Say how long the table or room will take, and come back before that time',
    },
  },
  {
    id: 'keep-posted',
    component: 'interaction',
    drivers: ['promise', 'easy'],
    name: 'Keep them posted',
    why: 'Customers chase when they do not know where things stand. A short update at each stage saves their time and yours.',
    examples: {
      default: 'Send a short update at each stage without being asked',
      local: 'Send a photo and a one-line update when the job starts and when it is done',
      healthcare: 'Text when results are in and what happens next',
      retail: 'Send an update when the order is packed, shipped and out for delivery',
      software: 'Email a weekly note on open requests until they are closed',
    },
  },
  {
    id: 'explain-first',
    component: 'interaction',
    drivers: ['empathy', 'trust'],
    name: 'Explain before you act',
    why: 'People who know what will happen feel looked after; people who are surprised feel handled.',
    examples: {
      default: 'Explain what will happen next, and what it costs, before each step',
      local: 'Walk the customer through what you will do and what it will cost before you start',
      healthcare: 'Tell patients what each step of the treatment will feel like before it starts',
      education: 'Give parents a one-page guide to the first week before it begins',
    },
  },
  {
    id: 'no-surprise-price',
    component: 'outcome',
    drivers: ['trust'],
    name: 'No surprises on price',
    why: 'An unexpected charge undoes a good experience. The full price up front is a promise kept later.',
    examples: {
      default: 'Show the full price, what is included and any deposit before the customer commits',
      local: 'Send a written quote with the deposit, the balance and what is included before booking',
      healthcare: 'Give the cost of the treatment plan in writing before the first appointment',
      retail: 'Show delivery costs on the product page, not at checkout',
      hospitality: 'Show taxes and extras in the price from the first screen',
    },
  },
  {
    id: 'remember-them',
    component: 'interaction',
    drivers: ['individuals'],
    name: 'Remember the person',
    why: 'Being recognised is the cheapest delight there is. Generic treatment tells customers they are a number.',
    examples: {
      default: 'Keep a note of each customer’s preferences and use it next time',
      local: 'Note each customer’s preferences (and their pet’s name) and greet them with it next time',
      healthcare: 'Note what made the patient nervous last time and mention it before you start',
      hospitality: 'Remember regulars’ orders and have them ready',
      retail: 'Suggest what fits what the customer bought before, not the week’s promotion',
    },
  },
  {
    id: 'own-the-fix',
    component: 'outcome',
    drivers: ['put_right', 'trust'],
    name: 'Own the fix',
    why: 'A problem put right quickly earns more loyalty than no problem at all. Making the customer chase loses it.',
    examples: {
      default: 'When something goes wrong, call the customer first, say sorry, and put it right within 48 hours',
      local: 'If a job is not right, go back within 48 hours at no charge, and call to check afterwards',
      healthcare: 'Call the patient the same day a mistake is found, and book the fix before they ask',
      retail: 'Send the replacement before the return arrives',
    },
  },
  {
    id: 'check-before',
    component: 'outcome',
    drivers: ['promise'],
    name: 'Check before it leaves',
    why: 'Most wrong outcomes are caught by a last look. A short check costs minutes and saves a lost customer.',
    examples: {
      default: 'A last check against the order before anything is handed over',
      local: 'Check the finished work against the agreed list with the customer before you leave',
      retail: 'Check each parcel against the order before it is sealed',
      hospitality: 'Check the room against a short list before each guest arrives',
    },
  },
  {
    id: 'same-every-time',
    component: 'consistency',
    drivers: ['promise', 'trust'],
    name: 'The same every time',
    why: 'Customers judge the worst visit, not the average. Writing down how a step is done makes the good days the usual ones.',
    examples: {
      default: 'Write a one-page checklist for this step so every customer gets the same care',
      local: 'A one-page checklist for every job, whoever does it',
      healthcare: 'A short script for the front desk, so every patient hears the same clear welcome',
      hospitality: 'A checklist for each shift so the welcome does not depend on who is working',
    },
  },
  {
    id: 'right-information',
    component: 'outcome',
    drivers: ['promise', 'trust'],
    name: 'Say it right where they look',
    why: 'Customers act on what they read about you: wrong hours or an old price online is a broken promise before they have even met you.',
    examples: {
      default: 'Check your opening hours, prices and contact details online on the first of every month',
      local: 'Check your hours, prices and phone number on Google, your website and social pages on the first of every month',
      healthcare: 'Keep opening hours, the emergency number and what to bring up to date on the website and booking page',
      retail: 'Check stock, prices and opening hours online every week',
      hospitality: 'Keep menus, opening hours and booking details the same everywhere they appear online',
    },
  },
  {
    id: 'easy-to-reach',
    component: 'effort',
    drivers: ['put_right', 'easy'],
    name: 'Easy to reach',
    why: 'A customer who cannot reach you when something is wrong tells others instead.',
    examples: {
      default: 'One number or message channel that a person answers the same day',
      local: 'A text number that is answered the same day, shown on every invoice and message',
      healthcare: 'A message line for questions after a visit, answered within the day',
      software: 'A help chat answered by a person within an hour in office hours',
    },
  },
  {
    id: 'listen-first',
    component: 'interaction',
    drivers: ['empathy'],
    name: 'Listen first',
    why: 'Customers who feel heard forgive a lot. Repeating back what they asked for shows they were.',
    examples: {
      default: 'Start each conversation by asking what matters most today, and repeat it back',
      local: 'Ask what matters most about the job before quoting, and write it on the quote',
      healthcare: 'Ask what worries the patient most before the examination',
      education: 'Ask parents what they hope for their child at the first meeting',
    },
  },
];

/**
 * What a complaint's words point to, most specific first: each rule names the practice that
 * answers it. The first rule that matches wins; none matching means effort, and cutting a step.
 */
const RULES: { re: RegExp; practice: string }[] = [
  { re: /\b(hours|opening times?|listing|google|website|online|address|information|info)\b.*\b(wrong|out of date|outdated|incorrect|old)\b|\b(wrong|out of date|outdated|incorrect)\b.*\b(hours|listing|google|website|address|information|info)\b/i, practice: 'right-information' },
  { re: /\b(picks? up|answer(s|ed)? the phone|no answer|unreachable|can'?t reach|get hold|voicemail|nobody answers?|phone (is )?(always )?busy)\b/i, practice: 'easy-to-reach' },
  { re: /\b(no ?(one|body) (told|called|said|rang|updated)|nobody (told|called|said|rang)|no update|never heard|didn'?t know|not told|no idea|no word|kept in the dark)\b/i, practice: 'keep-posted' },
  { re: /\b(took|takes|waited|waiting|queue|slow|forever|days?|weeks?)\b/i, practice: 'say-when' },
  { re: /\b(price|prices|cost|costs|charge[ds]?|fee|fees|deposit|hidden|bill|invoice|expensive|quote)\b/i, practice: 'no-surprise-price' },
  { re: /\b(nervous|anxious|scared|worried|afraid|stress(ed|ful)?)\b/i, practice: 'explain-first' },
  { re: /\b(rude|unfriendly|cold|pushy|rushed|ignored|didn'?t listen|not listen|dismissive)\b/i, practice: 'listen-first' },
  { re: /\b(generic|impersonal|remember(ed)?|like a number)\b/i, practice: 'remember-them' },
  { re: /\b(arrived|delivered|came)\b.*\b(broken|damaged|scratched|wrong|missing)\b/i, practice: 'check-before' },
  { re: /\b(broken|damaged|scratched|mistake|missing|lost|faulty|not fixed|error|poor quality|blurry|wrong)\b/i, practice: 'own-the-fix' },
  { re: /\b(sometimes|depends|inconsistent|varies|different (every|each)|hit and miss|never the same)\b/i, practice: 'same-every-time' },
  { re: /\b(wait|hours?|long|late|delay(ed)?|expired)\b/i, practice: 'say-when' },
  { re: /\b(form|forms|paperwork|chase|chasing|twice|again|repeat|hard|complicated|confusing)\b/i, practice: 'one-step' },
];

const byId = (id: string) => PRACTICES.find((p) => p.id === id)!;

/** The practice a complaint's words point to. */
export function practiceForComplaint(text: string): Practice {
  return byId(RULES.find((r) => r.re.test(text))?.practice ?? 'one-step');
}

/** The part of the experience and the driver a complaint's words point to: its practice's. */
export function readComplaint(text: string): { component: Component; driver: Driver } {
  const p = practiceForComplaint(text);
  return { component: p.component, driver: p.drivers[0]! };
}

/** The practice that answers this component and driver best: both, else the component, else ease. */
export function practiceFor(component: Component, driver: Driver): Practice {
  return (
    PRACTICES.find((p) => p.component === component && p.drivers[0] === driver) ??
    PRACTICES.find((p) => p.component === component && p.drivers.includes(driver)) ??
    PRACTICES.find((p) => p.drivers.includes(driver)) ??
    PRACTICES.find((p) => p.component === component) ??
    PRACTICES[0]!
  );
}

/** What the practice looks like in this sector. */
export function exampleFor(practice: Practice, industry: Industry | string): string {
  return (practice.examples as Record<string, string | undefined>)[industry] ?? practice.examples.default;
}
