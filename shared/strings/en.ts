/**
 * Every sentence the user reads, in one place, so that a translation is one new file.
 * Functions are used where a sentence carries a value. Guidance texts are our own words,
 * written from the facts in DOMAIN.md.
 */
export const en = {
  app: {
    name: 'Touchpoint',
    tagline: 'Customer-experience workshops, offline',
  },

  validation: {
    required: 'This cannot be empty.',
    notText: 'Expected text here.',
    notNumber: 'Expected a number here.',
    wholeNumber: 'Use a whole number.',
    notBoolean: 'Expected yes or no.',
    badDate: 'Use a real date (YYYY-MM-DD).',
    badId: 'That is not a valid identifier.',
    tooLong: (max: number) => `Too long: at most ${max.toLocaleString('en')} characters.`,
    tooMany: (max: number) => `Too many: at most ${max} items.`,
    range: (min: number, max: number) => `Use a value from ${min} to ${max}.`,
    notOneOf: (values: readonly string[]) => `Choose one of: ${values.join(', ')}.`,
    workshopTitleRequired: 'Give the workshop a title.',
  },

  errors: {
    invalidInput: (detail: string) => `That could not be saved: ${detail}`,
    notFound: 'That item no longer exists. It may have been deleted in another window.',
    workshopNotFound: 'That workshop no longer exists.',
    conflict: 'That item already exists.',
    wrongWorkshop: 'That edit refers to something outside this workshop.',
    unknownChannel: 'The app asked for something it does not know how to do.',
    internal: 'Something went wrong on our side. Your last change was not saved.',
    network: 'The app cannot reach its data right now. Your last change was not saved.',
    forbidden: 'This request is not allowed.',
    futureDatabase: (found: number, supported: number) =>
      `This library was written by a newer version of Touchpoint (data version ${found}; this version understands up to ${supported}). ` +
      'Please update Touchpoint. Your library has not been changed.',
    corruptMovedAside: (path: string) =>
      `Your workshop library could not be read, so it was moved aside to ${path} and a fresh library was opened. ` +
      'Nothing was deleted; keep that file if you need to recover it.',
    saveFailedRolledBack: (detail: string) => `Not saved: ${detail} The screen now shows what is stored.`,
  },

  save: {
    saved: 'All changes saved',
    saving: 'Saving…',
    failed: 'Not saved',
  },

  common: {
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    rename: 'Rename',
    save: 'Save',
    create: 'Create',
    remove: 'Remove',
    undo: 'Undo',
    redo: 'Redo',
    dismiss: 'Dismiss',
    notSet: 'Not set',
    moveUp: 'Move up',
    moveDown: 'Move down',
  },

  library: {
    heading: 'Workshops',
    intro: 'Every workshop is saved on this computer as you work. Nothing leaves it.',
    newWorkshop: 'New workshop',
    search: 'Search workshops',
    searchPlaceholder: 'Search by client or title',
    showArchived: 'Show archived',
    columns: { workshop: 'Workshop', client: 'Client', date: 'Date', edited: 'Last edited', actions: 'Actions' },
    open: (title: string) => `Open ${title}`,
    renameOf: (title: string) => `Rename ${title}`,
    duplicateOf: (title: string) => `Duplicate ${title}`,
    archiveOf: (title: string) => `Archive ${title}`,
    unarchiveOf: (title: string) => `Restore ${title} from the archive`,
    deleteOf: (title: string) => `Delete ${title}`,
    archivedBadge: 'Archived',
    noClient: 'No client yet',
    noDate: 'No date',
    empty: 'No workshops yet.',
    emptyHint: 'Create one to prepare your next session: the client, the scope and the experience you are aiming for.',
    noMatches: (q: string) => `No workshop matches “${q}”.`,
    count: (n: number) => (n === 1 ? '1 workshop' : `${n} workshops`),
    createDialog: {
      title: 'New workshop',
      titleLabel: 'Workshop title',
      titlePlaceholder: 'e.g. Onboarding journey review',
      clientLabel: 'Client or organisation',
      clientPlaceholder: 'e.g. Northwind Clinics',
      submit: 'Create workshop',
    },
    renameDialog: {
      title: 'Rename workshop',
      label: 'Workshop title',
    },
    deleteDialog: {
      title: 'Delete this workshop?',
      body: (title: string) =>
        `“${title}” and everything in it (personas, journeys, gaps, actions) will be removed from this computer. This cannot be undone.`,
      hint: 'To keep it out of the way instead, archive it.',
      confirm: 'Delete workshop',
    },
    copySuffix: ' (copy)',
    duplicated: (title: string) => `Created “${title}”.`,
    deleted: (title: string) => `Deleted “${title}”.`,
    archived: (title: string) => `Archived “${title}”.`,
    unarchived: (title: string) => `Restored “${title}”.`,
    editedAt: (when: string) => `Edited ${when}`,
  },

  time: {
    justNow: 'just now',
    minutesAgo: (n: number) => (n === 1 ? '1 minute ago' : `${n} minutes ago`),
    hoursAgo: (n: number) => (n === 1 ? '1 hour ago' : `${n} hours ago`),
    yesterday: 'yesterday',
  },

  workshop: {
    backToLibrary: 'All workshops',
    stepsNav: 'Workshop steps',
    untitled: 'Untitled workshop',
    loading: 'Opening workshop…',
    undoShortcut: 'Undo (Ctrl+Z)',
    redoShortcut: 'Redo (Ctrl+Shift+Z)',
    nothingToUndo: 'Nothing to undo',
    nothingToRedo: 'Nothing to redo',
    stepProgress: (done: number, total: number) => `${done} of ${total} filled in`,
    stepDone: 'Complete',
    presenterOn: 'Presenter view',
    presenterOff: 'Leave presenter view',
  },

  steps: {
    setup: 'Setup',
    listen: 'Listen',
    personas: 'Personas',
    journey: 'Journey map',
    blueprint: 'Blueprint',
    gaps: 'Gaps',
    actions: 'Actions',
    measure: 'Measure',
    report: 'Report',
  },

  setup: {
    heading: 'Set up the workshop',
    lede: 'Agree who this is for, what is in scope and the experience you want customers to have. Everything after this builds on it.',
    sections: {
      session: 'The session',
      participants: 'Participants',
      scope: 'Scope',
      vision: 'Experience vision',
    },
    client: 'Client or organisation',
    clientHint: 'Whose customers are we talking about?',
    title: 'Workshop title',
    date: 'Workshop date',
    facilitator: 'Facilitator',
    industry: 'Industry',
    industryHint: 'Sets the vocabulary of the examples: patients, guests, shoppers, donors or buyers.',
    participantsHint: 'Who is in the room. Their names are used later for dot voting.',
    participantName: (n: number) => `Participant ${n} name`,
    participantRole: (n: number) => `Participant ${n} role`,
    participantNamePlaceholder: 'Name',
    participantRolePlaceholder: 'Role, e.g. Head of Support',
    addParticipant: 'Add participant',
    removeParticipant: (name: string) => `Remove ${name}`,
    moveParticipantUp: (name: string) => `Move ${name} up`,
    moveParticipantDown: (name: string) => `Move ${name} down`,
    noParticipants: 'No participants yet.',
    unnamedParticipant: (n: number) => `participant ${n}`,
    scopeJourney: 'Which journey',
    scopeJourneyHint: 'Where the journey starts and ends, e.g. “from first enquiry to the first month of use”.',
    scopeProduct: 'Which product or service',
    scopeSegments: 'Which customer segments',
    scopeSegmentsHint: 'Segments that matter most: by value, room to grow, or how much they influence referrals.',
    vision: 'The experience we want to create',
    visionHint: 'Be specific enough that the room can test a touchpoint against it.',
    useExample: 'Start from an example',
    exampleInserted: 'Example added. Make it your own.',
    industryNames: {
      b2b: 'B2B (business customers)',
      retail: 'Retail',
      healthcare: 'Healthcare',
      hospitality: 'Hospitality',
      nonprofit: 'Non-profit',
      local: 'Local services',
      other: 'Other',
    },
    visionExamples: {
      default:
        'Customers feel understood from the first conversation, are helped by someone who knows what they are doing, and have their problem solved the first time, without chasing us.',
      b2b: 'Buyers feel we understand their business before they sign, get to value in their first month without chasing us, and always know who to call and what happens next.',
      retail:
        'Shoppers find what they came for quickly, trust what we tell them about price and stock, and can return or exchange without a fight.',
      healthcare:
        'Patients know what happens next at every step, never have to repeat their story, and leave each visit feeling listened to and clear about their care.',
      hospitality:
        'Guests feel expected when they arrive, looked after without having to ask, and leave wanting to come back and tell their friends.',
      nonprofit:
        'Donors feel their gift made a real difference, hear about it in a personal way, and find it easy to give again.',
      local:
        'Customers can book us in minutes, are kept informed without chasing, and get the job done right first time at the price we quoted.',
      other:
        'Customers feel understood, are helped by someone competent, and get it resolved the first time.',
    } as Record<string, string>,
    guidance: {
      heading: 'Facilitator notes',
      points: [
        'Customer experience is everything the customer perceives across every contact with the organisation, from first hearing of it to recommending it. Customer service is only one part of that.',
        'Keep the scope narrow enough to finish today: one journey, one product, the segments that matter most.',
        'The vision is the yardstick for the rest of the day. A good one names how customers should feel and what should be true, not a slogan.',
        'Ask the room: which moments matter most? A first contact, the first failure, a renewal or an escalation are typical moments of truth.',
      ],
    },
  },

  banners: {
    corruptTitle: 'Your library was repaired',
  },
} as const;
