import type { Shape } from './shape';

/** What the case routes (caseRoutes.ts) answer about saved concerns, their observations and reminders. */
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
};
