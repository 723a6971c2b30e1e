import type { IssueCode, IssueParamsByCode, IssueSubject } from "../issues";

/**
 * One code's message: what is wrong and how to fix it, for the staff member. It reads the code's
 * typed parameters, and the issue's subject (its sheet, severity, field, indicator) where the
 * sentence needs them. It never names the issue's cell: hosts show the cell beside the message.
 */
export type IssueMessage<C extends IssueCode> = (params: IssueParamsByCode[C], issue: IssueSubject) => string;

/** One message per issue code: a missing one is a type error. */
export type MessageMap = { [C in IssueCode]: IssueMessage<C> };
