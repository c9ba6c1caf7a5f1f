import { ROLE_LABELS } from '../rules/roles';
import { DA_CONVERSATION, EN_CONVERSATION } from './conversation';
import type { Shape } from './shape';

/**
 * The questions' fixed texts (src/conversation/questions.ts): titles, hints, placeholders, choices and the shared
 * words of the question cards. Knowledge labels (signals, zones, and the red flags in Danish) stay Danish; the
 * Danish role labels are the engine's own.
 */
export const DA_QUESTIONS = {
  questionWords: {
    typedHint:
      'Du kan også bare skrive dit svar. Skriv »tilbage«, »hjælp«, »forfra« eller »stop« når som helst.',
    parentsCaution:
      'Kan mistanken være rettet mod forældrene, så tal ikke med dem om den nu – det kan bringe barnet i fare. ' +
      'Skriv kun, hvad de allerede har sagt af sig selv, eller spring over.',
    next: 'Videre',
    skip: 'Spring over',
    yes: 'Ja',
    no: 'Nej',
    dontKnow: 'Ved ikke',
    noneOfThese: 'Nej, ingen af dem',
    noSignals: 'Ingen af dem',
    chooseRole: 'Vælg din rolle',
    choose: 'Vælg det, der passer',
    scale: 'Trivselslinealen',
    ages: ['Under 1 år', '1-5 år', '6-12 år', '13-17 år'],
    absence: ['15 % eller mere', 'Under 15 %'],
    durations: [
      ['Dage', 'Nogle dage'],
      ['Uger', 'Nogle uger'],
      ['Måneder', 'Nogle måneder'],
      ['Over et år', 'Mere end et år'],
    ],
    redFlags: {} as Record<string, string>,
    roles: ROLE_LABELS,
    questions: {
      describe: {
        title: 'Hvad er du bekymret for?',
        hint: 'Beskriv kort og konkret, hvad du har set eller hørt. Skriv ikke navn eller CPR-nummer.',
        placeholder: 'Fx: Emil på 7 år kommer ofte sulten og har blå mærker på armene.',
      },
      municipality: {
        title: 'Hvilken kommune bor barnet i?',
        hint: 'Jeg husker dit svar til næste gang. Skriv »skift kommune« for at ændre det.',
      },
      role: {
        title: 'Hvor arbejder du?',
        hint: 'Så kan jeg vise de skridt, der gælder for dig. Jeg husker svaret.',
      },
      age: {
        title: 'Hvor gammel er barnet?',
        hint: 'Skriv alderen i år. Et spædbarn under 1 år er 0.',
        placeholder: 'Fx 7',
      },
      redFlagCheck: {
        title: 'Er der mistanke om et af disse?',
        hint: 'Ved mistanke om et af dem skal du handle med det samme. Er du i tvivl, så vælg »Ved ikke«.',
      },
      suspicion: {
        title: 'Kan mistanken være rettet mod forældrene?',
        hint: 'Så må forældrene ikke inddrages, før kommunen har talt med barnet.',
      },
      score: {
        title: 'Hvor på trivselslinealen er barnet?',
        hint: '1 er truet trivsel, 10 er i trivsel. Grænserne er flydende: vælg det tal, der passer bedst.',
      },
      signals: {
        title: 'Hvilke tegn ser du?',
        hint: 'Jeg har sat kryds ved det, jeg fandt i din beskrivelse. Ret gerne til.',
      },
      absence: {
        title: 'Hvor stort er elevens ulovlige fravær i dette kvartal?',
        hint: 'Er det 15 % eller mere, skal skolens leder underrette kommunen (barnets lov § 133, stk. 2). Skriv tallet, hvis du kender det.',
        placeholder: 'Fx 18 %',
      },
      youngerChildAge: {
        title: DA_CONVERSATION.youngerChild.title,
        hint: DA_CONVERSATION.youngerChild.hint,
        placeholder: DA_CONVERSATION.youngerChild.placeholder,
      },
      confirm: { title: DA_CONVERSATION.confirm.title, hint: DA_CONVERSATION.confirm.hint },
      details: { title: DA_CONVERSATION.details.title, hint: DA_CONVERSATION.details.hint },
      observed: {
        title: 'Hvad har du konkret set eller hørt?',
        hint: 'Skriv det, du selv har observeret – ikke fortolkninger. Fx hvad barnet sagde, og hvornår.',
        placeholder: 'Fx: Mandag sagde hun, at hun ikke tør gå hjem.',
      },
      duration: {
        title: 'Hvor længe har du været bekymret?',
        hint: 'Vælg eller skriv med egne ord.',
        placeholder: 'Fx siden efterårsferien',
      },
      actionsTaken: {
        title: 'Hvad er der allerede gjort?',
        hint: 'Fx samtaler med forældrene, tiltag i gruppen, møder.',
        placeholder: 'Fx: Vi har haft en samtale med mor den 2. november.',
      },
      parentsSay: {
        title: 'Hvad siger forældrene?',
        hint: 'Har du talt med dem, så skriv kort, hvad de sagde.',
        placeholder: 'Fx: Far siger, at det går bedre.',
      },
      childSays: {
        title: 'Hvad siger barnet selv?',
        hint: 'Gengiv barnets egne ord, hvis du kan.',
        placeholder: 'Fx: »Jeg vil ikke hjem.«',
      },
    },
  },
};

export const EN_QUESTIONS: Shape<typeof DA_QUESTIONS> = {
  questionWords: {
    typedHint: 'You can also just type your answer. Write »back«, »help«, »restart« or »stop« at any time.',
    parentsCaution:
      'If the suspicion may be against the parents, do not talk to them about it now – it can put the child in ' +
      'danger. Only write what they have already said of their own accord, or skip.',
    next: 'Next',
    skip: 'Skip',
    yes: 'Yes',
    no: 'No',
    dontKnow: 'Don’t know',
    noneOfThese: 'No, none of these',
    noSignals: 'None of these',
    chooseRole: 'Choose your role',
    choose: 'Choose what fits',
    scale: 'Trivselslinealen (the well-being scale)',
    ages: ['Under 1 year', '1-5 years', '6-12 years', '13-17 years'],
    absence: ['15 % or more', 'Under 15 %'],
    durations: [
      ['Days', 'A few days'],
      ['Weeks', 'A few weeks'],
      ['Months', 'A few months'],
      ['Over a year', 'More than a year'],
    ],
    redFlags: {
      overgreb: 'Violence or sexual abuse',
      social_kontrol: 'Negative social control or honour-related conflict',
      radikalisering: 'Radicalisation or extremism',
    } as Record<string, string>,
    roles: {
      dagtilbud: 'Day care (pedagogue, childminder)',
      skole: 'School, after-school club or youth school',
      sundhedspleje: 'Health visitor',
      tandpleje: 'Dental care',
      laege: 'General practitioner',
      forening: 'Club or volunteer',
      andet: 'Other',
    },
    questions: {
      describe: {
        title: 'What are you worried about?',
        hint: 'Describe briefly and concretely what you have seen or heard. Do not write names or CPR numbers.',
        placeholder: 'E.g. A boy of 7 often comes hungry and has bruises on his arms.',
      },
      municipality: {
        title: 'Which municipality does the child live in?',
        hint: 'I will remember your answer. Write »change municipality« to change it.',
      },
      role: {
        title: 'Where do you work?',
        hint: 'Then I can show the steps that apply to you. I will remember it.',
      },
      age: {
        title: 'How old is the child?',
        hint: 'Write the age in years. An infant under 1 year is 0.',
        placeholder: 'E.g. 7',
      },
      redFlagCheck: {
        title: 'Do you suspect any of these?',
        hint: 'If you suspect one of them, you must act at once. If in doubt, choose »Don’t know«.',
      },
      suspicion: {
        title: 'Could the suspicion concern the parents?',
        hint: 'Then the parents must not be involved before the municipality has talked to the child.',
      },
      score: {
        title: 'Where is the child on the well-being scale?',
        hint: '1 is threatened well-being, 10 is thriving. The borders are fluid: choose the number that fits best.',
      },
      signals: {
        title: 'Which signs do you see?',
        hint: 'I have ticked what I found in your description (the signs are named in Danish). Adjust as needed.',
      },
      absence: {
        title: 'How much unlawful absence has the pupil had this quarter?',
        hint: 'At 15 % or more the school leader must notify the municipality (barnets lov § 133, stk. 2). Write the number if you know it.',
        placeholder: 'E.g. 18 %',
      },
      youngerChildAge: {
        title: EN_CONVERSATION.youngerChild.title,
        hint: EN_CONVERSATION.youngerChild.hint,
        placeholder: EN_CONVERSATION.youngerChild.placeholder,
      },
      confirm: { title: EN_CONVERSATION.confirm.title, hint: EN_CONVERSATION.confirm.hint },
      details: { title: EN_CONVERSATION.details.title, hint: EN_CONVERSATION.details.hint },
      observed: {
        title: 'What exactly have you seen or heard?',
        hint: 'Write what you observed yourself – not interpretations. E.g. what the child said, and when.',
        placeholder: 'E.g. On Monday she said she does not dare go home.',
      },
      duration: {
        title: 'How long have you been worried?',
        hint: 'Choose or write in your own words.',
        placeholder: 'E.g. since the autumn holiday',
      },
      actionsTaken: {
        title: 'What has already been done?',
        hint: 'E.g. talks with the parents, measures in the group, meetings.',
        placeholder: 'E.g. We talked with the mother on 2 November.',
      },
      parentsSay: {
        title: 'What do the parents say?',
        hint: 'If you have talked to them, write briefly what they said.',
        placeholder: 'E.g. The father says things are better.',
      },
      childSays: {
        title: 'What does the child say?',
        hint: 'Give the child’s own words if you can.',
        placeholder: 'E.g. »I don’t want to go home.«',
      },
    },
  },
};
