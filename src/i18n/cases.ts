import type { Shape } from './shape';

/**
 * »Mine bekymringer«: what the case routes (caseRoutes.ts) answer, and the list, case and reminder cards
 * (cards/caseCards.ts).
 */
export const DA_CASES = {
  cases: {
    saved:
      'Gemt under »Mine bekymringer«. Tryk »Underretning sendt«, når du har sendt den, så holder jeg øje med fristerne.',
    cprRemoved: 'Jeg fjernede et CPR-nummer fra navnet på sagen – det gemmer jeg aldrig.',
    names:
      '»{words}« ligner et navn. Skriv aldrig barnets navn her: er det et navn, så slet sagen og gem den igen med en anden beskrivelse (fx »dreng i 3.B«).',
    noConcern:
      'Der er ingen afsluttet bekymring i denne samtale at gemme. Skriv din bekymring, så kan du gemme resultatet som en sag bagefter.',
    full: 'Du har allerede 20 gemte bekymringer. Luk eller slet en, før du gemmer en ny.',
    notFound:
      'Den sag findes ikke længere (den er slettet eller udløbet). Skriv »mine bekymringer« for at se dine sager.',
    refused: 'Det passer ikke med sagens status. Skriv »mine bekymringer« for at se, hvor sagen står.',
    deleted: 'Sagen er slettet, og dens påmindelser med den.',
    stoppedAll: 'Jeg sender ingen påmindelser, før du slår dem til igen.',
    resumedAll: 'Påmindelserne er slået til igen.',
    reopenUnknown: 'Kommunen for den sag findes ikke længere i guiden, så jeg kan ikke vise resultatet igen.',
    invalid: 'Knappen sendte noget, jeg ikke kunne bruge. Skriv »mine bekymringer« og prøv igen.',
    observed:
      'Iagttagelsen er gemt på sagen ({count} i alt). Den kommer med i udkastets »Anledning« i datoorden.',
    observation: {
      empty: 'Skriv, hvad du så eller hørte, før du trykker »Gem«.',
      future: 'En iagttagelse kan ikke være fra en dag, der ikke er kommet endnu. Vælg datoen, du så det.',
      full: 'Sagen har nu så mange iagttagelser, som jeg gemmer (40). Skriv resten direkte i underretningen.',
      tooLong: 'Skriv højst {limit} tegn pr. iagttagelse – del den gerne i flere.',
    },
    objectivity: 'Et råd om sproget (kun et råd – du bestemmer):',
    observationNames:
      '»{words}« ligner et navn. Skriv aldrig barnets navn i en iagttagelse – skriv »barnet«, »hun« eller »han«. Er det et navn, så slet sagen, eller skriv iagttagelsen igen uden.',
    periodSet:
      'Godt. Jeg spørger efter din næste iagttagelse hverdage kl. 9 til og med {until}. Du kan udsætte eller stoppe det på sagen.',
    periodStopped: 'Observationsperioden er stoppet. Iagttagelserne bliver på sagen.',
  },
  caseStatus: {
    open: 'Åben – underretning ikke sendt endnu',
    notified: 'Underretning sendt',
    receiptReceived: 'Kvittering modtaget',
    feedbackReceived: 'Tilbagemelding modtaget',
    closed: 'Lukket',
  },
  caseLabels: {
    listTitle: 'Mine bekymringer',
    listIntro:
      'Dine gemte bekymringer uden barnets navn eller CPR-nummer. Jeg minder dig om fristerne i din 1:1-chat på hverdage kl. 9.',
    empty:
      'Du har ingen gemte bekymringer. Efter et resultat kan du trykke »Gem som sag«, så holder jeg øje med fristerne.',
    remindersOff: 'Du har slået alle påmindelser fra.',
    stopAll: 'Slå alle påmindelser fra',
    resumeAll: 'Slå påmindelser til igen',
    status: 'Status',
    municipality: 'Kommune',
    notifiedOn: 'Underretning sendt',
    next: 'Næste frist',
    none: 'Ingen flere frister',
    kept: 'Gemmes til',
    keptWhy: {
      open: 'en åben sag slettes 30 dage efter sidste ændring',
      openObserving:
        'en åben sag slettes 30 dage efter sidste ændring eller observationsperiodens sidste dag',
      notified: 'en sendt sag slettes 30 dage efter undersøgelsesfristen (4 måneder)',
      closed: 'en lukket sag slettes 30 dage efter, den blev lukket',
    },
    reminders: 'Påmindelser',
    remindersOn: 'Til',
    remindersStopped: 'Slået fra for denne sag',
    snoozedUntil: 'Udsat til',
    markNotified: 'Underretning sendt …',
    dateLabel: 'Hvornår sendte du underretningen?',
    save: 'Gem',
    receipt: 'Kvittering modtaget',
    feedback: 'Tilbagemelding modtaget',
    close: 'Luk sagen',
    reopen: 'Genåbn (resultat, udkast, tjekliste)',
    reopenClosed: 'Åbn sagen igen',
    snooze: 'Udsæt påmindelser en uge',
    stop: 'Ingen påmindelser for sagen',
    resume: 'Påmindelser til igen',
    delete: 'Slet sagen',
    show: 'Mine bekymringer',
    renew: 'Stadig bekymret: se resultat og udkast igen',
    addObservation: 'Tilføj iagttagelse …',
    observedOn: 'Hvornår?',
    observationLabel: 'Hvad så eller hørte du?',
    observationHint: 'Konkret og kort. Barnets egne ord i »citationstegn«. Aldrig navn eller CPR-nummer.',
    observePeriod: 'Observér i en periode …',
    periodLabel: 'Hvor længe vil du observere? Jeg spørger hverdage kl. 9.',
    stopObserving: 'Stop observationen',
    observingUntil: 'Observerer',
    leaderAnswer: 'Svar fra leder',
  },
  casePhrases: {
    observationsNone: 'Iagttagelser: ingen endnu',
    observationsAll: 'Iagttagelser ({count})',
    observationsNewest: 'Iagttagelser ({count}) – de {shown} nyeste',
    periodChoice: 'Observér i {days} dage',
    observingText: 'til og med {until} (jeg spørger hverdage kl. 9)',
    leaderAnswers: { approved: 'Drøftet – send den', call: 'Ring til mig', comment: 'Kommentar' },
  },
  caseReminders: {
    callCheck: {
      title: 'Fik du ringet?',
      text: 'Du har sendt en underretning om et alvorligt forhold i dag. Ved mistanke om vold, overgreb, negativ social kontrol eller radikalisering skal kommunen også have et opkald med det samme – ring, hvis du ikke har gjort det. Involvér ikke forældrene, hvis mistanken er rettet mod dem.',
    },
    receiptOverdue: {
      title: 'Har du fået kvittering?',
      text: 'Som fagperson skal du have en kvittering senest 6 hverdage efter, kommunen modtog underretningen (Barnets lov § 137). Har du ikke fået den, så ring til kommunen og spørg.',
    },
    followUpCheck: {
      title: 'Ved du, om der er sat noget i gang?',
      text: 'Nu er der gået 3 måneder siden underretningen. Er du stadig bekymret? Er bekymringen vokset, så send en ny underretning. Gør kommunen efter din vurdering for lidt, kan du fortælle Ankestyrelsen det.',
    },
    investigationCheck: {
      title: 'Er du stadig bekymret?',
      text: 'En eventuel børnefaglig undersøgelse skulle nu være færdig (4 måneder). Ved du, om der er sat noget i gang? Er bekymringen vokset, så send en ny underretning. Gør kommunen efter din vurdering for lidt, kan du fortælle Ankestyrelsen det.',
    },
    observation: {
      title: 'Hvad har du set i dag?',
      text: 'Du observerer barnet i en periode. Skriv kort og konkret, hvad du selv så eller hørte i dag, og hvornår – barnets egne ord i »citationstegn«. Er der intet nyt, så spring over. Er barnet i akut fare, så ring 112.',
    },
    call: 'Ring til',
    ankestyrelsen: 'Ankestyrelsen',
    about: 'Sag',
  },
};

export const EN_CASES: Shape<typeof DA_CASES> = {
  cases: {
    saved:
      'Saved under »My concerns«. Tap »Notification sent« when you have sent it, and I will keep an eye on the deadlines.',
    cprRemoved: 'I removed a CPR number from the case’s name – I never store one.',
    names:
      '»{words}« looks like a name. Never write the child’s name here: if it is a name, delete the case and save it again with another description (e.g. »boy in 3B«).',
    noConcern:
      'There is no finished concern in this conversation to save. Write your concern, and you can save the result as a case afterwards.',
    full: 'You already have 20 saved concerns. Close or delete one before saving a new one.',
    notFound: 'That case no longer exists (deleted or expired). Write »my concerns« to see your cases.',
    refused: 'That does not fit the case’s status. Write »my concerns« to see where the case stands.',
    deleted: 'The case is deleted, and its reminders with it.',
    stoppedAll: 'I will send no reminders until you turn them on again.',
    resumedAll: 'Reminders are on again.',
    reopenUnknown:
      'The municipality of that case is no longer in the guide, so I cannot show the result again.',
    invalid: 'The button sent something I could not use. Write »my concerns« and try again.',
    observed:
      'The observation is saved on the case ({count} in all). It goes into the draft’s »Anledning« in date order.',
    observation: {
      empty: 'Write what you saw or heard before you tap »Save«.',
      future: 'An observation cannot be from a day that has not come yet. Choose the day you saw it.',
      full: 'The case now has as many observations as I keep (40). Write the rest directly in the notification.',
      tooLong: 'Write at most {limit} characters per observation – split it into several.',
    },
    objectivity: 'A hint on the wording (only a hint – you decide):',
    observationNames:
      '»{words}« looks like a name. Never write the child’s name in an observation – write »the child«, »she« or »he«. If it is a name, delete the case, or write the observation again without it.',
    periodSet:
      'Good. I will ask for your next observation on working days at 9 until {until}. You can snooze or stop it on the case.',
    periodStopped: 'The period of observation is stopped. The observations stay on the case.',
  },
  caseStatus: {
    open: 'Open – notification not sent yet',
    notified: 'Notification sent',
    receiptReceived: 'Receipt received',
    feedbackReceived: 'Feedback received',
    closed: 'Closed',
  },
  caseLabels: {
    listTitle: 'My concerns',
    listIntro:
      'Your saved concerns, without the child’s name or CPR number. I remind you of the deadlines in your 1:1 chat on working days at 9.',
    empty:
      'You have no saved concerns. After a result, tap »Save as case« and I will keep an eye on the deadlines.',
    remindersOff: 'You have turned all reminders off.',
    stopAll: 'Turn all reminders off',
    resumeAll: 'Turn reminders on again',
    status: 'Status',
    municipality: 'Municipality',
    notifiedOn: 'Notification sent',
    next: 'Next deadline',
    none: 'No further deadlines',
    kept: 'Kept until',
    keptWhy: {
      open: 'an open case is deleted 30 days after its last change',
      openObserving: 'an open case is deleted 30 days after its last change or the last day of observation',
      notified: 'a sent case is deleted 30 days after the investigation deadline (4 months)',
      closed: 'a closed case is deleted 30 days after it was closed',
    },
    reminders: 'Reminders',
    remindersOn: 'On',
    remindersStopped: 'Off for this case',
    snoozedUntil: 'Snoozed until',
    markNotified: 'Notification sent …',
    dateLabel: 'When did you send the notification?',
    save: 'Save',
    receipt: 'Receipt received',
    feedback: 'Feedback received',
    close: 'Close the case',
    reopen: 'Reopen (result, draft, checklist)',
    reopenClosed: 'Open the case again',
    snooze: 'Snooze reminders a week',
    stop: 'No reminders for this case',
    resume: 'Reminders on again',
    delete: 'Delete the case',
    show: 'My concerns',
    renew: 'Still worried: see the result and draft again',
    addObservation: 'Add an observation …',
    observedOn: 'When?',
    observationLabel: 'What did you see or hear?',
    observationHint: 'Concrete and short. The child’s own words in »quotes«. Never a name or CPR number.',
    observePeriod: 'Observe for a period …',
    periodLabel: 'How long will you observe? I ask on working days at 9.',
    stopObserving: 'Stop observing',
    observingUntil: 'Observing',
    leaderAnswer: 'Leader’s answer',
  },
  casePhrases: {
    observationsNone: 'Observations: none yet',
    observationsAll: 'Observations ({count})',
    observationsNewest: 'Observations ({count}) – the {shown} newest',
    periodChoice: 'Observe for {days} days',
    observingText: 'until {until} (I ask on working days at 9)',
    leaderAnswers: { approved: 'Discussed – send it', call: 'Call me', comment: 'Comment' },
  },
  caseReminders: {
    callCheck: {
      title: 'Did you call?',
      text: 'You sent a notification about a serious matter today. With a suspicion of violence, abuse, negative social control or radicalisation the municipality must also get a call right away – call if you have not. Do not involve the parents if the suspicion is against them.',
    },
    receiptOverdue: {
      title: 'Have you had a receipt?',
      text: 'As a professional you must get a receipt within 6 working days after the municipality received the notification (Barnets lov § 137). If you have not, call the municipality and ask.',
    },
    followUpCheck: {
      title: 'Do you know whether anything has been started?',
      text: 'It is now 3 months since the notification. Are you still worried? If the concern has grown, send a new notification. If you think the municipality does too little, you can tell Ankestyrelsen.',
    },
    investigationCheck: {
      title: 'Are you still worried?',
      text: 'A possible investigation should now be finished (4 months). Do you know whether anything has been started? If the concern has grown, send a new notification. If you think the municipality does too little, you can tell Ankestyrelsen.',
    },
    observation: {
      title: 'What did you see today?',
      text: 'You are observing the child for a period. Write briefly and concretely what you yourself saw or heard today, and when – the child’s own words in »quotes«. If there is nothing new, skip it. If the child is in acute danger, call 112.',
    },
    call: 'Call',
    ankestyrelsen: 'Ankestyrelsen',
    about: 'Case',
  },
};
