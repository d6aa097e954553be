/** What an event handler found and did, handed to delivery (annotations, summary, outputs, exit status). */
import type { UncheckedDocuments } from '../report/document-report.js';
import type { DocumentOutcome } from '../evaluate/evaluate-document.js';
import type { ActionInputs } from './inputs.js';

export interface RunOutcome {
  /** The effective settings the run used (SPEC §6): delivery follows their fail-on. */
  settings: ActionInputs;
  documents: DocumentOutcome[];
  /** Documents left out by the cap on documents per run (then `failure` says so too). */
  unchecked?: UncheckedDocuments;
  /** Commit the report's line links point at. */
  headSha: string;
  commentUrl?: string;
  issueUrl?: string;
  commitSha?: string;
  /** The run could not check something: the step fails with this reason, whatever the findings. */
  failure?: string;
  canPush?: boolean;
  llmConfigured?: boolean;
  /** The comment command prefix, when comment commands answer in this repository. */
  command?: string;
}
