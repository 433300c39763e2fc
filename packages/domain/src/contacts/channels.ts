// One counter (R3.1): every contact is registered the same way, whatever the channel.

export const CHANNELS = [
  'phone',
  'email',
  'counter',
  'contact_form',
  'chat',
  'social_media',
  'letter',
  'home_visit',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Telefoon',
  email: 'E-mail',
  counter: 'Balie',
  contact_form: 'Contactformulier',
  chat: 'Chat',
  social_media: 'Social media',
  letter: 'Brief',
  home_visit: 'Huisbezoek',
};

export const RESOLUTIONS = ['first_line', 'handed_over'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
export const RESOLUTION_LABELS: Record<Resolution, string> = {
  first_line: 'Direct opgelost in de eerste lijn',
  handed_over: 'Doorgezet naar de tweede lijn',
};

export const CUSTOMER_KINDS = ['resident', 'business', 'institution'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];
export const CUSTOMER_KIND_LABELS: Record<CustomerKind, string> = {
  resident: 'Inwoner',
  business: 'Ondernemer',
  institution: 'Maatschappelijke instelling',
};
