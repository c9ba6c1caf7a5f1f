import type { AssessedContact, AssessedStep, Assessment } from './assessment';

/** Collects the output lists and de-duplicates contacts by name. */
export class Builder {
  readonly contacts: AssessedContact[] = [];
  readonly steps: AssessedStep[] = [];
  readonly reasons: Assessment['reasons'] = [];
  readonly notes: string[] = [];
  readonly missing: string[] = [];

  contact(contact: AssessedContact): void {
    if (!this.contacts.some((c) => c.name === contact.name)) this.contacts.push(contact);
  }
  step(text: string, source: string, kind?: 'mustNot'): void {
    if (!this.steps.some((s) => s.text === text))
      this.steps.push({ text, source, ...(kind ? { kind } : {}) });
  }
  reason(rule: string, text: string, source: string): void {
    this.reasons.push({ rule, text, source });
  }
  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }
}
