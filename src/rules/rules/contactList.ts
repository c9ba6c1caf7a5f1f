import { addContact, type RuleContext } from '../context';
import { municipalContact, nationalContact } from '../contacts';
import { topicsOf } from '../findings';
import { lookupsOf, lowerDanish } from '../lookups';

/**
 * R6: contacts in the order to call them. After the urgent ones (R1): the municipality's intake (and its
 * switchboard), anonymous advice when a notification is to be considered, the national lines for self-harm,
 * partners by topic, the youth effort from 18, Ankestyrelsen's two doors, and always the police and 112.
 */
export function contactList(ctx: RuleContext): void {
  const { national, m, texts, concern } = ctx;
  const intake = municipalContact(m, m.intake);
  const switchboard = m.switchboard ? municipalContact(m, m.switchboard) : undefined;
  const addIntake = (why: string) => {
    addContact(ctx, intake, why);
    if (switchboard) addContact(ctx, switchboard, texts.say('switchboardWhy', { intake: intake.name }));
  };
  ctx.topics = topicsOf(ctx.signals.keys(), national);
  if (ctx.notify === 'required' && !ctx.hasRedFlag) addIntake(texts.say('intakeRequiredWhy'));
  if (ctx.notify === 'not_indicated' && ctx.dutyFor !== 'none') addIntake(texts.say('intakeNotIndicatedWhy'));
  if (ctx.notify === 'consider') {
    const advice = municipalContact(m, m.notification.anonymousAdvice.contact);
    addContact(ctx, advice, m.notification.anonymousAdvice.text);
    if (advice.id === intake.id && switchboard)
      addContact(ctx, switchboard, texts.say('switchboardWhy', { intake: intake.name }));
    ctx.topics.add('afklaring_underretning');
  }
  if (ctx.selfHarm !== 'none') {
    for (const line of national.selfHarm.lines) {
      const age = concern.childAge;
      if (line.untilAge !== undefined && age !== undefined && age >= line.untilAge) continue;
      addContact(ctx, nationalContact(national, line.contact), line.why);
    }
  }
  if (ctx.dutyFor !== 'none') addPartners(ctx);
  const age = concern.childAge;
  if (ctx.dutyFor !== 'child' && age !== undefined && age < national.ageLimits.youthEffortUntil) {
    const uu = m.partners.find((p) => p.topics.includes('uddannelse'));
    if (uu)
      ctx.out.contact({
        name: uu.name,
        why: texts.say('youthEffortWhy', {
          youthUntil: national.ageLimits.youthEffortUntil,
          text: uu.contact.text,
        }),
        source: uu.source,
      });
  }
  if (ctx.notify === 'required') {
    addContact(ctx, nationalContact(national, 'ankestyrelsen'), texts.say('ankestyrelsenQuestionsWhy'));
    addContact(ctx, nationalContact(national, 'ankestyrelsen_web'), texts.say('ankestyrelsenTooLittleWhy'));
  }
  addContact(ctx, nationalContact(national, 'politi'), texts.say('policeWhy'));
  addContact(ctx, nationalContact(national, 'alarm'), texts.say('alarmWhy'));
}

/** Partners whose topics match the signals, for the level (any level while it is unknown), role and age. */
function addPartners(ctx: RuleContext): void {
  const { national, m, texts, concern } = ctx;
  const age = ctx.effectiveAge;
  const { topicLabels } = lookupsOf(national);
  for (const partner of m.partners) {
    if (ctx.level && !partner.levels.includes(ctx.level)) continue;
    if (partner.roles && (!concern.role || !partner.roles.includes(concern.role))) continue;
    if (partner.minAge !== undefined && (age === undefined || age < partner.minAge)) continue;
    const labels = sharedTopicLabels(partner.topics, ctx.topics, topicLabels);
    if (labels === undefined) continue;
    const { name, source } = partner;
    const { phone } = partner.contact;
    const why = texts.say('partnerWhy', { topics: lowerDanish(labels), text: partner.contact.text });
    // Field by field, in the order the output has always had; `phone` only where there is one.
    ctx.out.contact(phone ? { name, phone, why, source } : { name, why, source });
  }
}

/** The labels of a partner's topics that the signals touch, in the partner's order; undefined when none. */
function sharedTopicLabels(
  partnerTopics: readonly string[],
  touched: ReadonlySet<string>,
  topicLabels: ReadonlyMap<string, string>,
): string | undefined {
  let labels: string | undefined;
  for (const topic of partnerTopics) {
    if (!touched.has(topic)) continue;
    const label = topicLabels.get(topic) ?? topic;
    labels = labels === undefined ? label : `${labels}, ${label}`;
  }
  return labels;
}
