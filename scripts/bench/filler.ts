/**
 * Filler prose for the generated pages: wellness-blog sentences built from word lists that hold no
 * term of the catalogue and no myth trigger (pages.ts checks that with the real engine).
 */

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same pages. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

/** One element of `list`, chosen by `rnd`. */
export const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const SUBJECTS = [
  'A brisk morning walk', 'Our weekly community class', 'A steady sleep schedule', 'The recipe in this guide',
  'Most of our readers', 'A short stretching routine', 'The coaching team', 'A balanced breakfast',
  'Time spent outdoors', 'A warm cup of herbal tea', 'The second chapter', 'Every new habit',
  'A gentle yoga flow', 'The research group', 'Our nutrition editor', 'A quiet evening routine',
  'The training plan', 'A shared family meal', 'Cold water swimming', 'The hiking club',
];
const VERBS = [
  'shapes', 'supports', 'changes', 'improves', 'steadies', 'rewards', 'encourages', 'complements',
  'reshapes', 'frames', 'sets up', 'builds', 'softens', 'organises', 'simplifies',
];
const OBJECTS = [
  'the rest of the day', 'how we plan our week', 'the mood of the whole household', 'a sense of routine',
  'the way people talk about fitness', 'our appetite for vegetables', 'how quickly we recover',
  'the pace of a long run', 'the rhythm of the season', 'a calmer afternoon', 'the habits of beginners',
  'the questions our readers send', 'the choice of shoes', 'the balance between work and rest',
  'a good conversation', 'the length of a typical session', 'how much water we drink',
];
const TAILS = [
  'over several weeks', 'in everyday life', 'for most beginners', 'according to our survey',
  'when the weather turns', 'on busy weekdays', 'without any special equipment', 'in the long run',
  'during the holidays', 'for people of every age', 'after a long winter', 'if you keep it simple',
  'with a little patience', 'across the whole year', 'in small but real ways',
];
const OPENERS = [
  'In our experience,', 'Interestingly,', 'As many readers noticed,', 'For what it is worth,',
  'Week after week,', 'Put simply,', 'On the other hand,', 'Looking back,', 'Honestly,', 'Over time,',
];
const HEADINGS = [
  'Getting started', 'What the week looks like', 'Small changes that add up', 'Questions from readers',
  'A closer look', 'Planning your meals', 'Staying consistent', 'Rest days matter', 'Notes from the trail',
  'Common mistakes', 'What we learned', 'Tools and resources', 'A typical morning', 'Going further',
];
export const LINKS = ['our newsletter', 'the previous post', 'this recipe', 'the full schedule', 'a reader story', 'the archive'];
export const CODE = [
  'const plan = { days: 5, minutes: 30 };\nfor (const day of week) schedule(day, plan);',
  '{\n  "meal": "porridge",\n  "servings": 2,\n  "minutes": 10\n}',
  'SELECT day, minutes FROM sessions WHERE week = 12 ORDER BY day;',
  'def weekly_total(sessions):\n    return sum(s.minutes for s in sessions)',
];

/** One sentence of filler prose. */
export function fillerSentence(rnd: Random): string {
  const body = `${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)} ${pick(rnd, TAILS)}`;
  return rnd() < 0.3 ? `${pick(rnd, OPENERS)} ${body.charAt(0).toLowerCase()}${body.slice(1)}.` : `${body}.`;
}

/** A section heading. */
export const heading = (rnd: Random): string => pick(rnd, HEADINGS);

/** A short phrase (list items, table cells, captions). */
export const phrase = (rnd: Random): string => `${pick(rnd, OBJECTS).replace(/^the /, '')} ${pick(rnd, TAILS)}`;
