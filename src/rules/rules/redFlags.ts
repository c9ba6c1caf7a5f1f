import { isOpenNow } from '../../dates/openingHours';
import { addContact, type RuleContext } from '../context';
import { municipalContact, nationalContact } from '../contacts';
import { lookupsOf } from '../lookups';

/**
 * R1: life in danger puts 112 first. Each red flag gets the municipality's hotline for that flag inside its
 * hours, otherwise the police (114) first; then the beredskabsplan, the prohibitions (parents, dialogue-based
 * notification) and »write it today«.
 */
export function urgentRoute(ctx: RuleContext): void {
  const { national, out, texts } = ctx;
  const alarm = nationalContact(national, 'alarm');
  if (ctx.lifeInDanger) {
    addContact(ctx, alarm, texts.say('acuteContactWhy'));
    out.reason('R1 akut', texts.say('acuteReason'), alarm.source);
    if (ctx.selfHarm === 'imminent')
      out.step(texts.say('selfHarmImminentStep'), texts.source('selfHarmImminentStep'));
    else out.step(texts.say('acuteStep'), alarm.source);
  }
  if (ctx.hasRedFlag) redFlagRoute(ctx);
  if (ctx.selfHarm === 'statements') out.step(texts.say('selfHarmStep'), texts.source('selfHarmStep'));
}

function redFlagRoute(ctx: RuleContext): void {
  const { national, m, out, texts, now, concern } = ctx;
  const police = nationalContact(national, 'politi');
  const { redFlags } = lookupsOf(national);
  for (const flag of ctx.redFlags) {
    const flagInfo = redFlags.get(flag);
    const flagLabel = flagInfo?.label ?? flag;
    const route = m.redFlagRoutes.find((r) => r.flag === flag);
    const hotline = municipalContact(m, route?.contact ?? m.intake);
    const source = route?.source ?? hotline.source;
    const open = isOpenNow(hotline.hours, now, national.assumedOfficeHours);
    const hotlineWhy = route
      ? texts.say('hotlineWhy', { flag: flagLabel })
      : texts.say('intakeAsHotlineWhy', { flag: flagLabel });
    if (open) {
      addContact(ctx, hotline, hotlineWhy);
      addContact(ctx, police, texts.say('policeBesideHotlineWhy'));
    } else {
      addContact(ctx, police, route?.afterHours ?? texts.say('policeAfterHoursWhy'));
      addContact(ctx, hotline, texts.say('hotlineClosedSuffix', { why: hotlineWhy }));
    }
    out.reason(
      'R1 røde flag',
      texts.say('redFlagReason', {
        flag: flagLabel,
        route: open
          ? texts.say('redFlagReasonOpen', { name: hotline.name })
          : texts.say('redFlagReasonClosed'),
      }),
      source,
    );
    if (hotline.hours.kind === 'unknown' || hotline.hours.kind === 'weekdaysDaytime') {
      out.note(
        texts.say('assumedHoursNote', { name: hotline.name, hours: national.assumedOfficeHours.text }),
      );
    }
    const callNow = open ? hotline : police;
    out.step(
      callNow.phone
        ? texts.say('callNowStep', { name: callNow.name, phone: callNow.phone })
        : texts.say('callNowStepNoPhone', { name: callNow.name }),
      open ? source : police.source,
    );
    if (route?.plan) out.step(texts.say('planStep', { plan: route.plan }), route.source);
  }
  if (concern.suspicionAgainstParents !== false) {
    out.step(texts.say('parentsMustNot'), texts.source('parentsMustNot'), 'mustNot');
  }
  out.step(texts.say('dialogueBasedMustNot'), texts.source('dialogueBasedMustNot'), 'mustNot');
  out.step(texts.say('writeTodayStep', { sendTo: m.notification.sendTo.text }), m.notification.sendTo.source);
}
