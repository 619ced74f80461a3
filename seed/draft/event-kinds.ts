// The event vocabulary: what words report an event of each kind, what role the doer and the other party play,
// and the relationship the event states between them. To add a kind, add a line; kinds are kebab-case and
// roles are the ones seed/README.md lists (add new ones there too).
export interface EventKind {
  kind: string;
  /** Whole words or phrases, matched case-insensitively. */
  triggers: string[];
  /** Role of the one who acts, and of the one acted on or addressed. */
  agent: string;
  other: string;
  /** Relationship "agent TYPE other", if the event states one. */
  relation?: string;
  /** Only a relationship, never an event of its own (criticism is a stance, not an occurrence). */
  relationOnly?: boolean;
}

export const EVENT_KINDS: EventKind[] = [
  {
    kind: 'proposal',
    triggers: ['proposal', 'proposed', 'proposes', 'offer', 'offered to', 'offers to'],
    agent: 'proposer',
    other: 'recipient',
    relation: 'PROPOSED_TO',
  },
  {
    kind: 'rejection',
    triggers: [
      'rejection',
      'rejects',
      'rejected',
      'turned down',
      'turning down',
      'declining',
      'declined',
      'declines',
      'refusal',
      'refused',
      'refuses',
      'rebuffed',
    ],
    agent: 'agent',
    other: 'recipient',
    relation: 'REJECTED_PROPOSAL_OF',
  },
  {
    kind: 'designation',
    triggers: [
      'designation',
      'designated',
      'designates',
      'designating',
      'as terrorist organizations',
      'as foreign terrorist organizations',
      'terror designations',
    ],
    agent: 'issuer',
    other: 'target',
    relation: 'DESIGNATED',
  },
  {
    kind: 'directive',
    triggers: ['directive', 'executive order', 'ordered', 'instructed'],
    agent: 'issuer',
    other: 'recipient',
    relation: 'DIRECTED',
  },
  {
    kind: 'speech',
    triggers: ['speech', 'remarks', 'rally', 'told supporters', 'addressed supporters'],
    agent: 'speaker',
    other: 'subject',
  },
  {
    kind: 'press-conference',
    triggers: ['press conference', 'news conference', 'press briefing', 'briefing'],
    agent: 'speaker',
    other: 'subject',
  },
  {
    kind: 'military-deployment',
    triggers: ['deployed', 'deployment', 'deployments', 'military presence', 'sent troops', 'troops to', 'soldiers to'],
    agent: 'agent',
    other: 'target',
  },
  {
    kind: 'military-operations',
    triggers: ['operations', 'military operation', 'airstrike', 'airstrikes', 'raid', 'raids'],
    agent: 'agent',
    other: 'target',
    relation: 'OPERATES_AGAINST',
  },
  {
    kind: 'legislative-deliberation',
    triggers: ['considering', 'debating', 'debated', 'bill', 'legislation'],
    agent: 'agent',
    other: 'target',
    relation: 'CONSIDERING_MEASURES_AGAINST',
  },
  {
    kind: 'crackdown',
    triggers: ['crackdown', 'cracked down', 'cracking down'],
    agent: 'agent',
    other: 'target',
    relation: 'CRACKED_DOWN_ON',
  },
  {
    kind: 'criticism',
    triggers: ['critic', 'criticism', 'criticised', 'criticized', 'condemned', 'slammed'],
    agent: 'agent',
    other: 'target',
    relation: 'CRITICISED',
    relationOnly: true,
  },
  {
    kind: 'meeting',
    triggers: ['met with', 'meeting', 'talks', 'summit'],
    agent: 'participant',
    other: 'participant',
    relation: 'MET_WITH',
  },
  {
    kind: 'phone-call',
    triggers: ['phone call', 'telephone call', 'the call', 'call with', 'spoke by phone'],
    agent: 'participant',
    other: 'participant',
    relation: 'SPOKE_WITH',
  },
  {
    kind: 'agreement',
    triggers: ['agreement', 'agreed', 'signed'],
    agent: 'agent',
    other: 'recipient',
    relation: 'AGREED_WITH',
  },
  {
    kind: 'sanctions',
    triggers: ['sanctions', 'sanctioned', 'tariffs', 'tariff'],
    agent: 'issuer',
    other: 'target',
    relation: 'SANCTIONED',
  },
  {
    kind: 'arrest',
    triggers: ['arrested', 'arrest', 'detained', 'captured', 'extradited', 'extradition'],
    agent: 'agent',
    other: 'target',
  },
  {
    kind: 'attack',
    triggers: ['attack', 'attacked', 'killed', 'ambush', 'bombing', 'shooting'],
    agent: 'agent',
    other: 'target',
    relation: 'ATTACKED',
  },
  { kind: 'announcement', triggers: ['announced', 'announcement', 'unveiled'], agent: 'issuer', other: 'subject' },
  {
    kind: 'publication',
    triggers: ['report published', 'published a report', 'published an investigation', 'report from', 'report by'],
    agent: 'issuer',
    other: 'subject',
  },
  { kind: 'interview', triggers: ['interview', 'told reporters'], agent: 'speaker', other: 'recipient' },
  { kind: 'visit', triggers: ['visited', 'visit', 'trip to'], agent: 'agent', other: 'subject', relation: 'VISITED' },
];

/** Words before a trigger that make it hypothetical or intended, not something that happened. */
export const NOT_HAPPENED =
  /\b(?:to|could|would|might|may|potential|possible|future|planned|proposed to)\s+(?:\w+\s+){0,1}$/i;
