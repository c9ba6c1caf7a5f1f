import type { Shape } from './shape';

/** The conversation: confirmation and details cards, going back, answer help, welcome and help, profile, privacy and other notices. Danish first; English has the Danish one's shape. */
export const DA_CONVERSATION = {
  confirm: {
    title: 'Passer det her?',
    hint: 'Jeg har læst det, jeg kunne, ud af din beskrivelse. Ret det, der ikke passer, og udfyld resten.',
    editTitle: 'Ret dine svar',
    editHint: 'Ret det, du vil, og tryk »Vis resultatet igen«.',
    description: 'Din beskrivelse',
    municipality: 'Hvilken kommune bor barnet i?',
    role: 'Hvor arbejder du?',
    age: 'Barnets alder i år (0 for under 1 år)',
    redFlag: 'Er der mistanke om et af disse?',
    modelHint:
      'Din beskrivelse ligner beskrivelser af {flags}. Det er et gæt fra en tekstmodel, ikke en vurdering. Læs spørgsmålet nøje: er du i tvivl, så vælg »Ved ikke«, og drøft det med din leder i dag.',
    signals: 'Tegn, jeg fandt i din beskrivelse – ret gerne til',
    score: 'Trivselslinealen (1 er truet trivsel, 10 er i trivsel)',
    detailsHeading: 'Til underretningen (frivilligt)',
    submit: 'Det passer – videre',
    editSubmit: 'Vis resultatet igen',
    typedHint:
      'Du kan også skrive et svar ad gangen (fx »Vejen«, »lærer«, »7« eller »nej«). Skriv »tilbage«, »hjælp«, »forfra« eller »stop« når som helst.',
    missing: 'Udfyld kommune, rolle og alder, og svar på spørgsmålet om mistanke, før du går videre.',
  },
  details: {
    title: 'Vil du tilføje detaljer til underretningen?',
    hint: 'Alt er frivilligt. Det, du skriver, kommer med i udkastet, og du kan rette det senere.',
    submit: 'Videre til resultatet',
    skip: 'Spring over',
  },
  youngerChild: {
    title: 'Hvor gammel er det yngre barn?',
    hint: 'Din beskrivelse nævner et yngre barn. Pligten til at underrette kan gælde det barn.',
    placeholder: 'Fx 6',
    skip: 'Ved ikke',
  },
  nav: {
    back: 'Tilbage',
    atFirst: 'Det her er det første spørgsmål, så jeg kan ikke gå længere tilbage.',
    question: 'Spørgsmål',
  },
  welcome: {
    intro:
      'Er du bekymret for et barn eller en ung? Fortæl mig, hvad du ser, så viser jeg, hvad {municipality}s handleguide siger: forebyggelsesniveau, hvem du skal kontakte, frister og et udkast til underretningen.',
  },
  helpCommands: {
    restart: { command: 'forfra', what: 'start en ny bekymring' },
    checklist: { command: 'tjekliste', what: 'tjeklisten for din seneste bekymring' },
    cases: { command: 'mine bekymringer', what: 'dine gemte sager, deres frister og påmindelser' },
    stop: { command: 'stop', what: 'stop spørgsmålene' },
    municipality: { command: 'skift kommune', what: 'vælg en anden kommune' },
    role: { command: 'skift rolle', what: 'vælg en anden arbejdsplads' },
    deleteData: { command: 'slet mine data', what: 'slet alt, jeg har gemt om dig og samtalen' },
    language: { command: 'english', what: 'switch to English' },
    help: { command: 'hjælp', what: 'denne vejledning' },
  },
  profile: {
    municipalitySaved: 'Gemt: jeg bruger nu {municipality}s handleguide.',
    roleSaved: 'Gemt: din rolle er nu »{role}«.',
  },
  privacy: {
    cprWarning:
      'Du skrev et CPR-nummer. Jeg har fjernet det og gemmer det ikke. Din egen besked kan jeg ikke slette: slet den selv i chatten (hold over beskeden › … › Slet). Skriv ikke CPR-numre i chatten – CPR-nummeret kommer først på underretningen, når du sender den ad en sikker vej.',
    cprRemoved: 'CPR-nummeret er fjernet igen. Slet gerne din besked med det i chatten.',
  },
  answerHelp: {
    freeText: 'Skriv dit svar med egne ord, eller tryk »Spring over«.',
    yesNo: 'Svar »ja«, »nej« eller »ved ikke«.',
    municipality: 'Den kommune kender jeg ikke endnu. Vælg en af dem, jeg kender: {names}.',
    role: 'Skriv fx »pædagog«, »lærer«, »sundhedsplejerske«, »tandpleje«, »læge«, »forening« eller »andet«.',
    age: 'Skriv barnets alder som et tal, fx »7« eller »7 år«. For et spædbarn: »0« eller »8 måneder«.',
    ageTooHigh: 'Handleguiden gælder børn og unge op til 25 år. Skriv alderen som et tal, fx »15«.',
    score: 'Vælg et tal fra 1 til 10 på trivselslinealen: 1 er truet trivsel, 10 er i trivsel.',
    redFlagCheck: 'Vælg en af mulighederne, eller skriv »nej« eller »ved ikke«.',
    signals:
      'Jeg fandt ingen tegn i det, du skrev. Sæt kryds på kortet, beskriv det med andre ord, eller skriv »ingen«.',
    absence: 'Skriv fraværet i procent, fx »18 %«, eller vælg »Ved ikke«.',
    confirm:
      'Udfyld kommune, rolle og alder, og svar på spørgsmålet om mistanke. Du kan også skrive ét svar ad gangen, fx »Vejen«, »lærer«, »7« eller »nej«.',
    staleCard: 'Det kort hører til et tidligere spørgsmål. Svar gerne på det her:',
  },
  notices: {
    stopped:
      'Jeg har stoppet spørgsmålene og glemt, hvad du skrev. Skriv når som helst igen. Er barnet i akut fare, så ring 112.',
    language: 'Jeg taler dansk med dig fra nu af. Write »english« for English.',
    deleted:
      'Slettet. Jeg har glemt alt, hvad jeg havde gemt om dig og denne samtale: svar, udkast, kommune, rolle og sendte anmodninger til din leder, gemte bekymringer og deres påmindelser. Beskederne i selve chatten styrer Teams; dem kan du slette dér.',
    finishedCard: 'Det kort hører til en samtale, der er afsluttet. Skriv din bekymring for at starte igen.',
    alreadyReceived:
      'Den besked har jeg fået. Kom mit svar ikke frem, så prøv igen, eller skriv »hjælp«. Er barnet i akut fare, så ring 112.',
    nothingToEdit:
      'Jeg har ikke en afsluttet bekymring at rette i (den slettes efter en periode). Skriv din bekymring, så starter vi igen.',
    unknownCardTitle: 'Det kort kan jeg ikke bruge',
    unknownCardText:
      'Knappen hører måske til en ældre udgave af Handleguide. Skriv »forfra« for at starte en ny bekymring, eller »hjælp«.',
    unknownChecklistTitle: 'Den tjekliste kender jeg ikke',
    unknownChecklistText: 'Skriv »tjekliste« og vælg igen.',
    invalidTitle: 'Det kunne jeg ikke bruge',
    tenantRefusedTitle: 'Handleguide er ikke slået til her',
    tenantRefusedText:
      'Jeres organisation har ikke adgang til denne Handleguide. Kontakt jeres Teams-administrator, hvis I skal bruge den. Er du bekymret for et barn, så kontakt kommunen – og ring 112, hvis barnet er i akut fare.',
  },
};

export const EN_CONVERSATION: Shape<typeof DA_CONVERSATION> = {
  confirm: {
    title: 'Is this right?',
    hint: 'I read what I could from your description. Correct what is wrong and fill in the rest.',
    editTitle: 'Change your answers',
    editHint: 'Change what you want and press »Show the result again«.',
    description: 'Your description',
    municipality: 'Which municipality does the child live in?',
    role: 'Where do you work?',
    age: 'The child’s age in years (0 for under 1 year)',
    redFlag: 'Do you suspect any of these?',
    modelHint:
      'Your description resembles descriptions of {flags}. This is a text model’s guess, not an assessment. Read the question carefully: if in doubt, choose »Don’t know« and discuss it with your manager today.',
    signals: 'Signs I found in your description (named in Danish) – adjust as needed',
    score: 'The well-being scale (1 is threatened well-being, 10 is thriving)',
    detailsHeading: 'For the notification (optional)',
    submit: 'That’s right – next',
    editSubmit: 'Show the result again',
    typedHint:
      'You can also type one answer at a time (e.g. »Vejen«, »teacher«, »7« or »no«). Write »back«, »help«, »restart« or »stop« at any time.',
    missing:
      'Fill in the municipality, your role and the age, and answer the question about suspicion before you go on.',
  },
  details: {
    title: 'Do you want to add details for the notification?',
    hint: 'Everything is optional. What you write goes into the draft, and you can change it later.',
    submit: 'On to the result',
    skip: 'Skip',
  },
  youngerChild: {
    title: 'How old is the younger child?',
    hint: 'Your description mentions a younger child. The duty to notify may concern that child.',
    placeholder: 'E.g. 6',
    skip: 'Don’t know',
  },
  nav: {
    back: 'Back',
    atFirst: 'This is the first question, so I cannot go further back.',
    question: 'Question',
  },
  welcome: {
    intro:
      'Are you worried about a child or a young person? Tell me what you see, and I will show you what the guide of {municipality} says: the prevention level, whom to contact, deadlines and a draft notification. The guide itself is in Danish.',
  },
  helpCommands: {
    restart: { command: 'restart', what: 'start a new concern' },
    checklist: { command: 'checklist', what: 'the checklist of your latest concern' },
    cases: { command: 'my concerns', what: 'your saved cases, their deadlines and reminders' },
    stop: { command: 'stop', what: 'stop the questions' },
    municipality: { command: 'change municipality', what: 'choose another municipality' },
    role: { command: 'change role', what: 'choose another workplace' },
    deleteData: { command: 'delete my data', what: 'delete everything stored about you and this chat' },
    language: { command: 'dansk', what: 'skift til dansk' },
    help: { command: 'help', what: 'this guide' },
  },
  profile: {
    municipalitySaved: 'Saved: I now use the guide of {municipality}.',
    roleSaved: 'Saved: your role is now »{role}«.',
  },
  privacy: {
    cprWarning:
      'You wrote a CPR number. I have removed it and do not store it. I cannot delete your own message: delete it yourself in the chat (hover over the message › … › Delete). Do not write CPR numbers in the chat – the CPR number goes on the notification only when you send it by a secure route.',
    cprRemoved: 'The CPR number was removed again. Please delete your message with it in the chat.',
  },
  answerHelp: {
    freeText: 'Write your answer in your own words, or press »Skip«.',
    yesNo: 'Answer »yes«, »no« or »don’t know«.',
    municipality: 'I do not know that municipality yet. Choose one of those I know: {names}.',
    role: 'Write e.g. »pedagogue«, »teacher«, »health visitor«, »dentist«, »doctor«, »volunteer« or »other«.',
    age: 'Write the child’s age as a number, e.g. »7« or »7 years«. For an infant: »0« or »8 months«.',
    ageTooHigh: 'The guide covers children and young people up to 25. Write the age as a number, e.g. »15«.',
    score: 'Choose a number from 1 to 10 on the scale: 1 is threatened well-being, 10 is thriving.',
    redFlagCheck: 'Choose one of the options, or write »no« or »don’t know«.',
    signals:
      'I found no signs in what you wrote. Tick them on the card, describe it in other words, or write »none«.',
    absence: 'Write the absence in percent, e.g. »18 %«, or choose »Don’t know«.',
    confirm:
      'Fill in the municipality, your role and the age, and answer the question about suspicion. You can also type one answer at a time, e.g. »Vejen«, »teacher«, »7« or »no«.',
    staleCard: 'That card belongs to an earlier question. Please answer this one:',
  },
  notices: {
    stopped:
      'I have stopped the questions and forgotten what you wrote. Write again at any time. If the child is in acute danger, call 112.',
    language:
      'I will speak English with you from now on. The municipality’s guidance itself (steps, contacts) is in Danish. Write »dansk« to switch back.',
    deleted:
      'Deleted. I have forgotten everything I kept about you and this conversation: answers, drafts, municipality, role, requests sent to your leader, saved concerns and their reminders. The messages in the chat itself are Teams’; you can delete them there.',
    finishedCard: 'That card belongs to a conversation that has ended. Describe your concern to start again.',
    alreadyReceived:
      'I have that message. If my answer did not arrive, please try again, or write »help«. If the child is in acute danger, call 112.',
    nothingToEdit:
      'I have no finished concern to change (it is deleted after a while). Describe your concern and we start again.',
    unknownCardTitle: 'I cannot use that card',
    unknownCardText:
      'The button may belong to an older version of Handleguide. Write »restart« to start a new concern, or »help«.',
    unknownChecklistTitle: 'I do not know that checklist',
    unknownChecklistText: 'Write »checklist« and choose again.',
    invalidTitle: 'I could not use that',
    tenantRefusedTitle: 'Handleguide is not enabled here',
    tenantRefusedText:
      'Your organisation does not have access to this Handleguide. Contact your Teams administrator if you need it. If you are worried about a child, contact the municipality – and call 112 if the child is in acute danger.',
  },
};
