import type { Shape } from './shape';

/** Shared conversations: the group help, the shared checklist and the dilemma round. Danish first; English has the Danish one's shape. */
export const DA_GROUP = {
  group: {
    helpTitle: 'Handleguide i en fælles samtale',
    helpIntro:
      'Her kan alle læse med, så jeg taler ikke om et bestemt barn her. Til personalemødet kan I skrive:',
    checklistCommand: '@Handleguide tjekliste',
    checklistWhat: 'en fælles tjekliste, hvor alle kan sætte flueben',
    afterCommand: '@Handleguide efter underretning',
    afterWhat: 'hvad der sker, når kommunen får en underretning',
    parentsCommand: '@Handleguide forældre',
    parentsWhat: 'et kort til forældre om, hvad en underretning er',
    personal: 'Er du bekymret for et bestemt barn, så skriv til mig i en 1:1-chat.',
    openChat: 'Åbn chat med Handleguide',
    moveTitle: 'Lad os tage det i en 1:1-chat',
    moveText:
      'Her kan alle i samtalen læse med. Skriv om et bestemt barn til mig i en privat chat – så er det kun dig, der ser svarene. Skriv ikke mere om barnet her.',
  },
  sharedChecklist: {
    subtitle: '{municipality} · fælles tjekliste: tryk på et punkt for at sætte eller fjerne et flueben',
    progress: '{done} af {total} klaret',
    sources: 'Kilder',
    inDanish: '',
    gone: 'Tjeklisten findes ikke længere',
    goneText: 'Den er udløbet eller slettet. Skriv »tjekliste« for en ny.',
    invalid: 'Det kunne jeg ikke bruge',
    invalidText: 'Kortet er ikke en tjekliste, jeg kender.',
    chooserTitle: 'Hvilken tjekliste?',
    chooserText: 'Jeg lægger den her i samtalen. Alle kan sætte flueben, og alle ser de samme flueben.',
    chooserShow: 'Vis tjeklisten',
  },
  dilemma: {
    progress: 'Dilemma {number} af {total}',
    oneVote: 'stemme',
    votes: 'stemmer',
    noVotes: 'Ingen har stemt endnu. Stem hver for sig – ingen kan se, hvad du stemte.',
    voted: '{count} har stemt (anonymt).',
    answer: 'Handleguidens svar: {label}',
    source: 'Kilde',
    inDanish: '',
    summaryButton: 'Se opsummering',
    next: 'Næste dilemma',
    reveal: 'Vis handleguidens svar',
    summaryTitle: 'Runden er slut',
    summaryIntro: '{count} dilemmaer. Sådan stemte I i forhold til handleguiden:',
    guideAnswer: 'Handleguiden: {answer}',
    nobodyVoted: 'Ingen stemte.',
    agreed: '{agreed} af {voters} stemte som handleguiden.',
    remember:
      'Husk: i tvivl underretter man, og pligten er personlig. Skriv »@Handleguide dilemma« for en ny runde.',
    gone: 'Runden findes ikke længere',
    goneText: 'Skriv »dilemma« for en ny runde.',
  },
};

export const EN_GROUP: Shape<typeof DA_GROUP> = {
  group: {
    helpTitle: 'Handleguide in a shared conversation',
    helpIntro:
      'Everyone can read along here, so I do not talk about a particular child here. For the staff meeting you can write:',
    checklistCommand: '@Handleguide checklist',
    checklistWhat: 'a shared checklist everyone can tick',
    afterCommand: '@Handleguide after notification',
    afterWhat: 'what happens when the municipality receives a notification',
    parentsCommand: '@Handleguide for parents',
    parentsWhat: 'a card for parents about what a notification is',
    personal: 'If you are worried about a particular child, write to me in a 1:1 chat.',
    openChat: 'Open a chat with Handleguide',
    moveTitle: 'Let us take this to a 1:1 chat',
    moveText:
      'Everyone in this conversation can read along. Write about a particular child to me in a private chat – then only you see the answers. Do not write more about the child here.',
  },
  sharedChecklist: {
    subtitle: '{municipality} · shared checklist: tap an item to set or remove a tick',
    progress: '{done} of {total} done',
    sources: 'Sources',
    inDanish: 'The items are the municipality’s own guidance and are shown in Danish.',
    gone: 'The checklist no longer exists',
    goneText: 'It has expired or been deleted. Write »checklist« for a new one.',
    invalid: 'I could not use that',
    invalidText: 'The card is not a checklist I know.',
    chooserTitle: 'Which checklist?',
    chooserText:
      'I will post it here in the conversation. Everyone can tick, and everyone sees the same ticks.',
    chooserShow: 'Show the checklist',
  },
  dilemma: {
    progress: 'Dilemma {number} of {total}',
    oneVote: 'vote',
    votes: 'votes',
    noVotes: 'Nobody has voted yet. Vote each on your own – nobody can see what you voted.',
    voted: '{count} have voted (anonymously).',
    answer: 'The guide’s answer: {label}',
    source: 'Source',
    inDanish:
      'The dilemmas and the guide’s answers are the municipality’s own material and are shown in Danish.',
    summaryButton: 'See the summary',
    next: 'Next dilemma',
    reveal: 'Show the guide’s answer',
    summaryTitle: 'The round is over',
    summaryIntro: '{count} dilemmas. This is how you voted compared with the guide:',
    guideAnswer: 'The guide: {answer}',
    nobodyVoted: 'Nobody voted.',
    agreed: '{agreed} of {voters} voted as the guide.',
    remember:
      'Remember: if in doubt, notify, and the duty is personal. Write »@Handleguide dilemma« for a new round.',
    gone: 'The round no longer exists',
    goneText: 'Write »dilemma« for a new round.',
  },
};
