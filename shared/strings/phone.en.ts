/**
 * What the participant page on a phone says (docs/room.md). Kept apart from the app's own
 * sentences so the phone downloads only these.
 */
const plural = new Intl.PluralRules('en');
const count = (n: number, one: string, other: string) => `${n} ${plural.select(n) === 'one' ? one : other}`;

export const phoneText = {
  brand: 'Touchpoint',
  joinTitle: 'Join the workshop',
  joinLede: 'Type the room code shown on the screen. Your first name is optional: leave it empty to stay anonymous.',
  code: 'Room code',
  name: 'First name (optional)',
  join: 'Join',
  joining: 'Joining…',
  hello: (name: string) => (name ? `Hello, ${name}` : 'You are in'),
  waitTitle: 'Nothing to do just yet',
  wait: 'The facilitator will put something on show. This page follows along by itself.',
  lost: 'The room cannot be reached. Trying again…',
  closed: 'The room has closed, or was opened again. Join with the code on the screen.',
  yourNote: 'Your note',
  addNote: 'Add note',
  noteSent: 'Sent. Add another if you like.',
  yourNotes: 'Your notes',
  takeBack: 'Take back my last note',
  takenBack: 'Your last note was taken back.',
  left: (n: number) => count(n, 'character left', 'characters left'),
  rateTitle: 'How did each stage feel?',
  rateLede: 'Tap how it felt to you, from very bad to very good. You can change your answer.',
  feelings: ['Very bad', 'Bad', 'Neutral', 'Good', 'Very good'],
  feelingOf: (feeling: string, stage: string) => `${feeling} for ${stage}`,
  voteTitle: 'Put your dots on the gaps that matter most',
  voteLede: (dots: number) => `You have ${count(dots, 'dot', 'dots')}. Nobody sees the count until the facilitator reveals it.`,
  dotsLeft: (n: number) => count(n, 'dot left', 'dots left'),
  more: (gap: string) => `One more dot on ${gap}`,
  fewer: (gap: string) => `One dot fewer on ${gap}`,
  dotsOn: (gap: string) => `Dots on ${gap}`,
  sendDots: 'Send my dots',
  dotsSent: 'Your dots are in. You can change them and send again.',
  surveyTitle: 'A quick question',
  csat: (name: string) => `How satisfied were you with ${name}?`,
  ces: (name: string) => `How easy was it to deal with ${name}?`,
  csatEnds: ['Very dissatisfied', 'Very satisfied'],
  cesEnds: ['Very difficult', 'Very easy'],
  answerOf: (n: number, name: string) => `${n} for ${name}`,
  sent: 'Sent',
  failed: 'That did not go through. Try again.',
} as const;
