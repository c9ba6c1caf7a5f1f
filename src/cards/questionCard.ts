/** Data a question card submits; `step` lets the dialog recognise an answer to an older card. */
export interface AnswerData {
  verb: 'answer';
  step: string;
  answer?: string;
  skip?: boolean;
  /** »Tilbage«: go one question back. */
  back?: boolean;
}

export interface QuestionChoiceGroup {
  id: string;
  label: string;
  multi: boolean;
  style: 'compact' | 'expanded';
  value: string;
  choices: { title: string; value: string }[];
}

/** View model of `cards/question.json`: one question with buttons, choice lists or a text field. */
export interface QuestionCardModel {
  progress: string;
  title: string;
  hint: string;
  buttons: { title: string; data: AnswerData }[];
  /** One-tap answers as full-width rows (a scale of ten does not fit as buttons on a phone). */
  rows: { title: string; data: AnswerData }[];
  choiceGroups: QuestionChoiceGroup[];
  textInput: { placeholder: string; multiline: boolean } | null;
  submit: { title: string; data: AnswerData } | null;
  skip: { title: string; data: AnswerData } | null;
  typedHint: string;
  /** »Tilbage«, when there is a question to go back to. */
  back: { title: string; data: AnswerData } | null;
}
