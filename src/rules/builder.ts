import type { AssessedContact, AssessedStep, Assessment } from './assessment';

/** Collects the output lists and de-duplicates contacts by name. */
export class Builder {
  readonly contacts: AssessedContact[] = [];
  readonly steps: AssessedStep[] = [];
  readonly reasons: Assessment['reasons'] = [];
  readonly notes: string[] = [];
  readonly missing: string[] = [];
  private readonly contactNames = new Set<string>();
  private readonly stepTexts = new Set<string>();

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
    if (this.stepTexts.has(text)) return;
    this.stepTexts.add(text);
    this.steps.push(kind ? { text, source, kind } : { text, source });
  }
  reason(rule: string, text: string, source: string): void {
    this.reasons.push({ rule, text, source });
  }
  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }
}
