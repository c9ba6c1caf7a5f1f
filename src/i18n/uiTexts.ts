import type { Lang } from '../cards/labels';

/**
 * The conversation's own words (result card, confirmation and details cards, going back, notices), one resource
 * per language. `UiTexts` is the Danish resource's shape with every text widened to `string`, and the English
 * resource is declared as a `UiTexts`: a key missing in either language is a compile error (a missing one in
 * English is missing, an extra one is an excess property). `{name}` marks a value filled in by `fill`.
 * Facts from knowledge/ (steps, contacts, deadlines) are not here: they stay Danish, and say so once in English.
 */
const DA = {
  result: {
    titleAcute: 'Akut: handl nu',
    titleAssessment: 'Vurdering – {municipality}',
    callAcute: 'Ring nu – i denne rækkefølge',
    callFirst: 'Hvem kan du kontakte?',
    call: 'Ring',
    write: 'Skriv til',
    open: 'Åbn',
    closed: 'Lukket lige nu.',
    todo: 'Det skal du gøre',
    mustNot: 'Det må du ikke',
    deadlines: 'Frister efter underretningen',
    deadlinesBasis:
      'Regnet fra en underretning sendt {sent}. Sender du senere, flytter fristerne sig tilsvarende.',
    danishFacts: '',
    details: 'Detaljer og kilder',
    moreContacts: 'Flere kontakter',
    notes: 'Bemærk',
    yourAnswers: 'Det har du fortalt mig',
    sources: 'Kilder',
    checklist: 'Tjekliste',
    draft: 'Udkast til underretning',
    editAnswers: 'Ret svar',
    saveCase: 'Gem som sag',
    caseLabel: 'Et kort navn, du kan kende sagen på (højst 60 tegn)',
    caseLabelHint: 'Fx »dreng i 3.B, morgenen«',
    caseNote:
      'Skriv aldrig barnets navn eller CPR-nummer. Jeg gemmer kommune, niveau, røde flag, din rolle og datoer og minder dig om fristerne.',
    saveCaseConfirm: 'Gem',
    restart: 'Ny bekymring',
    privacy:
      'Send aldrig underretningen i en chat. Skriv ikke CPR-nummer her – det kommer først på, når du sender ad sikker vej.',
  },
  facts: {
    age: 'Alder',
    role: 'Din rolle',
    municipality: 'Kommune',
    score: 'Trivsel',
    flags: 'Røde flag',
    suspicion: 'Mistanke mod forældre',
    signals: 'Tegn',
    absence: 'Ulovligt fravær i kvartalet',
    youngerChild: 'Yngre barns alder',
    text: 'Beskrivelse',
    observed: 'Det har du set/hørt',
    duration: 'Hvor længe',
    actions: 'Gjort indtil nu',
    parents: 'Forældrene siger',
    child: 'Barnet siger',
    infant: 'Under 1 år',
    years: 'år',
    yes: 'Ja',
    no: 'Nej',
    unknown: 'Ved ikke',
  },
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
  },
  draft: {
    intro:
      'Skriv den endelige underretning sammen med din nærmeste leder. Det i [klammer] udfylder du selv, når du sender ad sikker vej.',
    inDanish: '',
    objectiveHeading: 'Skriv det som iagttagelser',
    objectiveIntro: 'En god underretning er saglig og beskrivende. Overvej at omskrive disse sætninger:',
    editHeading: 'Ret dine iagttagelser',
    update: 'Opdater udkastet',
    copy: 'Kopiér som tekst',
    toLeader: 'Send til min leder',
    sources: 'Kilder',
    tooMany:
      'Du har bedt om det mange gange på kort tid, så jeg venter lidt. Prøv igen om et par minutter. Er et barn i akut fare, så ring 112.',
    noConcern:
      'Jeg har ikke en afsluttet bekymring i denne samtale (den slettes efter en periode). Skriv din bekymring, så starter vi igen.',
    tooLong: 'Et felt er for langt. Kort det ned, og prøv igen.',
    copyIntro:
      'Her er udkastet som tekst. Kopiér det ind i kommunens formular eller en sikker mail, og udfyld det i [klammer] dér – ikke her i chatten.',
  },
  leaderPicker: {
    title: 'Send udkastet til din leder',
    intro:
      'Din leder får udkastet (uden navn og CPR-nummer) i en besked fra Handleguide og kan svare dig med det samme.',
    search: 'Søg efter din leder',
    orChoose: 'Eller vælg blandt dem, jeg kender her',
    choose: 'Vælg din leder blandt dem, jeg kender her',
    self: '{name} (dig selv – se, hvad lederen får)',
    message: 'Besked til din leder (valgfri)',
    messageHint: 'Fx: Kan vi tale om det i dag?',
    send: 'Send',
    chooseAgain: 'Vælg din leder, og prøv igen.',
    yourLeader: 'din leder',
    notSent:
      'Jeg kunne ikke sende udkastet til {name}. Det sker, når lederen ikke har Handleguide installeret i Teams, eller når Teams afviser beskeden. Her er udkastet som tekst, så du selv kan sende det ad en sikker vej:',
    sent: 'Sendt til {name}. Du får besked her, når der kommer et svar, og svaret gemmes på sagen under »Mine bekymringer«.',
  },
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
  leader: {
    requestTitle: '{sender} vil drøfte en bekymring for et barn med dig',
    assessment: 'Vurdering: {level}',
    inDanish: '',
    personalDuty:
      'Underretningspligten er personlig: din medarbejder kan sende underretningen, også hvis I er uenige.',
    commentLabel: 'Din kommentar',
    approve: 'Drøftet – send den',
    call: 'Ring til mig',
    sendComment: 'Send kommentar',
    deadlineAssessment: 'Kommunen skal have vurderet underretningen',
    deadlineReceipt: 'Den, der underretter, skal have fået en kvittering',
    cut: '[forkortet her – hele udkastet har din medarbejder]',
    answeredTitle: 'Du har svaret {sender}',
    answer: 'Svar',
    comment: 'Kommentar',
    answeredAt: 'Besvaret',
    answerApproved: 'Drøftet – send den',
    answerCall: 'Ring til mig',
    answerComment: 'Kommentar',
    passedOn:
      'Svaret er givet videre. Udkastet vises ikke længere her; din medarbejder har det. Underretningspligten er personlig.',
    notPassedOn:
      'Svaret er gemt, men jeg kunne ikke give det videre til {sender}. Kontakt vedkommende direkte.',
    notDelivered: 'Jeg kunne ikke give {sender} dit svar. Kontakt vedkommende direkte.',
    thanks: 'Tak. Dit svar er sendt til {sender}.',
    notFoundTitle: 'Den anmodning findes ikke længere',
    notFoundText: 'Den er udløbet eller slettet. Tal direkte med din medarbejder.',
    notFound:
      'Den anmodning findes ikke længere (den er udløbet eller slettet). Tal direkte med din medarbejder.',
    notYoursTitle: 'Den anmodning er ikke til dig',
    notYoursText: 'Kun den leder, udkastet blev sendt til, kan svare på det.',
    invalidTitle: 'Det kunne jeg ikke bruge',
    invalidText: 'Svaret kunne ikke læses. Skriv en kommentar på højst 1.000 tegn, og prøv igen.',
  },
  leaderReply: {
    approved: '{leader} har drøftet udkastet med dig: send underretningen.',
    call: '{leader} vil gerne have, at du ringer.',
    comment: '{leader} har skrevet en kommentar til udkastet.',
    commentText: 'Kommentar: »{comment}«',
    onCase: 'Svaret er gemt på sagen »{label}« under »Mine bekymringer«.',
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
  notices: {
    stopped:
      'Jeg har stoppet spørgsmålene og glemt, hvad du skrev. Skriv når som helst igen. Er barnet i akut fare, så ring 112.',
    language: 'Jeg taler dansk med dig fra nu af. Write »english« for English.',
    deleted:
      'Slettet. Jeg har glemt alt, hvad jeg havde gemt om dig og denne samtale: svar, udkast, kommune, rolle og sendte anmodninger til din leder, gemte bekymringer og deres påmindelser. Beskederne i selve chatten styrer Teams; dem kan du slette dér.',
    finishedCard: 'Det kort hører til en samtale, der er afsluttet. Skriv din bekymring for at starte igen.',
    nothingToEdit:
      'Jeg har ikke en afsluttet bekymring at rette i (den slettes efter en periode). Skriv din bekymring, så starter vi igen.',
    unknownCardTitle: 'Det kort kan jeg ikke bruge',
    unknownCardText:
      'Knappen hører måske til en ældre udgave af Handleguide. Skriv »forfra« for at starte en ny bekymring, eller »hjælp«.',
    unknownChecklistTitle: 'Den tjekliste kender jeg ikke',
    unknownChecklistText: 'Skriv »tjekliste« og vælg igen.',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Every text the conversation shows, by key; both languages must have exactly these. */
export type UiTexts = Shape<typeof DA>;

const EN: UiTexts = {
  result: {
    titleAcute: 'Acute: act now',
    titleAssessment: 'Assessment – {municipality}',
    callAcute: 'Call now – in this order',
    callFirst: 'Whom can you contact?',
    call: 'Call',
    write: 'Write to',
    open: 'Open',
    closed: 'Closed right now.',
    todo: 'What you must do',
    mustNot: 'What you must not do',
    deadlines: 'Deadlines after a notification',
    deadlinesBasis:
      'Counted from a notification sent {sent} (dates in Danish). If you send later, the deadlines move with it.',
    danishFacts:
      'The steps, contacts and deadlines below are the municipality’s own guidance and are shown in Danish.',
    details: 'Details and sources',
    moreContacts: 'More contacts',
    notes: 'Note',
    yourAnswers: 'What you told me',
    sources: 'Sources',
    checklist: 'Checklist',
    draft: 'Draft the notification',
    editAnswers: 'Change answers',
    saveCase: 'Save as case',
    caseLabel: 'A short name you will recognise the case by (at most 60 characters)',
    caseLabelHint: 'E.g. »boy in 3B, mornings«',
    caseNote:
      'Never write the child’s name or CPR number. I keep the municipality, level, red flags, your role and dates, and remind you of the deadlines.',
    saveCaseConfirm: 'Save',
    restart: 'New concern',
    privacy:
      'Never send the notification in a chat. Do not write the CPR number here – it goes on only when you send it by a secure route.',
  },
  facts: {
    age: 'Age',
    role: 'Your role',
    municipality: 'Municipality',
    score: 'Well-being',
    flags: 'Red flags',
    suspicion: 'Suspicion against parents',
    signals: 'Signs',
    absence: 'Unlawful absence this quarter',
    youngerChild: 'Younger child’s age',
    text: 'Description',
    observed: 'Seen/heard',
    duration: 'How long',
    actions: 'Done so far',
    parents: 'The parents say',
    child: 'The child says',
    infant: 'Under 1 year',
    years: 'years',
    yes: 'Yes',
    no: 'No',
    unknown: 'Don’t know',
  },
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
  },
  draft: {
    intro:
      'Write the final notification together with your nearest leader. What is in [brackets] you fill in yourself when you send it by a secure route.',
    inDanish: 'The notification itself is in Danish, as the municipality receives it.',
    objectiveHeading: 'Write it as observations',
    objectiveIntro: 'A good notification is factual and descriptive. Consider rewriting these sentences:',
    editHeading: 'Edit your observations',
    update: 'Update the draft',
    copy: 'Copy as text',
    toLeader: 'Send to my leader',
    sources: 'Sources',
    tooMany:
      'You have asked for this many times in a short while, so I will wait a little. Try again in a few minutes. If a child is in acute danger, call 112.',
    noConcern:
      'I have no finished concern in this conversation (it is deleted after a while). Describe your concern and we start again.',
    tooLong: 'A field is too long. Shorten it and try again.',
    copyIntro:
      'Here is the draft as text. Copy it into the municipality’s form or a secure e-mail and fill in what is in [brackets] there – not here in the chat.',
  },
  leaderPicker: {
    title: 'Send the draft to your leader',
    intro:
      'Your leader gets the draft (without name and CPR number) in a message from Handleguide and can answer you at once.',
    search: 'Search for your leader',
    orChoose: 'Or choose from those I know here',
    choose: 'Choose your leader from those I know here',
    self: '{name} (yourself – see what the leader gets)',
    message: 'Message to your leader (optional)',
    messageHint: 'E.g. Can we talk about it today?',
    send: 'Send',
    chooseAgain: 'Choose your leader and try again.',
    yourLeader: 'your leader',
    notSent:
      'I could not send the draft to {name}. That happens when the leader does not have Handleguide installed in Teams, or when Teams refuses the message. Here is the draft as text, so you can send it by a secure route yourself:',
    sent: 'Sent to {name}. You will hear here when an answer comes, and the answer is kept on the case under »My concerns«.',
  },
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
  leader: {
    requestTitle: '{sender} wants to discuss a concern about a child with you',
    assessment: 'Assessment: {level}',
    inDanish:
      'The assessment, the deadlines and the draft below are in Danish, as the municipality receives the notification.',
    personalDuty:
      'The duty to notify is personal: your colleague may send the notification even if the two of you disagree.',
    commentLabel: 'Your comment',
    approve: 'Discussed – send it',
    call: 'Call me',
    sendComment: 'Send comment',
    deadlineAssessment: 'The municipality must have assessed the notification',
    deadlineReceipt: 'The person who notifies must have received a receipt',
    cut: '[shortened here – your colleague has the whole draft]',
    answeredTitle: 'You have answered {sender}',
    answer: 'Answer',
    comment: 'Comment',
    answeredAt: 'Answered',
    answerApproved: 'Discussed – send it',
    answerCall: 'Call me',
    answerComment: 'Comment',
    passedOn:
      'The answer has been passed on. The draft is no longer shown here; your colleague has it. The duty to notify is personal.',
    notPassedOn: 'The answer is saved, but I could not pass it on to {sender}. Contact them directly.',
    notDelivered: 'I could not give {sender} your answer. Contact them directly.',
    thanks: 'Thank you. Your answer has been sent to {sender}.',
    notFoundTitle: 'That request no longer exists',
    notFoundText: 'It has expired or been deleted. Talk to your colleague directly.',
    notFound:
      'That request no longer exists (it has expired or been deleted). Talk to your colleague directly.',
    notYoursTitle: 'That request is not for you',
    notYoursText: 'Only the leader the draft was sent to can answer it.',
    invalidTitle: 'I could not use that',
    invalidText: 'I could not read the answer. Write a comment of at most 1,000 characters and try again.',
  },
  leaderReply: {
    approved: '{leader} has discussed the draft with you: send the notification.',
    call: '{leader} would like you to call.',
    comment: '{leader} has written a comment on the draft.',
    commentText: 'Comment: »{comment}«',
    onCase: 'The answer is saved on the case »{label}« under »My concerns«.',
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
  notices: {
    stopped:
      'I have stopped the questions and forgotten what you wrote. Write again at any time. If the child is in acute danger, call 112.',
    language:
      'I will speak English with you from now on. The municipality’s guidance itself (steps, contacts) is in Danish. Write »dansk« to switch back.',
    deleted:
      'Deleted. I have forgotten everything I kept about you and this conversation: answers, drafts, municipality, role, requests sent to your leader, saved concerns and their reminders. The messages in the chat itself are Teams’; you can delete them there.',
    finishedCard: 'That card belongs to a conversation that has ended. Describe your concern to start again.',
    nothingToEdit:
      'I have no finished concern to change (it is deleted after a while). Describe your concern and we start again.',
    unknownCardTitle: 'I cannot use that card',
    unknownCardText:
      'The button may belong to an older version of Handleguide. Write »restart« to start a new concern, or »help«.',
    unknownChecklistTitle: 'I do not know that checklist',
    unknownChecklistText: 'Write »checklist« and choose again.',
  },
};

export const UI_TEXTS: Record<Lang, UiTexts> = { da: DA, en: EN };

/** The texts in `lang`. */
export const uiTexts = (lang: Lang): UiTexts => UI_TEXTS[lang];

/** Fills `{name}` marks: »Vurdering – {municipality}« with `{ municipality: 'Vejen' }`. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (mark, name: string) =>
    values[name] === undefined ? mark : String(values[name]),
  );
}

/**
 * The language to speak to someone: their own choice when the bot knows it (»english« / »dansk«), otherwise the
 * Teams client's locale when it is Danish or English, otherwise Danish.
 */
export function languageOf(stored: Lang | undefined, locale: string | undefined): Lang {
  if (stored) return stored;
  const spoken = locale?.slice(0, 2).toLowerCase();
  return spoken === 'en' || spoken === 'da' ? spoken : 'da';
}
