import type { AssessedContact, AssessedStep, Assessment } from './assessment';

/** Collects the output lists and de-duplicates contacts by name. */
export class Builder {
  readonly contacts: AssessedContact[] = [];
  readonly steps: AssessedStep[] = [];
  readonly reasons: Assessment['reasons'] = [];
  readonly notes: string[] = [];
  readonly missing: string[] = [];
  private readonly contactNames = new Set<string>();

  /** Whether a contact of this name is listed already (so a caller can skip building it). */
  hasContact(name: string): boolean {
    return this.contactNames.has(name);
  }
  contact(contact: AssessedContact): void {
    if (this.contactNames.has(contact.name)) return;
    this.contactNames.add(contact.name);
    this.contacts.push(contact);
  }
  step(text: string, source: string, kind?: 'mustNot'): void {
    if (this.hasStep(text)) return;
    this.steps.push(kind ? { text, source, kind } : { text, source });
  }
  /**
   * An assessment has a dozen or two steps, some of them sentences just filled in: comparing with the few listed
   * is cheaper than hashing each new sentence into a set.
   */
  private hasStep(text: string): boolean {
    for (const step of this.steps) if (step.text === text) return true;
    return false;
  }
  reason(rule: string, text: string, source: string): void {
    this.reasons.push({ rule, text, source });
  }
  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }
}
