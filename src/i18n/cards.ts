import type { Shape } from './shape';

/**
 * The fixed texts of the card templates (`${t.…}` in `cards/*.json`, given to a card by its name), and the
 * emergency footer every card carries. Facts from knowledge stay Danish.
 */
export const DA_CARDS = {
  cardLabels: {
    footer: {
      text: 'Akut fare for barnet: ring 112. Uden for kommunens åbningstid: politiet på 114.',
      call112: 'Ring 112',
      call114: 'Ring 114',
    },
    welcome: {
      title: 'Velkommen til Handleguiden',
      notHeading: 'Det gør jeg ikke',
      notText:
        'Jeg giver vejledning, ikke en afgørelse. Underretningspligten er personlig: er du i tvivl, så underret. Jeg sender intet til kommunen for dig.',
      privacy:
        'Skriv ikke barnets navn eller CPR-nummer her. Skriv »hjælp«, »forfra« eller »stop« når som helst. Write »english« for English.',
      start: 'Jeg er bekymret for et barn',
      help: 'Hjælp',
    },
    help: {
      title: 'Sådan bruger du Handleguiden',
      intro:
        'Beskriv din bekymring med egne ord. Jeg stiller kun de spørgsmål, der mangler, og svarer med kort, du kan bruge på et møde.',
      waiting: 'Jeg venter på svar på:',
      duty: 'Du bestemmer selv, om du underretter. Er du i tvivl, så underret – og tal med din nærmeste leder.',
    },
    assessment: {
      callNow: 'Ring nu',
      todo: 'Det skal du gøre',
      mustNot: 'Det må du ikke',
      notes: 'Bemærk',
      sources: 'Kilder',
    },
    contacts: { call: 'Ring', write: 'Skriv til', open: 'Åbn', sources: 'Kilder' },
    newConcern: {
      title: 'Er det en ny bekymring?',
      text: 'Det, du skrev, ligner en ny beskrivelse, så jeg har ikke brugt det som svar. Vil du starte en ny bekymring med det? Ellers svar på spørgsmålet herunder.',
      start: 'Start en ny bekymring med det',
    },
    checklist: { sources: 'Kilder' },
  },
};

export const EN_CARDS: Shape<typeof DA_CARDS> = {
  cardLabels: {
    footer: {
      text: 'Child in acute danger: call 112. Outside the municipality’s opening hours: the police on 114.',
      call112: 'Call 112',
      call114: 'Call 114',
    },
    welcome: {
      title: 'Welcome to Handleguide',
      notHeading: 'What I do not do',
      notText:
        'I give guidance, not a decision. The duty to notify is personal: if in doubt, notify. I send nothing to the municipality for you.',
      privacy:
        'Do not write the child’s name or CPR number here. Write »help«, »restart« or »stop« at any time. Skriv »dansk« for dansk.',
      start: 'I am worried about a child',
      help: 'Help',
    },
    help: {
      title: 'How to use Handleguide',
      intro:
        'Describe your concern in your own words. I only ask what is missing and answer with cards you can use in a meeting. The municipality’s guidance itself is in Danish.',
      waiting: 'I am waiting for an answer to:',
      duty: 'You decide whether to notify. If in doubt, notify – and talk to your nearest leader.',
    },
    assessment: {
      callNow: 'Call now',
      todo: 'What you must do',
      mustNot: 'What you must not do',
      notes: 'Note',
      sources: 'Sources',
    },
    contacts: { call: 'Call', write: 'Write to', open: 'Open', sources: 'Sources' },
    newConcern: {
      title: 'Is this a new concern?',
      text: 'What you wrote looks like a new description, so I have not used it as an answer. Do you want to start a new concern with it? Otherwise answer the question below.',
      start: 'Start a new concern with it',
    },
    checklist: { sources: 'Sources' },
  },
};
