// Word lists the synthetic corpus draws names, topics and sentences from. Invented names only, so a
// generated article can never be mistaken for reporting about real people.

export const FIRST_NAMES = [
  'Amara',
  'Bruno',
  'Chiara',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemal',
  'Lucia',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sami',
  'Tomas',
  'Ursula',
  'Viktor',
  'Wanjiru',
  'Xavier',
  'Yara',
  'Zoltan',
  'Aiko',
  'Bilal',
  'Carmen',
  'Dario',
  'Esther',
  'Felix',
  'Gloria',
  'Hassan',
  'Ilse',
  'Joao',
  'Kofi',
  'Leila',
  'Marek',
  'Nia',
  'Oskar',
  'Paola',
  'Rafael',
  'Sofia',
  'Tariq',
  'Uma',
  'Vera',
  'Wei',
];

export const NAME_STARTS = [
  'Ak',
  'Bal',
  'Cor',
  'Dal',
  'Es',
  'Fen',
  'Gar',
  'Hol',
  'Ith',
  'Jor',
  'Kav',
  'Lor',
  'Mar',
  'Nor',
  'Ost',
  'Pel',
  'Quen',
  'Ros',
  'Sel',
  'Tor',
  'Ul',
  'Val',
  'Wes',
  'Yor',
  'Zan',
  'Bren',
  'Cal',
  'Dor',
  'Eld',
  'Fal',
];

export const NAME_ENDS = [
  'ani',
  'berg',
  'cek',
  'dottir',
  'enko',
  'feld',
  'garde',
  'holm',
  'ides',
  'jian',
  'kova',
  'lund',
  'mura',
  'nez',
  'oya',
  'pour',
  'quist',
  'rossi',
  'sen',
  'tescu',
  'uri',
  'vich',
  'wala',
  'yama',
  'zadeh',
  'anda',
  'ello',
  'ovic',
];

export const PLACE_ENDS = ['ia', 'land', 'mar', 'stan', 'onia', 'eria', 'ora', 'avia', 'istan', 'ador'];

export const CITY_ENDS = ['ville', 'port', 'grad', 'burg', 'polis', 'haven', 'ford', 'ton', 'abad', 'mouth'];

export const TOPICS = [
  'water rights',
  'border security',
  'grain exports',
  'fishing quotas',
  'mining licences',
  'drought relief',
  'railway funding',
  'port access',
  'vaccine supply',
  'election monitoring',
  'press freedom',
  'fuel subsidies',
  'river dams',
  'refugee housing',
  'cartel violence',
  'steel tariffs',
  'forest protection',
  'pension reform',
  'airspace control',
  'cable landing',
  'wage talks',
  'debt relief',
  'power grid',
  'customs checks',
  'school funding',
  'coastal flooding',
  'arms sales',
  'data privacy',
  'lithium deposits',
  'visa rules',
];

/** Event kinds (kebab-case) with a verb phrase and a title noun. */
export const EVENT_KINDS = [
  { kind: 'summit', verb: 'held a summit on', noun: 'summit' },
  { kind: 'press-conference', verb: 'gave a press conference on', noun: 'press conference' },
  { kind: 'agreement', verb: 'signed an agreement on', noun: 'agreement' },
  { kind: 'protest', verb: 'led a protest over', noun: 'protest' },
  { kind: 'directive', verb: 'issued a directive on', noun: 'directive' },
  { kind: 'designation', verb: 'announced a designation concerning', noun: 'designation' },
  { kind: 'vote', verb: 'voted on', noun: 'vote' },
  { kind: 'investigation', verb: 'opened an investigation into', noun: 'investigation' },
  { kind: 'speech', verb: 'gave a speech on', noun: 'speech' },
  { kind: 'sanction', verb: 'imposed sanctions over', noun: 'sanctions' },
  { kind: 'meeting', verb: 'met to discuss', noun: 'meeting' },
  { kind: 'report', verb: 'published a report on', noun: 'report' },
] as const;

export const PARTICIPANT_ROLES = ['organizer', 'participant', 'target', 'issuer', 'speaker', 'host'];

export const RELATIONSHIP_TYPES = [
  { type: 'ALLIED_WITH', verb: 'is allied with' },
  { type: 'CRITICISED', verb: 'criticised' },
  { type: 'MET_WITH', verb: 'met with' },
  { type: 'FUNDED', verb: 'funded' },
  { type: 'SANCTIONED', verb: 'sanctioned' },
  { type: 'NEGOTIATED_WITH', verb: 'negotiated with' },
  { type: 'ADVISED', verb: 'advised' },
  { type: 'REJECTED', verb: 'rejected a proposal from' },
] as const;

export const LINK_TYPES = ['FOLLOWED', 'CAUSED_BY', 'RESPONDED_TO'];

export const ROLE_TITLES = [
  'President',
  'Prime Minister',
  'Minister of Finance',
  'Minister of Water',
  'Foreign Minister',
  'Senator',
  'Governor',
  'Mayor',
  'Ambassador',
  'Chief of Staff',
  'Spokesperson',
  'Trade Envoy',
];

export const ORG_WORDS = {
  adjectives: ['National', 'Federal', 'Regional', 'United', 'Northern', 'Southern', 'Central', 'Independent'],
  nouns: ['Council', 'Commission', 'Agency', 'Authority', 'Bank', 'Institute', 'Command', 'Alliance'],
};

export const GROUP_NOUNS = [
  'Farmers Union',
  'Students Front',
  'Miners Guild',
  'Fishers Cooperative',
  'Veterans League',
  'Workers Movement',
];

export const MEDIA_NOUNS = ['Herald', 'Courier', 'Post', 'Observer', 'Tribune', 'Gazette', 'Ledger', 'Dispatch'];

export const PUBLISHERS = ['Meridian Wire', 'Harbor Daily', 'Open Ledger News', 'Northline Report', 'Civic Monitor'];

/** Sentence frames for statements; `{topic}` and `{place}` are filled in. */
export const CLAIMS = [
  'We will not accept any deal on {topic} that ignores the people of {place}',
  'The talks on {topic} have made real progress this week',
  'Nobody in {place} asked for this decision on {topic}',
  'Our position on {topic} has not changed and will not change',
  'There is no agreement on {topic} until everything is agreed',
  'The government of {place} has been misled about {topic}',
  'We expect a full answer on {topic} within thirty days',
  'This is a question of sovereignty, not of {topic}',
];
