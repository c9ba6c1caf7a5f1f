import type { Shape } from './shape';

/** The draft and its hand-off to a leader: the sender's side, the leader's side, and the answer passed back. Danish first; English has the Danish one's shape. */
export const DA_HANDOFF = {
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
    cut: '[forkortet her – »Kopiér som tekst« giver hele teksten]',
    copyIntro:
      'Her er udkastet som tekst. Kopiér det ind i kommunens formular eller en sikker mail, og udfyld det i [klammer] dér – ikke her i chatten.',
  },
  draftFields: {
    observed: 'Det har du set eller hørt',
    duration: 'Hvor længe',
    actionsTaken: 'Det har I gjort',
    parentsSay: 'Det siger forældrene',
    childSays: 'Det siger barnet',
    strengths: 'Barnets styrker og ressourcer',
    childMunicipality: 'Barnets hjemkommune',
    interpreter: 'Tolk (sprog, eller »nej«)',
  },
  draftHints: {
    childMunicipality: 'Den kommune, barnet bor i. Skriv »ukendt«, hvis du ikke ved det.',
    interpreter: 'Fx »arabisk« – eller »nej«',
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
    chooseFirst: 'Vælg din leder, før du trykker »Send«.',
    yourLeader: 'din leder',
    notSent:
      'Jeg kunne ikke sende udkastet til {name}. Det sker, når lederen ikke har Handleguide installeret i Teams, eller når Teams afviser beskeden. Her er udkastet som tekst, så du selv kan sende det ad en sikker vej:',
    sent: 'Sendt til {name}. Du får besked her, når der kommer et svar, og svaret gemmes på sagen under »Mine bekymringer«.',
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
};

export const EN_HANDOFF: Shape<typeof DA_HANDOFF> = {
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
    cut: '[shortened here – »Copy as text« gives the whole text]',
    copyIntro:
      'Here is the draft as text. Copy it into the municipality’s form or a secure e-mail and fill in what is in [brackets] there – not here in the chat.',
  },
  draftFields: {
    observed: 'What you saw or heard',
    duration: 'How long',
    actionsTaken: 'What you have done',
    parentsSay: 'What the parents say',
    childSays: 'What the child says',
    strengths: 'The child’s strengths and resources',
    childMunicipality: 'The child’s home municipality',
    interpreter: 'Interpreter (language, or »nej«)',
  },
  draftHints: {
    childMunicipality: 'The municipality the child lives in. Write »ukendt« if you do not know.',
    interpreter: 'E.g. »Arabic« – or »nej«',
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
    chooseFirst: 'Choose your leader before you press »Send«.',
    yourLeader: 'your leader',
    notSent:
      'I could not send the draft to {name}. That happens when the leader does not have Handleguide installed in Teams, or when Teams refuses the message. Here is the draft as text, so you can send it by a secure route yourself:',
    sent: 'Sent to {name}. You will hear here when an answer comes, and the answer is kept on the case under »My concerns«.',
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
};
